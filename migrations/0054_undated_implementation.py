"""Undated implementation entries (issue 10, mending round mend-when; notes/trials t11b #40-41).

- implementation.date may be null: an entry the reporting gives no day for ("the second handover was held up
  for hours", no date) is stored undated instead of under a bracket the curator worked out. Every existing entry
  keeps its date. On SQLite a column's NOT NULL can only go by rebuilding the table (implementation is not one
  of the rollup's tables: no triggers to recreate); that runs with foreign keys off, checks them before
  committing, and keeps the AUTOINCREMENT counters, as migrations/0033 does.

- event_claim gains `claimed_first` and `claimed_last`: the first and last day a claim's `dates` says the event
  may have happened (null first: no earliest day; null last: runs on), which `dates=any` compares with date_from
  and date_to ("Pakistan placed the attack on 6-7 May", t10b #29). Filled here from each claim's stored dates.

Timing gains `status_change_id`, `occasion` and `occasion_date` and the points current_end and occasion, and
elapsed a qualifier without an amount: all in the timing's JSON, no storage. Old revisions stay valid input.
down() gives undated entries no date back: it refuses while any exists.
"""
import datetime as dt
import json

from peewee import DateField, SqliteDatabase

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


def _nullable(db):
    return next(column.null for column in db.get_columns("implementation") if column.name == "date")


def _claimed_days(value):
    """A frozen copy of schemas/dates.claimed_days as 0054 wrote it: (first, last) of a claim's stored dates."""
    if not value or not value.get("date"):
        return None, None
    first, bound = dt.date.fromisoformat(value["date"][:10]), value.get("bound")
    if bound in ("on_or_before", "open_start"):
        return None, first
    if bound == "under_way":
        return first, first
    end = value.get("date_end")
    return first, None if bound or not end else dt.date.fromisoformat(end[:10])


def _fill_claimed_days(db):
    rows = db.execute_sql("SELECT id, dates FROM event_claim WHERE dates IS NOT NULL").fetchall()
    mark = "?" if isinstance(db, SqliteDatabase) else "%s"
    for ident, text in rows:
        first, last = _claimed_days(json.loads(text))
        if first or last:
            db.execute_sql(f"UPDATE event_claim SET claimed_first = {mark}, claimed_last = {mark} WHERE id = {mark}",
                           (first, last, ident))


def up(migrator, db):
    if _nullable(db):
        return   # applied, but not recorded (stopped between its commit and the runner's record)

    def change():
        migrator.migrate(migrator.add_column("event_claim", "claimed_first", DateField(null=True)),
                         migrator.add_column("event_claim", "claimed_last", DateField(null=True)))
        _fill_claimed_days(db)
        migrator.migrate(migrator.drop_not_null("implementation", "date"))

    _rebuilding(db, change)


def down(migrator, db):
    if db.execute_sql("SELECT 1 FROM implementation WHERE date IS NULL LIMIT 1").fetchone():
        raise RuntimeError("undated implementation entries exist: give them a date before going below 0054")
    def change():
        migrator.migrate(migrator.add_not_null("implementation", "date"))
        migrator.migrate(migrator.drop_column("event_claim", "claimed_last"),
                         migrator.drop_column("event_claim", "claimed_first"))

    _rebuilding(db, change)
