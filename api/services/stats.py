"""GET /v1/events/stats: events and their deaths, grouped, in one GROUP BY in the database.

The events are the collection's (the same filter clauses as a page: pages.filter_clauses), so an aggregate
always sums the events GET /v1/events lists for the same filters. Each event's deaths come from the figures
chosen as the death filters choose the total (event_filters.headline_deaths): per event and category, of the figures
that may stand for deaths (figure_filters.counts_as_deaths), the one ranked preferred, else the first in the
event's list; with claimant=, only that actor's figures. The rules are in docs/api.md "Aggregates".
"""
import operator

from peewee import JOIN, SQL, Case, Value, fn

from schemas.stats import DEATH_CATEGORIES, LINKED_DIMENSIONS

from .. import stats_sql
from ..models import Event, Figure
from . import figure_filters, pages, rollup, search, stats_dimensions, stats_series
from .stats_series import sort_key

SUMS = ("events", "events_with_deaths", "deaths", "deaths_low", "deaths_best", "deaths_high",
        *(f"deaths_{category}" for category in DEATH_CATEGORIES))


def _clauses(args):
    clauses = pages.filter_clauses("events", Event, args, None)
    if args.get("q"):
        clauses.append(Event.id.in_(search.matching_ids("events", args["q"])))
    return clauses


def _filtered(query, clauses):
    for clause in clauses:
        query = query.where(clause)
    return query


def _event_deaths(clauses, claimant):
    """Two CTEs: each filtered event's chosen deaths figures ranked per category, and per event their values
    (low, best, high and value of the total; value_<category> of each other category)."""
    # Whether a figure may stand for deaths is a value, not a WHERE condition, so that no index of figure's
    # own columns looks selective to a planner without statistics (SQLite would read every deaths figure by its
    # quantity index to sum those of one actor's events): the figures are read from the filtered events, by
    # figure's (event_id, position, id) index. The per-event values are MATERIALIZED, computed once: PostgreSQL,
    # its statistics stale after a burst of writes, took the filtered events for one row and ran the ranking
    # again for every event joined (0.4 s over 250 events, past the query time limit with a filter).
    fits = figure_filters.counts_as_deaths(Figure)
    if claimant:
        fits &= figure_filters.claimed_by(claimant)
    fits = Case(None, [(fits, 1)], 0)
    first = Case(None, [(Figure.rank == "preferred", 0)], 1)
    order = fn.ROW_NUMBER().over(partition_by=[Figure.event, Figure.category, fits],
                                 order_by=[first, Figure.position, Figure.id])
    ranked = (Figure.select(Figure.event.alias("event_id"), Figure.category.alias("category"), Figure.low.alias("low"),
                            Figure.best.alias("best"), Figure.high.alias("high"), fits.alias("fits"), order.alias("n"))
              .join(Event, on=(Figure.event == Event.id)))
    ranked = _filtered(ranked, clauses).cte("ranked_deaths")
    r = ranked.c
    value = fn.COALESCE(r.best, r.low, r.high)

    def of(category, column):
        return fn.MAX(Case(None, [(r.category == category, column)], None))

    per_event = (ranked.select_from(
        r.event_id, of("total", r.low).alias("low"), of("total", r.best).alias("best"),
        of("total", r.high).alias("high"), of("total", value).alias("value"),
        *(of(category, value).alias(f"value_{category}") for category in DEATH_CATEGORIES))
        .where((r.n == 1) & (r.fits == 1)).group_by(r.event_id).cte("event_deaths", materialized=True))
    return ranked, per_event


def _sums(deaths):
    d = deaths.c
    zero = Value(0)
    return [fn.COUNT(Event.id).alias("events"), fn.COUNT(d.value).alias("events_with_deaths"),
            fn.COALESCE(fn.SUM(d.value), zero).alias("deaths"), fn.COALESCE(fn.SUM(d.low), zero).alias("deaths_low"),
            fn.COALESCE(fn.SUM(d.best), zero).alias("deaths_best"),
            fn.COALESCE(fn.SUM(d.high), zero).alias("deaths_high"),
            *(fn.COALESCE(fn.SUM(getattr(d, f"value_{category}")), zero).alias(f"deaths_{category}")
              for category in DEATH_CATEGORIES)]


def grouped_query(args):
    """The GROUP BY of GET /v1/events/stats for validated arguments: one row per bucket, its keys first."""
    clauses = _clauses(args)
    ranked, deaths = _event_deaths(clauses, args.get("claimant"))
    ctes = {}
    query = Event.select().join_from(Event, deaths, JOIN.LEFT_OUTER, on=(deaths.c.event_id == Event.id))
    keys = []
    for name in args["group_by"]:
        query, columns = stats_dimensions.join_dimension(query, name, args.get("interval") or "month", ctes)
        keys.extend(columns)
    query = _filtered(query.select(*keys, *_sums(deaths)), clauses)
    # By position: PostgreSQL would not take an expression with parameters (a CASE) as the one grouped by.
    query = query.group_by(*(SQL(str(position)) for position in range(1, len(keys) + 1)))
    return query.with_cte(ranked, deaths, *ctes.values())


def totals_query(args):
    """Every matching event once: the sums, and with group_by=time how many events are imprecise."""
    clauses = _clauses(args)
    ranked, deaths = _event_deaths(clauses, args.get("claimant"))
    columns = _sums(deaths)
    if "time" in args["group_by"]:
        _, within = stats_dimensions.precise_period(args.get("interval") or "month")
        columns.append(fn.COALESCE(fn.SUM(Case(None, [(within, 0)], 1)), Value(0)).alias("imprecise"))
    query = Event.select(*columns).join_from(Event, deaths, JOIN.LEFT_OUTER, on=(deaths.c.event_id == Event.id))
    return _filtered(query, clauses).with_cte(ranked, deaths)


def nested_walk(starting, counted):
    """Two CTEs: the walk up from the events matching `starting` that have a parent, and `nested` (event_id): those
    of them with an ancestor, at any depth, matching `counted` (a battle of an operation of a war is nested when
    the war is counted, whether or not the operation is).

    The walk starts from parent_id > 0 rather than IS NOT NULL (a range SQLite reads from event's parent_id index,
    not a scan of every live event) and follows parent_id by primary key; UNION, not UNION ALL, ends it even on a
    cycle in the data. Each ancestor is looked up by ID among the counted events, never by reading every event
    again. Walked once (MATERIALIZED): PostgreSQL would otherwise inline the walk in each of its readers."""
    up = _filtered(Event.select(Event.id, Event.parent).where(Event.parent > 0), starting).cte(
        "nesting", recursive=True, columns=("event_id", "ancestor"))
    above = Event.alias()
    walk = up.union(above.select(up.c.event_id, above.parent).join(up, on=(above.id == up.c.ancestor))
                    .where(above.parent.is_null(False)))
    counted_above = fn.EXISTS(_filtered(Event.select(SQL("1")).where(Event.id == walk.c.ancestor), counted))
    nested = walk.select_from(walk.c.event_id).where(counted_above).distinct().cte("nested", materialized=True)
    return walk, nested


def nesting_sums(inside, deaths):
    """The nested events among those summed (`inside`: whether a row's event is one) and their deaths: the rollups'
    nested_events and nested_deaths (migrations/0072)."""
    return [fn.COALESCE(fn.SUM(Case(None, [(inside, 1)], 0)), Value(0)).alias("nested_events"),
            fn.COALESCE(fn.SUM(Case(None, [(inside, deaths.c.value)], None)), Value(0)).alias("nested_deaths")]


def nested_query(args):
    """The counted events that are part of another counted event, at any depth, and their deaths: what the sums
    count twice, a sub-event's deaths being inside its parent's (docs/api.md "Aggregates", "Events inside
    events"). An aggregate the rollup answers reads them from it instead (rollup.nested)."""
    clauses = _clauses(args)
    walk, nested = nested_walk(clauses, clauses)
    inside = [Event.id.in_(nested.select(nested.c.event_id))]
    ranked, deaths = _event_deaths(inside, args.get("claimant"))
    query = (Event.select(fn.COUNT(Event.id).alias("events"),
                          fn.COALESCE(fn.SUM(deaths.c.value), Value(0)).alias("deaths"))
             .join_from(Event, deaths, JOIN.LEFT_OUTER, on=(deaths.c.event_id == Event.id)))
    return _filtered(query, inside).with_cte(walk, nested, ranked, deaths)


def _nested(args, from_rollup):
    """(events, deaths) of nested_query, or of the rollup when it answers the aggregate; none with level=top or
    leaf, which count no event and its part."""
    if args.get("level") in ("top", "leaf"):
        return 0, 0
    row = stats_sql.rows(rollup.nested_query(args) if from_rollup else nested_query(args))[0]
    return row["events"], row["deaths"]


# What the answer says when it counts events with an event they are part of (its nested_hint).
NESTED_HINT = ("Some events counted are part of others counted, their deaths inside their parents': add level=top "
               "or level=leaf to count each death once (docs/api.md \"Aggregates\", \"Events inside events\").")


# Dimensions under which an event may count in several buckets (or none): the totals need a query of their own.
# Under the others each event counts in exactly one bucket, so the totals are the buckets' sums, and the deaths
# of every event are not ranked and summed a second time (half the time of a country x month aggregate).
OVERLAPPING = frozenset({"actor", "actor_kind", "treaty"})


def summed(rows):
    """The totals of a GROUP BY under which every event counts once: each sum over the rows, and, with time,
    the events of the rows with no period (the imprecise ones), as totals_query counts them."""
    totals = {name: sum(map(operator.itemgetter(name), rows)) for name in SUMS}   # (map: no frame per row)
    if rows and "time" in rows[0]:
        totals["imprecise"] = sum(row["events"] for row in rows if row["time"] is None)
    return totals


# --- the answer ----------------------------------------------------------------------------------------------

def bucket(row, group_by):
    """A row of the GROUP BY as a bucket: each dimension's key (a record as {id, name}), then the sums."""
    shown = {}
    for name in group_by:
        if name in LINKED_DIMENSIONS:
            ident = row[f"{name}_id"]
            shown[name] = None if ident is None else {"id": ident, "name": row[f"{name}_name"]}
        else:
            shown[name] = row[name]
    return {**shown, **{name: row[name] for name in SUMS}}


def event_stats(args, abort_bad, as_json=False):
    """The answer of GET /v1/events/stats for validated, resolved arguments; `abort_bad(name, message)` refuses a
    parameter (a series longer than MAX_PERIODS). With `as_json`, for the JSON answer, its buckets may be JSON
    text already (jsonio.Fragment), not dicts."""
    group_by = args["group_by"]
    interval = (args.get("interval") or "month") if "time" in group_by else None
    claimant = args.get("claimant")
    # An aggregate the rollup answers exactly is read from it: the same rows as the events' GROUP BY.
    from_rollup = rollup.answers(args)
    grouped = rollup.grouped_query(args, SUMS) if from_rollup else grouped_query(args)
    # The big answers of the rollup, on PostgreSQL: their buckets' JSON written by it. (Not those summed from the
    # events: PostgreSQL plans the events' GROUP BY worse inside the query that writes them.)
    if as_json and from_rollup and stats_sql.writes_buckets(group_by):
        rows, totals = stats_sql.written_rows(grouped, group_by, SUMS)
        buckets, imprecise, first, last = stats_series.series(rows, group_by, args.get("date_from"),
                                                              args.get("date_to"), interval, abort_bad, SUMS)
        return _answer(args, from_rollup, stats_sql.json_array(buckets), stats_sql.json_array(imprecise), totals,
                       first, last, interval)
    rows = stats_sql.rows(grouped)
    if OVERLAPPING.intersection(group_by):
        totals = stats_sql.rows(totals_query(args))[0]
    else:
        totals = summed(rows)
    imprecise_events = totals.pop("imprecise", 0) or 0
    if any(name in LINKED_DIMENSIONS for name in group_by):
        buckets = [bucket(row, group_by) for row in rows]
    else:   # each row is its bucket already: its keys in group_by's order, then the sums
        buckets = rows
    if interval:
        buckets, imprecise, first, last = stats_series.series(buckets, group_by, args.get("date_from"),
                                                              args.get("date_to"), interval, abort_bad, SUMS)
    else:
        buckets, imprecise, first, last = sorted(buckets, key=sort_key(group_by)), [], None, None
    return _answer(args, from_rollup, buckets, imprecise, {**totals, "imprecise": imprecise_events}, first, last,
                   interval)


def _answer(args, from_rollup, buckets, imprecise, totals, first, last, interval):
    nested_events, nested_deaths = _nested(args, from_rollup)
    return {"group_by": list(args["group_by"]), "interval": interval, "claimant": args.get("claimant"),
            "date_from": first, "date_to": last,
            "buckets": buckets, "imprecise": imprecise,
            "imprecise_events": totals["imprecise"], "level": args.get("level") or "all",
            "nested_events": nested_events, "nested_deaths": nested_deaths,
            "nested_hint": NESTED_HINT if nested_events else None,
            "totals": {name: totals[name] for name in SUMS}}
