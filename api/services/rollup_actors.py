"""Keeping the events' rollup per actor (migrations/0051) exact, as api/services/rollup_upkeep.py keeps the rollup
per place: at each write's commit the (actor, month) keys the triggers marked stale are summed again from the
events, by the aggregates' own query (api/services/stats.py: the same live events, the same choice of each
event's deaths figures).

An actor's events are those the actor= filter gives (api/services/event_filters.py events_of_actor, no role): every
event with a participant row of the actor, in whatever role. An actor in an event in two roles (participant is
unique on event, actor and role) is one (event, actor) pair, so the event is summed once for that actor.
The country is the event's place's when summed: a place's new country marks its actors' keys (a trigger).
"""
from peewee import JOIN, SQL, fn

from .. import stats_sql
from ..models import Event, EventRollupActor, EventRollupActorMember, EventRollupActorStale, Participant, Place
from ..models.rollup import NESTING
from ..query_templates import Templates
from ..sql import any_of
from . import stats
from .rollup_keys import MemberTable, by_month, in_bounds, month_bounds, of_keys, within

KEY_COLUMNS = ("actor_id", "country", "month_key", "month", "within", "type")
SUMS = (*stats.SUMS, *NESTING)   # what each row sums (rollup_upkeep's)
EVERY_MONTH = "*"   # the key of an actor whose months are not known (its participant's event was already gone)
TEMPLATES = Templates()   # the summing statements' text, once per shape of the stale keys


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


def summed_query(clauses, per_event=False):
    """The per-actor rows of the live events matching `clauses`, and of them the events part of another of the
    actor's events (_nested_pairs) and their deaths; each (event, actor) pair's own row (its member,
    migrations/0125), its event's ID first, when `per_event`."""
    counted = stats._clauses({})
    clauses = counted + clauses
    ranked, deaths = stats._event_deaths(clauses, None)
    pairs = (Participant.select(Participant.event.alias("event_id"), Participant.actor.alias("actor_id"))
             .join(Event, on=(Participant.event == Event.id)))
    pairs = stats._filtered(pairs, clauses).distinct()
    pairs = pairs.cte("actor_events")
    place = Place.alias("actor_event_place")
    walk, nested = _nested_pairs(pairs, counted)
    keys = [pairs.c.actor_id, place.country, stats_sql.month_key(Event.date_start),
            stats_sql.period("month", Event.date_start), within(), Event.type]
    names = KEY_COLUMNS
    if per_event:
        keys, names = [pairs.c.event_id, *keys], ("event_id", *KEY_COLUMNS)
    inside = nested.c.event_id.is_null(False)
    query = (Event.select(*(key.alias(name) for key, name in zip(keys, names)), *stats._sums(deaths),
                          *stats.nesting_sums(inside, deaths))
             .join_from(Event, pairs, on=(pairs.c.event_id == Event.id))
             .join_from(Event, deaths, JOIN.LEFT_OUTER, on=(deaths.c.event_id == Event.id))
             .join_from(Event, place, JOIN.LEFT_OUTER, on=(Event.place == place.id))
             .join_from(pairs, nested, JOIN.LEFT_OUTER,
                        on=(nested.c.event_id == pairs.c.event_id) & (nested.c.actor_id == pairs.c.actor_id)))
    return (query.group_by(*(SQL(str(p)) for p in range(1, len(keys) + 1)))
            .with_cte(ranked, deaths, pairs, walk, nested))


MEMBER_COLUMNS = ("event_id", *KEY_COLUMNS)


ACTORS = MemberTable(EventRollupActorMember, EventRollupActor, KEY_COLUMNS, MEMBER_COLUMNS, SUMS, "actor_id")
member_rows, sum_rows = ACTORS.of, ACTORS.sum_rows


def keys_of(rows):
    return {(row["actor_id"], row["month_key"]) for row in rows}


def current_keys(ids):
    """The (actor, month) keys of these events' participants now (whether the events are counted or not)."""
    return set(TEMPLATES.rows(("current", len(ids)), lambda given: Participant.select(
        Participant.actor, stats_sql.month_key(Event.date_start)).join(Event, on=(Participant.event == Event.id))
        .where(Event.id.in_(given)), ids))


def unexplained(stale, keys):
    """The stale keys that none of `keys` (the changed events' own) explains. An actor's every month ('*': its
    participant's event was gone when marked) is explained by any key of the actor: the event's member kept its
    month."""
    actors = {actor for actor, _ in keys}
    return [(actor, month) for actor, month in stale
            if ((actor, month) not in keys) and not (month == EVERY_MONTH and actor in actors)]


def events_of(keys):
    """The events with a participant of these (actor, month) keys now ('*': any month), and those whose members
    are in them."""
    whole = sorted({actor for actor, month in keys if month == EVERY_MONTH})
    dated = [(actor, month) for actor, month in keys if month != EVERY_MONTH and actor not in whole]
    found, clauses = set(), []
    for actor, month in dated:
        clauses.append((Participant.actor == actor) & in_bounds(Event.date_start, month_bounds(month)))
    if whole:
        clauses.append(Participant.actor.in_(whole))
    found.update(row[0] for row in Participant.select(Participant.event).join(Event, on=(Participant.event == Event.id))
                 .where(any_of(clauses)).tuples())
    m, kept = EventRollupActorMember, []
    if dated:
        kept.append(of_keys(m.actor_id, m.month_key, *by_month(dated)))
    if whole:
        kept.append(m.actor_id.in_(whole))
    found.update(row[0] for row in m.select(m.event_id).where(any_of(kept)).tuples())
    return found


def sum_members(ids):
    """Delete these events' members and sum them again from the events and their participants."""
    ACTORS.sum_again(ids, lambda given: summed_query([Event.id.in_(given)], per_event=True))


def rebuild():
    """Every (event, actor) member and every actor's row summed again from every live event (in the caller's
    transaction)."""
    ACTORS.rebuild(summed_query([], per_event=True))
    EventRollupActorStale.delete().execute()


def rows(query, columns=KEY_COLUMNS):
    found = {}
    for row in stats_sql.rows(query):
        found[tuple(row[name] for name in columns if name != "month")] = tuple(row[name] for name in SUMS)
    return found


def fresh_and_kept(per_event=False):
    """({key: sums} of a fresh sum of the events, the same of the rows kept), of the members when `per_event`."""
    columns, model = (MEMBER_COLUMNS, EventRollupActorMember) if per_event else (KEY_COLUMNS, EventRollupActor)
    kept = model.select(*(getattr(model, name) for name in (*columns, *SUMS)))
    return rows(summed_query([], per_event=per_event), columns), rows(kept, columns)
