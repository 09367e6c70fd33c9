"""The revision queries of `as_of` reads of one record (api/services/past.py), and of the stored forms of the
past they are answered from (api/services/stored_past.py), in plain SQL: they run on every such read, where
building them through peewee cost more than running them."""
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


# --- the stored forms of the past (migrations/0085, api/services/stored_past.py) ------------------------------

PAST = quote("stored_past")


def keep_past_forms(kind_name, ids, revision_id):
    """Copy the stored forms of these records that revision `revision_id` is about to replace or remove into
    stored_past, as the answer from their `since` up to that revision. A form whose start is not known
    (since null) is not kept, nor one stored by this same revision (it was never the answer at any moment)."""
    p = db.database.param
    db.database.execute_sql(
        f"INSERT INTO {PAST} (kind, record_id, until, since, form, etag, body) SELECT kind, record_id, {p}, since, "
        f"form, etag, body FROM stored_record WHERE kind = {p} AND record_id IN ({marks(len(ids))}) "
        f"AND since IS NOT NULL AND since < {p}", (revision_id, kind_name, *ids, revision_id))


def form_as_of(kind_name, record_id, moment_id, form):
    """(JSON bytes, ETag) of the record as GET answered it at revision `moment_id`, from the stored form of
    `form` that was the answer then: the current one if it was stored at or before the moment, else the kept
    one that was replaced first after it, if it had been stored by then. None if neither (one statement, so
    one snapshot, should a write move the current form into the past meanwhile)."""
    p = db.database.param
    row = db.database.execute_sql(
        f"SELECT body, etag FROM stored_record WHERE kind = {p} AND record_id = {p} AND form = {p} AND since <= {p} "
        f"UNION ALL SELECT body, etag FROM (SELECT body, etag, since, form FROM {PAST} WHERE kind = {p} AND "
        f"record_id = {p} AND until > {p} ORDER BY until LIMIT 1) first_after WHERE since <= {p} AND form = {p}",
        (kind_name, record_id, form, moment_id, kind_name, record_id, moment_id, moment_id, form)).fetchone()
    return (bytes(row[0]), row[1]) if row else None


def revision_span(kind_name, record_id, version):
    """(ID of revision `version` of the record, ID of its next revision or None): the changes during which
    that version was the record's content."""
    p = db.database.param
    ids = dict(db.database.execute_sql(
        f"SELECT version, id FROM {TABLE} WHERE kind = {p} AND record_id = {p} AND version IN ({p}, {p})",
        (kind_name, record_id, version, version + 1)).fetchall())
    return ids.get(version), ids.get(version + 1)


def forget_past_forms(first, end):
    """Delete every kept form that was the answer at any change from `first` up to, not including, `end`
    (None: up to now)."""
    p = db.database.param
    if end is None:
        db.database.execute_sql(f"DELETE FROM {PAST} WHERE until > {p}", (first,))
    else:
        db.database.execute_sql(f"DELETE FROM {PAST} WHERE until > {p} AND since < {p}", (first, end))


def forget_kept_until(revision_id=None):
    """Delete the kept forms replaced at or before revision `revision_id` (None: all): (how many, bytes)."""
    p = db.database.param
    where, params = ("", ()) if revision_id is None else (f" WHERE until <= {p}", (revision_id,))
    count, size = db.database.execute_sql(f"SELECT COUNT(*), SUM(LENGTH(body)) FROM {PAST}{where}", params).fetchone()
    db.database.execute_sql(f"DELETE FROM {PAST}{where}", params)
    return count, size or 0


def forget_other_forms(form):
    db.database.execute_sql(f"DELETE FROM {PAST} WHERE form <> {db.database.param}", (form,))
