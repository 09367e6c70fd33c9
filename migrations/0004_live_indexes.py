"""A partial index of the live records of each kind (deleted_at IS NULL), so that counting a collection
(`count=true`) reads a small index instead of every row of the table. Both engines have partial indexes."""

RECORD_TABLES = ("source", "actor", "place", "event", "treaty", "statement")


def up(migrator, db):
    for table in RECORD_TABLES:
        db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{table}_live" ON "{table}" ("id") WHERE ("deleted_at" IS NULL)')


def down(migrator, db):
    for table in RECORD_TABLES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{table}_live"')
