"""Plain SQL for the hot read path.

Building a peewee query and compiling it costs more than SQLite spends running it (docs/performance.md:
0.75 ms to compile the participant links of 50 events, 0.18 ms to run them), and converting every row
to model types costs as much again. The read path's fixed-shape queries are therefore written once as
SQL text from the models' metadata (so a renamed column cannot drift) and run with bound parameters;
with pooled connections the driver's statement cache then skips preparing them again. Writes, and
queries whose shape depends on the request's filters, stay with peewee.

Rows come back as the driver gives them, but for timestamps: SQLite keeps them as text, PostgreSQL gives
datetimes, and the record reads below give the API's text on both (`record_rows`). Dates stay as the
driver gives them (SQLite's "2024-01-01" text or PostgreSQL's date), which serialise to the same JSON.
"""
import datetime
from functools import cache

from . import db
from .models import Actor, Participant, Provision, Source, StatementTreaty


def any_of(clauses):
    """The OR of peewee expressions (at least one), nested as a balanced tree: a chain of a hundred (a rollup's
    chunk of keys) is as deep as SQLite's parser stack, which then fails the write ("parser stack overflow").
    Every OR of a list of clauses is built here (the filters' terms, the rollups' keys)."""
    clauses = list(clauses)
    while len(clauses) > 1:
        clauses = [clauses[i] | clauses[i + 1] if i + 1 < len(clauses) else clauses[i]
                   for i in range(0, len(clauses), 2)]
    return clauses[0]


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


def timestamp(value):
    """A stored UTC timestamp in the API's form, `2024-01-01T12:00:00.123456Z`, whatever the driver returned:
    SQLite gives peewee's stored text (`2024-01-01 12:00:00.123456`), PostgreSQL a naive datetime. A value
    in the API's form already (from `record_rows`) is returned as it is."""
    if value is None:
        return None
    if isinstance(value, str):
        return value if value.endswith("Z") else value.replace(" ", "T", 1) + "Z"
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.UTC).replace(tzinfo=None)
        return value.isoformat() + "Z"
    return value


# --- records and their links (read by the representations) ------------------------------------------------

@cache
def _timestamp_keys(model):
    return frozenset(f.name for f in model._meta.sorted_fields if f.field_type == "DATETIME")


def record_rows(cursor, model):
    """A cursor's rows of `model`'s columns as dicts keyed by field name (place_id -> place), timestamps in
    the API's form (`timestamp`) on both engines: the one form of a row the representations take. (The API's
    text rather than datetimes: each page would otherwise format 100 datetimes back into text, a quarter of
    the cost of building it.)"""
    keys = [select_keys(model).get(column[0], column[0]) for column in cursor.description]
    stamps = [i for i, key in enumerate(keys) if key in _timestamp_keys(model)]
    found = []
    for values in cursor.fetchall():
        if stamps:
            values = list(values)
            for i in stamps:
                values[i] = timestamp(values[i])
        found.append(dict(zip(keys, values)))
    return found


@cache
def select_keys(model):
    """column name -> field name: the key a row dict gives each column."""
    return {field.column_name: field.name for field in model._meta.sorted_fields}


def records_by_ids(model, ids, names=None, live=False):
    """Row dicts (record_rows) of the records with these IDs, in no particular order; with `live`, only those
    not deleted."""
    ids = list(ids)
    if not ids:
        return []
    columns, _ = select_list(model, names)
    alive = f" AND {quote('deleted_at')} IS NULL" if live else ""
    cursor = db.database.execute_sql(
        f"SELECT {columns} FROM {table(model)} WHERE {quote('id')} IN ({marks(len(ids))}){alive}", ids)
    return record_rows(cursor, model)


def table(model):
    return quote(model._meta.table_name)


def column(field):
    return quote(field.column_name)


def _select_owned(model, owner_field, owner_ids, selected=None, order=None):
    owner = column(getattr(model, owner_field))
    order = order or f"{owner}, {quote('position')}"
    selected = f"{owner}, {selected}" if selected else owner
    return rows(f"SELECT {selected} FROM {table(model)} WHERE {owner} IN ({marks(len(owner_ids))}) ORDER BY {order}",
                list(owner_ids))


def owned(model, owner_field, owner_ids, *fields, order=None):
    """(owner id, *fields) tuples of the rows these records own, in their given order (or `order`)."""
    if not owner_ids:
        return []
    return _select_owned(model, owner_field, owner_ids, ", ".join(column(f) for f in fields), order)


def owned_records(model, owner_field, owner_ids):
    """Row dicts (all fields, keyed by field name) of the rows these records own, in their given order."""
    if not owner_ids:
        return []
    columns, keys = select_list(model)
    return [dict(zip(keys, row[1:])) for row in _select_owned(model, owner_field, owner_ids, columns)]


def cited_sources(link_model, owner_field, owner_ids):
    """(owner id, source id, title, url, publisher, published_date, published_end, published_edtf, publishers)
    of the sources these records cite, in order (publishers: JSON text, or null before migrations/0020)."""
    if not owner_ids:
        return []
    owner = "l." + column(getattr(link_model, owner_field))
    return rows(f"SELECT {owner}, s.id, s.title, s.url, s.publisher, s.published_date, s.published_end, "
                f"s.published_edtf, s.publishers FROM {table(link_model)} l JOIN {table(Source)} s ON s.id = l.{column(link_model.source)} "
                f"WHERE {owner} IN ({marks(len(owner_ids))}) ORDER BY {owner}, l.{quote('position')}", list(owner_ids))


def participants_named(event_ids):
    """(event id, participant id, actor id, name, kind, role, on behalf of, actor part) of the events'
    participants, in order, with the actors' names."""
    if not event_ids:
        return []
    event = "p." + column(Participant.event)
    return rows(f"SELECT {event}, p.id, a.id, a.name, a.kind, p.role, p.{column(Participant.on_behalf_of)}, "
                f"p.{column(Participant.actor_part)} "
                f"FROM {table(Participant)} p "
                f"JOIN {table(Actor)} a ON a.id = p.{column(Participant.actor)} "
                f"WHERE {event} IN ({marks(len(event_ids))}) ORDER BY {event}, p.{quote('position')}", list(event_ids))


def id_links(owner_ids, links):
    """(tag, owner id, linked id, link kind or NULL, position) of several lists of links at once, one UNION ALL
    query instead of one each; `links` maps a tag to (model, owner field, linked field, link kind field or
    None)."""
    parts, params = [], []
    for tag, (model, owner, linked, link) in links.items():
        link_sql = column(link) if link is not None else "NULL"
        parts.append(f"SELECT '{tag}', {column(owner)}, {column(linked)}, {link_sql}, {quote('position')} "
                     f"FROM {table(model)} WHERE {column(owner)} IN ({marks(len(owner_ids))})")
        params.extend(owner_ids)
    first_owner = column(next(iter(links.values()))[1])
    order = " ORDER BY 2, 5" if len(parts) > 1 else f" ORDER BY {first_owner}, {quote('position')}"
    return rows(" UNION ALL ".join(parts) + order, params)


def treaties_about(statement_ids):
    """(statement id, treaty id, provision id, article, type, timing, link) of the treaties statements are about."""
    if not statement_ids:
        return []
    statement = "l." + column(StatementTreaty.statement)
    return rows(f"SELECT {statement}, l.{column(StatementTreaty.treaty)}, p.id, p.article, p.type, "
                f"l.{column(StatementTreaty.timing)}, l.{column(StatementTreaty.link)} "
                f"FROM {table(StatementTreaty)} l LEFT JOIN {table(Provision)} p "
                f"ON p.id = l.{column(StatementTreaty.provision)} "
                f"WHERE {statement} IN ({marks(len(statement_ids))}) ORDER BY {statement}, l.{quote('position')}",
                list(statement_ids))


# --- collections: pages, exports, search hits and the change feed -------------------------------------------
#
# Peewee builds these queries (their shape depends on the request's filters and sort); they are compiled once
# and their rows read here, straight from the driver's cursor, without peewee's conversion of every value.
# Every read gives row dicts; rows of records come in the one form `record_rows` gives.

def _cursor(query):
    return db.database.execute_sql(*query.sql())


def page_rows(query, model):
    """The rows of a page: a query of `model`'s columns (and rank, for a search), in `record_rows`' form."""
    return record_rows(_cursor(query), model)


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


def count_by(query, column):
    """{value of `column`: how many rows of the query have it}, in one query (as count(), grouped)."""
    from peewee import SQL, Select, fn

    wrapped = query.order_by().select(column.alias("_by")).alias("_wrapped")
    grouped = Select([wrapped], [wrapped.c._by, fn.COUNT(SQL("1"))]).group_by(wrapped.c._by)
    return dict(_cursor(grouped.bind(db.database)).fetchall())


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


def feed_head():
    """(ID, time) of the change feed's latest revision, or None: what any write changes (the time tells a
    revision ID given out again, after a restore, from the one it had before)."""
    found = rows(f"SELECT id, at FROM {quote('revision')} ORDER BY id DESC LIMIT 1")
    return tuple(found[0]) if found else None


def revision_rows(kind_name, record_id):
    """A record's history: its revision rows (keyed by field name), oldest first."""
    from .models import Revision

    query = Revision.select().where((Revision.kind == kind_name) & (Revision.record_id == record_id))
    return page_rows(query.order_by(Revision.version), Revision)


def revision_row(kind_name, record_id, version):
    """One revision's row (keyed by field name), or None."""
    from .models import Revision

    query = Revision.select().where((Revision.kind == kind_name) & (Revision.record_id == record_id)
                                    & (Revision.version == version))
    found = page_rows(query, Revision)
    return found[0] if found else None


def live_ids(model, ids):
    """The IDs among `ids` of rows of `model` that exist (and, for records, are not tombstones): what a
    write checks of every record its input refers to."""
    ids = list(ids)
    live = " AND deleted_at IS NULL" if "deleted_at" in model._meta.fields else ""
    text = f"SELECT id FROM {table(model)} WHERE id IN ({marks(len(ids))}){live}"
    return {row[0] for row in rows(text, ids)}


@cache
def _holders_text(model, rows_model, owner_column, name_column, param):
    return (f"SELECT m.id, m.{quote(name_column)} FROM {table(model)} m JOIN {table(rows_model)} x ON "
            f"x.{quote(owner_column)} = m.id WHERE x.scheme = {param} AND x.value = {param} AND m.deleted_at IS NULL "
            f"ORDER BY m.id LIMIT {param}")


def holders(model, rows_model, owner_field, name_field, scheme, value, limit):
    """[(id, name)] of the live records of `model` holding external ID scheme:value (their rows in
    `rows_model`, owned through `owner_field`), by ID."""
    text = _holders_text(model, rows_model, rows_model._meta.fields[owner_field].column_name,
                         model._meta.fields[name_field].column_name, db.database.param)
    return [tuple(row) for row in rows(text, (scheme, value, limit))]


@cache
def _first_live_text(model, pattern, param):
    conditions = ["deleted_at IS NULL"] + [
        f"{quote(model._meta.fields[name].column_name)} {'IS NULL' if empty else '= ' + param}"
        for name, empty in pattern]
    return f"SELECT id FROM {table(model)} WHERE {' AND '.join(conditions)} ORDER BY id LIMIT 1"


def first_live(model, equal):
    """The ID of the first live record of `model` whose fields equal `equal` (by field name; None matches
    NULL), or None."""
    pattern = tuple((name, value is None) for name, value in equal.items())
    params = [model._meta.fields[name].db_value(value) for name, value in equal.items() if value is not None]
    found = rows(_first_live_text(model, pattern, db.database.param), params)
    return found[0][0] if found else None
