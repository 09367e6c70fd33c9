"""Shapes that many reads ask, stored as well (issue 14): beside each live record's full form
(api/services/stored.py), the records of a kind in `COMMON` keep their representation in those shapes too, in
stored_shape (migrations/0056), written by the same writes in the same transactions.

Why stored and not cut from the full form: an `include=` shape is not a subset of the full record. A relation
left out of `include` comes as IDs, and how each relation shows as IDs is its own (an event's figures become a
list of IDs, its participants stay objects whose actor is an ID, a treaty link keeps its `link` beside the
treaty's ID): cutting would be a second definition of every relation, to be kept equal to assembling by hand.
Storing the shape's assembled bytes keeps assembling the only definition, and tests/test_stored_forms.py holds
them equal after every kind of write. `fields=` is cut (a top-level subset), from this shape or the full one.

Only `include=participants` of an event is common today: the API's documented way to read an event with who
took part and nothing else (the benchmark's get, list and export ask it). Each shape stored costs every write
of the kind one assembly more, and the database one body more per record (about 0.8 KB an event).

This module keeps the rows; stored.py decides when (it passes its `FORM`, the representation version).
"""

from .. import db, jsonio, sql, write_sql
from ..http import record_etag
from ..representations import Shape

COMMON = {"events": (Shape(include=frozenset({"participants"})),)}   # kind -> the shapes stored as well


def key(shape):
    """A stored shape's name in stored_shape: its include= as a query asks it (`include=participants`)."""
    return "include=" + ",".join(sorted(shape.include))


def common(kind_name, include):
    """The stored shape of `kind_name` whose include= is `include` (a frozenset), or None."""
    return next((shape for shape in COMMON.get(kind_name, ()) if shape.include == include), None)


def _upsert(params):
    if params:
        write_sql.upsert("stored_shape", ("kind", "shape", "record_id", "form", "etag", "body"),
                         ("kind", "shape", "record_id"), params)


def save(kind, rows, form):
    """Assemble these row dicts (api/sql.py) of live records of `kind` in each of its common shapes and keep
    them; returns how many bodies were stored."""
    params = []
    for shape in COMMON.get(kind.name, ()) if rows else ():
        for record in kind.represent(rows, shape):
            body = jsonio.dumps(record)
            params += [kind.name, key(shape), record["id"], form, record_etag(record["version"], body), body]
    _upsert(params)
    return len(params) // 6


def forget(kind_name, record_id):
    db.database.execute_sql(f"DELETE FROM stored_shape WHERE kind = {db.database.param} AND record_id = "
                            f"{db.database.param}", (kind_name, record_id))


def served(kind_name, shape, record_id, form):
    """(JSON bytes, ETag) of a live record in this stored shape, or None."""
    p = db.database.param
    found = sql.rows(f"SELECT body, etag FROM stored_shape WHERE kind = {p} AND shape = {p} AND record_id = {p} "
                     f"AND form = {p}", (kind_name, key(shape), record_id, form))
    return (bytes(found[0][0]), found[0][1]) if found else None


def bodies(kind_name, shape, ids, form, batch):
    """{id: JSON bytes} of these records in this stored shape (one query per `batch` IDs)."""
    found, p = {}, db.database.param
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        found.update((i, bytes(body)) for i, body in sql.rows(
            f"SELECT record_id, body FROM stored_shape WHERE kind = {p} AND shape = {p} AND form = {p} AND "
            f"record_id IN ({sql.marks(len(chunk))})", [kind_name, key(shape), form, *chunk]))
    return found


def patched(kind, ids, old, new, form, batch):
    """As stored._patched, in every common shape of `kind`: the bytes `old` (a ref as it was) replaced by `new`.
    A body without `old` is assembled again (a shape that shows the changed record by ID gives the same bytes,
    at the cost of an assembly). Returns how many bodies were stored."""
    done, p = 0, db.database.param
    for shape in COMMON.get(kind.name, ()):
        unpatched = []
        for start in range(0, len(ids), batch):
            chunk = ids[start:start + batch]
            found = {i: (bytes(body), etag) for i, body, etag in sql.rows(
                f"SELECT record_id, body, etag FROM stored_shape WHERE kind = {p} AND shape = {p} AND form = {p} "
                f"AND record_id IN ({sql.marks(len(chunk))})", [kind.name, key(shape), form, *chunk])}
            params = []
            for i in chunk:
                body, etag = found.get(i, (b"", ""))
                if old not in body:
                    unpatched.append(i)
                    continue
                body = body.replace(old, new)
                params += [kind.name, key(shape), i, form, record_etag(etag.split("-")[0], body), body]
            _upsert(params)
            done += len(params) // 6
        for start in range(0, len(unpatched), batch):
            done += save(kind, sql.records_by_ids(kind.model, unpatched[start:start + batch], live=True), form)
    return done


def drop_stale(kinds, form):
    """Delete the stored shapes of another form, of deleted records, or no longer common."""
    p = db.database.param
    db.database.execute_sql(f"DELETE FROM stored_shape WHERE form <> {p}", (form,))
    for kind in kinds:
        names = [key(shape) for shape in COMMON.get(kind.name, ())]
        kept = f" AND shape NOT IN ({sql.marks(len(names))})" if names else ""
        db.database.execute_sql(f"DELETE FROM stored_shape WHERE kind = {p}{kept}", (kind.name, *names))
        db.database.execute_sql(f"DELETE FROM stored_shape WHERE kind = {p} AND record_id IN (SELECT id FROM "
                                f"{sql.table(kind.model)} WHERE deleted_at IS NOT NULL)", (kind.name,))


def missing_ids(kind, after, limit, form):
    """The next IDs after `after` of live records of `kind` lacking a current body in one of its common shapes."""
    names = [key(shape) for shape in COMMON.get(kind.name, ())]
    if not names:
        return []
    p = db.database.param
    text = (f"SELECT t.id FROM {sql.table(kind.model)} t WHERE t.id > {p} AND t.deleted_at IS NULL AND ("
            + " OR ".join(f"NOT EXISTS (SELECT 1 FROM stored_shape s WHERE s.kind = {p} AND s.shape = {p} AND "
                          f"s.record_id = t.id AND s.form = {p})" for _ in names)
            + f") ORDER BY t.id LIMIT {p}")
    params = [after] + [value for name in names for value in (kind.name, name, form)] + [limit]
    return [row[0] for row in sql.rows(text, params)]


def count(kind, form):
    """How many current bodies of `kind`'s common shapes are stored, and how many there should be per live
    record (the number of its common shapes)."""
    stored = sql.rows(f"SELECT COUNT(*) FROM stored_shape WHERE kind = {db.database.param} AND form = "
                      f"{db.database.param}", (kind.name, form))[0][0]
    return stored, len(COMMON.get(kind.name, ()))


def differences(kind, rows, form):
    """[(id, stored, assembled)] of these row dicts' records whose body in a common shape is not what
    assembling them in it gives now."""
    found = []
    ids = [row["id"] for row in rows]
    for shape in COMMON.get(kind.name, ()) if rows else ():
        stored = bodies(kind.name, shape, ids, form, len(ids))
        for record in kind.represent(rows, shape):
            body = jsonio.dumps(record)
            if stored.get(record["id"]) != body:
                found.append((record["id"], stored.get(record["id"]), body))
    return found
