"""Stored forms kept in step with what they embed (api/services/stored.py, whose callers call `follow` and
`seen` through it): a write that changes what other records show of the record written (refs.SEEN) stores
those records again, in the write's transaction and in batches (docs/performance.md, "Stored forms")."""
from functools import cache

from .. import db, jsonio, sql
from ..http import record_etag
from ..refs import REFS, SEEN
from . import stored, stored_shapes
from .kinds import KINDS


def seen(kind_name, record):
    """What other records show of `record` (refs.SEEN): a re-render of its referrers is due when it changes."""
    return tuple(record.get(name) for name in SEEN[kind_name])


def _live_referrers(kind, record_ids):
    """kind name -> the IDs of live records referring to any of `record_ids` (every field of every kind that
    links to `kind`, kinds.Referrer)."""
    found = {}
    for referrer in kind.referrers:
        model = KINDS[referrer.kind].model
        for start in range(0, len(record_ids), stored.BATCH):
            owners = None
            for record_id in record_ids[start:start + stored.BATCH]:
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
                old_seen = {i: seen(name, jsonio.loads(body)) for i, body in stored.any_form_bodies(name, owner_ids)}
            if refs is not None:
                done += _patched(name, owner_ids, *refs)
                stored_shapes.patched(KINDS[name], owner_ids, *refs, stored.FORM, stored.BATCH)
            else:
                done += stored.render(KINDS[name], owner_ids)
            if old_seen:
                new_seen = {i: seen(name, jsonio.loads(body)) for i, body in stored.any_form_bodies(name, owner_ids)}
                moved = [i for i in owner_ids if old_seen.get(i) != new_seen.get(i)]
                if moved:
                    pending.append((KINDS[name], moved))
    return done


def _patched(kind_name, ids, old, new):
    """Store these records of `kind_name` again with the JSON bytes `old` (a ref as it was) replaced by `new`
    in their stored forms, their ETags made anew (same version, new bytes). A record without a current
    stored form, or whose form does not hold `old`, is assembled instead. Returns how many were stored."""
    done, unpatched = 0, []
    for start in range(0, len(ids), stored.BATCH):
        chunk = ids[start:start + stored.BATCH]
        found = {i: (bytes(body), etag) for i, body, etag in sql.rows(
            f"SELECT record_id, body, etag FROM stored_record WHERE kind = {db.database.param} AND form = "
            f"{db.database.param} AND record_id IN ({sql.marks(len(chunk))})", [kind_name, stored.FORM, *chunk])}
        rows = []
        for i in chunk:
            body, etag = found.get(i, (b"", ""))
            if old not in body:
                unpatched.append(i)
                continue
            body = body.replace(old, new)
            rows.append((i, record_etag(etag.split("-")[0], body), body))
        stored.keep(kind_name, rows)
        done += len(rows)
    return done + (stored.render(KINDS[kind_name], unpatched, shapes=False) if unpatched else 0)
