"""A part of the day that spans the night (events37: "the shelling went on through the night"): the day parts
vocabulary takes `all_night` (schemas/vocab_dates.py), nine characters, and the time columns held eight (HH:MM:SS,
migrations/0009, 0095). PostgreSQL refuses a longer value, so every time column becomes VARCHAR(16): an event's
time_start and time_end, a statement's time, a treaty's signed_, in_force_ and ended_time, a figure's as_of_time.
On PostgreSQL, ALTER COLUMN TYPE to a wider VARCHAR rewrites no rows and keeps the indexes and triggers; SQLite does
not enforce a VARCHAR's length, so there is nothing to do there. Existing times are kept as they were.

down() narrows them again, which PostgreSQL refuses while an all_night is stored (then those times must go first).
Migrations import nothing but peewee (and the standard library).
"""
from peewee import CharField, SqliteDatabase

WIDE, NARROW = 16, 8

COLUMNS = (("event", "time_start"), ("event", "time_end"), ("statement", "time"), ("treaty", "signed_time"),
           ("treaty", "in_force_time"), ("treaty", "ended_time"), ("figure", "as_of_time"))


def _widths(migrator, db, width):
    """Each time column `width` characters wide; peewee's ALTER COLUMN ... TYPE changes the type alone (null and
    indexes stay)."""
    if isinstance(db, SqliteDatabase):
        return   # SQLite does not enforce a VARCHAR's length
    migrator.migrate(*[migrator.alter_column_type(table, column, CharField(max_length=width, null=True))
                       for table, column in COLUMNS])


def up(migrator, db):
    _widths(migrator, db, WIDE)


def down(migrator, db):
    _widths(migrator, db, NARROW)
