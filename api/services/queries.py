"""Reading collections: filters, sorting, keyset cursors, counts and streaming exports.

`page(kind, args)` answers one page of a filtered, sorted collection; `export(kind, args)` yields every
matching record in batches, holding one batch of records (and a bounded list of IDs) in memory at a time.
Both build the same query from the validated query parameters (schemas/queries.py), so a filter means the
same thing in every format. Some queries have a second form that reads faster in sort order and gives the
same records in the same order (`Plan.ordered`, `Plan.top_hits`); rows are read from the driver's cursor
without peewee's per-value conversion (`_fetch`).
"""
import base64
import binascii
import datetime
from dataclasses import dataclass
from functools import cache

import orjson
from peewee import fn

from .. import db, representations, sql
from ..models import (Actor, ActorExternalId, Event, EventTreaty, Figure, Participant, Place,
                      PlaceExternalId, Provision, Statement, StatementEvent, StatementTreaty, Treaty,
                      TreatyParty)
from . import search
from .exceptions import Busy, InvalidParameter
from .kinds import KINDS

EXPORT_BATCH = 1000      # records built and sent at a time
EXPORT_KEYS_BATCH = 50_000   # sort keys (IDs) of the matching records selected at a time by an export


# --- filters: one function per kind, args -> list of WHERE clauses ----------------------------------------

def _in(column, values):
    return column.in_(values) if values else None


def _places_within(place_id):
    """IDs of a place and every place inside it, at any depth (a recursive CTE over place.parent).

    UNION, not UNION ALL: a place already produced is not walked again, so even a cycle in the data (which
    writes refuse, api/services/rules.py) ends the walk instead of running until the query time limit."""
    base = Place.select(Place.id).where(Place.id == place_id).cte("tree", recursive=True, columns=("id",))
    child = Place.alias()
    tree = base.union(child.select(child.id).join(base, on=(child.parent == base.c.id)))
    return tree.select_from(tree.c.id)


def _bbox(lat, lon, box):
    west, south, east, north = box
    inside_lon = (lon >= west) & (lon <= east) if west <= east else (lon >= west) | (lon <= east)
    return lat.between(south, north) & inside_lon


def _source_filters(args):
    return []


def _actor_filters(args):
    clauses = [_in(Actor.kind, args.get("kind"))]
    if args.get("country"):
        clauses.append(Actor.country == args["country"])
    if args.get("parent"):
        clauses.append(Actor.parent == args["parent"])
    for scheme in ("wikidata", "iso3166", "ucdp", "acled", "geonames"):
        if args.get(scheme):
            clauses.append(Actor.id.in_(ActorExternalId.select(ActorExternalId.actor).where(
                (ActorExternalId.scheme == scheme) & (ActorExternalId.value == args[scheme]))))
    return clauses


def _place_filters(args):
    clauses = [_in(Place.kind, args.get("kind"))]
    if args.get("country"):
        clauses.append(Place.country == args["country"])
    if args.get("within"):
        clauses.append(Place.id.in_(_places_within(args["within"])) & (Place.id != args["within"]))
    if args.get("bbox"):
        clauses.append(_bbox(Place.latitude, Place.longitude, args["bbox"]))
    for scheme in ("wikidata", "iso3166", "ucdp", "acled", "geonames"):
        if args.get(scheme):
            clauses.append(Place.id.in_(PlaceExternalId.select(PlaceExternalId.place).where(
                (PlaceExternalId.scheme == scheme) & (PlaceExternalId.value == args[scheme]))))
    return clauses


def _deaths_value():
    """A deaths figure's value: its best estimate, else its lower bound, else its upper bound."""
    return fn.COALESCE(Figure.best, Figure.low, Figure.high)


def _event_filters(args):
    clauses = [_in(Event.type, args.get("type"))]
    if args.get("actor"):
        who = Participant.actor == args["actor"]
        if args.get("role"):
            who &= Participant.role == args["role"]
        clauses.append(Event.id.in_(Participant.select(Participant.event).where(who)))
    if args.get("place"):
        clauses.append(Event.place.in_(_places_within(args["place"])))
    if args.get("country"):
        clauses.append(Event.place.in_(Place.select(Place.id).where(Place.country == args["country"])))
    # Overlap of the event's bracket with [date_from, date_to]; an open end (null) runs on indefinitely.
    if args.get("date_from"):
        clauses.append(Event.date_end.is_null() | (Event.date_end >= args["date_from"]))
    if args.get("date_to"):
        clauses.append(Event.date_start <= args["date_to"])
    if args.get("parent"):
        clauses.append(Event.parent == args["parent"])
    if args.get("treaty"):
        clauses.append(Event.id.in_(EventTreaty.select(EventTreaty.event).where(EventTreaty.treaty == args["treaty"])))
    if args.get("min_deaths") is not None or args.get("max_deaths") is not None:
        figure = Figure.quantity == "deaths"
        if args.get("min_deaths") is not None:
            figure &= _deaths_value() >= args["min_deaths"]
        if args.get("max_deaths") is not None:
            figure &= _deaths_value() <= args["max_deaths"]
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(figure)))
    if args.get("bbox"):
        clauses.append(Event.place.in_(Place.select(Place.id).where(
            _bbox(Place.latitude, Place.longitude, args["bbox"]))))
    return clauses


def _treaty_filters(args):
    clauses = [_in(Treaty.kind, args.get("kind")), _in(Treaty.status, args.get("status"))]
    if args.get("party"):
        clauses.append(Treaty.id.in_(TreatyParty.select(TreatyParty.treaty).where(TreatyParty.actor == args["party"])))
    if args.get("obligation"):
        clauses.append(Treaty.id.in_(Provision.select(Provision.treaty)
                                     .where(Provision.obligation.in_(args["obligation"]))))
    if args.get("in_force_on"):
        day = args["in_force_on"]
        clauses.append((Treaty.status != "signed")
                       & (fn.COALESCE(Treaty.in_force_date, Treaty.signed_date) <= day)
                       & (Treaty.ended_date.is_null() | (Treaty.ended_date >= day)))
    return clauses


def _statement_filters(args):
    clauses = [_in(Statement.stance, args.get("stance")), _in(Statement.medium, args.get("medium"))]
    if args.get("speaker"):
        clauses.append(Statement.speaker == args["speaker"])
    if args.get("language"):
        clauses.append(Statement.language == args["language"])
    if args.get("about_event"):
        clauses.append(Statement.id.in_(StatementEvent.select(StatementEvent.statement)
                                        .where(StatementEvent.event == args["about_event"])))
    if args.get("about_treaty"):
        clauses.append(Statement.id.in_(StatementTreaty.select(StatementTreaty.statement)
                                        .where(StatementTreaty.treaty == args["about_treaty"])))
    if args.get("date_from"):
        clauses.append(Statement.date >= args["date_from"])
    if args.get("date_to"):
        clauses.append(Statement.date <= args["date_to"])
    return clauses


FILTERS = {"sources": _source_filters, "actors": _actor_filters, "places": _place_filters,
           "events": _event_filters, "treaties": _treaty_filters, "statements": _statement_filters}


# --- sorting and cursors -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SortKey:
    name: str          # a column name, or "rank" for relevance
    descending: bool


def sort_keys(args):
    """The sort the client asked for, then the ID as the final tie-breaker; relevance first for q."""
    given = args.get("sort")
    if given:
        keys = [SortKey(item.lstrip("-"), item.startswith("-")) for item in given]
    elif args.get("q"):
        keys = [SortKey("rank", False)]
    else:
        keys = []
    if not any(key.name == "id" for key in keys):
        keys.append(SortKey("id", False))
    return keys


def _sort_spec(keys):
    return ",".join(("-" if k.descending else "") + k.name for k in keys)


# The sortable timestamps of every kind (DateTimeFields), for callers that give no columns.
_TIMESTAMP_KEYS = frozenset(("created_at", "updated_at"))


def _is_timestamp(key, columns):
    if columns is None:
        return key.name in _TIMESTAMP_KEYS
    column = columns.get(key.name)
    return column is not None and column.field_type == "DATETIME"


def _cursor_value(value):
    """A timestamp as a cursor holds it, whatever form the row has it in. Rows SQLite gives without peewee's
    conversion hold timestamps as the stored text ("2024-01-01 12:00:00.123456"): that becomes the datetime
    it stands for, so that the cursor is the same string either way. Dates need nothing: the stored text
    "2024-01-01" is what orjson writes for a date."""
    if isinstance(value, str):
        try:
            value = datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
        if value.tzinfo is not None:
            value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return value


def encode_cursor(keys, row, columns=None):
    """The cursor naming `row`'s position in the sort; `columns` (sort key name -> field) tells which keys
    are timestamps (by default: created_at and updated_at)."""
    values = [_cursor_value(row[key.name]) if _is_timestamp(key, columns) else row[key.name] for key in keys]
    payload = {"s": _sort_spec(keys), "v": values}
    return base64.urlsafe_b64encode(orjson.dumps(payload, option=orjson.OPT_NAIVE_UTC)).decode().rstrip("=")


def _bad_cursor():
    return InvalidParameter({"cursor": ["Not a cursor this service issued for this sort order."]},
                            detail="The cursor is invalid.")


def _parse_value(column, value):
    """A cursor value back to the type of its column, checked, so a forged cursor cannot reach SQL oddly."""
    if column is None:  # rank
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise _bad_cursor()
        return value
    kind = column.field_type
    try:
        if (kind in ("AUTO", "INT", "BIGINT", "BIGAUTO") and isinstance(value, int) and not isinstance(value, bool)
                and abs(value) < 2**63):
            return value
        if kind == "DATE" and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        if kind == "DATETIME" and isinstance(value, str):
            return datetime.datetime.fromisoformat(value).replace(tzinfo=None)
        if kind in ("TEXT", "VARCHAR") and isinstance(value, str):
            return value
    except ValueError:
        pass
    raise _bad_cursor()


def decode_cursor(cursor, keys, columns):
    try:
        payload = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        values, spec = payload["v"], payload["s"]
    except (ValueError, TypeError, KeyError, binascii.Error, orjson.JSONDecodeError):
        raise _bad_cursor() from None
    if spec != _sort_spec(keys) or not isinstance(values, list) or len(values) != len(keys):
        raise _bad_cursor()
    return [_parse_value(columns[key.name], value) for key, value in zip(keys, values)]


def _after(keys, expressions, values):
    """Rows strictly after the cursor's row in the sort order: (a > x) OR (a = x AND b > y) OR ..."""
    clause = None
    for i, key in enumerate(keys):
        expr = expressions[key.name]
        step = expr < values[i] if key.descending else expr > values[i]
        for j in range(i):
            step = (expressions[keys[j].name] == values[j]) & step
        clause = step if clause is None else clause | step
    return clause


# --- the query itself ------------------------------------------------------------------------------------

@dataclass
class Plan:
    kind: object
    query: object          # SELECT of the kind's columns (+ rank), filtered, unordered: what count=true counts
    keys: list
    expressions: dict      # sort key name -> SQL expression (in `ordered` when there is one)
    columns: dict          # sort key name -> model field (None for rank)
    ordered: object = None   # the same records in a form read faster in sort order, when there is one
    mirrors: dict = None     # sort key name -> an expression equal to its own in every row of `ordered`,
    #                          which the cursor's condition is also put on (for PostgreSQL's planner)
    top_hits: bool = False   # q is the only filter and the sort is relevance: see _top_hits


def _walks_actor_index(kind_name, args, keys):
    """Events of one actor sorted by ID: read as a join that walks participant's (actor_id, event_id) index
    in order and stops after the page, instead of `id IN (every event of the actor)`."""
    return kind_name == "events" and bool(args.get("actor")) and not args.get("q") and all(
        key.name == "id" for key in keys)


def _actor_join(model, args, clauses):
    """The events of args' actor (in args' role) as a join on participant, one row per event whatever the
    number of roles the actor has in it (participant is unique on event, actor and role), and the keyset
    and sort expression of the ID: participant.event_id, so that the cursor's condition bounds the walk of
    the index.

    SQLite walks the index in order only when it groups and sorts by participant.event_id itself;
    PostgreSQL needs event.id among the grouped columns to select the event's columns (equal to
    participant.event_id, so it groups the same rows), and the cursor's condition on event.id too (see
    Plan.mirrors), or its merge join reads event's primary key from the start up to the cursor."""
    who = Participant.actor == args["actor"]
    if args.get("role"):
        who &= Participant.role == args["role"]
    query = model.select(model).join(Participant, on=(Participant.event == model.id)).where(who)
    for clause in clauses:
        query = query.where(clause)
    group = (Participant.event,) if db.is_sqlite() else (model.id, Participant.event)
    return query.group_by(*group), Participant.event


def _clauses(kind_name, model, args, where, filter_args=None):
    clauses = [model.deleted_at.is_null()] + [c for c in FILTERS[kind_name](filter_args or args) if c is not None]
    if args.get("updated_since"):
        since = args["updated_since"]
        if since.tzinfo is not None:
            since = since.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        clauses.append(model.updated_at >= since)
    if where is not None:
        clauses.append(where)
    return clauses


def plan(kind_name, args, where=None):
    kind = KINDS[kind_name]
    model = kind.model
    query = model.select(model)
    expressions = {name: getattr(model, name) for name in ("id", "created_at", "updated_at")}
    keys = sort_keys(args)
    for key in keys:
        if key.name != "rank":
            expressions[key.name] = getattr(model, key.name)
    if args.get("q"):
        hits = search.matching(kind_name, args["q"]).cte("hits", columns=("id", "rank"))
        query = query.with_cte(hits).join(hits, on=(model.id == hits.c.id)).select_extend(hits.c.rank)
        expressions["rank"] = hits.c.rank
    clauses = _clauses(kind_name, model, args, where)
    for clause in clauses:
        query = query.where(clause)
    columns = {name: (None if name == "rank" else expr) for name, expr in expressions.items()}
    result = Plan(kind, query, keys, expressions, columns)
    if _walks_actor_index(kind_name, args, keys):
        others = _clauses(kind_name, model, args, where, {**args, "actor": None, "role": None})
        result.ordered, result.expressions["id"] = _actor_join(model, args, others)
        if not db.is_sqlite():
            result.mirrors = {"id": model.id}
    elif args.get("q") and len(clauses) == 1 and keys == [SortKey("rank", False), SortKey("id", False)]:
        result.top_hits = True   # clauses[0] is the tombstones' own
    return result


def _in_order(p, query, after=None):
    if after is not None:
        query = query.where(_after(p.keys, p.expressions, after))
        if p.mirrors:
            query = query.where(_after(p.keys, {**p.expressions, **p.mirrors}, after))
    order = [p.expressions[k.name].desc() if k.descending else p.expressions[k.name].asc() for k in p.keys]
    return query.order_by(*order)


def _ordered(p, after=None):
    """The plan's records in sort order, after the cursor's position if given."""
    return _in_order(p, p.ordered if p.ordered is not None else p.query, after)


# --- reading rows --------------------------------------------------------------------------------------------

@cache
def _row_keys(model):
    """column name -> the key peewee's .dicts() gives it (the field's name: place_id -> place)."""
    return {field.column_name: field.name for field in model._meta.sorted_fields}


def _fetch(query, model):
    """The rows of a query of `model`'s columns as dicts keyed like peewee's .dicts(), but compiled once and
    read straight from the driver's cursor, without peewee's conversion of every value. Dates stay as the
    driver gives them (SQLite: the stored text "2024-01-01", "2024-01-01 12:00:00.123456"), which the
    representations (api/sql.py: timestamp) and cursors (_cursor_value) take as they are."""
    text, params = query.sql()
    cursor = db.database.execute_sql(text, params)
    names = _row_keys(model)
    keys = [names.get(column[0], column[0]) for column in cursor.description]
    return [dict(zip(keys, values)) for values in cursor.fetchall()]


def _top_hits(p, kind_name, args, limit, after):
    """A page of a search by relevance alone: the search's own best `limit + 1` matches after the cursor
    (ranked and cut inside the full-text index, search.top), then their records by ID, instead of joining
    every match to its record before sorting. Deleted records leave the index (records.delete), so every
    hit has its live record; if one has none all the same, the page would come out short: None then, and
    the caller reads it the long way."""
    hits = db.database.execute_sql(*search.top(kind_name, args["q"], limit + 1, after).sql()).fetchall()
    if not hits:
        return []
    ids = [ident for ident, _ in hits]
    found = {row["id"]: row for row in sql.records_by_ids(p.kind.model, ids, live=True)}
    if len(found) < len(hits) and len(hits) > limit:
        return None
    rows = []
    for ident, rank in hits:
        row = found.get(ident)
        if row is not None:
            row["rank"] = rank
            rows.append(row)
    return rows


def shape_of(kind_name, args):
    include = args.get("include")
    fields = args.get("fields")
    return representations.Shape(include=frozenset(include) if include is not None else None,
                                 fields=frozenset(fields) if fields is not None else None)


def page(kind_name, args, where=None):
    """One page: (records, next cursor or None, total or None)."""
    p = plan(kind_name, args, where)
    limit = args["limit"]
    after = decode_cursor(args["cursor"], p.keys, p.columns) if args.get("cursor") else None
    rows = _top_hits(p, kind_name, args, limit, after) if p.top_hits else None
    if rows is None:
        rows = _fetch(_ordered(p, after).limit(limit + 1), p.kind.model)
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(p.keys, rows[-1], p.columns) if more else None
    total = p.query.count() if args.get("count") else None
    records = p.kind.represent(rows, shape_of(kind_name, args))
    return records, next_cursor, total


def _sort_values(p, after, limit):
    """(IDs, sort values of the last) of the next `limit` matching records in sort order, after `after`."""
    base = p.ordered if p.ordered is not None else p.query
    query = _in_order(p, base.select(*[p.expressions[key.name] for key in p.keys]), after).limit(limit)
    cursor = db.database.execute_sql(*query.sql())
    position = [key.name for key in p.keys].index("id")
    ids, last = [], None
    for last in cursor:
        ids.append(last[position])
    if last is None:
        return ids, None
    # The next position exactly as a cursor would give it (timestamps in SQLite's text made datetimes, ...).
    row = {key.name: value for key, value in zip(p.keys, last)}
    return ids, decode_cursor(encode_cursor(p.keys, row, p.columns), p.keys, p.columns)


def export(kind_name, args, where=None, before_batch=None):
    """Every matching record, in sort order, a batch at a time: memory stays flat however many there are.

    The sort values of the matching records are selected EXPORT_KEYS_BATCH at a time (a keyset query each,
    so no statement stays open for the whole export, and the filter and sort run once per that many
    records rather than once per batch); their records are then read and built EXPORT_BATCH at a time by
    ID. `before_batch()` runs before each query and before building each batch's records (the app renews
    the query time limit there).

    The plan and the first query run now, before a streamed response has sent its status: a bad parameter
    or a refused query must become an error response, not a stream cut short after "200 OK". Only the
    returned generator is lazy.

    Each export holds one of `export_slots` (EXPORT_CONCURRENCY across the server) until it ends; none free: 503."""
    slot = export_slots.take() if export_slots is not None else None
    if export_slots is not None and slot is None:
        raise Busy(f"{export_slots.count} exports are streaming already, as many as this server runs at once. Try "
                   "again shortly, or page through the collection as JSON.", retry_after=EXPORT_RETRY_AFTER)
    p = plan(kind_name, args, where)
    shape = shape_of(kind_name, args)
    renew = before_batch if before_batch is not None else (lambda: None)
    renew()
    first = _sort_values(p, None, EXPORT_KEYS_BATCH)
    return _holding(slot, _export_batches(p, shape, renew, first))


# Set by the app factory: an api.slots.Slots of EXPORT_CONCURRENCY (None: no cap).
export_slots = None
EXPORT_RETRY_AFTER = 10


def _holding(slot, records):
    try:
        yield from records
    finally:
        if slot is not None:
            slot.release()


def _export_batches(p, shape, renew, first):
    model = p.kind.model
    ids, after = first
    while True:
        for start in range(0, len(ids), EXPORT_BATCH):
            batch = ids[start:start + EXPORT_BATCH]
            renew()
            position = {ident: n for n, ident in enumerate(batch)}   # the batch is in sort order
            rows = sorted(sql.records_by_ids(model, batch, live=True), key=lambda row: position[row["id"]])
            renew()   # building the batch's records is its own bounded piece of work
            yield from p.kind.represent(rows, shape)
        if len(ids) < EXPORT_KEYS_BATCH:
            return
        renew()
        ids, after = _sort_values(p, after, EXPORT_KEYS_BATCH)
