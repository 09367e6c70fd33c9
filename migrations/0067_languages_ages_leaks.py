"""A statement made in several languages, a person's age and occupation, a leaked document, a double dateline (issue 10, mending
round of stop 24, mend-src2; trials t19 #5 "he spoke partly in Tamil", t16 #75 "Sombat, a 52-year-old rice
farmer", t19 #44 "a UN working document leaked to reporters last month"; docs/api.md "Several languages,
documents seen or leaked, places known but not named").

- statement gains `other_languages` (a JSON list of ISO 639-1 codes beyond `language`, as `other_stances` is
  beside `stance`): '[]' for every existing statement, whose reporting was not read for it.
- actor gains `age`, `age_as_of` and `occupation` (a person's, as reported): null for every existing actor (the
  words were in its description).
- source gains `leaked_date` and `leaked_precision` (month or year; null: a day): null for every existing
  source.
- event gains `travel_means` (a JSON list of terms: foot, road, sea, river, air, rail; trial t19 #50 "access by
  sea", #55 "on foot"): null for every existing event, read as [] (nullable, as a source's publishers are, so that SQLite
  adds it without rebuilding the event table and its rollup triggers).
- source_dateline_place is new and starts empty: the further places of a dateline of several names (trial t16
  #2, "BANGKOK/PHNOM PENH"), rows (not JSON) so that a place named there cannot be deleted.

Old revisions stay valid input: the new fields have defaults ([], null). down() drops them.
"""
from peewee import CharField, DateField, ForeignKeyField, IntegerField, Model, TextField

ADDED = (("statement", "other_languages", lambda: TextField(default="[]")),
         ("event", "travel_means", lambda: TextField(null=True)),   # null (read as []): no table rebuild
         ("actor", "age", lambda: IntegerField(null=True)),
         ("actor", "age_as_of", lambda: DateField(null=True)),
         ("actor", "occupation", lambda: TextField(null=True)),
         ("source", "leaked_date", lambda: DateField(null=True)),
         ("source", "leaked_precision", lambda: CharField(max_length=5, null=True)))


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    source_t, place_t = _frozen(db, "source"), _frozen(db, "place")

    class SourceDatelinePlace(Model):
        source = ForeignKeyField(source_t, on_delete="CASCADE", index=False, field=source_t._meta.primary_key)
        place = ForeignKeyField(place_t, on_delete="RESTRICT", field=place_t._meta.primary_key)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "source_dateline_place"
            legacy_table_names = False
            indexes = ((("source", "place"), True),)

    return [SourceDatelinePlace]


def up(migrator, db):
    db.create_tables(_tables(db), safe=True)
    present = {table: {column.name for column in db.get_columns(table)} for table in ("statement", "event", "actor", "source")}
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED if name not in present[table]]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    db.drop_tables(_tables(db))
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
