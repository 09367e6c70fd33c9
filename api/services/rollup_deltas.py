"""A write's difference added to the rollups' rows (issue 14): a row is the sum of its members (migrations/0125), so
when a write changed some events, each row of their keys changes by the sum of their members after the write less
the sum before it. One UPDATE per row, whatever the number of events the row sums; a row new to the rollup is
inserted, a row left with no event deleted (a fresh sum has no row there).

Only whole numbers are added so: the counts, and the deaths wherever every value involved is a whole number
(nearly always), which floating point adds and takes away exactly. Anything else (a fraction, a row missing that
should be there) answers False, and the upkeep sums the rows again from their members instead
(api/services/rollup_upkeep.py).
"""
from functools import reduce
from operator import and_

from peewee import Value

from ..query_templates import Templates

TEMPLATES = Templates()   # one UPDATE text per table and pattern of null keys (api/query_templates.py)


def whole(rows, sums):
    """Whether every sum of these member rows is a whole number."""
    return all(isinstance(row[name], int) or float(row[name]).is_integer() for row in rows for name in sums)


def differences(old, new, key_names, sums):
    """{key: [the change of each sum]} of the rows that `old` and `new` members belong to (their values of
    `key_names`), with the changes as integers; keys whose sums do not change are left out."""
    totals = {}
    for sign, rows in ((-1, old), (1, new)):
        for row in rows:
            change = totals.setdefault(tuple(row[name] for name in key_names), [0] * len(sums))
            for index, name in enumerate(sums):
                change[index] += sign * int(row[name])
    return {key: change for key, change in totals.items() if any(change)}


def _matching(model, names, nulls, values):
    return reduce(and_, [getattr(model, name).is_null() if name in nulls else (getattr(model, name) == values.pop(0))
                         for name in names])


def apply(model, key_names, changes, sums):
    """Add each key's change to `model`'s row of it; False when a row it takes from is not there (the caller sums
    the rows again, which makes good whatever was added here)."""
    # A row's month follows from its month_key: matched by the other keys, which an index of each table leads with.
    names = [name for name in key_names if name != "month"]
    for key, change in changes.items():
        given = dict(zip(key_names, key))
        nulls = tuple(name for name in names if given[name] is None)
        values = [given[name] for name in names if name not in nulls]

        def add(values, nulls=nulls):
            values = list(values)
            where = _matching(model, names, nulls, values)
            # (the change as given, an integer: no float of the column's, whose text would not be kept)
            return model.update({getattr(model, name): getattr(model, name) + Value(value, converter=False)
                                 for name, value in zip(sums, values)}).where(where)

        if TEMPLATES.execute(("add", model.__name__, nulls), add, values + change).rowcount == 0:
            if change[0] <= 0:   # (sums[0] is `events`) taking from a row that is not there
                return False
            model.insert({**{getattr(model, name): value for name, value in given.items()},
                          **{getattr(model, name): value for name, value in zip(sums, change)}}).execute()
        elif change[0] < 0:
            TEMPLATES.execute(("empty", model.__name__, nulls), lambda values, nulls=nulls: model.delete().where(
                _matching(model, names, nulls, list(values)) & (model.events == 0)), values)
    return True
