"""A statement whose speaker is not known (issue 10, acts28; trial t39 #40: "footage of the captive was shown on
television on Tuesday", by a party the report does not name).

statement.speaker_id may be null: the reporting does not say who made the statement (speaker_words may say it in
words). Statements stored before all have a speaker and keep it. Down refuses while a statement has no speaker (the
schema before cannot hold it), as migrations/0025 does for undated statements. On SQLite a column's NOT NULL can only
go by rebuilding the table: that runs with foreign keys off, checks them before committing, and keeps the
AUTOINCREMENT counters, as migrations/0033 does. Migrations import nothing but peewee (and the standard library).
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
    _rebuilding(db, lambda: migrator.migrate(migrator.drop_not_null("statement", "speaker_id")))


def down(migrator, db):
    unknown = db.execute_sql("SELECT COUNT(*) FROM statement WHERE speaker_id IS NULL").fetchone()[0]
    if unknown:
        raise RuntimeError(f"{unknown} statements have no speaker (not known), which the schema before 0097 cannot "
                           "hold: give them a speaker or delete them first")
    _rebuilding(db, lambda: migrator.migrate(migrator.add_not_null("statement", "speaker_id")))
