"""A statement made in several languages, a person's age and occupation, a leaked document (issue 10, mending
round of stop 24, mend-src2; trials t19 #5 "he spoke partly in Tamil", t16 #75 "Sombat, a 52-year-old rice
farmer", t19 #44 "a UN working document leaked to reporters last month"; docs/api.md "Several languages,
documents seen or leaked, places known but not named").

- statement gains `other_languages` (a JSON list of ISO 639-1 codes beyond `language`, as `other_stances` is
  beside `stance`): '[]' for every existing statement, whose reporting was not read for it.
- actor gains `age`, `age_as_of` and `occupation` (a person's, as reported): null for every existing actor (the
  words were in its description).
- source gains `leaked_date` and `leaked_precision` (month or year; null: a day): null for every existing
  source.

Old revisions stay valid input: the new fields have defaults ([], null). down() drops them.
"""
from peewee import CharField, DateField, IntegerField, TextField

ADDED = (("statement", "other_languages", lambda: TextField(default="[]")),
         ("actor", "age", lambda: IntegerField(null=True)),
         ("actor", "age_as_of", lambda: DateField(null=True)),
         ("actor", "occupation", lambda: TextField(null=True)),
         ("source", "leaked_date", lambda: DateField(null=True)),
         ("source", "leaked_precision", lambda: CharField(max_length=5, null=True)))


def up(migrator, db):
    present = {table: {column.name for column in db.get_columns(table)} for table in ("statement", "actor", "source")}
    missing = [migrator.add_column(table, name, make()) for table, name, make in ADDED if name not in present[table]]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
