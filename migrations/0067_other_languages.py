"""A statement made in several languages (issue 10, mending round of stop 24, mend-src2; trial t19 #5: "he
spoke partly in Tamil"; docs/api.md "A statement in several languages").

- statement gains `other_languages` (a JSON list of ISO 639-1 codes beyond `language`, as `other_stances` is
  beside `stance`): '[]' for every existing statement, whose reporting was not read for it.

Old revisions stay valid input: the new field defaults to []. down() drops it.
"""
from peewee import TextField


def up(migrator, db):
    if "other_languages" not in {column.name for column in db.get_columns("statement")}:
        migrator.migrate(migrator.add_column("statement", "other_languages", TextField(default="[]")))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("statement", "other_languages"))
