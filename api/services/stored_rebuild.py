"""Stored forms made anew (api/services/stored.py, whose callers call `rebuild`, `refresh` and `differences`
through it): every live record stored again (`db rebuild-stored`), or only what has no stored form of this
FORM (every migrate), and the check that stored forms are what assembling gives."""
from .. import db, jsonio, sql
from . import stored, stored_past, stored_shapes
from .kinds import KINDS


def _missing_ids(kind, after, limit):
    """The next IDs after `after` of live records of `kind` without a stored form of this FORM."""
    model, param = kind.model, db.database.param
    text = (f"SELECT t.id FROM {sql.table(model)} t WHERE t.id > {param} AND t.deleted_at IS NULL AND NOT EXISTS "
            f"(SELECT 1 FROM stored_record s WHERE s.kind = {param} AND s.record_id = t.id AND s.form = {param}) "
            f"ORDER BY t.id LIMIT {param}")
    return [row[0] for row in sql.rows(text, (after, kind.name, stored.FORM, limit))]


def _live_count(kind):
    return sql.rows(f"SELECT COUNT(*) FROM {sql.table(kind.model)} WHERE deleted_at IS NULL")[0][0]


def _stored_count(kind):
    return sql.rows(f"SELECT COUNT(*) FROM stored_record WHERE kind = {db.database.param} AND form = "
                    f"{db.database.param}", (kind.name, stored.FORM))[0][0]


def rebuild(all_=True, progress=lambda done, total: None):
    """Store every live record again (`all_`), or only those without a stored form of this FORM; rows of
    deleted records or of other forms are dropped. One transaction per batch, each taking the write lock,
    so writes go on between batches. Returns {kind: records stored}."""
    with db.write_transaction():
        # Forms of another FORM of live records are stored again in place, below (their `since` stays: the same
        # content), and the rest dropped once all are; kept forms of the past of another FORM are never served.
        stored_past.forget_other_forms(stored.FORM)
        for kind in KINDS.values():
            model = kind.model
            db.database.execute_sql(
                f"DELETE FROM stored_record WHERE kind = {db.database.param} AND record_id IN "
                f"(SELECT id FROM {sql.table(model)} WHERE deleted_at IS NOT NULL)", (kind.name,))
        stored_shapes.drop_stale(KINDS.values(), stored.FORM)
    total = sum(_live_count(kind) if all_ else _live_count(kind) - _stored_count(kind) for kind in KINDS.values())
    counts, done = {}, 0
    progress(0, total)
    for kind in KINDS.values():
        counts[kind.name], last = 0, 0
        while True:
            with db.write_transaction():
                if all_:
                    ids = [row[0] for row in sql.rows(
                        f"SELECT id FROM {sql.table(kind.model)} WHERE id > {db.database.param} AND deleted_at IS "
                        f"NULL ORDER BY id LIMIT {db.database.param}", (last, stored.BATCH))]
                else:
                    ids = _missing_ids(kind, last, stored.BATCH)
                if not ids:
                    break
                counts[kind.name] += stored.render(kind, ids)
            last = ids[-1]
            done += len(ids)
            progress(done, max(total, done))
        if not all_:   # the common shapes missing of records whose full form was there (a new shape, 0056)
            _fill_shapes(kind, counts)
    with db.write_transaction():   # what is left of another FORM belongs to no live record
        db.database.execute_sql(f"DELETE FROM stored_record WHERE form <> {db.database.param}", (stored.FORM,))
    return counts


def _fill_shapes(kind, counts):
    last = 0
    while True:
        with db.write_transaction():
            ids = stored_shapes.missing_ids(kind, last, stored.BATCH, stored.FORM)
            if not ids:
                return
            stored_shapes.save(kind, sql.records_by_ids(kind.model, ids, live=True), stored.FORM)
        counts[kind.name] += len(ids)
        last = ids[-1]


def _complete(kind):
    shapes, per_record = stored_shapes.count(kind, stored.FORM)
    live = _live_count(kind)
    return live == _stored_count(kind) and shapes == live * per_record


def refresh(progress=lambda done, total: None):
    """Store what has no stored form of this FORM yet (after a migration, or a bumped FORM): cheap when
    nothing is missing (a count per kind). Returns {kind: records stored} of the kinds it had to fill."""
    stale = sql.rows(f"SELECT 1 FROM stored_record WHERE form <> {db.database.param} LIMIT 1", (stored.FORM,))
    if not stale and all(_complete(kind) for kind in KINDS.values()):
        return {}
    return {name: count for name, count in rebuild(False, progress).items() if count}


def differences(kind, ids=None):
    """[(id, stored, assembled)] of the live records of `kind` (or those of `ids`) whose stored form is not
    what assembling them gives now, in full or in a common shape (stored_shapes): what the tests and `db
    rebuild-stored --check` look for."""
    if ids is None:
        ids = [row[0] for row in sql.rows(f"SELECT id FROM {sql.table(kind.model)} WHERE deleted_at IS NULL")]
    ids, found = sorted(ids), []
    for start in range(0, len(ids), stored.BATCH):
        chunk = ids[start:start + stored.BATCH]
        kept = {i: bytes(body) for i, body in stored.any_form_bodies(kind.name, chunk)}
        rows = sql.records_by_ids(kind.model, chunk, live=True)
        for record in kind.represent(rows):
            body = jsonio.dumps(record)
            if kept.get(record["id"]) != body:
                found.append((record["id"], kept.get(record["id"]), body))
        found += stored_shapes.differences(kind, rows, stored.FORM)
    return found
