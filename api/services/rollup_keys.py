"""The rollups' keys, shared by the places' and the actors' upkeep (api/services/rollup_members.py,
rollup_actors.py): a month key's bounds as index ranges of event (date_start), how precisely an event is dated
(`within`), and keys of (place or actor, month) grouped per month, as statements search them."""
import datetime

from peewee import Case

from .. import stats_sql
from ..models import Event
from ..sql import any_of


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


def within():
    """3 when the event's bracket lies in its month, 2 in its quarter, 1 in its year, else 0: the `within` of the rows
    summed per country, per type and per actor."""
    known = Event.date_end.is_null(False) & Event.date_bound.is_null()
    levels = [(known & (stats_sql.period(interval, Event.date_start) == stats_sql.period(interval, Event.date_end)),
               level) for interval, level in (("month", 3), ("quarter", 2), ("year", 1))]
    return Case(None, levels, 0)


def by_month(keys):
    """(shape, values) of (first, month) keys grouped by month: per month, its first keys (places or actors); the
    shape says how many each, for of_keys and api/query_templates.py."""
    grouped = {}
    for first, month_key in keys:
        grouped.setdefault(month_key, []).append(first)
    shape = tuple(len(firsts) for firsts in grouped.values())
    return shape, [value for month_key, firsts in grouped.items() for value in (month_key, *sorted(firsts))]


def of_keys(first, month_column, shape, values):
    """The rows of by_month's keys, per month its first keys: an index search each of (first, month), where SQLite
    reads every row for a row value IN a list of more than one pair."""
    values, clauses = list(values), []
    for count in shape:
        clauses.append((month_column == values[0]) & first.in_(values[1:1 + count]))
        del values[:1 + count]
    return any_of(clauses)
