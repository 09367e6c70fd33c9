"""How often an event recurred, when the reporting says so without a count (issue 10, mend-time5; trials t27 #28
"a trial that had drawn daily protests", t26 #68 "the RUF's practice of cutting off civilians' hands"; docs/api.md
"Recurring events, parts of a part of the day").

- event gains `recurrence` (daily, nightly, weekly, monthly, repeated): null for every existing event (not said);
  nullable, so that SQLite adds it without rebuilding the event table and its rollup triggers.

The new day parts (late_am, early_pm, late_pm, all_day) need no column: they are values of the time columns
(8 characters). Old revisions stay valid input: recurrence defaults to null. down() drops it.
"""
from peewee import CharField


def up(migrator, db):
    if "recurrence" not in {column.name for column in db.get_columns("event")}:
        migrator.migrate(migrator.add_column("event", "recurrence", CharField(max_length=12, null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("event", "recurrence"))
