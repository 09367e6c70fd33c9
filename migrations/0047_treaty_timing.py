"""Time against a treaty's dated points (issue 10, mending round mend-time).

- event_treaty (an event's treaty links), statement_treaty (a statement's about_treaties) and implementation (a
  provision's implementation entries) gain `timing`: JSON {relation, point, status, milestone, elapsed}, when the
  record came relative to the treaty's signing, entry into force, end, a status change or a deadline ("minutes
  after the truce expired"). Null for every existing row: the reporting was not read for it.

New terms need no storage: event relations after, before and simultaneous; event-statement relation precedes;
simultaneous between statements and events; treaty link timed_against. Old revisions stay valid input: the new
field defaults to null. down() drops the columns.
"""
from peewee import TextField

TIMED = ("event_treaty", "statement_treaty", "implementation")


def up(migrator, db):
    migrator.migrate(*[migrator.add_column(table, "timing", TextField(null=True)) for table in TIMED])


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, "timing") for table in TIMED])
