"""Reading a collection a page at a time: the query plan of a filtered, sorted collection, and its pages.

`plan(kind, args)` builds the one query every format answers from (filters: api/services/filters.py and
event_filters.py, the validated query parameters: schemas/arguments.py), so a filter means the same thing in a page, a CSV and an
export. Some queries have a second form that reads faster in sort order and gives the same records in the
same order (`Plan.ordered`, `Plan.top_hits`). `page(kind, args)` answers one page with its next cursor
(api/services/cursors.py); exports.py streams the whole collection from the same plan. Rows are read in
api/sql.py.
"""
import datetime
from dataclasses import dataclass

from peewee import Value, fn

from .. import db, representations, sql
from ..models import Participant
from . import cursors, filters, occurrence_filters, search, stored
from .cursors import SortKey
from .kinds import KINDS


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


def filter_clauses(kind_name, model, args, also, filter_args=None):
    clauses = [model.deleted_at.is_null()] + filters.clauses(kind_name, filter_args or args)
    if kind_name == "events":   # only the events reported to have happened, unless occurrence= says (0068)
        clauses += occurrence_filters.default_clauses(filter_args or args)
    if args.get("updated_since"):
        since = args["updated_since"]
        if since.tzinfo is not None:
            since = since.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        clauses.append(model.updated_at >= since)
    if also:
        clauses.extend(filters.clauses(kind_name, also))
    return clauses


def _sort_expression(column):
    """A sort key as SQL: a text column that may be null (a source's title) sorts as '' when null, so that the
    order is total and a cursor can name every position (cursors.encode writes such a null as ''); a date that
    may be null (a statement's unknown date, migrations/0025) sorts as cursors.UNKNOWN_DAY, before every known
    date, on both engines alike (they order NULLs differently)."""
    if column.null and column.field_type in ("TEXT", "VARCHAR"):
        return fn.COALESCE(column, "")
    if column.null and column.field_type == "DATE":
        return fn.COALESCE(column, Value(cursors.UNKNOWN_DAY, converter=column.db_value))
    return column


def plan(kind_name, args, also=None):
    """The plan of a collection query; `also`: more filters (by name, like args') that must hold as well."""
    kind = KINDS[kind_name]
    model = kind.model
    query = model.select(model)
    expressions = {name: getattr(model, name) for name in ("id", "created_at", "updated_at")}
    keys = cursors.sort_keys(args)
    for key in keys:
        if key.name != "rank":
            expressions[key.name] = _sort_expression(getattr(model, key.name))
    if args.get("q"):
        hits = search.matching(kind_name, args["q"]).cte("hits", columns=("id", "rank"))
        query = query.with_cte(hits).join(hits, on=(model.id == hits.c.id)).select_extend(hits.c.rank)
        expressions["rank"] = hits.c.rank
    clauses = filter_clauses(kind_name, model, args, also)
    for clause in clauses:
        query = query.where(clause)
    columns = {name: (None if name == "rank" else getattr(model, name)) for name in expressions}
    result = Plan(kind, query, keys, expressions, columns)
    if _walks_actor_index(kind_name, args, keys):
        others = filter_clauses(kind_name, model, args, also, {**args, "actor": None, "role": None})
        result.ordered, result.expressions["id"] = _actor_join(model, args, others)
        if not db.is_sqlite():
            result.mirrors = {"id": model.id}
    elif args.get("q") and len(clauses) == 1 and keys == [SortKey("rank", False), SortKey("id", False)]:
        result.top_hits = True   # clauses[0] is the tombstones' own
    return result


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


def in_order(p, query, after=None):
    """`query` sorted as the plan sorts, after the cursor's position if given."""
    if after is not None:
        query = query.where(_after(p.keys, p.expressions, after))
        if p.mirrors:
            query = query.where(_after(p.keys, {**p.expressions, **p.mirrors}, after))
    order = [p.expressions[k.name].desc() if k.descending else p.expressions[k.name].asc() for k in p.keys]
    return query.order_by(*order)


def ordered(p, after=None):
    """The plan's records in sort order, after the cursor's position if given."""
    return in_order(p, p.ordered if p.ordered is not None else p.query, after)


def _top_hits(p, kind_name, args, limit, after):
    """A page of a search by relevance alone: the search's own best `limit + 1` matches after the cursor
    (ranked and cut inside the full-text index, search.top), then their records by ID, instead of joining
    every match to its record before sorting. Deleted records leave the index (records.delete), so every
    hit has its live record; if one has none all the same, the page would come out short: None then, and
    the caller reads it the long way."""
    hits = sql.search_hits(search.top(kind_name, args["q"], limit + 1, after))
    if not hits:
        return []
    found = {row["id"]: row for row in sql.records_by_ids(p.kind.model, [hit["id"] for hit in hits], live=True)}
    if len(found) < len(hits) and len(hits) > limit:
        return None
    rows = []
    for hit in hits:
        row = found.get(hit["id"])
        if row is not None:
            row["rank"] = hit["rank"]
            rows.append(row)
    return rows


def shape_of(kind_name, args):
    include = args.get("include")
    fields = args.get("fields")
    return representations.Shape(include=frozenset(include) if include is not None else None,
                                 fields=frozenset(fields) if fields is not None else None)


def leaves_out(kind_name, args):
    """Whether the query reads events by the default occurrence rule (occurrence_filters): then the events it
    leaves out are those of occurrence=<LEFT_OUT>."""
    return kind_name == "events" and not args.get("occurrence")


def left_out(kind_name, args, also=None):
    """The events the default occurrence rule leaves out of the query, by occurrence ({"planned": 2}; those with
    none left out are not keys): those the same filters read with occurrence= naming the occurrences not counted
    (planned, prevented...). One query, grouped, as a COUNT costs (events37: a filter on a field only planned
    events carry reads [] by default, and the answer says which occurrence= finds them)."""
    query = plan(kind_name, {**args, "occurrence": list(occurrence_filters.NOT_COUNTED)}, also).query
    return sql.count_by(query, KINDS[kind_name].model.occurrence)


def page(kind_name, args, also=None, raw=False):
    """One page: (records, next cursor or None, total or None, left out or None). The records are cut from
    their stored forms where the shape allows (stored.shaped; `raw`: JSON fragments, for a JSON answer).
    `left out`: the events the default occurrence rule leaves out, by occurrence (left_out), counted only where it
    costs the common page nothing: when the page is empty (the answer a curator misreads as data missing) or the
    client asked for a count (batch31); None otherwise."""
    p = plan(kind_name, args, also)
    limit = args["limit"]
    after = cursors.decode(args["cursor"], p.keys, p.columns) if args.get("cursor") else None
    rows = _top_hits(p, kind_name, args, limit, after) if p.top_hits else None
    if rows is None:
        rows = sql.page_rows(ordered(p, after).limit(limit + 1), p.kind.model)
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = cursors.encode(p.keys, rows[-1], p.columns) if more else None
    total = sql.count(p.query) if args.get("count") else None
    omitted = None
    if leaves_out(kind_name, args) and (args.get("count") or not rows):
        omitted = left_out(kind_name, args, also)
    records = stored.shaped(p.kind, rows, shape_of(kind_name, args), raw)
    return records, next_cursor, total, omitted
