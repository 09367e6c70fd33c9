"""Every claim's as_of may be known only to a week, a month or a year (issue 10, mending round 4, mend-figdates;
trial t23 #63 "Morocco took control of most of it" in 1975: a control claim's as_of needed a day; docs/api.md
"Figures and dates as reported: cohorts, no number, vague times, coarse dates").

- event_claim, statement_claim, actor_position and treaty_status_change gain `as_of_precision` (week, month,
  year), as figure has since 0062: null for every existing claim (as_of a day, as it was read). Nullable, so
  that SQLite adds it without rebuilding the tables (no triggers are on them, but the rule holds).

Old revisions stay valid input: the field defaults to null. down() drops the columns.
"""
from peewee import CharField

TABLES = ("event_claim", "statement_claim", "actor_position", "treaty_status_change")


def up(migrator, db):
    missing = [migrator.add_column(table, "as_of_precision", CharField(max_length=5, null=True)) for table in TABLES
               if "as_of_precision" not in {column.name for column in db.get_columns(table)}]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, "as_of_precision") for table in TABLES])
