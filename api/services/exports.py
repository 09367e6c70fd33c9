"""Streaming a whole filtered collection (format=ndjson), a batch at a time: memory stays flat however many
records there are. The query is the plan a page answers from (pages.plan), so an export holds exactly what
paging through the collection would give."""
from .. import sql
from . import cursors, pages, stored
from .exceptions import Busy

EXPORT_BATCH = 1000      # records built and sent at a time
EXPORT_KEYS_BATCH = 50_000   # sort keys (IDs) of the matching records selected at a time by an export
EXPORT_RETRY_AFTER = 10

# Set by the app factory: an api.slots.Slots of EXPORT_CONCURRENCY (None: no cap).
export_slots = None


def _sort_values(p, after, limit):
    """(IDs, sort values of the last) of the next `limit` matching records in sort order, after `after`."""
    base = p.ordered if p.ordered is not None else p.query
    query = pages.in_order(p, base.select(*[p.expressions[key.name] for key in p.keys]), after).limit(limit)
    ids, last = sql.sort_positions(query, [key.name for key in p.keys])
    if last is None:
        return ids, None
    # The next position exactly as a cursor would give it (timestamps in SQLite's text made datetimes, ...).
    return ids, cursors.decode(cursors.encode(p.keys, last, p.columns), p.keys, p.columns)


def export(kind_name, args, also=None, before_batch=None, capped=True):
    """Every matching record, in sort order, one at a time (as `batches` reads them)."""
    return _each(batches(kind_name, args, also, before_batch, capped))


def _each(lists):
    # (a generator, not itertools.chain: closing it closes the export, which gives its slot back)
    for records in lists:
        yield from records


def batches(kind_name, args, also=None, before_batch=None, capped=True, raw=False):
    """Every matching record, in sort order, in lists of up to EXPORT_BATCH (handing a writer a batch at a time
    spares it a step per record, which a long export of small records feels).

    The sort values of the matching records are selected EXPORT_KEYS_BATCH at a time (a keyset query each,
    so no statement stays open for the whole export, and the filter and sort run once per that many
    records rather than once per batch); their records are then read and built EXPORT_BATCH at a time by
    ID. `before_batch()` runs before each query and before building each batch's records (the app renews
    the query time limit there). `raw`, for NDJSON: a record served from its stored form is its JSON bytes
    (stored.in_order); the others are dicts.

    The plan and the first query run now, before a streamed response has sent its status: a bad parameter
    or a refused query must become an error response, not a stream cut short after "200 OK". Only the
    returned generator is lazy.

    Each export holds one of `export_slots` (EXPORT_CONCURRENCY across the server) until it ends; none free: 503.
    capped=False holds none: a release being published (services/release_files.py), which no client waits on."""
    slots = export_slots if capped else None
    slot = slots.take() if slots is not None else None
    if slots is not None and slot is None:
        raise Busy(f"{export_slots.count} exports are streaming already, as many as this server runs at once. Try "
                   "again shortly, or page through the collection as JSON.", retry_after=EXPORT_RETRY_AFTER)
    p = pages.plan(kind_name, args, also)
    shape = pages.shape_of(kind_name, args)
    renew = before_batch if before_batch is not None else (lambda: None)
    renew()
    first = _sort_values(p, None, EXPORT_KEYS_BATCH)
    return _holding(slot, _export_batches(p, shape, renew, first, raw))


def _holding(slot, lists):
    try:
        yield from lists
    finally:
        if slot is not None:
            slot.release()


def _export_batches(p, shape, renew, first, raw):
    model = p.kind.model
    ids, after = first
    while True:
        for start in range(0, len(ids), EXPORT_BATCH):
            batch = ids[start:start + EXPORT_BATCH]
            renew()
            served = stored.in_order(p.kind, batch, shape, raw)   # as stored, without reading their rows
            if served is not None:
                yield served
                continue
            position = {ident: n for n, ident in enumerate(batch)}   # the batch is in sort order
            rows = sorted(sql.records_by_ids(model, batch, live=True), key=lambda row: position[row["id"]])
            renew()   # building the batch's records is its own bounded piece of work
            yield stored.shaped(p.kind, rows, shape)   # (no stored form serves this shape: assembled)
        if len(ids) < EXPORT_KEYS_BATCH:
            return
        renew()
        ids, after = _sort_values(p, after, EXPORT_KEYS_BATCH)
