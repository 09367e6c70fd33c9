"""Events, dates and figures as the reporting gives them (issue 10, mend-events).

- event.date_start may be null (date_precision 'unknown': "an attack reported without a date"), as a
  statement's date since migrations/0025. Every existing event has a date and keeps it. On SQLite a column's NOT
  NULL can only go by rebuilding the table: that runs with foreign keys off (dropping the old table would
  otherwise cascade to what refers to it), checks them before committing, and keeps the AUTOINCREMENT counters
  (a frozen copy of migrations/0025's).
- event.date_part: early, mid or late of a month or year ("mid-November"); null for every existing event.
  (Nested reported dates, stored as JSON, need nothing: a missing part reads as null.)
- figure.trend (rising, falling, steady) and figure.cause (gunfire, shelling, ...; indexed for figure_cause=):
  null for every existing figure (the reporting was not read for them).
- event_claim.reason: the reason a claimant gives (retaliation, protest, ...; indexed for claimed_reason=);
  null for every existing claim.

Old revisions stay valid input: every new field has a default (null). down() refuses to run while an event has
no date (it could only invent one), and drops the rest.
"""
from peewee import CharField, SqliteDatabase

atomic = False   # SQLite's PRAGMA foreign_keys cannot change inside a transaction: up() opens its own

NEW_COLUMNS = (("event", "date_part", 5, False), ("figure", "trend", 10, False), ("figure", "cause", 20, True),
               ("event_claim", "reason", 20, True))


def _columns(db, table):
    return {column.name for column in db.get_columns(table)}


def _rebuilding(db, change):
    """Run `change` in one transaction; on SQLite with foreign keys off, checked before commit, and the
    AUTOINCREMENT counters kept (a frozen copy of migrations/0025's)."""
    if not isinstance(db, SqliteDatabase):
        with db.atomic():
            change()
        return
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with db.atomic():
            counters = db.execute_sql("SELECT name, seq FROM sqlite_sequence").fetchall()
            change()
            for name, seq in counters:
                if db.execute_sql("SELECT 1 FROM sqlite_sequence WHERE name = ?", (name,)).fetchone():
                    db.execute_sql("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, name))
                elif db.table_exists(name):
                    db.execute_sql("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (name, seq))
            broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"foreign keys broken by the rebuild: {broken[:5]}")
    finally:
        db.execute_sql("PRAGMA foreign_keys = ON")


def up(migrator, db):
    if "reason" in _columns(db, "event_claim"):
        return   # applied, but not recorded (stopped between its commit and the runner's record)

    def change():
        operations = []
        for table, column, length, indexed in NEW_COLUMNS:
            operations.append(migrator.add_column(table, column, CharField(max_length=length, null=True)))
            if indexed:
                operations.append(migrator.add_index(table, (column,), False))
        migrator.migrate(*operations)
        migrator.migrate(migrator.drop_not_null("event", "date_start"))

    _rebuilding(db, change)


def down(migrator, db):
    undated = db.execute_sql("SELECT COUNT(*) FROM event WHERE date_start IS NULL").fetchone()[0]
    if undated:
        raise RuntimeError(f"{undated} events have no date (date_precision unknown), which the schema before "
                           "0034 cannot hold: date them or delete them first")

    def change():
        migrator.migrate(migrator.add_not_null("event", "date_start"))
        operations = []
        for table, column, _, indexed in NEW_COLUMNS:
            if indexed:
                operations.append(migrator.drop_index(table, f"{table}_{column}"))
            operations.append(migrator.drop_column(table, column))
        migrator.migrate(*operations)

    _rebuilding(db, change)
