"""A statement's qualified clock time and whether it was made live (issue 10, mending round of stop 24,
mend-dates2; trial t19 #4, #12: "shortly after noon", "his speech was broadcast live"; docs/api.md "Dates as
reported").

- statement gains `time_qualifier` (about, more_than, nearly, exactly: how the reporting qualifies its clock
  `time`) and `live` (true: made live; false: recorded and aired later); null for every existing statement,
  whose reporting was not read for them (the words were in its summary); and `occasion_timing` (JSON: when it was
  made relative to an occasion that is not an event, trial t18 #44 "after Friday prayers"), null for them too.

Old revisions stay valid input: the new fields default to null. down() drops them.
"""
from peewee import BooleanField, CharField, TextField


def up(migrator, db):
    columns = {column.name for column in db.get_columns("statement")}
    if "time_qualifier" not in columns:
        migrator.migrate(migrator.add_column("statement", "time_qualifier", CharField(max_length=10, null=True)),
                         migrator.add_column("statement", "live", BooleanField(null=True)),
                         migrator.add_column("statement", "occasion_timing", TextField(null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("statement", "time_qualifier"),
                     migrator.drop_column("statement", "live"),
                     migrator.drop_column("statement", "occasion_timing"))
