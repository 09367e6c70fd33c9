"""Reading collections: filters, sorting, keyset cursors, counts and streaming exports.

`page(kind, args)` answers one page of a filtered, sorted collection; `export(kind, args)` yields every
matching record in batches, holding one batch in memory at a time. Both build the same query from the
validated query parameters (schemas/queries.py), so a filter means the same thing in every format.
"""
import base64
import binascii
import datetime
from dataclasses import dataclass

import orjson
from peewee import fn

from .. import representations
from ..models import (Actor, ActorExternalId, Event, EventTreaty, Figure, Participant, Place,
                      PlaceExternalId, Provision, Statement, StatementEvent, StatementTreaty, Treaty,
                      TreatyParty)
from . import search
from .exceptions import InvalidParameter
from .kinds import KINDS

EXPORT_BATCH = 1000


# --- filters: one function per kind, args -> list of WHERE clauses ----------------------------------------

def _in(column, values):
    return column.in_(values) if values else None


def _places_within(place_id):
    """IDs of a place and every place inside it, at any depth (a recursive CTE over place.parent)."""
    base = Place.select(Place.id).where(Place.id == place_id).cte("tree", recursive=True, columns=("id",))
    child = Place.alias()
    tree = base.union_all(child.select(child.id).join(base, on=(child.parent == base.c.id)))
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


def encode_cursor(keys, row):
    values = [row[key.name] for key in keys]
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
    query: object          # SELECT of the kind's columns (+ rank), filtered, unordered
    keys: list
    expressions: dict      # sort key name -> SQL expression
    columns: dict          # sort key name -> model field (None for rank)


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
    clauses = [model.deleted_at.is_null()] + [c for c in FILTERS[kind_name](args) if c is not None]
    if args.get("updated_since"):
        since = args["updated_since"]
        if since.tzinfo is not None:
            since = since.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        clauses.append(model.updated_at >= since)
    if where is not None:
        clauses.append(where)
    for clause in clauses:
        query = query.where(clause)
    columns = {name: (None if name == "rank" else expr) for name, expr in expressions.items()}
    return Plan(kind, query, keys, expressions, columns)


def _ordered(p, after=None):
    query = p.query
    if after is not None:
        query = query.where(_after(p.keys, p.expressions, after))
    order = [p.expressions[k.name].desc() if k.descending else p.expressions[k.name].asc() for k in p.keys]
    return query.order_by(*order)


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
    rows = list(_ordered(p, after).limit(limit + 1).dicts())
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = encode_cursor(p.keys, rows[-1]) if more else None
    total = p.query.count() if args.get("count") else None
    records = p.kind.represent(rows, shape_of(kind_name, args))
    return records, next_cursor, total


def export(kind_name, args, where=None, before_batch=None):
    """Every matching record, in sort order, a batch at a time: memory stays flat however many there are.

    Each batch is its own keyset query, so a long export never holds one statement open for its whole
    duration; `before_batch()` runs before each (the app renews the query time limit there)."""
    p = plan(kind_name, args, where)
    shape = shape_of(kind_name, args)
    after = None
    while True:
        if before_batch is not None:
            before_batch()
        rows = list(_ordered(p, after).limit(EXPORT_BATCH).dicts())
        if not rows:
            return
        if before_batch is not None:
            before_batch()   # building the batch's records is its own bounded piece of work
        yield from p.kind.represent(rows, shape)
        if len(rows) < EXPORT_BATCH:
            return
        last = rows[-1]
        after = [last[key.name] for key in p.keys]
