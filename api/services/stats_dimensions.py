"""What each dimension of GET /v1/events/stats groups by, joined to the rows summed: the events themselves
(api/services/stats.py) or the rollup's rows (api/services/rollup.py). Both go through the same joins, so a
bucket's key is found the same way whichever rows are summed."""
from dataclasses import dataclass
from typing import Any, Callable

from peewee import JOIN, Case, Value, fn

from schemas import vocabularies as vocab
from schemas.stats import ADMIN_LEVELS

from .. import stats_sql
from ..models import Actor, Event, EventTreaty, Participant, Place, Treaty


@dataclass(frozen=True)
class Summed:
    """The rows an aggregate sums: their table, the column naming each row's place (an event's place_id) and
    type, and `period(interval)`: (the period of the row's date_start, whether the row's bracket lies in it);
    `country`: a column holding the country itself (rows summed per country), not read through the place."""

    table: Any
    place: Any
    type: Any
    period: Callable
    country: Any = None


def precise_period(interval):
    """(the period of the event's date_start, whether its whole bracket lies in that one period): a known end,
    no open bound, and the end's period the start's."""
    start = stats_sql.period(interval, Event.date_start)
    within = Event.date_end.is_null(False) & Event.date_bound.is_null() & (
        start == stats_sql.period(interval, Event.date_end))
    return start, within


EVENTS = Summed(Event, Event.place, Event.type, precise_period)


def _lineage():
    """A recursive CTE: (place_id, ancestor_id, depth) for every place and each place above it, itself at 0."""
    base = (Place.select(Place.id.alias("place_id"), Place.id.alias("ancestor_id"), Value(0).alias("depth"))
            .cte("lineage", recursive=True, columns=("place_id", "ancestor_id", "depth")))
    up = Place.alias("up")
    step = (up.select(base.c.place_id, up.parent, base.c.depth + 1).join(base, on=(up.id == base.c.ancestor_id))
            .where(up.parent.is_null(False) & (base.c.depth < 64)))   # 64: a bound, were a cycle ever stored
    return base.union_all(step)


def _join_linked(query, name):
    """Actors, their kinds and treaties: of events only (an event may count under several, or none)."""
    if name == "actor":
        pairs = (Participant.select(Participant.event.alias("event_id"), Participant.actor.alias("actor_id"))
                 .distinct().alias("actor_pairs"))
        actor = Actor.alias("grouped_actor")
        query = (query.join_from(Event, pairs, JOIN.LEFT_OUTER, on=(pairs.c.event_id == Event.id))
                 .join_from(pairs, actor, JOIN.LEFT_OUTER, on=(actor.id == pairs.c.actor_id)))
        return query, [actor.id.alias("actor_id"), actor.name.alias("actor_name")]
    if name == "actor_kind":
        pairs = (Participant.select(Participant.event.alias("event_id"), Actor.kind.alias("kind"))
                 .join(Actor, on=(Participant.actor == Actor.id)).distinct().alias("kind_pairs"))
        query = query.join_from(Event, pairs, JOIN.LEFT_OUTER, on=(pairs.c.event_id == Event.id))
        return query, [pairs.c.kind.alias("actor_kind")]
    pairs = (EventTreaty.select(EventTreaty.event.alias("event_id"), EventTreaty.treaty.alias("treaty_id"))
             .distinct().alias("treaty_pairs"))
    treaty = Treaty.alias("grouped_treaty")
    query = (query.join_from(Event, pairs, JOIN.LEFT_OUTER, on=(pairs.c.event_id == Event.id))
             .join_from(pairs, treaty, JOIN.LEFT_OUTER, on=(treaty.id == pairs.c.treaty_id)))
    return query, [treaty.id.alias("treaty_id"), treaty.name.alias("treaty_name")]


def join_dimension(query, name, interval, ctes, summed=EVENTS):
    """The query joined to what dimension `name` groups by, and its key columns (aliased name, or name_id and
    name_name for a record)."""
    if name == "type":
        return query, [summed.type.alias("type")]
    if name == "quad_class":
        return query, [Case(summed.type, [(t, vocab.quad_class(t)) for t in vocab.EVENT_TYPES]).alias("quad_class")]
    if name == "time":
        start, within = summed.period(interval)
        return query, [Case(None, [(within, start)], None).alias("time")]
    if name == "country" and summed.country is not None:
        return query, [summed.country.alias("country")]
    if name in ("country", "place"):
        place = Place.alias(f"{name}_of_event")
        query = query.join_from(summed.table, place, JOIN.LEFT_OUTER, on=(summed.place == place.id))
        if name == "country":
            return query, [place.country.alias("country")]
        return query, [place.id.alias("place_id"), place.name.alias("place_name")]
    if name in ("actor", "actor_kind", "treaty"):
        return _join_linked(query, name)
    # a place at an administrative level: the nearest of its kind, the event's place itself or above it
    if "lineage" not in ctes:
        ctes["lineage"] = _lineage()
    lineage = ctes["lineage"]
    held = Place.alias(f"{name}_place")
    nearest = fn.ROW_NUMBER().over(partition_by=[lineage.c.place_id], order_by=[lineage.c.depth])
    levels = (lineage.select_from(lineage.c.place_id, held.id.alias("admin_id"), held.name.alias("admin_name"),
                                  nearest.alias("n"))
              .join(held, on=(held.id == lineage.c.ancestor_id)).where(held.kind == ADMIN_LEVELS[name])
              .alias(f"{name}_levels"))
    query = query.join_from(summed.table, levels, JOIN.LEFT_OUTER,
                            on=(levels.c.place_id == summed.place) & (levels.c.n == 1))
    return query, [levels.c.admin_id.alias(f"{name}_id"), levels.c.admin_name.alias(f"{name}_name")]
