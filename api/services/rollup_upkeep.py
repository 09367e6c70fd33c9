"""Keeping the events' rollup (migrations/0050) exact: in every write's transaction, before it commits
(db.BEFORE_COMMIT), the (place, month) keys the database's triggers marked stale are summed again from the
events, by the aggregates' own query (api/services/stats.py: the same live events, the same choice of each
event's deaths figures); `rebuild` sums every event; `differences` compares the rollup with a fresh sum
(`conflict-facts db rebuild-rollup [--check]`).

The triggers, not the write paths, notice what changes: an event created, edited, deleted, undeleted, put back
or removed, a figure added, changed or removed, by the API, a batch, an import, a restore or a migration, all
mark the keys of the rows they touch, before and after. A place's country or parent is not in the rollup:
it is joined at the time of the query (api/services/rollup.py), except by the rows summed per country
(event_rollup_country), which a place's new country marks stale (a trigger too), and which are summed again,
per month, from the rollup's own rows of every month a stale key names; so are the rows per type
(event_rollup_type, migrations/0080).
"""

from peewee import JOIN, SQL, Case, fn

from .. import db, stats_sql
from ..models import (Event, EventRollup, EventRollupActor, EventRollupActorStale, EventRollupChanged, EventRollupCountry,
                      EventRollupMember, EventRollupStale, EventRollupType, Place)
from ..models.rollup import NESTING
from ..query_templates import Templates
from ..sql import any_of
from . import rollup_actors, rollup_nesting, stats

KEY_COLUMNS = ("place_key", "month_key", "month", "end_month", "type")
SUMS = (*stats.SUMS, *NESTING)   # what each row sums: the buckets' sums, then the nested events' (0072)
CHUNK = 100   # events, keys or months summed again per statement
WHOLE = 2000   # more keys or events than this, and more than a quarter of the rows: sum everything (_most)
TEMPLATES = Templates()   # the summing statements' text, once per shape of the stale keys


def _end_month():
    """The month of date_end, when the event has one that is not an open bound (stats_dimensions.precise_period)."""
    known = Event.date_end.is_null(False) & Event.date_bound.is_null()
    return Case(None, [(known, stats_sql.period("month", Event.date_end))], None)


def summed_query(clauses, per_event=False):
    """The rollup's rows of the live events matching `clauses`, as stats.grouped_query sums them, and of them
    the events part of another live event (stats.nested_walk) and their deaths; each event's own row (its member,
    migrations/0125), its ID first, when `per_event`."""
    counted = stats._clauses({})
    clauses = counted + clauses
    ranked, deaths = stats._event_deaths(clauses, None)
    walk, nested = stats.nested_walk(clauses, counted)
    keys = [fn.COALESCE(Event.place, 0), stats_sql.month_key(Event.date_start), stats_sql.period("month", Event.date_start),
            _end_month(), Event.type]
    names = KEY_COLUMNS
    if per_event:
        keys, names = [Event.id, *keys], ("event_id", *KEY_COLUMNS)
    inside = nested.c.event_id.is_null(False)
    query = (Event.select(*(key.alias(name) for key, name in zip(keys, names)), *stats._sums(deaths),
                          *stats.nesting_sums(inside, deaths))
             .join_from(Event, deaths, JOIN.LEFT_OUTER, on=(deaths.c.event_id == Event.id))
             .join_from(Event, nested, JOIN.LEFT_OUTER, on=(nested.c.event_id == Event.id)))
    query = stats._filtered(query, clauses)
    return (query.group_by(*(SQL(str(p)) for p in range(1, len(keys) + 1)))
            .with_cte(ranked, deaths, walk, nested))


def _members_query(query):
    return EventRollupMember.insert_from(query, [getattr(EventRollupMember, name)
                                                 for name in ("event_id", *KEY_COLUMNS, *SUMS)])


def _from_members(where=None):
    """The rollup's rows summed from their members (all, or those `where` says)."""
    m = EventRollupMember
    query = m.select(*(getattr(m, name) for name in KEY_COLUMNS), *(fn.SUM(getattr(m, name)) for name in SUMS))
    if where is not None:
        query = query.where(where)
    query = query.group_by(*(SQL(str(p)) for p in range(1, len(KEY_COLUMNS) + 1)))
    return EventRollup.insert_from(query, [getattr(EventRollup, name) for name in (*KEY_COLUMNS, *SUMS)])


def _of_keys(model, shape, values):
    """`model`'s rows of (place, month) keys given per month, its places (`shape`: how many each): an index search
    each, where SQLite reads every row for a row value IN a list of more than one pair."""
    values, clauses = list(values), []
    for count in shape:
        clauses.append((model.month_key == values[0]) & model.place_key.in_(values[1:1 + count]))
        del values[:1 + count]
    return any_of(clauses)


def old_keys(ids):
    """The (place, month) keys of these events' members as they stand."""
    return set(TEMPLATES.rows(("old", len(ids)), lambda given: EventRollupMember.select(
        EventRollupMember.place_key, EventRollupMember.month_key).where(EventRollupMember.event_id.in_(given)), ids))


def current_keys(ids):
    """The (place, month) keys of these events as they stand now (whether counted or not)."""
    return set(TEMPLATES.rows(("current", len(ids)), lambda given: Event.select(
        fn.COALESCE(Event.place, 0), stats_sql.month_key(Event.date_start)).where(Event.id.in_(given)), ids))


def events_of(keys):
    """The events in these (place, month) keys now, and those whose members are in them."""
    clauses = [(Event.place.is_null() if place_key == 0 else (Event.place == place_key))
               & rollup_actors.in_bounds(Event.date_start, rollup_actors.month_bounds(month_key))
               for place_key, month_key in keys]
    found = {row[0] for row in Event.select(Event.id).where(any_of(clauses)).tuples()}
    shape, values = _by_month(keys)
    found.update(row[0] for row in EventRollupMember.select(EventRollupMember.event_id)
                 .where(_of_keys(EventRollupMember, shape, values)).tuples())
    return found


def _by_month(keys):
    """(shape, values) of (first, second) keys grouped by the second: per month (or actor's month), its first keys."""
    grouped = {}
    for first, month_key in keys:
        grouped.setdefault(month_key, []).append(first)
    shape = tuple(len(firsts) for firsts in grouped.values())
    return shape, [value for month_key, firsts in grouped.items() for value in (month_key, *sorted(firsts))]


def sum_members(ids):
    """Delete these events' members and sum them again from the events (an event no longer counted has none)."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        TEMPLATES.execute(("unmember", len(chunk)), lambda given: EventRollupMember.delete().where(
            EventRollupMember.event_id.in_(given)), chunk)
        TEMPLATES.execute(("members", len(chunk)),
                          lambda given: _members_query(summed_query([Event.id.in_(given)], per_event=True)), chunk)


def sum_rows(keys):
    """Delete the rollup's rows of these (place, month) keys and sum them again from their members."""
    keys = sorted(keys)
    for start in range(0, len(keys), CHUNK):
        shape, values = _by_month(keys[start:start + CHUNK])
        TEMPLATES.execute(("drop", shape), lambda given: EventRollup.delete().where(
            _of_keys(EventRollup, shape, given)), values)
        TEMPLATES.execute(("rows", shape), lambda given: _from_members(_of_keys(EventRollupMember, shape, given)),
                          values)


def _within():
    """How precisely a rollup row's events are dated: 3 within their month, 2 their quarter, 1 their year, else 0."""
    r = EventRollup
    levels = [(r.end_month.is_null(False) & (stats_sql.period(interval, r.end_month) == stats_sql.period(interval, r.month)),
               level) for interval, level in (("month", 3), ("quarter", 2), ("year", 1))]
    return Case(None, levels, 0)


# The rollup's rows summed again, per month and `within`, by the column each of these tables is named for: the
# country of the row's place (read when summed), or the type.
AGAIN = {EventRollupCountry: "country", EventRollupType: "type"}


def _columns(model):
    return (AGAIN[model], "month_key", "month", "within")


def summed_again(model, where=None):
    """The rollup's rows summed per `model`'s column, month and `within` (all, or those `where` says)."""
    r = EventRollup
    query = r.select()
    if AGAIN[model] == "country":
        place = Place.alias("rolled_place")
        query, first = query.join_from(r, place, JOIN.LEFT_OUTER, on=(r.place_key == place.id)), place.country
    else:
        first = r.type
    keys = [first, r.month_key, r.month, _within()]
    query = query.select(*(key.alias(name) for key, name in zip(keys, _columns(model))),
                         *(fn.SUM(getattr(r, name)).alias(name) for name in SUMS))
    if where is not None:
        query = query.where(where)
    return query.group_by(*(SQL(str(p)) for p in range(1, len(keys) + 1)))


def _sum_again(model, where=None):
    _sum_again_query(model, where).execute()


def _sum_again_query(model, where=None):
    fields = [getattr(model, name) for name in (*_columns(model), *SUMS)]
    return model.insert_from(summed_again(model, where), fields)


def _most(keys, model):
    """More keys than WHOLE and more than a quarter of `model`'s rows (a migration, a first import): sum everything
    at once rather than key by key. An import's batch into a large database sums only its own."""
    return len(keys) > WHOLE and len(keys) * 4 > model.select().count()


def flush():
    """Sum again the members of the events changed since the last commit, then the rows of their keys, and of the
    keys marked stale that no changed event explains (a migration's: all their events' members first)."""
    rollup_nesting.mark_moved()   # (first: it marks the events below a moved one, and their keys)
    changed = [row[0] for row in TEMPLATES.rows(("changed",), lambda _: EventRollupChanged.select(
        EventRollupChanged.event_id))]
    stale = TEMPLATES.rows(("stale",), lambda _: EventRollupStale.select(EventRollupStale.place_key,
                                                                         EventRollupStale.month_key))
    actor_stale = TEMPLATES.rows(("actor stale",), lambda _: EventRollupActorStale.select(
        EventRollupActorStale.actor_id, EventRollupActorStale.month_key))
    if not (changed or stale or actor_stale):
        return
    if _most(stale, EventRollup) or _most(actor_stale, EventRollupActor) or _most(changed, EventRollupMember):
        rebuild()
        return
    keys, actor_keys = old_keys(changed) | current_keys(changed), \
        rollup_actors.old_keys(changed) | rollup_actors.current_keys(changed)
    more = set()
    loose = [key for key in stale if key not in keys]
    if loose:
        more |= events_of(loose)
    loose = rollup_actors.unexplained(actor_stale, actor_keys)
    if loose:
        more |= rollup_actors.events_of(loose)
    more = sorted(more - set(changed))
    if more:
        keys |= old_keys(more) | current_keys(more)
        actor_keys |= rollup_actors.old_keys(more) | rollup_actors.current_keys(more)
    ids = sorted(changed) + more
    sum_members(ids)
    rollup_actors.sum_members(ids)
    keys |= set(stale)
    actor_keys |= {key for key in actor_stale if key[1] != rollup_actors.EVERY_MONTH}
    sum_rows(keys)
    rollup_actors.sum_rows(actor_keys)
    months = sorted({month_key for _, month_key in keys})
    for start in range(0, len(months), CHUNK):
        chunk = months[start:start + CHUNK]
        for model in AGAIN:
            TEMPLATES.execute(("forget", model.__name__, len(chunk)),
                              lambda given, model=model: model.delete().where(model.month_key.in_(given)), chunk)
            TEMPLATES.execute(("again", model.__name__, len(chunk)),
                              lambda given, model=model: _sum_again_query(model, EventRollup.month_key.in_(given)),
                              chunk)
    for model in (EventRollupStale, EventRollupActorStale, EventRollupChanged):
        TEMPLATES.execute(("clear", model.__name__), lambda _, model=model: model.delete(), [])


def rebuild():
    """The rollup, per place and per actor, summed again from every live event (in the caller's transaction):
    every event's members, then the rows from them."""
    rollup_nesting.clear()   # (everything is summed: nothing below a moved event is left to mark)
    EventRollupMember.delete().execute()
    _members_query(summed_query([], per_event=True)).execute()
    EventRollup.delete().execute()
    _from_members().execute()
    for model in AGAIN:
        model.delete().execute()
        _sum_again(model)
    rollup_actors.rebuild()
    for model in (EventRollupStale, EventRollupActorStale, EventRollupChanged):
        model.delete().execute()


def _rows(query, columns):
    found = {}
    for row in stats_sql.rows(query):
        key = tuple(row[name] for name in columns if name != "month")
        found[key] = tuple(row[name] for name in SUMS)
    return found


def _differing(fresh, kept):
    return sorted((key for key in fresh.keys() | kept.keys() if fresh.get(key) != kept.get(key)),
                  key=lambda key: tuple((value is None, str(value)) for value in key))


def differences():
    """[(place_key, month_key, end_month, type), (country, month_key, within), (type, month_key, within) or
    (actor_id, country, month_key, within, type), or the same with an event's ID first for its members] of the
    rollup's rows that differ from (or are missing from, or are not in) a fresh sum of the events; and how many
    keys are stale (not yet summed, so not read). The rows per country and per type are compared with the rollup's
    own rows summed again: a stale one of those shows as a difference of the rollup's."""
    members = ("event_id", *KEY_COLUMNS)
    fresh_members = _rows(summed_query([], per_event=True), members)
    kept_members = _rows(EventRollupMember.select(*(getattr(EventRollupMember, name) for name in (*members, *SUMS))),
                         members)
    fresh = _rows(summed_query([]), KEY_COLUMNS)
    kept = _rows(EventRollup.select(*(getattr(EventRollup, name) for name in (*KEY_COLUMNS, *SUMS))),
                 KEY_COLUMNS)
    again = [difference for model in AGAIN for difference in _differing(
        _rows(summed_again(model), _columns(model)),
        _rows(model.select(*(getattr(model, name) for name in (*_columns(model), *SUMS))), _columns(model)))]
    return (_differing(fresh, kept) + again + _differing(*rollup_actors.fresh_and_kept())
            + _differing(fresh_members, kept_members) + _differing(*rollup_actors.fresh_and_kept(per_event=True)),
            EventRollupStale.select().count() + EventRollupActorStale.select().count() + rollup_nesting.moved()
            + EventRollupChanged.select().count())


db.BEFORE_COMMIT.append(flush)
