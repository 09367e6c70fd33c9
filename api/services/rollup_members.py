"""Each event's row of the events' rollup (its member, migrations/0125): its keys, its sums (one event, or none when
it is not counted), and its keys in the rows summed again per country and per type (its place's country when
summed, and `within`). api/services/rollup_upkeep.py sums a write's changed events' members again from the events
(`sum_members`), then the rows of their keys from the members' difference (api/services/rollup_deltas.py) or,
failing that, from the members (`sum_rows`). rollup_actors.py keeps the actors' members the same way.
"""
from peewee import JOIN, SQL, Case, fn

from .. import stats_sql
from ..models import Event, EventRollup, EventRollupMember, Place
from ..models.rollup import NESTING
from ..query_templates import Templates
from ..sql import any_of
from . import stats
from .rollup_keys import MemberTable, by_month, in_bounds, month_bounds, of_keys, within

KEY_COLUMNS = ("place_key", "month_key", "month", "end_month", "type")
SUMS = (*stats.SUMS, *NESTING)   # what each row sums: the buckets' sums, then the nested events' (0072)
MEMBER_COLUMNS = ("event_id", *KEY_COLUMNS, "country", "within")
TEMPLATES = Templates()   # the statements' text, once per shape of their values (api/query_templates.py)


def _end_month():
    """The month of date_end, when the event has one that is not an open bound (stats_dimensions.precise_period)."""
    known = Event.date_end.is_null(False) & Event.date_bound.is_null()
    return Case(None, [(known, stats_sql.period("month", Event.date_end))], None)


def summed_query(clauses, per_event=False):
    """The rollup's rows of the live events matching `clauses`, as stats.grouped_query sums them, and of them
    the events part of another live event (stats.nested_walk) and their deaths; each event's member (its ID first,
    its place's country and `within` after the keys) when `per_event`."""
    counted = stats._clauses({})
    clauses = counted + clauses
    ranked, deaths = stats._event_deaths(clauses, None)
    walk, nested = stats.nested_walk(clauses, counted)
    keys = [fn.COALESCE(Event.place, 0), stats_sql.month_key(Event.date_start), stats_sql.period("month", Event.date_start),
            _end_month(), Event.type]
    names = KEY_COLUMNS
    if per_event:
        # The country by a lookup per event, not a join: joined, SQLite's planner dropped the index it builds on
        # the deaths per event and read all of them for every event (hours at a million events).
        place = Place.alias("member_place")
        country = place.select(place.country).where(place.id == Event.place)
        keys, names = [Event.id, *keys, country, within()], MEMBER_COLUMNS
    inside = nested.c.event_id.is_null(False)
    query = (Event.select(*(key.alias(name) for key, name in zip(keys, names)), *stats._sums(deaths),
                          *stats.nesting_sums(inside, deaths))
             .join_from(Event, deaths, JOIN.LEFT_OUTER, on=(deaths.c.event_id == Event.id))
             .join_from(Event, nested, JOIN.LEFT_OUTER, on=(nested.c.event_id == Event.id)))
    query = stats._filtered(query, clauses)
    return (query.group_by(*(SQL(str(p)) for p in range(1, len(keys) + 1)))
            .with_cte(ranked, deaths, walk, nested))


PLACES = MemberTable(EventRollupMember, EventRollup, KEY_COLUMNS, MEMBER_COLUMNS, SUMS, "place_key")
member_rows, sum_rows = PLACES.of, PLACES.sum_rows


def keys_of(rows):
    return {(row["place_key"], row["month_key"]) for row in rows}


def current_keys(ids):
    """The (place, month) keys of these events as they stand now (whether counted or not)."""
    return set(TEMPLATES.rows(("current", len(ids)), lambda given: Event.select(
        fn.COALESCE(Event.place, 0), stats_sql.month_key(Event.date_start)).where(Event.id.in_(given)), ids))


def events_of(keys):
    """The events in these (place, month) keys now, and those whose members are in them."""
    clauses = [(Event.place.is_null() if place_key == 0 else (Event.place == place_key))
               & in_bounds(Event.date_start, month_bounds(month_key))
               for place_key, month_key in keys]
    found = {row[0] for row in Event.select(Event.id).where(any_of(clauses)).tuples()}
    found.update(row[0] for row in EventRollupMember.select(EventRollupMember.event_id)
                 .where(of_keys(EventRollupMember.place_key, EventRollupMember.month_key, *by_month(keys))).tuples())
    return found


def sum_members(ids):
    """Delete these events' members and sum them again from the events (an event no longer counted has none)."""
    PLACES.sum_again(ids, lambda given: summed_query([Event.id.in_(given)], per_event=True))


def rebuild():
    """Every event's member, then every row from them (in the caller's transaction)."""
    PLACES.rebuild(summed_query([], per_event=True))
