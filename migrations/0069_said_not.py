"""What a statement refuses, says is not agreed, and leaves unsaid (issue 10, mending round 3, mend-saynot; trials
t20 #66 "has so far declined offers of foreign troops", t21 #67 "no humanitarian pause has been agreed", #56 "no
information on the hostages' whereabouts", #70 "declined to set a date"; docs/api.md "What a side says is not
known, not agreed or not done").

- statement gains `refusals` and `not_agreed` (JSON lists of the shape of `requests` and `offers`) and `not_said`
  (a JSON list of {point, reason, words}): '[]' for every existing statement, whose reporting was not read for
  them (the words were in its summary).
- the items of `requests` and `offers` may now carry `within` (a time from the statement); stored items without
  it read it as null, so nothing is rewritten.

Old revisions stay valid input: the new fields default to []. down() drops them.
"""
from peewee import TextField

ADDED = ("refusals", "not_agreed", "not_said")


def up(migrator, db):
    present = {column.name for column in db.get_columns("statement")}
    missing = [migrator.add_column("statement", name, TextField(default="[]")) for name in ADDED if name not in present]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column("statement", name) for name in ADDED])
