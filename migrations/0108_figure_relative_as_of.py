"""A figure's as_of placed against another record (batch31): "a week after the first count, the toll stood at 40",
"by the time of the second exchange" (docs/api.md "Figures of actors, as_of brackets, registration, items" and
"Announced, pledged, threatened, intended; conditions on an event's outcome; relative dates").

- figure gains `as_of_relative` (JSON: a relative date, {relation, anchor, event_id, statement_id, figure_id,
  figure_key, treaty_id, treaty_status, elapsed, words}, stored whole): null for every existing figure, whose
  reporting was not read for it; nullable, so that SQLite adds it without rebuilding the figure table (which
  would drop the rollups' triggers on figure, migrations/0050, 0051).

The new terms (relative_date_relations simultaneous, relative_date_anchors figure) need no column. Old revisions
stay valid input: the field defaults to null. down() drops the column. Migrations import nothing but peewee (and
the standard library).
"""
from peewee import TextField


def up(migrator, db):
    if "as_of_relative" in {column.name for column in db.get_columns("figure")}:
        return   # applied, but not recorded
    migrator.migrate(migrator.add_column("figure", "as_of_relative", TextField(null=True)))


def down(migrator, db):
    migrator.migrate(migrator.drop_column("figure", "as_of_relative"))
