"""The aggregates served from the events' rollup (migrations/0050, kept by api/services/rollup_upkeep.py):
those it answers exactly, the same buckets as summing the events would give, from tens of thousands of rows
instead of every event (docs/api.md "Aggregates", docs/performance.md "Aggregates (issue 13)").

The rollup holds, per place, type, month of date_start and month of date_end, the live events and their deaths
as the aggregates choose them. So it answers an aggregate over all live events (no filter, no claimant) grouped
by dimensions its rows determine: type and quad class; country, place and administrative levels, through the
place (whose country and parents are read at the time of the query, so re-parenting a place needs no upkeep);
and month, quarter or year, whose imprecise-date rule its end month decides. Day and week, actors and treaties,
and any filter read the events, but one: one actor (actor= with one ID, no role), grouped by country, type, quad
class or period, reads that actor's rows of event_rollup_actor (migrations/0051, api/services/rollup_actors.py). An aggregate by country and period alone reads the rollup's rows summed again
per country and month (event_rollup_country): a few thousand rows; by type or quad class and period, those summed
again per type and month (event_rollup_type, migrations/0080).

Each row also sums its events that are part of another live event (migrations/0072): the answer's nested_events
and nested_deaths, read from the same rows (nested_query) rather than walked up from every event.

Whenever a write has not been summed into it (event_rollup_stale holds a key), it is not read: so an `as_of`
read, which puts records back as they stood and rolls back (api/services/past.py), sums the events as they
were, and so does a read after a write made outside a write transaction, until the next write sums it again.
"""
from peewee import SQL, Value, fn

from schemas.stats import ADMIN_LEVELS

from .. import stats_sql
from ..models import (EventRollup, EventRollupActor, EventRollupActorStale, EventRollupCountry, EventRollupMoved,
                      EventRollupStale, EventRollupType)
from .stats_dimensions import Summed, join_dimension

DIMENSIONS = frozenset({"type", "quad_class", "country", "place", "time", *ADMIN_LEVELS})
INTERVALS = frozenset({"month", "quarter", "year"})
# What an ask may carry besides: as_of is answered exactly, or not from the rollup (see the docstring).
PLAIN = frozenset({"group_by", "interval", "format", "as_of"})


def _start(interval, month):
    """The period of a first day of a month: that day itself for a month (no date function per row)."""
    return month if interval == "month" else stats_sql.period(interval, month)


def _period(interval):
    start = _start(interval, EventRollup.month)
    within = EventRollup.end_month.is_null(False) & (start == _start(interval, EventRollup.end_month))
    return start, within


ROLLUP = Summed(EventRollup, EventRollup.place_key, EventRollup.type, _period)
# The levels of EventRollupCountry.within: the longest interval whose period holds a bracket at least this level.
WITHIN = {"month": 3, "quarter": 2, "year": 1}


def _country_period(interval):
    return _start(interval, EventRollupCountry.month), EventRollupCountry.within >= WITHIN[interval]


BY_COUNTRY = Summed(EventRollupCountry, None, None, _country_period, country=EventRollupCountry.country)


def _type_period(interval):
    return _start(interval, EventRollupType.month), EventRollupType.within >= WITHIN[interval]


# The rollup's rows summed again per type, month and within (migrations/0080): by type or quad class and period.
BY_TYPE = Summed(EventRollupType, None, EventRollupType.type, _type_period)


def _actor_period(interval):
    return _start(interval, EventRollupActor.month), EventRollupActor.within >= WITHIN[interval]


# One actor's events (actor= with one ID, no role), per country, month, within and type (migrations/0051).
BY_ACTOR = Summed(EventRollupActor, None, EventRollupActor.type, _actor_period, country=EventRollupActor.country)
ACTOR_DIMENSIONS = frozenset({"type", "quad_class", "country", "time"})


def _one_actor(args):
    """The actor's ID (resolved: an external ID is made an ID before the aggregate), or None."""
    actor = args.get("actor")
    if isinstance(actor, (list, tuple)):   # (as bench/aggregates.py passes it)
        actor = actor[0] if len(actor) == 1 else None
    return actor if type(actor) is int else None


def answers(args):
    """Whether the rollup answers the aggregate `args` asks exactly, and is up to date."""
    # level=all is every event, as no level: the rollup's events (level=top or leaf is a filter).
    asked = {name for name in args if name not in PLAIN and not (name == "level" and args[name] == "all")}
    dimensions, stale = DIMENSIONS, EventRollupStale
    if asked == {"actor"} and _one_actor(args) is not None:
        asked, dimensions, stale = set(), ACTOR_DIMENSIONS, EventRollupActorStale
    if asked or not dimensions.issuperset(args["group_by"]):
        return False
    if "time" in args["group_by"] and (args.get("interval") or "month") not in INTERVALS:
        return False
    return not stale.select().exists() and not EventRollupMoved.select().exists()


def grouped_query(args, sums):
    """The GROUP BY of the rollup's rows, with the same keys and sums (named as in `sums`) as the events': of
    one actor's rows with actor=; of its rows per country when country and time are all it groups by."""
    actor = _one_actor(args)
    summed = BY_ACTOR if actor is not None else \
        BY_COUNTRY if {"country", "time"}.issuperset(args["group_by"]) else \
        BY_TYPE if {"type", "quad_class", "time"}.issuperset(args["group_by"]) else ROLLUP
    ctes, keys, query = {}, [], summed.table.select()
    if actor is not None:
        query = query.where(EventRollupActor.actor_id == actor)
    for name in args["group_by"]:
        query, columns = join_dimension(query, name, args.get("interval") or "month", ctes, summed)
        keys.extend(columns)
    totals = [stats_sql.as_shown(fn.COALESCE(fn.SUM(getattr(summed.table, name)), Value(0))).alias(name)
              for name in sums]
    query = query.select(*keys, *totals).group_by(*(SQL(str(position)) for position in range(1, len(keys) + 1)))
    return query.with_cte(*ctes.values()) if ctes else query


def nested_query(args):
    """The events counted inside another counted event and their deaths (stats.nested_query's answer), summed from
    the rows that rollup.answers(args) says answer the aggregate: every live event's per country (a few thousand
    rows), or one actor's."""
    actor = _one_actor(args)
    table = EventRollupActor if actor is not None else EventRollupCountry
    query = table.select(*(stats_sql.as_shown(fn.COALESCE(fn.SUM(getattr(table, column)), Value(0))).alias(name)
                           for column, name in (("nested_events", "events"), ("nested_deaths", "deaths"))))
    return query.where(EventRollupActor.actor_id == actor) if actor is not None else query
