"""The periods of an aggregate grouped by time, and its buckets in their order with the series filled with zeros
(docs/api.md "Aggregates"): shared by GET /v1/events/stats and the other kinds' stats (record_stats.py).

The buckets are laid out on the grid of (value of the other dimension) x (period) in the answer's order, rather
than zero buckets appended and everything sorted: a country x month answer over a million events has some 26,000
buckets, and one sort key (a list of tuples) built per bucket cost more than the rest of the assembly.
"""
import datetime
import itertools
import operator

from schemas.stats import MAX_PERIODS


def period_start(day, interval):
    """The first day of the period holding `day` (as stats_sql.period computes it in the database)."""
    if interval == "week":
        return day - datetime.timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    if interval == "quarter":
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
    if interval == "year":
        return day.replace(month=1, day=1)
    return day


def next_period(day, interval):
    if interval in ("day", "week"):
        return day + datetime.timedelta(days=1 if interval == "day" else 7)
    months = {"month": 1, "quarter": 3, "year": 12}[interval]
    total = day.year * 12 + day.month - 1 + months
    if total // 12 > datetime.MAXYEAR:
        return None
    return datetime.date(total // 12, total % 12 + 1, 1)


def periods(first, last, interval):
    """The first days of the periods from `first`'s to `last`'s (both included)."""
    day, last = period_start(first, interval), period_start(last, interval)
    while day is not None and day <= last:
        yield day
        try:
            day = next_period(day, interval)
        except OverflowError:   # past 9999-12-31
            return


def _ordered(value):
    """A key's place in the answer's order: nulls last; a record by its name, then its ID."""
    if isinstance(value, dict):
        value = value["name"] or "", value["id"]
    return (value is None, value if value is not None else "")


def sort_key(group_by):
    """The answer's order of buckets: by each dimension in group_by's order (see _ordered)."""
    def key(item):
        return [_ordered(item[name]) for name in group_by]
    return key


def _frozen(value):
    return (value["id"],) if isinstance(value, dict) else value


def filled(buckets, group_by, days, sums):
    """The buckets grouped by time (none of them imprecise) in the answer's order, with one of zeros for every
    period in `days` (ISO first days) that has none: for time alone, always (a series of zeros where nothing
    happened); with another dimension, for each of its values that has a bucket. A bucket outside `days` (an
    event starting before date_from) keeps its place, and nothing is filled around it."""
    # Each step maps or sets over all the buckets at once: a Python step per bucket is what would cost.
    other = next((name for name in group_by if name != "time"), None)
    shown_of = operator.itemgetter(other) if other else (lambda bucket: None)
    shown = list(map(shown_of, buckets))
    linked = any(map(isinstance, shown, itertools.repeat(dict)))
    values = list(map(_frozen, shown)) if linked else shown   # a record by its ID: dicts are not hashable
    times = list(map(operator.itemgetter("time"), buckets))
    time_first = group_by[0] == "time"
    by_key = dict(zip(zip(times, values) if time_first else zip(values, times), buckets))
    shown = dict(zip(values, shown)) if other else {None: None}
    values = sorted(shown, key=lambda value: _ordered(shown[value]))
    times = sorted(set(days).union(times))
    grid = (lambda values, times: itertools.product(times, values)) if time_first else itertools.product
    zeros = dict.fromkeys(sums, 0)
    for key in set(grid(values, days)).difference(by_key):
        value, time = key[::-1] if time_first else key
        keys = {other: shown[value], "time": time} if other else {"time": time}
        by_key[key] = {name: keys[name] for name in group_by} | zeros
    return list(filter(None, map(by_key.get, grid(values, times))))


def series(buckets, group_by, first, last, interval, abort_bad, sums):
    """(the buckets dated within one period, zero-filled and in order; the imprecise ones, in order; the first
    and last periods): `first` and `last` are date_from and date_to if given, else the earliest and latest
    bucket's; `sums`: the names of the buckets' sums. Refuses (abort_bad) a series of more than MAX_PERIODS
    periods."""
    times = list(map(operator.itemgetter("time"), buckets))
    dated = list(map(operator.is_not, times, itertools.repeat(None)))
    imprecise = sorted(itertools.compress(buckets, map(operator.not_, dated)), key=sort_key(group_by))
    buckets = list(itertools.compress(buckets, dated))
    days = list(itertools.compress(times, dated))   # 'YYYY-MM-DD': in the order of the days
    first = first or (datetime.date.fromisoformat(min(days)) if days else None)
    last = last or (datetime.date.fromisoformat(max(days)) if days else None)
    if first is None or last is None:
        return filled(buckets, group_by, [], sums), imprecise, first, last   # dates, as given
    days = [day.isoformat() for day in itertools.islice(periods(first, last, interval), MAX_PERIODS + 1)]
    if len(days) > MAX_PERIODS:
        abort_bad("interval", f"The series would have more than {MAX_PERIODS} periods: choose a longer "
                              "interval, or narrow date_from and date_to.")
    return filled(buckets, group_by, days, sums), imprecise, days[0], days[-1]
