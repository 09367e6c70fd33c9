"""The revision queries of `as_of` reads of one record (api/services/past.py), in plain SQL: they run on
every such read, where building them through peewee cost more than running them."""
from . import db
from .sql import marks, quote

TABLE = quote("revision")
COLUMNS = ("id", "version", "action", "at", "data", "redacted_at", "token_name")


def latest_revision_id():
    return db.database.execute_sql(f"SELECT MAX(id) FROM {TABLE}").fetchone()[0] or 0


def revisions_newest_first(kind_name, record_id):
    """A record's revisions (dicts), newest first, fetched as they are read: a caller that stops early reads
    no more of them."""
    cursor = db.database.execute_sql(
        f"SELECT {', '.join(map(quote, COLUMNS))} FROM {TABLE} WHERE kind = {db.database.param} "
        f"AND record_id = {db.database.param} ORDER BY version DESC", (kind_name, record_id))
    try:
        for row in iter(cursor.fetchone, None):
            yield {"kind": kind_name, "record_id": record_id, **dict(zip(COLUMNS, row))}
    finally:
        cursor.close()


def changed_among(pairs, moment_id):
    """Those of `pairs` (kind name, record ID) changed after revision `moment_id`."""
    by_kind = {}
    for kind_name, record_id in pairs:
        by_kind.setdefault(kind_name, []).append(record_id)
    param = db.database.param
    clauses, params = [], [moment_id]
    for kind_name, ids in by_kind.items():
        clauses.append(f"(kind = {param} AND record_id IN ({marks(len(ids))}))")
        params += [kind_name, *ids]
    cursor = db.database.execute_sql(
        f"SELECT DISTINCT kind, record_id FROM {TABLE} WHERE id > {param} AND ({' OR '.join(clauses)})", params)
    return [tuple(row) for row in cursor.fetchall()]


def states_then(pairs, moment_id):
    """(kind name, record ID) -> its last revision (a dict) at or before revision `moment_id`, for those of
    `pairs` (a few: the records one record names) that had one."""
    param = db.database.param
    found = {}
    for kind_name, record_id in pairs:
        cursor = db.database.execute_sql(
            f"SELECT {', '.join(map(quote, COLUMNS))} FROM {TABLE} WHERE kind = {param} AND record_id = {param} "
            f"AND id <= {param} ORDER BY version DESC LIMIT 1", (kind_name, record_id, moment_id))
        row = cursor.fetchone()
        if row is not None:
            found[(kind_name, record_id)] = {"kind": kind_name, "record_id": record_id, **dict(zip(COLUMNS, row))}
    return found


def time_of(revision_id):
    """When revision `revision_id` was made, or None if there is no such revision."""
    row = db.database.execute_sql(f"SELECT at FROM {TABLE} WHERE id = {db.database.param}", (revision_id,)).fetchone()
    return row[0] if row else None
