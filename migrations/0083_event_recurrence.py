"""How often an event recurred, when the reporting says so without a count (issue 10, mend-time5; trials t27 #28
"a trial that had drawn daily protests", t26 #68 "the RUF's practice of cutting off civilians' hands"; docs/api.md
"Recurring events, parts of a part of the day").

- figure gains `comparison_degree` (far, slightly: "the real figure was far higher"): null for every existing
  figure (not said).
- event gains `recurrence` (daily, nightly, weekly, monthly, repeated): null for every existing event (not said);
  nullable, so that SQLite adds it without rebuilding the event table and its rollup triggers.

The new day parts (late_am, early_pm, late_pm, all_day) need no column: they are values of the time columns
(8 characters). Old revisions stay valid input: recurrence defaults to null. down() drops it.
"""
from peewee import CharField


ADDED = (("event", "recurrence", 12), ("figure", "comparison_degree", 8))   # nullable: no table rebuild


def up(migrator, db):
    missing = [migrator.add_column(table, name, CharField(max_length=length, null=True))
               for table, name, length in ADDED if name not in {column.name for column in db.get_columns(table)}]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
