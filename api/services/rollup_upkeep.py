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
from ..models import (Event, EventRollup, EventRollupActorStale, EventRollupCountry, EventRollupStale, EventRollupType,
                      Place)
from ..models.rollup import NESTING
from ..query_templates import Templates
from ..sql import any_of
from . import rollup_actors, rollup_nesting, stats

KEY_COLUMNS = ("place_key", "month_key", "month", "end_month", "type")
SUMS = (*stats.SUMS, *NESTING)   # what each row sums: the buckets' sums, then the nested events' (0072)
CHUNK = 100   # stale keys summed again per statement (an OR of index ranges of event (place_id, date_start))
# More stale keys than this, and more than a quarter of the rollup's rows (a migration, a first import): sum every
# event at once, rather than key by key. An import's batch into a large database sums only its keys.
WHOLE = 2000
TEMPLATES = Templates()   # the summing statements' text, once per shape of the stale keys


def _end_month():
    """The month of date_end, when the event has one that is not an open bound (stats_dimensions.precise_period)."""
    known = Event.date_end.is_null(False) & Event.date_bound.is_null()
    return Case(None, [(known, stats_sql.period("month", Event.date_end))], None)


def summed_query(clauses):
    """The rollup's rows of the live events matching `clauses`, as stats.grouped_query sums them, and of them
    the events part of another live event (stats.nested_walk) and their deaths."""
    counted = stats._clauses({})
    clauses = counted + clauses
    ranked, deaths = stats._event_deaths(clauses, None)
    walk, nested = stats.nested_walk(clauses, counted)
    keys = [fn.COALESCE(Event.place, 0), stats_sql.month_key(Event.date_start), stats_sql.period("month", Event.date_start),
            _end_month(), Event.type]
    inside = nested.c.event_id.is_null(False)
    query = (Event.select(*(key.alias(name) for key, name in zip(keys, KEY_COLUMNS)), *stats._sums(deaths),
                          *stats.nesting_sums(inside, deaths))
             .join_from(Event, deaths, JOIN.LEFT_OUTER, on=(deaths.c.event_id == Event.id))
             .join_from(Event, nested, JOIN.LEFT_OUTER, on=(nested.c.event_id == Event.id)))
    query = stats._filtered(query, clauses)
    return (query.group_by(*(SQL(str(p)) for p in range(1, len(keys) + 1)))
            .with_cte(ranked, deaths, walk, nested))


def _insert(query):
    _insert_query(query).execute()


def _insert_query(query):
    fields = [getattr(EventRollup, name) for name in (*KEY_COLUMNS, *SUMS)]
    return EventRollup.insert_from(query, fields)


def _of_keys(chunk):
    """The rollup's rows of these (place, month) keys, per month its places: an index search each, where SQLite
    reads every row for a row value IN a list of more than one pair."""
    places = {}
    for place_key, month_key in chunk:
        places.setdefault(month_key, []).append(place_key)
    return any_of((EventRollup.month_key == month_key) & EventRollup.place_key.in_(keys)
                  for month_key, keys in places.items())


def _sum_keys(chunk):
    """Sum again the rows of these (place, month) keys, by a statement whose text is kept per shape of the keys
    (which places are null, how many bounds each month has: api/query_templates.py)."""
    shape = tuple((place_key == 0, len(rollup_actors.month_bounds(month_key))) for place_key, month_key in chunk)
    values = [value for place_key, month_key in chunk
              for value in ((() if place_key == 0 else (place_key,)) + rollup_actors.month_bounds(month_key))]
    TEMPLATES.execute(("places", shape), lambda given: _summing(shape, given), values)


def _summing(shape, values):
    values, clauses = list(values), []
    for null_place, bounds_count in shape:
        place = Event.place.is_null() if null_place else (Event.place == values.pop(0))
        bounds = tuple(values[:bounds_count])
        del values[:bounds_count]
        clauses.append(place & rollup_actors.in_bounds(Event.date_start, bounds))
    return _insert_query(summed_query([any_of(clauses)]))


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


def flush():
    """Sum again the keys marked stale since the last commit, and clear them."""
    rollup_nesting.mark_moved()   # (first: it marks the keys of the events below a moved one stale)
    rollup_actors.flush()
    stale = list(EventRollupStale.select(EventRollupStale.place_key, EventRollupStale.month_key).tuples())
    if not stale:
        return
    if len(stale) > WHOLE and len(stale) * 4 > EventRollup.select().count():   # most of it: sum it all
        _rebuild_places()
        return
    for start in range(0, len(stale), CHUNK):
        chunk = stale[start:start + CHUNK]
        EventRollup.delete().where(_of_keys(chunk)).execute()
        _sum_keys(chunk)
    months = sorted({month_key for _, month_key in stale})
    for start in range(0, len(months), CHUNK):
        chunk = months[start:start + CHUNK]
        for model in AGAIN:
            model.delete().where(model.month_key.in_(chunk)).execute()
            TEMPLATES.execute(("again", model.__name__, len(chunk)),
                              lambda given, model=model: _sum_again_query(model, EventRollup.month_key.in_(given)),
                              chunk)
    EventRollupStale.delete().execute()


def rebuild():
    """The rollup, per place and per actor, summed again from every live event (in the caller's transaction)."""
    rollup_nesting.clear()   # (everything is summed: nothing below a moved event is left to mark)
    _rebuild_places()
    rollup_actors.rebuild()


def _rebuild_places():
    EventRollup.delete().execute()
    _insert(summed_query([]))
    for model in AGAIN:
        model.delete().execute()
        _sum_again(model)
    EventRollupStale.delete().execute()


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
    (actor_id, country, month_key, within, type)] of the rollup's rows that differ
    from (or are missing from, or are not in) a fresh sum of the events; and how many keys are stale (not yet
    summed, so not read). The rows per country and per type are compared with the rollup's own rows summed again:
    a stale one of those shows as a difference of the rollup's."""
    fresh = _rows(summed_query([]), KEY_COLUMNS)
    kept = _rows(EventRollup.select(*(getattr(EventRollup, name) for name in (*KEY_COLUMNS, *SUMS))),
                 KEY_COLUMNS)
    again = [difference for model in AGAIN for difference in _differing(
        _rows(summed_again(model), _columns(model)),
        _rows(model.select(*(getattr(model, name) for name in (*_columns(model), *SUMS))), _columns(model)))]
    return (_differing(fresh, kept) + again + _differing(*rollup_actors.fresh_and_kept()),
            EventRollupStale.select().count() + EventRollupActorStale.select().count() + rollup_nesting.moved())


db.BEFORE_COMMIT.append(flush)
