"""Every claim's as_of, and an actor's valid_from and valid_to, may be known only to a month or a year; a figure's
claimant may hedge it (issue 10, mending round 4, mend-figdates; trial t23 #63 "Morocco took control of most of
it" in 1975: a control claim's as_of needed a day; docs/api.md "Figures and dates as reported: cohorts, no
number, vague times, coarse dates").

- event_claim, statement_claim, actor_position and treaty_status_change gain `as_of_precision` (week, month,
  year), as figure has since 0062: null for every existing claim (as_of a day, as it was read). Nullable, so
  that SQLite adds it without rebuilding the tables (no triggers are on them, but the rule holds).
- actor gains `valid_from_precision` and `valid_to_precision` (month, year; trial t23 #66 "set up by the
  Security Council in April 1991": valid_from refused a month), as source's leaked_precision (0067): null for
  every existing actor (its dates are days, as they were read).

- figure gains `claimant_hedge` (appears, believed, probable; trial t22 #47 "113 ... still believed to be
  held"), as event claims have since 0065: null for every existing figure (not hedged, as it was read).
  Nullable: SQLite adds it without rebuilding the figure table, whose rollup triggers stay.

Old revisions stay valid input: the fields default to null. down() drops the columns.
"""
from peewee import CharField

ADDED = tuple((table, "as_of_precision", 5) for table in ("event_claim", "statement_claim", "actor_position",
                                                          "treaty_status_change")) + (
    ("actor", "valid_from_precision", 5), ("actor", "valid_to_precision", 5), ("figure", "claimant_hedge", 12))


def up(migrator, db):
    missing = [migrator.add_column(table, name, CharField(max_length=length, null=True))
               for table, name, length in ADDED
               if name not in {column.name for column in db.get_columns(table)}]
    if missing:
        migrator.migrate(*missing)


def down(migrator, db):
    migrator.migrate(*[migrator.drop_column(table, name) for table, name, _ in ADDED])
