"""Treaties as reported, round 37 (treaties37; docs/api.md "Treaty structure over time", "Provisions" and "Dates
as reported").

- provision gains `degree` (a relation_degrees term: "largely autonomous provinces": largely): null for every
  existing provision, whose text was not read for it. Nullable, so that SQLite adds it without rebuilding the table.
- A reported date kept whole inside a record (JSON text: a participation change's date, a status change's, an
  implementation entry's, a deadline's, a position's since...) that gives no date (at most a relative) read
  `"precision": "day"`, the default, which nobody said; it now says `unknown`, as an undated event's or
  statement's date_precision does. up() rewrites those stored with a null date and precision day to unknown;
  down() puts day back (and drops the column). Dated values are not touched. Revisions and stored forms are left as
  they were (FORM 62 renders these anew).

The new terms (provision type safe_area) and a participation change's `covers_proportion` and `provision_ids` live
in columns that exist (provision.type VARCHAR(80); a party's participation is JSON): changes stored before read
null and empty. Migrations import nothing but peewee (and the standard library).
"""
import json

from peewee import CharField, Table

# Tables whose JSON is no reported date of a live record: history, caches, bookkeeping (as migrations/0087).
NOT_RECORDS = ("revision", "stored_record", "stored_shape", "release", "release_chunk", "idempotency_key",
               "import_digest", "import_job", "import_run", "token", "rate_limit", "service_secret", "record",
               "search_name", "migratehistory")


def _undated(value, old, new):
    """The JSON value with each reported date (a dict with date, precision and edtf) whose date is null and
    precision `old` given precision `new`; -> (value, whether anything changed)."""
    changed = False
    if isinstance(value, list):
        for i, item in enumerate(value):
            value[i], one = _undated(item, old, new)
            changed = changed or one
        return value, changed
    if not isinstance(value, dict):
        return value, False
    for key, item in value.items():
        value[key], one = _undated(item, old, new)
        changed = changed or one
    if "date" in value and value["date"] is None and value.get("precision") == old and "edtf" in value:
        value["precision"], changed = new, True
    return value, changed


def _rewrite(db, old, new):
    """Every JSON text column of the record tables, walked as migrations/0087 walks them (a frozen copy of its
    _rewrite_nested loop: a migration imports no other module of the project, an older migration included)."""
    for table_name in db.get_tables():
        if table_name in NOT_RECORDS or table_name.startswith("event_rollup"):
            continue
        columns = db.get_columns(table_name)
        if "id" not in {c.name for c in columns}:
            continue
        for column in (c.name for c in columns if c.data_type.lower() in ("text", "clob")):
            table = Table(table_name, ("id", column)).bind(db)
            field = getattr(table, column)
            for ident, text in list(table.select(table.id, field).where(field.contains(f'"{old}"')).tuples()):
                try:
                    value = json.loads(text)
                except ValueError:
                    continue
                value, changed = _undated(value, old, new)
                if changed:
                    table.update({field: json.dumps(value, ensure_ascii=False, separators=(",", ":"))}).where(
                        table.id == ident).execute()


def up(migrator, db):
    if "degree" not in {column.name for column in db.get_columns("provision")}:
        migrator.migrate(migrator.add_column("provision", "degree", CharField(max_length=12, null=True)))
    _rewrite(db, "day", "unknown")


def down(migrator, db):
    _rewrite(db, "unknown", "day")
    migrator.migrate(migrator.drop_column("provision", "degree"))
