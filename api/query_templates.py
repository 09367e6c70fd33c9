"""Peewee queries composed once per shape, their SQL text run again with new values.

The rollups' upkeep (api/services/rollup_upkeep.py, rollup_actors.py) sums again, before every write commits, the
(place, month) and (actor, month) keys the write touched, with the aggregates' own summing query: three common
table expressions and an OR of index ranges. Peewee took about 2 ms to compose that text for one key, SQLite 0.06 ms
to run it, and a create of an event paid it four times (docs/performance.md, "Writes since the issue"). The text
depends only on the shape of the keys (how many, which are null), so it is composed once per shape and run again
with the new values in place of the old.

How: the query is first built with a stand-in for each value (a number, date or text no record holds), and the
positions where each stand-in lands among peewee's parameters are noted. Before a shape's text is kept, it is
checked against peewee composing the same query with the real values: the same text, and the same parameters
once filled. A shape that fails the check is never kept (peewee composes it every time, as before).
"""
import datetime
import threading

from . import db

_SENTINEL_INT = -(10 ** 15)
_SENTINEL_DAY = datetime.date(1, 1, 1)


def _stand_in(value, index):
    """A value no record holds, of the type of `value`, distinct for each `index`; None when there is none."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return _SENTINEL_INT - index
    if isinstance(value, float):
        return _SENTINEL_INT - index - 0.5
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return _SENTINEL_DAY + datetime.timedelta(days=index)
    if isinstance(value, str):
        return f"\x1fvalue {index}\x1f"
    return None


class Templates:
    """Each shape's (SQL text, parameters, slots), per engine. `execute(shape, build, values)` runs
    `build(values)`, a peewee query whose text depends only on `shape`, as its kept text when it has one, and
    returns the driver's cursor."""

    # A write's own keys are a few; an import's batch marks a hundred at a time, in shapes that seldom recur: those
    # are composed each time, as before, and the kept shapes stay few (a worker's memory does not grow with them).
    MOST_VALUES = 32
    MOST_SHAPES = 256

    def __init__(self):
        self._kept = {}
        self._lock = threading.Lock()

    def execute(self, shape, build, values):
        key = (db.is_sqlite(), shape)
        kept = self._kept.get(key)
        if kept is None and (len(values) > self.MOST_VALUES or len(self._kept) >= self.MOST_SHAPES):
            kept = False
        elif kept is None:
            kept = self._compose(build, values)
            with self._lock:
                self._kept[key] = kept
            if kept:
                return db.database.execute_sql(*kept[0])   # (checked: the real values' own text and parameters)
        if not kept:
            return db.database.execute_sql(*build(values).sql())
        (sql, _), template, slots = kept
        params = list(template)
        for position, index in slots:
            params[position] = values[index]
        return db.database.execute_sql(sql, params)

    def rows(self, shape, build, values=()):
        """The rows `build(values)` selects, by its kept text as `execute` runs it."""
        return self.execute(shape, build, list(values)).fetchall()

    def dicts(self, shape, columns, build, values=()):
        """The rows `build(values)` selects (its `columns`, model fields, in order) as {field name: value}, each
        value as peewee reads it (a date is a date on both engines)."""
        return [{column.name: column.python_value(value) for column, value in zip(columns, row)}
                for row in self.rows(shape, build, values)]

    @staticmethod
    def _compose(build, values):
        """((text, parameters) for `values`, the parameters' template, [(position, index of the value)]); False
        when the shape cannot be kept (a value with no stand-in, a stand-in lost or seen where it was not put,
        or the filled template not what peewee composes)."""
        stand_ins = [_stand_in(value, index) for index, value in enumerate(values)]
        if any(s is None for s in stand_ins):
            return False
        sql, template = build(stand_ins).sql()
        where = {(type(s), s): index for index, s in enumerate(stand_ins)}
        slots = [(position, where[(type(p), p)]) for position, p in enumerate(template) if (type(p), p) in where]
        if {index for _, index in slots} != set(range(len(values))):
            return False
        real = build(values).sql()
        params = list(template)
        for position, index in slots:
            params[position] = values[index]
        if real[0] != sql or list(real[1]) != params:
            return False
        return real, tuple(template), tuple(slots)
