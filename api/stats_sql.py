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
