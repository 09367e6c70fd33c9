"""Keeping the events' rollup per actor (migrations/0051) exact, as api/services/rollup_upkeep.py keeps the rollup
per place: at each write's commit the (actor, month) keys the triggers marked stale are summed again from the
events, by the aggregates' own query (api/services/stats.py: the same live events, the same choice of each
event's deaths figures).

An actor's events are those the actor= filter gives (api/services/event_filters.py events_of_actor, no role): every
event with a participant row of the actor, in whatever role. An actor in an event in two roles (participant is
unique on event, actor and role) is one (event, actor) pair, so the event is summed once for that actor.
The country is the event's place's when summed: a place's new country marks its actors' keys (a trigger).
"""
import datetime

from peewee import JOIN, SQL, Case, Tuple, fn

from .. import stats_sql
from ..models import Event, EventRollupActor, EventRollupActorStale, Participant, Place
from ..models.rollup import NESTING
from ..query_templates import Templates
from ..sql import any_of
from . import stats

KEY_COLUMNS = ("actor_id", "country", "month_key", "month", "within", "type")
CHUNK = 100   # stale keys summed again per statement
WHOLE = 2000   # more stale keys than this, and more than a quarter of the rows: sum every event (rollup_upkeep's)
SUMS = (*stats.SUMS, *NESTING)   # what each row sums (rollup_upkeep's)
EVERY_MONTH = "*"   # the key of an actor whose months are not known (its participant's event was already gone)
TEMPLATES = Templates()   # the summing statements' text, once per shape of the stale keys


def month_bounds(month_key):
    """The month 'YYYY-MM' as its first day and the first day after it (None after the calendar's last month);
    () for '' (no date)."""
    if month_key == "":
        return ()
    year, month = map(int, month_key.split("-"))
    first = datetime.date(year, month, 1)
    after = datetime.date(year + month // 12, month % 12 + 1, 1) if year < datetime.MAXYEAR or month < 12 else None
    return (first,) if after is None else (first, after)


def in_bounds(column, bounds):
    """Whether the date in `column` lies within month_bounds' bounds, as index ranges (null for ())."""
    if not bounds:
        return column.is_null()
    return (column >= bounds[0]) if len(bounds) == 1 else (column >= bounds[0]) & (column < bounds[1])


def _within():
    """3 when the event's bracket lies in its month, 2 in its quarter, 1 in its year, else 0 (rollup_upkeep's)."""
    known = Event.date_end.is_null(False) & Event.date_bound.is_null()
    levels = [(known & (stats_sql.period(interval, Event.date_start) == stats_sql.period(interval, Event.date_end)),
               level) for interval, level in (("month", 3), ("quarter", 2), ("year", 1))]
    return Case(None, levels, 0)


def _nested_pairs(pairs, counted):
    """Two CTEs: the walk up from the (event, actor) `pairs` whose event has a parent, and of them those with an
    ancestor, at any depth, that is one of the actor's counted events (the actor= filter's): the actor's events
    that its aggregate counts together with an event they are part of (stats.nested_walk, per actor)."""
    event = Event.alias("paired_event")
    up = (pairs.select_from(pairs.c.event_id, pairs.c.actor_id, event.parent)
          .join(event, on=(event.id == pairs.c.event_id)).where(event.parent > 0)
          .cte("actor_nesting", recursive=True, columns=("event_id", "actor_id", "ancestor")))
    above = Event.alias("actor_above")
    walk = up.union(above.select(up.c.event_id, up.c.actor_id, above.parent).join(up, on=(above.id == up.c.ancestor))
                    .where(above.parent.is_null(False)))
    theirs = (Event.select(SQL("1")).join(Participant, on=(Participant.event == Event.id))
              .where((Event.id == walk.c.ancestor) & (Participant.actor == walk.c.actor_id)))
    nested = (walk.select_from(walk.c.event_id, walk.c.actor_id).where(fn.EXISTS(stats._filtered(theirs, counted)))
              .distinct().cte("actor_nested", materialized=True))
    return walk, nested


def summed_query(clauses, pairs_where=None):
    """The per-actor rows of the live events matching `clauses`, for the (event, actor) pairs `pairs_where` keeps,
    and of them the events part of another of the actor's events (_nested_pairs) and their deaths."""
    counted = stats._clauses({})
    clauses = counted + clauses
    ranked, deaths = stats._event_deaths(clauses, None)
    pairs = (Participant.select(Participant.event.alias("event_id"), Participant.actor.alias("actor_id"))
             .join(Event, on=(Participant.event == Event.id)))
    pairs = stats._filtered(pairs, clauses + ([pairs_where] if pairs_where is not None else [])).distinct()
    pairs = pairs.cte("actor_events")
    place = Place.alias("actor_event_place")
    walk, nested = _nested_pairs(pairs, counted)
    keys = [pairs.c.actor_id, place.country, stats_sql.month_key(Event.date_start),
            stats_sql.period("month", Event.date_start), _within(), Event.type]
    inside = nested.c.event_id.is_null(False)
    query = (Event.select(*(key.alias(name) for key, name in zip(keys, KEY_COLUMNS)), *stats._sums(deaths),
                          *stats.nesting_sums(inside, deaths))
             .join_from(Event, pairs, on=(pairs.c.event_id == Event.id))
             .join_from(Event, deaths, JOIN.LEFT_OUTER, on=(deaths.c.event_id == Event.id))
             .join_from(Event, place, JOIN.LEFT_OUTER, on=(Event.place == place.id))
             .join_from(pairs, nested, JOIN.LEFT_OUTER,
                        on=(nested.c.event_id == pairs.c.event_id) & (nested.c.actor_id == pairs.c.actor_id)))
    return (query.group_by(*(SQL(str(p)) for p in range(1, len(keys) + 1)))
            .with_cte(ranked, deaths, pairs, walk, nested))


def _insert(query):
    _insert_query(query).execute()


def _insert_query(query):
    fields = [getattr(EventRollupActor, name) for name in (*KEY_COLUMNS, *SUMS)]
    return EventRollupActor.insert_from(query, fields)


def _of_actors(actors):
    return Participant.select(Participant.id).where((Participant.event == Event.id) & Participant.actor.in_(actors))


def _sum_again(chunk):
    """Delete and sum again the rows of these (actor, month) keys: the events of each month (by event's date_start
    index) having one of that month's actors, or every event of an actor whose months are not known."""
    whole = sorted({actor for actor, month in chunk if month == EVERY_MONTH})
    months = {}
    for actor, month in chunk:
        if month != EVERY_MONTH and actor not in whole:
            months.setdefault(month, []).append(actor)
    # Per month, its actors: an index search of (actor_id, month_key) each, where SQLite reads every row for a
    # row value IN a list of more than one pair.
    dropped = [(EventRollupActor.month_key == month) & EventRollupActor.actor_id.in_(actors)
               for month, actors in months.items()]
    if whole:
        dropped.append(EventRollupActor.actor_id.in_(whole))
    EventRollupActor.delete().where(any_of(dropped)).execute()
    # The summing statement's text depends only on how many months, actors and whole actors (api/query_templates.py)
    shape = (tuple((len(month_bounds(month)), len(actors)) for month, actors in months.items()), len(whole))
    values = [value for month, actors in months.items() for value in (month, *month_bounds(month), *actors)]
    TEMPLATES.execute(("actors", shape), lambda given: _summing(shape, given), values + whole)


def _summing(shape, values):
    """_sum_again's summing statement of `shape`, from its values in order: each month (its key, its bounds, its
    actors), then the actors summed whole."""
    months, whole_count = shape
    values, events, keys = list(values), [], []
    for bounds_count, actor_count in months:
        month, bounds = values[0], tuple(values[1:1 + bounds_count])
        actors = values[1 + bounds_count:1 + bounds_count + actor_count]
        del values[:1 + bounds_count + actor_count]
        events.append(in_bounds(Event.date_start, bounds) & fn.EXISTS(_of_actors(actors)))
        keys += [(actor, month) for actor in actors]
    whole, kept = values[:whole_count], []
    if keys:
        kept.append(Tuple(Participant.actor, stats_sql.month_key(Event.date_start)).in_(keys))
    if whole:
        events.append(Event.id.in_(Participant.select(Participant.event).where(Participant.actor.in_(whole))))
        kept.append(Participant.actor.in_(whole))
    return _insert_query(summed_query([any_of(events)], any_of(kept)))


def flush():
    """Sum again the keys marked stale since the last commit, and clear them."""
    stale = list(EventRollupActorStale.select(EventRollupActorStale.actor_id, EventRollupActorStale.month_key).tuples())
    if not stale:
        return
    if len(stale) > WHOLE and len(stale) * 4 > EventRollupActor.select().count():
        rebuild()
        return
    for start in range(0, len(stale), CHUNK):
        _sum_again(stale[start:start + CHUNK])
    EventRollupActorStale.delete().execute()


def rebuild():
    """Every actor's rows summed again from every live event (in the caller's transaction)."""
    EventRollupActor.delete().execute()
    _insert(summed_query([]))
    EventRollupActorStale.delete().execute()


def rows(query):
    found = {}
    for row in stats_sql.rows(query):
        found[tuple(row[name] for name in KEY_COLUMNS if name != "month")] = tuple(row[name] for name in SUMS)
    return found


def fresh_and_kept():
    """({key: sums} of a fresh sum of the events, the same of the rows kept)."""
    kept = EventRollupActor.select(*(getattr(EventRollupActor, name) for name in (*KEY_COLUMNS, *SUMS)))
    return rows(summed_query([])), rows(kept)
