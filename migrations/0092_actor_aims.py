"""What an actor fights or campaigns for, as the reporting labels it (issue 10, vocab26; trial t34 #24 "the
separatist Kosovo Liberation Army"; schemas/vocab_records.py ACTOR_AIMS, after UCDP's incompatibility).

- actor gains `aims` (a JSON list of terms: secession, autonomy, territorial_claim, government): null for every
  existing actor, read as [] (not said). Nullable and added by a plain ALTER TABLE, so SQLite adds it without
  rebuilding the table (and keeps its triggers).

Old revisions stay valid input: aims defaults to []. down() drops it. Migrations import nothing but peewee (and
the standard library).
"""

TABLE, COLUMN = "actor", "aims"


def up(migrator, db):
    if COLUMN not in {column.name for column in db.get_columns(TABLE)}:
        db.execute_sql(f"ALTER TABLE {TABLE} ADD COLUMN {COLUMN} TEXT")


def down(migrator, db):
    migrator.migrate(migrator.drop_column(TABLE, COLUMN))
