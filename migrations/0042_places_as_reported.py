"""Places as the reporting gives them (issue 10, mend-places; trial t8; docs/api.md "Places as reported").

- place_relation gains `side` (with on_bank_of: which bank) and `across_id` (with opposite: the water between
  two places), indexed for related_to=: null for every existing relation (neither term existed).
- event_place gains `relation`, `relative_to_id` (a place described relative to a named one: "positions east
  of Khartoum"), `words` (the place as printed) and `with_surroundings` (false): every existing further place is
  named or not named, as before.
- source gains `dateline` (as printed: "PORT SUDAN") and `dateline_place_id`: null for every existing source
  (its dateline was not read).
- figure gains `place_part` (words: "the south of the city"), `with_surroundings` (false), `place_relation` and
  `place_relative_to_id` (null), `displaced_again` (false) and `earlier_event_id` (null): every existing
  figure counts at its place as named, and no one was said to be displaced again.
- figure_place is new and starts empty: where a figure's people fled from and to.

New terms need no storage: place kinds river, lake, sea, water_body; place relations on_bank_of, opposite;
control state besieged. Old revisions stay valid input: every new field has a default (null, false, []).
down() drops them.
"""
from peewee import BooleanField, CharField, ForeignKeyField, IntegerField, Model, TextField

PLAIN = {
    "place_relation": (("side", lambda: CharField(max_length=8, null=True)),),
    "event_place": (("relation", lambda: CharField(max_length=20, null=True)),
                    ("words", lambda: TextField(null=True)),
                    ("with_surroundings", lambda: BooleanField(default=False))),
    "source": (("dateline", lambda: TextField(null=True)),),
    "figure": (("place_part", lambda: TextField(null=True)), ("with_surroundings", lambda: BooleanField(default=False)),
               ("place_relation", lambda: CharField(max_length=20, null=True)),
               ("displaced_again", lambda: BooleanField(default=False))),
}
# Links, each indexed by add_column (<table>_<column>_id), as the models' refers_to declares them.
LINKS = (("place_relation", "across", "place"), ("event_place", "relative_to", "place"),
         ("source", "dateline_place", "place"), ("figure", "place_relative_to", "place"),
         ("figure", "earlier_event", "event"))


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _figure_place(db):
    figure_t, place_t = _frozen(db, "figure"), _frozen(db, "place")

    class FigurePlace(Model):
        figure = ForeignKeyField(figure_t, on_delete="CASCADE", index=False, field=figure_t._meta.primary_key)
        place = ForeignKeyField(place_t, null=True, on_delete="RESTRICT", field=place_t._meta.primary_key)
        unknown = CharField(max_length=12, null=True)
        relation = CharField(max_length=20, null=True)
        relative_to = ForeignKeyField(place_t, null=True, on_delete="RESTRICT", field=place_t._meta.primary_key,
                                      backref="+")
        words = TextField(null=True)
        with_surroundings = BooleanField(default=False)
        role = CharField(max_length=12)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "figure_place"
            legacy_table_names = False
            indexes = ((("figure", "position"), False),)

    return FigurePlace


def up(migrator, db):
    if "side" in {column.name for column in db.get_columns("place_relation")}:
        return
    operations = [migrator.add_column(table, column, make()) for table, added in PLAIN.items()
                  for column, make in added]
    for table, column, target in LINKS:
        target_t = _frozen(db, target)
        operations.append(migrator.add_column(table, f"{column}_id", ForeignKeyField(
            target_t, null=True, on_delete="RESTRICT", field=target_t._meta.primary_key)))
    migrator.migrate(*operations)
    db.create_tables([_figure_place(db)], safe=True)


def down(migrator, db):
    db.drop_tables([_figure_place(db)])
    operations = []
    for table, column, _ in LINKS:
        operations += [migrator.drop_index(table, f"{table}_{column}_id"), migrator.drop_column(table, f"{column}_id")]
    operations += [migrator.drop_column(table, column) for table, added in PLAIN.items() for column, _ in added]
    migrator.migrate(*operations)
