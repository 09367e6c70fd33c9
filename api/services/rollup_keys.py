"""The rollups' keys and members, shared by the places' and the actors' upkeep (api/services/rollup_members.py,
rollup_actors.py): a month key's bounds as index ranges of event (date_start), how precisely an event is dated
(`within`), keys of (place or actor, month) grouped per month, as statements search them, and a rollup's member
table (migrations/0125) with the rows summed from it."""
import datetime

from peewee import SQL, Case, fn

from .. import stats_sql
from ..models import Event
from ..query_templates import Templates
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


class MemberTable:
    """One rollup's members (migrations/0125) and its rows summed from them, for the places' rollup and the actors'
    alike: `members` holds each member's `member_columns` (its event's ID first, its row's `key_columns` among
    them) and `sums`; `rows` holds the rows, keyed by `key_columns`, found per month by the column `first`
    (place_key or actor_id) and month_key."""

    CHUNK = 100   # events or keys per statement

    def __init__(self, members, rows, key_columns, member_columns, sums, first):
        self.members, self.rows, self.first = members, rows, first
        self.key_columns, self.member_columns, self.sums = key_columns, member_columns, sums
        self.templates = Templates()   # (api/query_templates.py)

    def insert(self, query):
        """The members `query` selects (member_columns, then sums) inserted."""
        return self.members.insert_from(query, [getattr(self.members, name)
                                                for name in (*self.member_columns, *self.sums)])

    def summed(self, where=None):
        """The rows summed from their members (all, or those `where` says), inserted."""
        m = self.members
        query = m.select(*(getattr(m, name) for name in self.key_columns),
                         *(fn.SUM(getattr(m, name)) for name in self.sums))
        if where is not None:
            query = query.where(where)
        query = query.group_by(*(SQL(str(p)) for p in range(1, len(self.key_columns) + 1)))
        return self.rows.insert_from(query, [getattr(self.rows, name) for name in (*self.key_columns, *self.sums)])

    def of(self, ids):
        """These events' members as they stand: {name: value} each, as peewee reads them."""
        m = self.members
        columns = [getattr(m, name) for name in (*self.member_columns, *self.sums)]
        return self.templates.dicts(("members of", len(ids)), columns, lambda given: m.select(*columns).where(
            m.event_id.in_(given)), ids)

    def sum_again(self, ids, summing):
        """Delete these events' members and insert them summed again: `summing(ids)`, the summing query of
        those events (an event no longer counted has none)."""
        for start in range(0, len(ids), self.CHUNK):
            chunk = ids[start:start + self.CHUNK]
            self.templates.execute(("unmember", len(chunk)), lambda given: self.members.delete().where(
                self.members.event_id.in_(given)), chunk)
            self.templates.execute(("members", len(chunk)), lambda given: self.insert(summing(given)), chunk)

    def sum_rows(self, keys):
        """Delete the rows of these (first, month) keys and sum them again from their members."""
        keys = sorted(keys)
        for start in range(0, len(keys), self.CHUNK):
            shape, values = by_month(keys[start:start + self.CHUNK])
            self.templates.execute(("drop", shape), lambda given: self.rows.delete().where(
                self._of(self.rows, shape, given)), values)
            self.templates.execute(("rows", shape), lambda given: self.summed(self._of(self.members, shape, given)),
                                   values)

    def _of(self, model, shape, values):
        return of_keys(getattr(model, self.first), model.month_key, shape, values)

    def rebuild(self, summing):
        """Every member summed again (`summing`: the summing query of every event), then every row."""
        self.members.delete().execute()
        self.insert(summing).execute()
        self.rows.delete().execute()
        self.summed().execute()
