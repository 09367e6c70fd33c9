"""Who the people counted are held as, and by whom (issue 10, mending round of stop 22, mend-counts; docs/api.md
"Hostages, prisoners and who holds them").

- figure gains `held_as` (hostages, prisoners_of_war, detainees, prisoners: schemas/vocab_figures.py
  FIGURE_HELD_AS; indexed for figure_held_as=): null for every existing figure, whose reporting was not read for
  it (a figure coded before kept "hostages" in `counted`).
- figure_holder is new and starts empty: the actors holding the people a figure counts ("held by the two
  sides"), rows (not JSON) so that an actor named there cannot be deleted.
- figure_covered_event is new and starts empty: the events a figure totals over ("bringing the total to more
  than 970" over two release operations), rows so that an event named there cannot be deleted.

Old revisions stay valid input: both new fields have a default (null, []). down() drops them.
"""
from peewee import CharField, ForeignKeyField, IntegerField, Model


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    figure_t, actor_t, event_t = _frozen(db, "figure"), _frozen(db, "actor"), _frozen(db, "event")

    class FigureHolder(Model):
        figure = ForeignKeyField(figure_t, on_delete="CASCADE", index=False, field=figure_t._meta.primary_key)
        actor = ForeignKeyField(actor_t, on_delete="RESTRICT", field=actor_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "figure_holder"
            legacy_table_names = False
            indexes = ((("figure", "actor"), True),)

    class FigureCoveredEvent(Model):
        figure = ForeignKeyField(figure_t, on_delete="CASCADE", index=False, field=figure_t._meta.primary_key)
        event = ForeignKeyField(event_t, on_delete="RESTRICT", field=event_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "figure_covered_event"
            legacy_table_names = False
            indexes = ((("figure", "event"), True),)

    return [FigureHolder, FigureCoveredEvent]


def up(migrator, db):
    if "held_as" not in {column.name for column in db.get_columns("figure")}:
        migrator.migrate(migrator.add_column("figure", "held_as", CharField(max_length=20, null=True)),
                         migrator.add_index("figure", ("held_as",), False))
    db.create_tables(_tables(db), safe=True)


def down(migrator, db):
    db.drop_tables(_tables(db))
    migrator.migrate(migrator.drop_index("figure", "figure_held_as"), migrator.drop_column("figure", "held_as"))
