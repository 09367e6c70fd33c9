"""Keeping the events' rollups exact (migrations/0050, 0051, 0080, 0125): in every write's transaction, before it
commits (db.BEFORE_COMMIT), what the write changed is summed again; `rebuild` sums every event; `differences`
compares the rollups with a fresh sum (`conflict-facts db rebuild-rollup [--check]`).

The triggers, not the write paths, notice what changes: an event created, edited, deleted, undeleted, put back
or removed, a figure added, changed or removed, a participant added, moved or removed, a place given another
country, by the API, a batch, an import, a restore or a migration. They mark the events changed
(event_rollup_changed, 0125) and the (place, month) and (actor, month) keys of the rows they touch, before and after
(event_rollup_stale, event_rollup_actor_stale); the events below an event moved are marked at the commit
(api/services/rollup_nesting.py).

At the commit, the changed events' own rows (their members: api/services/rollup_members.py, and the actors' in
rollup_actors.py) are summed again from the events, by the aggregates' own query (api/services/stats.py: the same
live events, the same choice of each event's deaths figures). The rows of their keys, per place, per country, per
type and per actor, then change by the members' difference (api/services/rollup_deltas.py): a create costs the
same in a month of five events or of five thousand. Where that cannot be exact (a fraction of a death), or a key
is stale that no changed event explains (a migration marks every key), the rows of the keys are summed again from
their members, and the rows per country and per type from the rollup's rows of their months.

A place's country or parent is not in the rollup: it is joined at the time of the query (api/services/rollup.py),
except by the rows per country (event_rollup_country) and per actor, which hold the country of the place when
summed; a place's new country marks its events changed.
"""

from peewee import JOIN, SQL, Case, Select, fn

from .. import db, stats_sql
from ..models import (EventRollup, EventRollupActor, EventRollupActorStale, EventRollupChanged, EventRollupCountry,
                      EventRollupMember, EventRollupMoved, EventRollupStale, EventRollupType, Place)
from ..query_templates import Templates
from . import rollup_actors, rollup_deltas, rollup_members, rollup_nesting
from .rollup_members import KEY_COLUMNS, SUMS, summed_query

CHUNK = 100   # months summed again per statement
WHOLE = 2000   # more keys or events than this, and more than a quarter of the rows: sum everything (_most)
TEMPLATES = Templates()   # the statements' text, once per shape of their values (api/query_templates.py)


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


def _pending():
    """Whether a write marked anything (one statement: a transaction that wrote no event, such as a rate limit's
    count, asks no more)."""
    tables = (EventRollupChanged, EventRollupStale, EventRollupActorStale, EventRollupMoved)
    query = lambda _: Select(columns=[fn.EXISTS(table.select(SQL("1"))) for table in tables])  # noqa: E731
    return any(TEMPLATES.rows(("pending",), query)[0])


def flush():
    """Sum again the members of the events changed since the last commit, then the rows of their keys: by the
    members' difference, or from the members (see the module's docstring)."""
    if not _pending():
        return
    rollup_nesting.mark_moved()   # (first: it marks the events below a moved one, and their keys)
    changed = sorted(row[0] for row in TEMPLATES.rows(("changed",), lambda _: EventRollupChanged.select(
        EventRollupChanged.event_id)))
    stale = TEMPLATES.rows(("stale",), lambda _: EventRollupStale.select(EventRollupStale.place_key,
                                                                         EventRollupStale.month_key))
    actor_stale = TEMPLATES.rows(("actor stale",), lambda _: EventRollupActorStale.select(
        EventRollupActorStale.actor_id, EventRollupActorStale.month_key))
    if not (changed or stale or actor_stale):
        return
    if _most(stale, EventRollup) or _most(actor_stale, EventRollupActor) or _most(changed, EventRollupMember):
        rebuild()
        return
    old, old_actors = rollup_members.member_rows(changed), rollup_actors.member_rows(changed)
    keys = rollup_members.keys_of(old) | rollup_members.current_keys(changed)
    actor_keys = rollup_actors.keys_of(old_actors) | rollup_actors.current_keys(changed)
    loose = [key for key in stale if key not in keys]
    loose_actors = rollup_actors.unexplained(actor_stale, actor_keys)
    more = rollup_members.events_of(loose) if loose else set()
    more |= rollup_actors.events_of(loose_actors) if loose_actors else set()
    more = sorted(more - set(changed))
    if more:
        old += rollup_members.member_rows(more)
        old_actors += rollup_actors.member_rows(more)
        keys |= rollup_members.keys_of(old) | rollup_members.current_keys(more)
        actor_keys |= rollup_actors.keys_of(old_actors) | rollup_actors.current_keys(more)
    ids = changed + more
    rollup_members.sum_members(ids)
    rollup_actors.sum_members(ids)
    if loose or loose_actors or not _by_difference(old, rollup_members.member_rows(ids),
                                                   old_actors, rollup_actors.member_rows(ids)):
        keys |= set(stale)
        actor_keys |= {key for key in actor_stale if key[1] != rollup_actors.EVERY_MONTH}
        _sum_rows(keys, actor_keys)
    for model in (EventRollupStale, EventRollupActorStale, EventRollupChanged):
        TEMPLATES.execute(("clear", model.__name__), lambda _, model=model: model.delete(), [])


def _by_difference(old, new, old_actors, new_actors):
    """Add the members' difference to every row it changes; False when that cannot be exact."""
    if not (rollup_deltas.whole(old + new, SUMS) and rollup_deltas.whole(old_actors + new_actors, SUMS)):
        return False
    done = True
    for model, key_names in ((EventRollup, KEY_COLUMNS), (EventRollupCountry, _columns(EventRollupCountry)),
                             (EventRollupType, _columns(EventRollupType))):
        done = done and rollup_deltas.apply(model, key_names, rollup_deltas.differences(old, new, key_names, SUMS),
                                            SUMS)
    key_names = rollup_actors.KEY_COLUMNS
    return done and rollup_deltas.apply(EventRollupActor, key_names, rollup_deltas.differences(
        old_actors, new_actors, key_names, SUMS), SUMS)


def _sum_rows(keys, actor_keys):
    """The rows of these keys summed again from their members, and the rows per country and type of their months
    from the rollup's rows."""
    rollup_members.sum_rows(keys)
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


def rebuild():
    """The rollup, per place and per actor, summed again from every live event (in the caller's transaction):
    every event's members, then the rows from them."""
    rollup_nesting.clear()   # (everything is summed: nothing below a moved event is left to mark)
    rollup_members.rebuild()
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
    members = rollup_members.MEMBER_COLUMNS
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
