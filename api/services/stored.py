"""Records as they were stored (issue 14): each live record's full representation, as the JSON bytes GET
answers, and its ETag, kept in stored_record (migrations/0038) by every write, in the write's transaction.

A GET of a record without include= or fields= is then one indexed read of bytes (`served`); shapes that many
reads ask (an event's include=participants) are stored as well (api/services/stored_shapes.py), and fields=
is cut from either. Assembling a
record stays the definition (api/representations.py): a stored form is what assembly gave when the record,
or something it embeds, last changed, and tests/test_stored_forms.py holds the two equal after every kind of
write on every kind.

What a record embeds of another (an event's participants' names, a statement's treaty and provision) is
what `refs.SEEN` lists of that other kind. A write that changes those fields re-renders the live records that
refer to the one written (`follow`, through the kinds' referrer map), in the same transaction and in
batches (docs/performance.md, "Stored forms", measured it: 1.4 s for an actor 20,000 events name). A record only ever embeds what it refers to,
and a statement embeds another statement's speaker's name: so a re-rendered statement whose seen fields
changed is followed in turn.

`FORM` names the representation the stored forms were made by. A change to how records are assembled (a
new field shown, a migration filling a column the representation reads) bumps it: rows of another form are
never served (reads assemble instead), and `refresh`, which every migrate runs, makes them again
(docs/contributing.md).
"""
import contextlib
import contextvars
from functools import cache

from .. import db, jsonio, sql, write_sql
from ..http import record_etag
from ..models import StoredRecord
from ..refs import REFS, SEEN
from ..representations import FULL
from . import stored_shapes
from .kinds import KINDS

COLUMNS = ("kind", "record_id", "form", "etag", "body")   # of stored_record, in the order rows give them

FORM = 11   # 2: migrations/0040 (figures, claims, provisions and statements show new fields); 3: 0042 (places as
#          reported: further places, figures, place relations and sources show new fields); 4: 0043 (statements,
#          treaties and implementation entries show new fields); 5: 0047 (timing); 6: 0048 (figures' equipment
#          and whom they count, sites hit); 7: 0049 (unnamed claimants in words, statements said during an
#          event and hedged, sources' country and owner, claimed party entries and provisions); 8: 0052
#          (actors' places: where an actor is based); 9: 0053 (figures' held_as and holders); 10: 0054 (timing
#          names a status change or an occasion; implementation entries may be undated); 11: 0062 (figures'
#          inflicters)
BATCH = 500   # records assembled at a time by a rebuild or a re-render


def _save(kind_name, representations):
    params = []
    for record in representations:
        body = jsonio.dumps(record)
        params += [kind_name, record["id"], FORM, record_etag(record["version"], body), body]
    if params:
        write_sql.upsert("stored_record", COLUMNS, ("kind", "record_id"), params)


def store(kind, *records):
    """Keep `records` (full representations, as a write just assembled them) as kind's stored forms, and
    their common shapes (assembled from their rows again: a write stores one record)."""
    _save(kind.name, records)
    if kind.name in stored_shapes.COMMON and records:
        stored_shapes.save(kind, sql.records_by_ids(kind.model, [r["id"] for r in records], live=True), FORM)


def forget(kind, record_id):
    """A deleted record has no stored form: GET answers 410 from the record's own row."""
    StoredRecord.delete().where((StoredRecord.kind == kind.name) & (StoredRecord.record_id == record_id)).execute()
    stored_shapes.forget(kind.name, record_id)


# Set while a read answers as of a past moment that had to put records back (services/past.py): the stored
# forms then show the present, not that moment, so every record is assembled from the rows put back.
_set_aside = contextvars.ContextVar("stored_forms_set_aside", default=False)


@contextlib.contextmanager
def set_aside():
    """Within this block no stored form is served: records are assembled (services/past.py)."""
    token = _set_aside.set(True)
    try:
        yield
    finally:
        _set_aside.reset(token)


@cache
def _served_text(param):
    return f"SELECT body, etag FROM stored_record WHERE kind = {param} AND record_id = {param} AND form = {param}"


def _stored_shape(kind_name, shape):
    """The stored shape (FULL, or a common one) that `shape` is, or is cut from by fields=; None if none."""
    if shape.include is None:
        return FULL
    return stored_shapes.common(kind_name, shape.include)


def served(kind_name, record_id, shape=FULL):
    """(JSON bytes, ETag) of a live record as stored in `shape` (FULL, or a common shape without fields=), or
    None (not stored in that shape, no such live record, a stale form, or set aside)."""
    if _set_aside.get() or shape.fields is not None:
        return None
    if shape.include is not None:
        common = stored_shapes.common(kind_name, shape.include)
        return stored_shapes.served(kind_name, common, record_id, FORM) if common is not None else None
    found = sql.rows(_served_text(db.database.param), (kind_name, record_id, FORM))
    return (bytes(found[0][0]), found[0][1]) if found else None


def cut(kind_name, record_id, shape):
    """A live record in `shape` with fields=, cut from the stored shape it is a part of; None if none."""
    whole = _stored_shape(kind_name, shape) if shape.fields is not None else None
    found = served(kind_name, record_id, whole) if whole is not None else None
    return shape.trim(jsonio.loads(found[0])) if found is not None else None


def bodies(kind_name, ids, shape=FULL):
    """{id: JSON bytes} of the stored forms of this FORM of these records in `shape` (FULL or a common one;
    one query per BATCH)."""
    found = {}
    if _set_aside.get():
        return found
    if shape.include is not None:
        return stored_shapes.bodies(kind_name, shape, ids, FORM, BATCH)
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        found.update((i, bytes(body)) for i, body in sql.rows(
            f"SELECT record_id, body FROM stored_record WHERE kind = {db.database.param} AND form = "
            f"{db.database.param} AND record_id IN ({sql.marks(len(chunk))})", [kind_name, FORM, *chunk]))
    return found


def shaped(kind, rows, shape, raw=False):
    """The representations of the live records of these row dicts (api/sql.py), in their order, shaped by
    `shape`: cut from their stored forms when `shape` embeds every relation or is a common shape
    (stored_shapes.COMMON; fields= keeps some of their top-level fields, as assembling does), else assembled. `raw`: a stored form as it is, pre-serialised JSON
    (jsonio.Fragment) that the response's JSON embeds without parsing it, when no field is cut. A record
    without a current stored form is assembled."""
    whole = _stored_shape(kind.name, shape)
    if whole is None or not rows:
        return kind.represent(rows, shape)
    found = bodies(kind.name, [row["id"] for row in rows], whole)
    missing = [row for row in rows if row["id"] not in found]
    assembled = {record["id"]: record for record in kind.represent(missing, shape)} if missing else {}
    if raw and shape.fields is None:
        return [jsonio.Fragment(found[row["id"]]) if row["id"] in found else assembled[row["id"]] for row in rows]
    return [shape.trim(jsonio.loads(found[row["id"]])) if row["id"] in found else assembled[row["id"]]
            for row in rows]


def in_order(kind, ids, shape, raw=False):
    """As `shaped`, from record IDs in their order rather than rows: the records whose stored form (in
    `shape`, or the stored shape it is cut from) is current are never read, the others (none, unless a
    FORM changed) assembled from their rows; an ID with no live record is left out. None when `shape` is
    not served from what is stored."""
    whole = _stored_shape(kind.name, shape)
    if whole is None or _set_aside.get():
        return None
    found = bodies(kind.name, list(ids), whole)
    missing = [i for i in ids if i not in found]
    assembled = ({record["id"]: record for record in kind.represent(
        sql.records_by_ids(kind.model, missing, live=True), shape)} if missing else {})
    if raw and shape.fields is None:
        return [jsonio.Fragment(found[i]) if i in found else assembled[i] for i in ids if i in found or i in assembled]
    return [shape.trim(jsonio.loads(found[i])) if i in found else assembled[i]
            for i in ids if i in found or i in assembled]


def render(kind, ids, shapes=True):
    """Assemble the live records of `kind` with these IDs again and store them (with `shapes`, in their
    common shapes too); returns how many."""
    ids, done = list(ids), 0
    for start in range(0, len(ids), BATCH):
        rows = sql.records_by_ids(kind.model, ids[start:start + BATCH], live=True)
        records = kind.represent(rows)
        _save(kind.name, records)
        if shapes:
            stored_shapes.save(kind, rows, FORM)
        done += len(records)
    return done


def seen(kind_name, record):
    """What other records show of `record` (refs.SEEN): a re-render of its referrers is due when it changes."""
    return tuple(record.get(name) for name in SEEN[kind_name])


def _live_referrers(kind, record_ids):
    """kind name -> the IDs of live records referring to any of `record_ids` (every field of every kind that
    links to `kind`, kinds.Referrer)."""
    found = {}
    for referrer in kind.referrers:
        model = KINDS[referrer.kind].model
        for start in range(0, len(record_ids), BATCH):
            owners = None
            for record_id in record_ids[start:start + BATCH]:
                query = referrer.owners(record_id)
                owners = query if owners is None else owners | query
            live = model.select(model.id).where(model.id.in_(owners) & model.deleted_at.is_null())
            found.setdefault(referrer.kind, set()).update(row[0] for row in live.tuples())
    return found


@cache
def _embeds_others(kind_name):
    """Whether what others see of a record of this kind shows a record it links to (a statement's speaker)."""
    return any(f.link for f in KINDS[kind_name].fields if f.shown in SEEN[kind_name])


def follow(kind, record_id, before, after):
    """After a write changed a record from `before` to `after` (representations), store again every live
    record that shows what changed of it; returns how many were stored again.

    What others show of an actor, a place or an event is its ref (refs.REFS), the same bytes wherever it
    is embedded: those records' stored forms get the new ref's bytes in place of the old's (`_patched`), less
    than half the cost of assembling them again, which other kinds' referrers are (`render`)."""
    if seen(kind.name, before) == seen(kind.name, after):
        return 0
    refs = None
    if kind.name in REFS:
        new = jsonio.plain(REFS[kind.name]([record_id])[record_id])
        old = {key: record_id if key == "id" else jsonio.plain(before[key]) for key in new}
        refs = jsonio.dumps(old), jsonio.dumps(new)
    done, pending = 0, [(kind, [record_id])]
    while pending:
        changed_kind, ids = pending.pop()
        for name, owner_ids in _live_referrers(changed_kind, ids).items():
            owner_ids = sorted(owner_ids)
            old_seen = {}
            if _embeds_others(name):   # compare what others see of them before and after
                old_seen = {i: seen(name, jsonio.loads(body)) for i, body in _stored_bodies(name, owner_ids)}
            if refs is not None:
                done += _patched(name, owner_ids, *refs)
                stored_shapes.patched(KINDS[name], owner_ids, *refs, FORM, BATCH)
            else:
                done += render(KINDS[name], owner_ids)
            if old_seen:
                new_seen = {i: seen(name, jsonio.loads(body)) for i, body in _stored_bodies(name, owner_ids)}
                moved = [i for i in owner_ids if old_seen.get(i) != new_seen.get(i)]
                if moved:
                    pending.append((KINDS[name], moved))
    return done


def _patched(kind_name, ids, old, new):
    """Store these records of `kind_name` again with the JSON bytes `old` (a ref as it was) replaced by `new`
    in their stored forms, their ETags made anew (same version, new bytes). A record without a current
    stored form, or whose form does not hold `old`, is assembled instead. Returns how many were stored."""
    done, unpatched = 0, []
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        found = {i: (bytes(body), etag) for i, body, etag in sql.rows(
            f"SELECT record_id, body, etag FROM stored_record WHERE kind = {db.database.param} AND form = "
            f"{db.database.param} AND record_id IN ({sql.marks(len(chunk))})", [kind_name, FORM, *chunk])}
        params = []
        for i in chunk:
            body, etag = found.get(i, (b"", ""))
            if old not in body:
                unpatched.append(i)
                continue
            body = body.replace(old, new)
            params += [kind_name, i, FORM, record_etag(etag.split("-")[0], body), body]
        if params:
            write_sql.upsert("stored_record", COLUMNS, ("kind", "record_id"), params)
            done += len(params) // 5
    return done + (render(KINDS[kind_name], unpatched, shapes=False) if unpatched else 0)


def _stored_bodies(kind_name, ids):
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        yield from sql.rows(f"SELECT record_id, body FROM stored_record WHERE kind = {db.database.param} AND "
                            f"record_id IN ({sql.marks(len(chunk))})", [kind_name, *chunk])


# --- rebuilding --------------------------------------------------------------------------------------------

def _missing_ids(kind, after, limit):
    """The next IDs after `after` of live records of `kind` without a stored form of this FORM."""
    model, param = kind.model, db.database.param
    text = (f"SELECT t.id FROM {sql.table(model)} t WHERE t.id > {param} AND t.deleted_at IS NULL AND NOT EXISTS "
            f"(SELECT 1 FROM stored_record s WHERE s.kind = {param} AND s.record_id = t.id AND s.form = {param}) "
            f"ORDER BY t.id LIMIT {param}")
    return [row[0] for row in sql.rows(text, (after, kind.name, FORM, limit))]


def _live_count(kind):
    return sql.rows(f"SELECT COUNT(*) FROM {sql.table(kind.model)} WHERE deleted_at IS NULL")[0][0]


def _stored_count(kind):
    return sql.rows(f"SELECT COUNT(*) FROM stored_record WHERE kind = {db.database.param} AND form = "
                    f"{db.database.param}", (kind.name, FORM))[0][0]


def rebuild(all_=True, progress=lambda done, total: None):
    """Store every live record again (`all_`), or only those without a stored form of this FORM; rows of
    deleted records or of other forms are dropped. One transaction per batch, each taking the write lock,
    so writes go on between batches. Returns {kind: records stored}."""
    with db.write_transaction():
        db.database.execute_sql(f"DELETE FROM stored_record WHERE form <> {db.database.param}", (FORM,))
        for kind in KINDS.values():
            model = kind.model
            db.database.execute_sql(
                f"DELETE FROM stored_record WHERE kind = {db.database.param} AND record_id IN "
                f"(SELECT id FROM {sql.table(model)} WHERE deleted_at IS NOT NULL)", (kind.name,))
        stored_shapes.drop_stale(KINDS.values(), FORM)
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
                        f"NULL ORDER BY id LIMIT {db.database.param}", (last, BATCH))]
                else:
                    ids = _missing_ids(kind, last, BATCH)
                if not ids:
                    break
                counts[kind.name] += render(kind, ids)
            last = ids[-1]
            done += len(ids)
            progress(done, max(total, done))
        if not all_:   # the common shapes missing of records whose full form was there (a new shape, 0056)
            _fill_shapes(kind, counts)
    return counts


def _fill_shapes(kind, counts):
    last = 0
    while True:
        with db.write_transaction():
            ids = stored_shapes.missing_ids(kind, last, BATCH, FORM)
            if not ids:
                return
            stored_shapes.save(kind, sql.records_by_ids(kind.model, ids, live=True), FORM)
        counts[kind.name] += len(ids)
        last = ids[-1]


def _complete(kind):
    stored, per_record = stored_shapes.count(kind, FORM)
    live = _live_count(kind)
    return live == _stored_count(kind) and stored == live * per_record


def refresh(progress=lambda done, total: None):
    """Store what has no stored form of this FORM yet (after a migration, or a bumped FORM): cheap when
    nothing is missing (a count per kind). Returns {kind: records stored} of the kinds it had to fill."""
    stale = sql.rows(f"SELECT 1 FROM stored_record WHERE form <> {db.database.param} LIMIT 1", (FORM,))
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
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        stored = {i: bytes(body) for i, body in _stored_bodies(kind.name, chunk)}
        rows = sql.records_by_ids(kind.model, chunk, live=True)
        for record in kind.represent(rows):
            body = jsonio.dumps(record)
            if stored.get(record["id"]) != body:
                found.append((record["id"], stored.get(record["id"]), body))
        found += stored_shapes.differences(kind, rows, FORM)
    return found
