"""Parts of a month or year at the ends of dates (issue 10, mending round mend-time 2: "from mid-2023 to early
2024", "as of late November"; docs/api.md "Dates as reported").

- event gains `date_end_part` (early, mid, late: schemas/vocab_events.py PERIOD_PARTS): null for every existing
  event, whose end was coded as a plain date. Not indexed, as date_part is not.
- every claim's table (event_claim, statement_claim, actor_position, figure, treaty_status_change) gains
  `as_of_part`: as_of known only as a part of its month (as_of then the part's first day); null for every
  existing claim, whose as_of is a day.

A part with an open bound ("by early January", "since late October") and a part at the start of a span need no
storage: date_part with date_bound, date_start the part's edge. Nested reported dates, stored as JSON, gain
`part_end` the same way and need nothing: a missing one reads as null. Old revisions stay valid input (the new
field has a default, null). down() drops the column.
"""
from peewee import CharField


NEW_COLUMNS = (("event", "date_end_part"), ("event_claim", "as_of_part"), ("statement_claim", "as_of_part"),
               ("actor_position", "as_of_part"), ("figure", "as_of_part"), ("treaty_status_change", "as_of_part"))


def up(migrator, db):
    for table, column in NEW_COLUMNS:
        if column not in {c.name for c in db.get_columns(table)}:
            migrator.migrate(migrator.add_column(table, column, CharField(max_length=5, null=True)))


def down(migrator, db):
    migrator.migrate(*(migrator.drop_column(table, column) for table, column in NEW_COLUMNS))
