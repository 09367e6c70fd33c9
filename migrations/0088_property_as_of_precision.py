"""A property value's as_of known to a week, a month or a year, as a claim's (issue 10, mend-small; trial t33 #75:
"the statistics bureau put annual inflation at nearly 300 percent in May"; schemas/claims.py
as_of_precision_field, declared once for both).

- property_value gains `as_of_precision` (week, month, year): null for every existing value (as_of a day, as it
  was). Nullable and added by a plain ALTER TABLE, so SQLite adds it without rebuilding the table.

Old revisions stay valid input: as_of_precision defaults to null. down() drops it. Migrations import nothing but
peewee (and the standard library).
"""

TABLE, COLUMN = "property_value", "as_of_precision"


def up(migrator, db):
    if COLUMN not in {column.name for column in db.get_columns(TABLE)}:
        db.execute_sql(f"ALTER TABLE {TABLE} ADD COLUMN {COLUMN} VARCHAR(5)")


def down(migrator, db):
    migrator.migrate(migrator.drop_column(TABLE, COLUMN))
