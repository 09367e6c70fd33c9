"""Losses inflicted by several actors together, and how far a place described relative to another lies (issue 10, mending round of stop 24, mend-misc; trial t17: "blamed
mainly on the army and its militia allies"; docs/api.md "Who inflicted the losses").

- figure_inflicter is new and starts empty: the actors who inflicted a figure's losses together, rows (not JSON)
  so that an actor named there cannot be deleted. A figure stored before names one actor (inflicted_by_id) or
  none, and reads as before with `inflicters` empty.

- event_place gains `distance_km` and `distance_qualifier` (trial t16: "areas about 20 km north of
  Samraong"): how far a further place described relative to a named one lies from it, as a place relation's
  distance; null for every existing item, whose reporting was not read for it (the distance was in `words`).

- figure gains `as_of_precision` (trial t17: "UN experts estimated last year"): month or year when as_of is
  known only to that, as_of then the first day of it; null (a day) for every existing figure.

Old revisions stay valid input: the new fields have defaults ([], null). down() drops them.
"""
from peewee import CharField, FloatField, ForeignKeyField, IntegerField, Model


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    figure_t, actor_t = _frozen(db, "figure"), _frozen(db, "actor")

    class FigureInflicter(Model):
        figure = ForeignKeyField(figure_t, on_delete="CASCADE", index=False, field=figure_t._meta.primary_key)
        actor = ForeignKeyField(actor_t, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "figure_inflicter"
            legacy_table_names = False
            indexes = ((("figure", "actor"), True),)

    return [FigureInflicter]


def up(migrator, db):
    db.create_tables(_tables(db), safe=True)
    if "as_of_precision" not in {column.name for column in db.get_columns("figure")}:
        migrator.migrate(migrator.add_column("figure", "as_of_precision", CharField(max_length=5, null=True)))
    if "distance_km" not in {column.name for column in db.get_columns("event_place")}:
        migrator.migrate(migrator.add_column("event_place", "distance_km", FloatField(null=True)),
                         migrator.add_column("event_place", "distance_qualifier", CharField(max_length=12, null=True)))


def down(migrator, db):
    db.drop_tables(_tables(db))
    migrator.migrate(migrator.drop_column("figure", "as_of_precision"),
                     migrator.drop_column("event_place", "distance_km"),
                     migrator.drop_column("event_place", "distance_qualifier"))
