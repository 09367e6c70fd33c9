"""JSON in and out, configured once for the whole service: orjson, with naive datetimes taken as UTC and
written with a Z (`2024-01-01T12:00:00Z`), dates as `YYYY-MM-DD`.

Everything the service writes as JSON goes through `dumps` (responses, NDJSON, revisions, stored
conditions, idempotent replays, cursors, exports) and everything it reads through `loads`, so one value has
one spelling wherever it appears. (The logs are written by python-json-logger's own orjson formatter:
gunicorn_conf.py.)
"""
import orjson

OPTIONS = orjson.OPT_NAIVE_UTC | orjson.OPT_UTC_Z
DecodeError = orjson.JSONDecodeError
loads = orjson.loads
# JSON bytes written already (a record as stored, api/services/stored.py), embedded by `dumps` as they are.
Fragment = orjson.Fragment


def dumps(value):
    """`value` as JSON bytes."""
    return orjson.dumps(value, option=OPTIONS)


def dumps_text(value):
    """`value` as JSON text, for a text column."""
    return orjson.dumps(value, option=OPTIONS).decode()


def canonical(value):
    """`value` as JSON bytes with every object's keys sorted: one spelling for equal values, to digest."""
    return orjson.dumps(value, option=OPTIONS | orjson.OPT_SORT_KEYS)


def plain(value):
    """`value` as it reads back from its JSON: dates and timestamps become their text, tuples lists. A
    revision keeps a record in this form, so a record compared with a stored revision must be in it too."""
    return orjson.loads(orjson.dumps(value, option=OPTIONS))
