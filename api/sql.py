"""Plain SQL for the hot read path.

Building a peewee query and compiling it costs more than SQLite spends running it (docs/performance.md:
0.75 ms to compile the participant links of 50 events, 0.18 ms to run them), and converting every row
to model types costs as much again. The read path's fixed-shape queries are therefore written once as
SQL text from the models' metadata (so a renamed column cannot drift) and run with bound parameters;
with pooled connections the driver's statement cache then skips preparing them again. Writes, and
queries whose shape depends on the request's filters, stay with peewee.

Rows come back as the driver gives them: on SQLite dates and timestamps are the stored ISO strings, on
PostgreSQL date and datetime objects. Both serialise to the same JSON (see `timestamp`).
"""
import datetime
from functools import cache

from . import db


def quote(name):
    return '"' + name.replace('"', '""') + '"'


def marks(count):
    """`?, ?, ?` (or `%s, ...` on PostgreSQL) for an IN list of `count` values."""
    return ", ".join([db.database.param] * count)


def rows(sql, params=()):
    """All rows of a query as tuples. `{marks}` in `sql` is not filled here: callers build the text."""
    return db.database.execute_sql(sql, params).fetchall()


@cache
def select_list(model, names=None):
    """The SELECT list of a model's fields (all, or the given field names), each aliased to its field name
    (`"place_id" AS "place"`), so that rows read like peewee's `.dicts()` without peewee converting them."""
    fields = model._meta.sorted_fields if names is None else [model._meta.fields[name] for name in names]
    parts = []
    for field in fields:
        column = quote(field.column_name)
        parts.append(column if field.column_name == field.name else f"{column} AS {quote(field.name)}")
    return ", ".join(parts), tuple(field.name for field in fields)


def records_by_ids(model, ids, names=None, live=False):
    """Row dicts (keyed by field name) of the records with these IDs, in no particular order; with `live`,
    only those not deleted."""
    ids = list(ids)
    if not ids:
        return []
    columns, keys = select_list(model, names)
    alive = f" AND {quote('deleted_at')} IS NULL" if live else ""
    cursor = db.database.execute_sql(
        f"SELECT {columns} FROM {quote(model._meta.table_name)} WHERE {quote('id')} IN ({marks(len(ids))}){alive}",
        ids)
    return [dict(zip(keys, row)) for row in cursor.fetchall()]


def timestamp(value):
    """A stored UTC timestamp in the API's form, `2024-01-01T12:00:00.123456Z`, whatever the driver returned:
    SQLite gives peewee's stored text (`2024-01-01 12:00:00.123456`), PostgreSQL a naive datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.replace(" ", "T", 1) + "Z"
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.UTC).replace(tzinfo=None)
        return value.isoformat() + "Z"
    return value


# --- records and their links (read by the representations) ------------------------------------------------


# --- collections: pages, exports, search hits and the change feed -------------------------------------------
#
# Peewee builds these queries (their shape depends on the request's filters and sort); they are compiled once
# and their rows read here, straight from the driver's cursor, without peewee's conversion of every value.
# Every read gives row dicts, with values in the driver's form (see the top of this module).

@cache
def _field_names(model):
    """column name -> field name (place_id -> place), as records_by_ids keys its rows."""
    return {field.column_name: field.name for field in model._meta.sorted_fields}


def _cursor(query):
    return db.database.execute_sql(*query.sql())


def page_rows(query, model):
    """The rows of a page: a query of `model`'s columns (and rank, for a search), keyed by field name."""
    cursor = _cursor(query)
    names = _field_names(model)
    keys = [names.get(column[0], column[0]) for column in cursor.description]
    return [dict(zip(keys, values)) for values in cursor.fetchall()]


def sort_positions(query, names):
    """An export's next stretch: a query of the sort values `names` (the ID among them) in sort order ->
    (the IDs in that order, the last row as {name: value}, or None if there is none). Only the IDs are
    kept from the rows before it: an export selects tens of thousands at a time."""
    position = names.index("id")
    ids, last = [], None
    for last in _cursor(query):
        ids.append(last[position])
    return ids, (dict(zip(names, last)) if last is not None else None)


def search_hits(query):
    """A search's hits: a query of (id, rank) -> [{"id": ..., "rank": ...}] in the query's order."""
    return [{"id": ident, "rank": rank} for ident, rank in _cursor(query).fetchall()]


def count(query):
    """How many rows a query gives (as peewee's count(): the query wrapped, its columns and order dropped)."""
    from peewee import SQL, Select, fn

    wrapped = query.order_by().select(SQL("1")).alias("_wrapped")
    return _cursor(Select([wrapped], [fn.COUNT(SQL("1"))]).bind(db.database)).fetchone()[0]


def feed_rows(after, limit, kinds=None, token_name=None):
    """The change feed: revision rows (all columns, keyed by field name) after revision ID `after`, in ID
    order, at most `limit`; only of `kinds` and by `token_name` if given."""
    from .models import Revision

    query = Revision.select().where(Revision.id > after)
    if kinds:
        query = query.where(Revision.kind.in_(kinds))
    if token_name is not None:
        query = query.where(Revision.token_name == token_name)
    return page_rows(query.order_by(Revision.id).limit(limit), Revision)


def revision_rows(kind_name, record_id):
    """A record's history: its revision rows (keyed by field name), oldest first."""
    from .models import Revision

    query = Revision.select().where((Revision.kind == kind_name) & (Revision.record_id == record_id))
    return page_rows(query.order_by(Revision.version), Revision)
