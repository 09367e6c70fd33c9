"""GET /v1/events/stats: events and their deaths, grouped, in one GROUP BY in the database.

The events are the collection's (the same filter clauses as a page: pages.filter_clauses), so an aggregate
always sums the events GET /v1/events lists for the same filters. Each event's deaths come from the figures
chosen as the death filters choose the total (filters.headline_deaths): per event and category, of the figures
that may stand for deaths (figure_filters.counts_as_deaths), the one ranked preferred, else the first in the
event's list; with claimant=, only that actor's figures. The rules are in docs/api.md "Aggregates".
"""
import datetime
import operator

from peewee import JOIN, SQL, Case, Value, fn

from schemas.stats import DEATH_CATEGORIES, LINKED_DIMENSIONS, MAX_PERIODS

from .. import stats_sql
from ..models import Event, Figure
from . import figure_filters, pages, rollup, search, stats_dimensions

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


# --- periods, in Python: the zero-filled series ----------------------------------------------------------------

def period_start(day, interval):
    """The first day of the period holding `day` (as stats_sql.period computes it in the database)."""
    if interval == "week":
        return day - datetime.timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    if interval == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    if interval == "year":
        return day.replace(month=1, day=1)
    return day


def next_period(day, interval):
    if interval in ("day", "week"):
        return day + datetime.timedelta(days=1 if interval == "day" else 7)
    months = {"month": 1, "quarter": 3, "year": 12}[interval]
    total = day.year * 12 + day.month - 1 + months
    if total // 12 > datetime.MAXYEAR:
        return None
    return datetime.date(total // 12, total % 12 + 1, 1)


def periods(first, last, interval):
    """The first days of the periods from `first`'s to `last`'s (both included)."""
    day, last = period_start(first, interval), period_start(last, interval)
    while day is not None and day <= last:
        yield day
        try:
            day = next_period(day, interval)
        except OverflowError:   # past 9999-12-31
            return


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


def sort_key(group_by):
    def key(item):
        parts = []
        for name in group_by:
            value = item[name]
            if isinstance(value, dict):
                value = value["name"] or "", value["id"]
            parts.append((value is None, value if value is not None else ""))
        return parts
    return key


def zero_filled(buckets, group_by, first, last, interval, sums=SUMS):
    """The buckets with one of zeros for every period from `first`'s to `last`'s that has none: for time alone,
    always (a series of zeros where nothing happened); with another dimension, for each of its values that has
    a bucket."""
    others = [name for name in group_by if name != "time"]
    seen = {tuple(_frozen(b[name]) for name in others): {name: b[name] for name in others} for b in buckets}
    if not others:
        seen = {(): {}}
    have = {(tuple(_frozen(b[name]) for name in others), b["time"]) for b in buckets}
    filled = list(buckets)
    for day in periods(first, last, interval):
        for other_key, other_values in seen.items():
            if (other_key, day.isoformat()) not in have:
                filled.append({**other_values, "time": day.isoformat(), **{name: 0 for name in sums}})
    return filled


def _frozen(value):
    return (value["id"],) if isinstance(value, dict) else value


def event_stats(args, abort_bad):
    """The answer of GET /v1/events/stats for validated, resolved arguments; `abort_bad(name, message)` refuses a
    parameter (a series longer than MAX_PERIODS)."""
    group_by = args["group_by"]
    interval = (args.get("interval") or "month") if "time" in group_by else None
    claimant = args.get("claimant")
    # An aggregate the rollup answers exactly is read from it: the same rows as the events' GROUP BY.
    rows = stats_sql.rows(rollup.grouped_query(args, SUMS) if rollup.answers(args) else grouped_query(args))
    if OVERLAPPING.intersection(group_by):
        totals = stats_sql.rows(totals_query(args))[0]
    else:
        totals = summed(rows)
    imprecise_events = totals.pop("imprecise", 0) or 0
    if any(name in LINKED_DIMENSIONS for name in group_by):
        buckets = [bucket(row, group_by) for row in rows]
    else:   # each row is its bucket already: its keys in group_by's order, then the sums
        buckets = rows
    imprecise, first, last = [], None, None
    if interval:
        imprecise = [b for b in buckets if b["time"] is None]
        buckets = [b for b in buckets if b["time"] is not None]
        days = [b["time"] for b in buckets]   # 'YYYY-MM-DD': in the order of the days
        first = args.get("date_from") or (datetime.date.fromisoformat(min(days)) if days else None)
        last = args.get("date_to") or (datetime.date.fromisoformat(max(days)) if days else None)
        if first is not None and last is not None:
            count = sum(1 for _ in zip(periods(first, last, interval), range(MAX_PERIODS + 1)))
            if count > MAX_PERIODS:
                abort_bad("interval", f"The series would have more than {MAX_PERIODS} periods: choose a longer "
                                      "interval, or narrow date_from and date_to.")
            buckets = zero_filled(buckets, group_by, first, last, interval)
            first, last = period_start(first, interval).isoformat(), period_start(last, interval).isoformat()
    order = sort_key(group_by)
    return {"group_by": list(group_by), "interval": interval, "claimant": claimant,
            "date_from": first, "date_to": last,
            "buckets": sorted(buckets, key=order), "imprecise": sorted(imprecise, key=order),
            "imprecise_events": imprecise_events, "totals": {name: totals[name] for name in SUMS}}
