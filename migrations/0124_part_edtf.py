"""A side of a date that began or ended in a part of a month or year ("since mid-June 1982", "from mid-2023 to
early 2024", "began in mid-2006") writes its EDTF as the month or year the part is in (schemas/date_parts.py
part_units): the part's edge written as a day or month said a day the reporting never gave ('1982-06-11/..':
began on the 11th). Rewrites the derived EDTF of events (date_edtf: date_part, date_end_part) and statements
(date_edtf: date_part), and the `edtf` of the reported dates kept whole inside records (JSON text: an event
claim's dates, a deadline, a status change's date...) that have a `part` or `part_end`. A part given as its
bracket, or at the edge of on_or_before or not_before, is exactly true as it was and is left. down() writes the
edges back. Revisions and stored forms are left as they were (FORM 65 renders these anew). Migrations import
nothing but peewee (and the standard library)."""
import datetime as dt
import json

from peewee import Table

PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}
PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
OF = {"day": "month", "month": "year"}   # a part of a month is given at day precision, of a year at month precision

# table: its date, end, precision, end precision, bound, part, end part and EDTF columns (None: no such column)
FLAT = {
    "event": ("date_start", "date_end", "date_precision", "date_end_precision", "date_bound", "date_part",
              "date_end_part", "date_edtf"),
    "statement": ("date", "date_end", "date_precision", "date_end_precision", "date_bound", "date_part", None,
                  "date_edtf"),
}
NESTED = ("date", "date_end", "precision", "precision_end", "bound", "part", "part_end", "edtf")

# Tables whose JSON is no reported date of a live record: history, caches, bookkeeping (as migrations/0087).
NOT_RECORDS = ("revision", "stored_record", "stored_shape", "release", "release_chunk", "idempotency_key",
               "import_digest", "import_job", "import_run", "token", "rate_limit", "service_secret", "record",
               "search_name", "migratehistory")


def _day(value):
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _last_day(year, month):
    return (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day


def _bracket(day, part, of):
    if of == "year":
        first, last = PART_MONTHS[part]
        return dt.date(day.year, first, 1), dt.date(day.year, last, _last_day(day.year, last))
    first, last = PART_DAYS[part]
    return dt.date(day.year, day.month, first), dt.date(day.year, day.month, last or _last_day(day.year, day.month))


def _units(date, date_end, precision, precision_end, bound, part, part_end):
    """schemas/date_parts.py part_units, as of this migration: which sides EDTF writes as their month or year."""
    start = end = False
    of = OF.get(precision or "day")
    if part and date is not None and of and bound in (None, "ongoing", "open_start"):
        first, last = _bracket(date, part, of)
        if bound == "open_start":
            start = date == (last if of == "month" else dt.date(last.year, last.month, 1))
        else:
            start = date == first and (bound == "ongoing" or date_end is None or date_end > last or bool(part_end))
    end_of = OF.get(precision_end or precision or "day")
    if part_end and date_end is not None and end_of and bound is None:
        end = date_end == _bracket(date_end, part_end, end_of)[1]
    unit = {"month": lambda d: (d.year, d.month), "year": lambda d: (d.year,)}
    if start and end and unit[of](date) == unit[end_of](date_end):
        return False, False
    return start, end


def _point(day, precision, as_unit):
    precision = OF[precision] if as_unit else precision
    return f"{day.year:04d}" if precision == "year" else day.isoformat()[:7] if precision == "month" else day.isoformat()


def _text(date, date_end, precision, precision_end, bound, units):
    """The EDTF of a date with a part at a side (no time: a part has none), each side as its unit or not."""
    precision = precision or "day"
    start = _point(date, precision, units[0])
    if bound == "ongoing":
        return f"{start}/.."
    if bound == "open_start":
        return f"../{start}"
    if date_end is None:
        return f"{start}/"
    return f"{start}/{_point(date_end, precision_end or precision, units[1])}"


def _rewritten(values, to_units):
    """The EDTF a date's values get (None: left as it is)."""
    date, date_end = _day(values["date"]), _day(values["date_end"])
    units = _units(date, date_end, values["precision"], values["precision_end"], values["bound"], values["part"],
                   values["part_end"])
    if not any(units):
        return None
    return _text(date, date_end, values["precision"], values["precision_end"], values["bound"],
                 units if to_units else (False, False))


def _rewrite_flat(db, to_units):
    for table_name, columns in FLAT.items():
        present = [c for c in columns if c]
        table = Table(table_name, ("id", *present)).bind(db)
        parts = [getattr(table, c).is_null(False) for c in columns[5:7] if c]
        condition = parts[0] if len(parts) == 1 else parts[0] | parts[1]
        for row in list(table.select(table.id, *[getattr(table, c) for c in present]).where(condition).tuples()):
            by_column = dict(zip(present, row[1:]))
            values = {key: by_column.get(column) if column else None for key, column in zip(NESTED, columns)}
            text = _rewritten(values, to_units)
            if text is not None and text != values["edtf"]:
                table.update({getattr(table, columns[7]): text}).where(table.id == row[0]).execute()


def _nested(value, to_units):
    """The JSON value with the edtf of each reported date with a part rewritten; -> (value, whether changed)."""
    changed = False
    if isinstance(value, list):
        for i, item in enumerate(value):
            value[i], one = _nested(item, to_units)
            changed = changed or one
        return value, changed
    if not isinstance(value, dict):
        return value, False
    for key, item in value.items():
        value[key], one = _nested(item, to_units)
        changed = changed or one
    if "edtf" in value and (value.get("part") or value.get("part_end")) and isinstance(value.get("date"), str):
        try:
            text = _rewritten({key: value.get(key) for key in NESTED}, to_units)
        except (ValueError, KeyError, TypeError):
            return value, changed   # not a reported date this migration reads: left as it was
        if text is not None and text != value["edtf"]:
            value["edtf"], changed = text, True
    return value, changed


def _rewrite_nested(db, to_units):
    for table_name in db.get_tables():
        if table_name in NOT_RECORDS or table_name.startswith("event_rollup"):
            continue
        columns = db.get_columns(table_name)
        if "id" not in {c.name for c in columns}:
            continue
        for column in (c.name for c in columns if c.data_type.lower() in ("text", "clob")):
            table = Table(table_name, ("id", column)).bind(db)
            field = getattr(table, column)
            query = table.select(table.id, field).where(field.contains('"part":"') | field.contains('"part_end":"'))
            for ident, text in list(query.tuples()):
                try:
                    value = json.loads(text)
                except ValueError:
                    continue
                value, changed = _nested(value, to_units)
                if changed:
                    table.update({field: json.dumps(value, ensure_ascii=False, separators=(",", ":"))}).where(
                        table.id == ident).execute()


def up(migrator, db):
    _rewrite_flat(db, True)
    _rewrite_nested(db, True)


def down(migrator, db):
    _rewrite_flat(db, False)
    _rewrite_nested(db, False)
