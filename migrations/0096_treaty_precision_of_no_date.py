"""A treaty with no dates reads no precision (issue 10, batch27; trial t37: a treaty posted without signed_date,
ended_date or date_precision read back `date_precision: "day"`, a precision of no date).

treaty.date_precision may be null, and is null where signed_date and ended_date both are and the precision
was the old default, day: what the curator posted (nothing) reads back. `unknown` (the reporting's silence,
said by the curator) stays. A dated treaty keeps its precision. On SQLite a column's NOT NULL can only go by
rebuilding the table: that runs with foreign keys off, checks them before committing, and keeps the
AUTOINCREMENT counters, as migrations/0033 does. Revisions and stored forms are left as they were (FORM 36
renders these anew). Migrations import nothing but peewee (and the standard library).
"""
from peewee import *

atomic = False   # SQLite's PRAGMA foreign_keys cannot change inside a transaction: up() opens its own


def _rebuilding(db, change):
    """Run `change` in one transaction; on SQLite with foreign keys off, checked before commit, and the
    AUTOINCREMENT counters kept (a frozen copy of migrations/0033's)."""
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
    def change():
        migrator.migrate(migrator.drop_not_null("treaty", "date_precision"))
        db.execute_sql("UPDATE treaty SET date_precision = NULL WHERE signed_date IS NULL AND ended_date IS NULL "
                       "AND date_precision = 'day'")

    _rebuilding(db, change)


def down(migrator, db):
    def change():
        db.execute_sql("UPDATE treaty SET date_precision = 'day' WHERE date_precision IS NULL")
        migrator.migrate(migrator.add_not_null("treaty", "date_precision"))

    _rebuilding(db, change)
