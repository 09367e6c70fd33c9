"""Dates as reported, mended (issue 10, mend10d): a bracket's end with its own precision, a statement whose date
the reporting does not give, and where a statement was made.

- event.date_end_precision, statement.date_end_precision, source.published_end_precision: how precisely the
  end of the bracket is known when not as its start ("from October 2023 until 19 February 2024"); null for
  every existing row, which means "as the start": each existing bracket keeps its meaning and EDTF form.
  (Nested reported dates, stored as JSON, need nothing: a missing precision_end reads as null.)
- statement.date may be null (date_precision 'unknown': the reporting does not say when it was made). Every
  existing statement has a date and keeps it. On SQLite a column's NOT NULL can only go by rebuilding the
  table: that runs with foreign keys off (dropping the old table would otherwise cascade to what refers to it),
  checks them before committing, and keeps the AUTOINCREMENT counters, as migrations/0009 does.
- statement.said_at_id: the place where it was made (a place; null for every existing statement: not
  recorded), indexed for ?said_at=.

Old revisions stay valid input: every new field has a default (null). down() refuses to run while a statement
has no date (it could only invent one), and drops the rest.
"""
from peewee import CharField, ForeignKeyField, Model, SqliteDatabase

atomic = False   # SQLite's PRAGMA foreign_keys cannot change inside a transaction: up() opens its own

END_PRECISIONS = (("event", "date_end_precision"), ("statement", "date_end_precision"),
                  ("source", "published_end_precision"))


def _place(db):
    class Meta:
        database = db
        table_name = "place"

    return type("place", (Model,), {"Meta": Meta})


def _columns(db, table):
    return {column.name for column in db.get_columns(table)}


def _rebuilding(db, change):
    """Run `change` in one transaction; on SQLite with foreign keys off, checked before commit, and the
    AUTOINCREMENT counters kept (a frozen copy of migrations/0009's)."""
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
    if "said_at_id" in _columns(db, "statement"):
        return   # applied, but not recorded (stopped between its commit and the runner's record)
    place = _place(db)

    def change():
        migrator.migrate(
            *[migrator.add_column(table, column, CharField(max_length=10, null=True))
              for table, column in END_PRECISIONS],
            migrator.add_column("statement", "said_at_id", ForeignKeyField(
                place, null=True, on_delete="RESTRICT", field=place._meta.primary_key)),
        )
        migrator.migrate(migrator.drop_not_null("statement", "date"))

    _rebuilding(db, change)


def down(migrator, db):
    undated = db.execute_sql("SELECT COUNT(*) FROM statement WHERE date IS NULL").fetchone()[0]
    if undated:
        raise RuntimeError(f"{undated} statements have no date (date_precision unknown), which the schema before "
                           "0025 cannot hold: date them or delete them first")

    def change():
        migrator.migrate(migrator.add_not_null("statement", "date"))
        migrator.migrate(
            migrator.drop_index("statement", "statement_said_at_id"),
            migrator.drop_column("statement", "said_at_id"),
            *[migrator.drop_column(table, column) for table, column in END_PRECISIONS],
        )

    _rebuilding(db, change)
