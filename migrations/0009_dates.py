"""Dates as reported (issue 10, item 2) and unknown as a value (item 6).

- event: time_start, time_end, time_zone, date_bound (null for every existing event: none was reported) and
  date_edtf, the EDTF form of its existing dates (2020-09-27, 2014-08/, 2020-09/2020-10, ...).
- statement: date_end, time, time_zone, date_bound (null), date_precision ('day': every existing statement
  was dated to the day) and date_edtf (its day).
- treaty: signed_/in_force_/ended_ time, time_zone, bound (null), in_force_precision ('day') and the EDTF
  form of each date it has (null where the date is null).
- source.title may be null (the source has no title, or it is not known). On SQLite a column's NOT NULL can
  only go by rebuilding the table; that runs with foreign keys off (dropping the old table would otherwise
  delete, or refuse to delete, what refers to it), checks them before committing, and keeps the
  AUTOINCREMENT counter, so no ID is ever handed out twice.

Existing rows keep their meaning and IDs. The EDTF text is computed here by a frozen copy of the rules of
schemas/dates.py for the shapes that existed (a bracket with its precision; no time, zone or bound):
migrations import nothing but peewee.
"""
from peewee import CharField, DateField, SqliteDatabase, Table

atomic = False   # SQLite's PRAGMA foreign_keys cannot change inside a transaction: up() opens its own

TIME, ZONE, BOUND, EDTF = (lambda: CharField(max_length=8, null=True), lambda: CharField(max_length=64, null=True),
                           lambda: CharField(max_length=20, null=True), lambda: CharField(max_length=100, null=True))


def _day(value):
    """A stored date (SQLite's text, PostgreSQL's date) -> (year, month, day)."""
    if value is None:
        return None
    year, month, day = str(value)[:10].split("-")
    return int(year), int(month), int(day)


def _last_day(year, month):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _point(day, precision):
    year, month, date = day
    if precision == "year":
        return f"{year:04d}"
    if precision == "month":
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{date:02d}"


def _whole(start, end, precision):
    if precision == "month":
        return start[2] == 1 and end[:2] == start[:2] and end[2] == _last_day(end[0], end[1])
    if precision == "year":
        return start[1:] == (1, 1) and end == (start[0], 12, 31)
    return start == end


def span_edtf(start, end, precision):
    """An event's bracket as EDTF: a null end is an end not known ("2014-08/")."""
    start, end, precision = _day(start), _day(end), precision or "day"
    if end is None:
        return f"{_point(start, precision)}/"
    if precision == "week":
        return f"{_point(start, 'day')}/{_point(end, 'day')}"
    if _whole(start, end, precision):
        return _point(start, precision)
    return f"{_point(start, precision)}/{_point(end, precision)}"


def point_edtf(day, precision):
    day = _day(day)
    return None if day is None else _point(day, precision if precision in ("month", "year") else "day")


def _fill_edtf(db):
    event = Table("event", ("id", "date_start", "date_end", "date_precision", "date_edtf")).bind(db)
    for ident, start, end, precision in list(event.select(event.id, event.date_start, event.date_end,
                                                          event.date_precision).tuples()):
        event.update(date_edtf=span_edtf(start, end, precision)).where(event.id == ident).execute()
    statement = Table("statement", ("id", "date", "date_edtf")).bind(db)
    for ident, day in list(statement.select(statement.id, statement.date).tuples()):
        statement.update(date_edtf=point_edtf(day, "day")).where(statement.id == ident).execute()
    treaty = Table("treaty", ("id", "signed_date", "in_force_date", "ended_date", "date_precision", "signed_edtf",
                              "in_force_edtf", "ended_edtf")).bind(db)
    for ident, signed, in_force, ended, precision in list(treaty.select(
            treaty.id, treaty.signed_date, treaty.in_force_date, treaty.ended_date, treaty.date_precision).tuples()):
        treaty.update(signed_edtf=point_edtf(signed, precision), in_force_edtf=point_edtf(in_force, "day"),
                      ended_edtf=point_edtf(ended, precision)).where(treaty.id == ident).execute()


def _add_precision(db, table, column):
    """A NOT NULL precision column, 'day' for every existing row (in one statement on both engines)."""
    db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" VARCHAR(10) NOT NULL DEFAULT \'day\'')


def _columns(db, table):
    return {column.name for column in db.get_columns(table)}


def _sqlite(db):
    return isinstance(db, SqliteDatabase)


def _rebuilding(db, change):
    """Run `change` in one transaction; on SQLite with foreign keys off, checked before commit, and the
    AUTOINCREMENT counters kept."""
    if not _sqlite(db):
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
    if "date_edtf" in _columns(db, "event"):
        return   # applied, but not recorded (stopped between its commit and the runner's record)

    def change():
        migrator.migrate(
            migrator.add_column("event", "time_start", TIME()),
            migrator.add_column("event", "time_end", TIME()),
            migrator.add_column("event", "time_zone", ZONE()),
            migrator.add_column("event", "date_bound", BOUND()),
            migrator.add_column("event", "date_edtf", EDTF()),
            migrator.add_column("statement", "date_end", DateField(null=True)),
            migrator.add_column("statement", "time", TIME()),
            migrator.add_column("statement", "time_zone", ZONE()),
            migrator.add_column("statement", "date_bound", BOUND()),
            migrator.add_column("statement", "date_edtf", EDTF()),
            *[migrator.add_column("treaty", f"{prefix}_{name}", make())
              for prefix in ("signed", "in_force", "ended")
              for name, make in (("time", TIME), ("time_zone", ZONE), ("bound", BOUND),
                                 ("edtf", EDTF))],
        )
        _add_precision(db, "statement", "date_precision")
        _add_precision(db, "treaty", "in_force_precision")
        _fill_edtf(db)
        migrator.migrate(migrator.drop_not_null("source", "title"))

    _rebuilding(db, change)


def down(migrator, db):
    def change():
        db.execute_sql("UPDATE source SET title = '' WHERE title IS NULL")   # the one loss: no title -> ''
        migrator.migrate(migrator.add_not_null("source", "title"))
        migrator.migrate(
            *[migrator.drop_column("treaty", f"{prefix}_{name}")
              for prefix in ("ended", "in_force", "signed") for name in ("edtf", "bound", "time_zone", "time")],
            migrator.drop_column("treaty", "in_force_precision"),
            *[migrator.drop_column("statement", name)
              for name in ("date_edtf", "date_bound", "time_zone", "time", "date_precision", "date_end")],
            *[migrator.drop_column("event", name)
              for name in ("date_edtf", "date_bound", "time_zone", "time_end", "time_start")],
        )

    _rebuilding(db, change)
