"""A date known to the week writes its EDTF as its bracket of seven days, as an event's week is written
(schemas/edtf.py to_edtf; fixes25, trial t29): a source, a statement or a treaty's dates of precision week and no
end of their own had it as their first day alone ('1982-01-25'), saying a day. Rewrites those derived EDTF
columns, and the `edtf` of the reported dates kept whole inside records (JSON text: a status change's date, a
claim's, a deadline's, a position's since...) that say a week with no end and no bound; down() puts the first day
back. Revisions and stored forms are left as they were (FORM 30 renders these anew). Migrations import nothing
but peewee (and the standard library)."""
import datetime as dt
import json

from peewee import Table

# table, (date, precision, end or None, bound, edtf) columns of each date that is one moment
DATES = (
    ("source", ("published_date", "published_precision", "published_end", "published_bound", "published_edtf")),
    ("statement", ("date", "date_precision", "date_end", "date_bound", "date_edtf")),
    ("treaty", ("signed_date", "date_precision", None, "signed_bound", "signed_edtf")),
    ("treaty", ("in_force_date", "in_force_precision", None, "in_force_bound", "in_force_edtf")),
    ("treaty", ("ended_date", "date_precision", None, "ended_bound", "ended_edtf")),
)


def _day(value):
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _week(day):
    last = day + dt.timedelta(days=6) if day <= dt.date.max - dt.timedelta(days=6) else dt.date.max
    return f"{day.isoformat()}/{last.isoformat()}"


def _rewrite(db, text_of):
    for table_name, (date, precision, end, bound, edtf) in DATES:
        columns = ("id", date, precision, bound, edtf) + ((end,) if end else ())
        table = Table(table_name, columns).bind(db)
        query = table.select(table.id, getattr(table, date)).where(
            (getattr(table, precision) == "week") & getattr(table, date).is_null(False)
            & getattr(table, bound).is_null(True))
        if end:
            query = query.where(getattr(table, end).is_null(True))
        for ident, day in list(query.tuples()):
            table.update({getattr(table, edtf): text_of(_day(day))}).where(table.id == ident).execute()


# Tables whose JSON is no reported date of a live record: history, caches, bookkeeping.
NOT_RECORDS = ("revision", "stored_record", "stored_shape", "release", "release_chunk", "idempotency_key",
               "import_digest", "import_job", "import_run", "token", "rate_limit", "service_secret", "record",
               "search_name", "migratehistory")


def _week_dates(value, old, new):
    """The JSON value with each reported date of a week (no end, no bound) whose edtf reads `old(day)` given
    `new(day)`; -> (value, whether anything changed)."""
    changed = False
    if isinstance(value, list):
        for i, item in enumerate(value):
            value[i], one = _week_dates(item, old, new)
            changed = changed or one
        return value, changed
    if not isinstance(value, dict):
        return value, False
    for key, item in value.items():
        value[key], one = _week_dates(item, old, new)
        changed = changed or one
    if value.get("precision") == "week" and isinstance(value.get("date"), str) and value.get("date_end") is None \
            and value.get("bound") is None and "edtf" in value:
        day = dt.date.fromisoformat(value["date"])
        if value["edtf"] == old(day):
            value["edtf"], changed = new(day), True
    return value, changed


def _rewrite_nested(db, old, new):
    for table_name in db.get_tables():
        if table_name in NOT_RECORDS or table_name.startswith("event_rollup"):
            continue
        columns = db.get_columns(table_name)
        if "id" not in {c.name for c in columns}:
            continue
        for column in (c.name for c in columns if c.data_type.lower() in ("text", "clob")):
            table = Table(table_name, ("id", column)).bind(db)
            field = getattr(table, column)
            for ident, text in list(table.select(table.id, field).where(field.contains('"week"')).tuples()):
                try:
                    value = json.loads(text)
                except ValueError:
                    continue
                value, changed = _week_dates(value, old, new)
                if changed:
                    table.update({field: json.dumps(value, ensure_ascii=False, separators=(",", ":"))}).where(
                        table.id == ident).execute()


def up(migrator, db):
    _rewrite(db, _week)
    _rewrite_nested(db, lambda day: day.isoformat(), _week)


def down(migrator, db):
    _rewrite(db, lambda day: day.isoformat())
    _rewrite_nested(db, _week, lambda day: day.isoformat())
