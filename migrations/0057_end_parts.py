"""The part of a month or year an event ended in (issue 10, mending round mend-time 2: "from mid-2023 to early
2024"; docs/api.md "Dates as reported").

- event gains `date_end_part` (early, mid, late: schemas/vocab_events.py PERIOD_PARTS): null for every existing
  event, whose end was coded as a plain date. Not indexed, as date_part is not.

A part with an open bound ("by early January", "since late October") and a part at the start of a span need no
storage: date_part with date_bound, date_start the part's edge. Nested reported dates, stored as JSON, gain
`part_end` the same way and need nothing: a missing one reads as null. Old revisions stay valid input (the new
field has a default, null). down() drops the column.
"""
from peewee import CharField


def up(migrator, db):
    if "date_end_part" not in {column.name for column in db.get_columns("event")}:
        migrator.migrate(migrator.add_column("event", "date_end_part", CharField(max_length=5, null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("event", "date_end_part"))
