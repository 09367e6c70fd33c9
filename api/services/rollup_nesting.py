"""The rollups' nested sums kept exact (migrations/0072): whether an event is part of another event counted depends
on the events above it, so a change to an event can change the nested sums of the rows of the events below it,
which no trigger on those events' own rows sees.

The triggers record such an event in event_rollup_moved: its parent changed (the event itself moves); it was
deleted, put back, created or removed, or its occurrence changed, while it has sub-events; a participant of it was
added, removed or moved while it has sub-events (for the actors' rows: an actor's event inside an event it takes
part in). At the write's commit, before the rollups are summed (rollup_upkeep.flush), `mark_moved` marks each recorded event
and every event below it, at any depth, changed (their members are summed again: migrations/0125), and their keys
stale in both rollups, and empties the table.
The keys marked are those of all the actors of each event below: more than a participant's change needs, and
summed again at the price of a few keys.
"""
from peewee import Select, fn

from .. import stats_sql
from ..query_templates import Templates
from ..models import Event, EventRollupActorStale, EventRollupChanged, EventRollupMoved, EventRollupStale, Participant

CHUNK = 500   # recorded events walked down from per statement
TEMPLATES = Templates()   # (a write reads the table each time: its text composed once)


def _below(roots):
    """A recursive CTE (event_id): the events `roots` (IDs), those whose parent is one of them (a root removed
    from the table still has its sub-events), and every event below those, at any depth. UNION ends the walk
    even on a cycle in the data."""
    start = Event.select(Event.id).where(Event.id.in_(roots) | Event.parent.in_(roots))
    down = start.cte("below", recursive=True, columns=("event_id",))
    child = Event.alias("below_child")
    return down.union(child.select(child.id).join(down, on=(child.parent == down.c.event_id)))


def _mark(roots):
    below = _below(roots)
    events = Select([below], [below.c.event_id])
    EventRollupChanged.insert_from(events.with_cte(below), [EventRollupChanged.event_id]).on_conflict_ignore().execute()
    place_keys = (Event.select(fn.COALESCE(Event.place, 0), stats_sql.month_key(Event.date_start))
                  .where(Event.id.in_(events)).distinct().with_cte(below))
    EventRollupStale.insert_from(place_keys, [EventRollupStale.place_key, EventRollupStale.month_key]) \
        .on_conflict_ignore().execute()
    actor_keys = (Participant.select(Participant.actor, stats_sql.month_key(Event.date_start))
                  .join(Event, on=(Participant.event == Event.id))
                  .where(Event.id.in_(events)).distinct().with_cte(below))
    EventRollupActorStale.insert_from(actor_keys, [EventRollupActorStale.actor_id, EventRollupActorStale.month_key]) \
        .on_conflict_ignore().execute()


def mark_moved():
    """Mark the keys of the recorded events and of everything below them stale, and forget them."""
    moved = [row[0] for row in TEMPLATES.rows(("moved",), lambda _: EventRollupMoved.select(EventRollupMoved.event_id))]
    if not moved:
        return
    for start in range(0, len(moved), CHUNK):
        _mark(moved[start:start + CHUNK])
    EventRollupMoved.delete().execute()


def moved():
    """How many recorded events are not yet marked (none after a write's commit)."""
    return EventRollupMoved.select().count()


def clear():
    """Forget the recorded events: a rebuild sums every key."""
    EventRollupMoved.delete().execute()
