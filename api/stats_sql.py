"""The SQL of the aggregates (GET /v1/events/stats) that differs between the engines, and their rows.

api/sql.py holds the read path's SQL text; this is its aggregates' part, apart for its size. A period's first
day is computed in the database, so that events are grouped by period in one GROUP BY: SQLite's date
functions on the stored 'YYYY-MM-DD' text, PostgreSQL's date_trunc. Both give the same days (weeks start on
Monday, as ISO 8601's); SQLite gives them as text and PostgreSQL as dates, made text in `rows`.
"""
import datetime
import decimal
import functools
import itertools

from peewee import Case, Cast, fn

from . import db, jsonio


def _sqlite_period(interval, column):
    if interval == "day":
        return column
    if interval == "week":   # the next Sunday (or this one), six days back: the Monday of its week
        return fn.date(column, "weekday 0", "-6 days")
    if interval == "month":
        return fn.strftime("%Y-%m-01", column)
    if interval == "quarter":
        month = (Cast(fn.strftime("%m", column), "INTEGER") - 1) / 3 * 3 + 1
        return fn.printf("%s-%02d-01", fn.strftime("%Y", column), month)
    return fn.strftime("%Y-01-01", column)


def period(interval, column):
    """The first day of the period of `interval` holding the date in `column`."""
    if db.is_sqlite():
        return _sqlite_period(interval, column)
    if interval == "day":
        return column
    # As a timestamp without zone: a date made timestamptz would be truncated in the session's time zone.
    return Cast(fn.date_trunc(interval, Cast(column, "timestamp")), "date")


def month_key(column):
    """'YYYY-MM' of the date in `column`, '' when it is null: the month of the rollups' keys (migrations/0050)."""
    if db.is_sqlite():
        return fn.COALESCE(fn.strftime("%Y-%m", column), "")
    return fn.COALESCE(fn.to_char(column, "YYYY-MM"), "")


def _plain(value):
    if value is None or type(value) is int or type(value) is str:   # most values: first, for the big answers
        return value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)   # a whole number is shown as one (docs/api.md "Figures")
    if isinstance(value, decimal.Decimal):   # PostgreSQL's sums of integers
        return int(value) if value == int(value) else float(value)
    return value


def rows(query):
    """An aggregate's rows as dicts keyed by the query's column aliases; days as 'YYYY-MM-DD', numbers as
    JSON shows them."""
    if not db.is_sqlite():
        return _rows_as_json(query)
    cursor = db.database.execute(query)
    names = [column[0] for column in cursor.description]
    found = cursor.fetchall()
    if not found:
        return []
    if set(map(type, itertools.chain.from_iterable(found))) <= _AS_IS:   # (SQLite, its sums shown: as_shown)
        return list(map(dict, map(functools.partial(zip, names), found)))
    columns = map(_column, zip(*found))
    return list(map(dict, map(functools.partial(zip, names), zip(*columns))))


def _rows_as_json(query):
    """PostgreSQL's rows written as JSON by PostgreSQL itself (json_agg of the rows as objects, keyed by column):
    a whole double written as an integer, a fraction as the shortest text that reads back the same (as Python
    writes it), a day as 'YYYY-MM-DD', then read by orjson. A 26,000-bucket answer (country x month at 1,000,000
    events) spent most of its time in psycopg2 making 400,000 values Python floats, then in making whole ones
    integers and the rows dicts: 550 ms of Python against about 150 ms this way."""
    sql, params = query.sql()
    found = db.database.execute_sql(f"SELECT json_agg(q)::text FROM ({sql}) AS q", params).fetchone()[0]
    return jsonio.loads(found) if found else []


def as_shown(total):
    """A sum as the answer shows it: on SQLite, a whole number made an integer by the database, so that rows
    reads most answers as they are (one look at the values' types, no step per column or per value). A
    PostgreSQL column has one type: its whole floats are made integers in rows."""
    if not db.is_sqlite():
        return total
    whole = Cast(total, "INTEGER")
    return Case(None, [(total == whole, whole)], total)


_AS_IS = frozenset({int, str, type(None)})


def _column(values):
    """One column's values _plain, a column at a time: its types are looked at once (a country x month answer
    has 400,000 values, mostly integers and whole floats), and a column of only integers, text and nulls, or of
    whole floats, is made so without a Python call per value."""
    kinds = set(map(type, values))
    if kinds <= _AS_IS:
        return values
    if kinds == {float} and all(map(float.is_integer, values)):
        return list(map(int, values))
    return list(map(_plain, values))


# --- the buckets of the biggest aggregates, written by PostgreSQL ----------------------------------------------

def writes_buckets(group_by):
    """Whether written_rows writes the buckets of an aggregate grouped by `group_by`: on PostgreSQL, by time and
    one dimension whose keys are text (country, type, quad class), the answers of tens of thousands of buckets
    (country x month over all events: 26,000)."""
    others = [name for name in group_by if name != "time"]
    return not db.is_sqlite() and len(group_by) == 2 and len(others) == 1 and others[0] in _TEXT_KEYS


_TEXT_KEYS = frozenset({"country", "type", "quad_class"})
# The key of a written row's bucket, as JSON text (written_rows).
WRITTEN = "_written"


def _object(keys, sums):
    """SQL text of a bucket's JSON object from g's columns: its keys (text, or dates), then its sums, each sum
    written by float8's output: the shortest text that reads back the same, as JSON writes it (with
    extra_float_digits at its default, 1), a whole number without a fraction."""
    parts = [f"'{'{' if i == 0 else ','}\"{key}\":' || COALESCE(to_json(g.\"{key}\")::text, 'null')"
             for i, key in enumerate(keys)]
    parts += [f"',\"{name}\":' || g.\"{name}\"" for name in sums]
    return " || ".join(parts) + " || '}'"


def written_rows(grouped, group_by, sums):
    """The rows of `grouped` (the keys of `group_by`, then `sums`) with each bucket written as JSON by
    PostgreSQL: (rows as dicts of their keys, 'YYYY-MM-DD' for a period, and WRITTEN: the bucket's JSON text;
    the totals of the sums and the events with no period, 'imprecise', as summed() counts them).

    Read as values, 26,000 buckets (country x month at 1,000,000 events) cost PostgreSQL 120 ms of CPU to write
    as JSON and Python 140 more to read, sum, fill and write again; written as text they cost about 80 and
    Python only puts them in order (stats_series.series, on the keys) and joins them (json_array)."""
    other = next(name for name in group_by if name != "time")
    totals = ", ".join(f"'{name}', COALESCE(SUM(g.\"{name}\"), 0)" for name in sums)
    sql, params = grouped.sql()
    text = f"""WITH g AS MATERIALIZED ({sql})
        SELECT false, g."{other}", to_char(g.time, 'YYYY-MM-DD'), {_object(group_by, sums)} FROM g
        UNION ALL
        SELECT true, NULL, NULL, json_build_object({totals},
                                                  'imprecise', COALESCE(SUM(g.events) FILTER (WHERE g.time IS NULL), 0))::text
          FROM g"""
    found = db.database.execute_sql(text, params).fetchall()
    totals = jsonio.loads(next(row[3] for row in found if row[0]))
    return [{other: key, "time": time, WRITTEN: written} for total, key, time, written in found if not total], totals


def json_array(buckets):
    """Buckets, some written already (WRITTEN), others dicts (a period filled with zeros), as one JSON array that
    the answer's JSON embeds as it is."""
    return jsonio.Fragment("[" + ",".join(bucket[WRITTEN] if WRITTEN in bucket else jsonio.dumps_text(bucket)
                                          for bucket in buckets) + "]")
