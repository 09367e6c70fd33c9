"""A part of a week, month or year as the reporting says it ("late last week", "early March", "mid-November", "late
2023"): the bracket each part stands for, and the checks of a date given with one (schemas/dates.py, an event's
date_part)."""
import calendar
import datetime as dt

from marshmallow import validate

from . import vocabularies as vocab
from .edtf import COARSER, last_day


# A part of a week, month or year (early, mid, late), never of a day: curators tried "pm" and "afternoon" here, and
# the plain "Must be one of" did not say where those go.
PERIOD_PART = validate.OneOf(list(vocab.PERIOD_PARTS), error=(
    "Must be one of: early, mid, late (a part of a week, month or year). A part of the day (morning, afternoon, "
    "evening, night...) goes in the time field: time_start, or time in a statement or a reported date."))


PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, None)}
# claims26 (trial t34 #29 "late last week"): a part of a week, Monday (0) to Sunday (6), as week brackets run
PART_WEEKDAYS = {"early": (0, 1), "mid": (2, 3), "late": (4, 6)}


def part_bracket(day, part, of):
    """The bracket (first day, last day) of a part of a week (`of` week: the Monday-to-Sunday week containing day),
    a month (`of` month) or a year (`of` year) containing day."""
    if of == "week":
        monday, (first, last) = day - dt.timedelta(days=day.weekday()), PART_WEEKDAYS[part]
        return monday + dt.timedelta(days=first), monday + dt.timedelta(days=last)
    if of == "year":
        first, last = PART_MONTHS[part]
        return dt.date(day.year, first, 1), dt.date(day.year, last, last_day(day.year, last))
    first, last = PART_DAYS[part]
    return (dt.date(day.year, day.month, first),
            dt.date(day.year, day.month, last or last_day(day.year, day.month)))


def part_problems(date, date_end, precision, part, bound, time=None, part_end=None, open_end=False):
    """A part of a month or year ('mid-November', 'late 2023', vocab.PERIOD_PARTS): the bracket is the part's
    days (precision day) or months (precision month), and the part says which it is. With an open bound
    (mend-time 2: 'by early January', 'since late October'), date is the part's edge the bound is on: its last
    day (or last month) for on_or_before and open_start, its first for not_before and ongoing. With a date_end
    past the part, the part is the start of a span ('from mid-2023 to early 2024'; the end's own part is
    part_end). `open_end` (an event's own dates): date the part's first day and no date_end
    is the start of a span whose end is not reported ('began in mid-2006', mend-dates2), as a span's start
    without date_end is elsewhere. -> [messages]."""
    if part is None:
        return []
    if date is None:
        return ["Give the date (the part's bracket) that the part goes with."]
    if bound == "under_way" or time is not None:
        return ["A part of a month or year is not with under_way or a time of day."]
    of = {"day": "month", "month": "year"}.get(precision)
    if of is None:
        return ["A part of a month is a bracket of days (precision day); of a year, of months (precision month)."]
    if of == "month" and _week_part(date, date_end, part, bound, part_end):
        return []
    first, last = part_bracket(date, part, of)
    hint = month_reading(date, part, bound) if of == "year" else week_reading(date, part)
    if bound in ("on_or_before", "open_start"):
        edge = last if of == "month" else dt.date(last.year, last.month, 1)
        return [] if date == edge else [f"With bound {bound}, date is the latest day {part} of that {of} can be: "
                                        f"{edge.isoformat()}{' (precision month)' if of == 'year' else ''}.{hint}"]
    if bound is not None:
        return [] if date == first else [f"With bound {bound}, date is the first day {part} of that {of} can be: "
                                         f"{first.isoformat()}.{hint}"]
    if date == first and date_end is not None and (date_end > last or (date_end == last and part_end is None)):
        return []
    if open_end and date == first and date_end is None:
        return []   # began in the part, its end not reported ("began in mid-2006")
    if of == "year" and date.day == 1 and date_end == dt.date(date.year, date.month, last_day(date.year, date.month)):
        # One month given ("1998-12") with a part: a part of that month (trial t37), not of its year.
        return [f"{date.isoformat()[:7]} is one month, and a part at precision month is a part of a year "
                f"(1 January to 31 December), so {part} does not go with it.{hint}"]
    return [f"{part} of that {of} is the bracket {first.isoformat()} to {last.isoformat()}: give it as date "
            f"and date_end (EDTF {first.isoformat()[:10 if of == 'month' else 7]}/"
            f"{last.isoformat()[:10 if of == 'month' else 7]}), or as the start of a span: date its first day, "
            f"date_end past it" + (", or no date_end when the end is not reported." if open_end else ".") + hint]


def part_units(date, date_end, precision, part, part_end, bound, precision_end=None):
    """Which sides of a date given with a part EDTF writes as the month or year the part is in: (start, end),
    for to_edtf's unit_start and unit_end. EDTF has no early, mid or late. A part given as its bracket ('mid-
    November': the 11th to the 20th) or at a bound's edge ('by early January': on or before the 10th) is exactly
    true as it is. But a span that began or ended in a part ('since mid-June', 'from mid-2023', 'to early 2024')
    has no reported first or last day there, and the part's edge written as a day or month would say one
    ('1982-06-11/..': began on the 11th): that side is written as the month (a part of a month) or year (a part
    of a year) it is in, which says no more than the reporting. Both sides in one month or year keep their
    bracket ('from early to mid-June': 2023-06-01/2023-06-20)."""
    start = end = False
    of = COARSER.get(precision)
    if part is not None and date is not None and of is not None and bound in (None, "ongoing", "open_start"):
        first, last = part_bracket(date, part, of)
        if bound == "open_start":
            start = date == (last if of == "month" else dt.date(last.year, last.month, 1))
        else:
            start = date == first and (bound == "ongoing" or date_end is None or date_end > last
                                       or part_end is not None)
    end_precision = precision_end or precision
    end_of = COARSER.get(end_precision)
    if part_end is not None and date_end is not None and end_of is not None and bound is None:
        end = date_end == part_bracket(date_end, part_end, end_of)[1]
    if start and end and _unit(date, of) == _unit(date_end, end_of):
        return False, False
    return start, end


def _unit(day, of):
    return (day.year, day.month) if of == "month" else (day.year,)


def _week_part(date, date_end, part, bound, part_end):
    """Whether date (and date_end) give a part of date's week ('late last week': its Friday to Sunday)."""
    first, last = part_bracket(date, part, "week")
    if bound in ("on_or_before", "open_start"):
        return date == last
    if bound is not None:
        return date == first
    return date == first and (date_end == last or (date_end is not None and date_end > last and part_end is None)
                              or (first == last and date_end is None))


def week_reading(date, part):
    """How to give a part of date's week instead (claims26, trial t34 #29)."""
    first, last = part_bracket(date, part, "week")
    return (f" For {part} in the week of {date.isoformat()} (Monday to Sunday: early Monday-Tuesday, mid "
            f"Wednesday-Thursday, late Friday-Sunday), give date {first.isoformat()} and date_end "
            f"{last.isoformat()}, precision day.")


def month_reading(date, part, bound):
    """A part at precision month is a part of the year; the curator meant a part of date's month ('mid-March',
    trial t25): how to give that (its days at precision day, or the bound's edge)."""
    first, last = part_bracket(date, part, "month")
    said = f"{part}-{calendar.month_name[date.month]} {date.year}"
    if bound in ("on_or_before", "open_start"):
        way = f"date {last.isoformat()} (its last day) with bound {bound}"
    elif bound is not None:
        way = f"date {first.isoformat()} (its first day) with bound {bound}"
    else:
        way = f"date {first.isoformat()} and date_end {last.isoformat()} (EDTF {first.isoformat()}/{last.isoformat()})"
    return (f" For a part of a month ('{said}'), give its days at precision day: {way}, and the part "
            f"{part} (early the 1st to the 10th, mid the 11th to the 20th, late the 21st to the month's end).")


def part_end_problems(date_end, precision, part_end, time_end=None):
    """The part of a month or year a span ended in ('to early 2024', mend-time 2): date_end is the part's last
    day, at the precision of date_end (precision_end, else precision). -> [messages]."""
    if part_end is None:
        return []
    if date_end is None:
        return ["Give date_end (the last day of the part it ended in) that the part goes with."]
    if time_end is not None:
        return ["A part of a month or year is not with a time of day."]
    of = {"day": "month", "month": "year"}.get(precision)
    if of is None:
        return ["A part of a month goes with day precision; of a year, with month precision."]
    last = part_bracket(date_end, part_end, of)[1]
    if of == "month" and date_end == part_bracket(date_end, part_end, "week")[1]:
        return []   # the span ended in a part of a week ('until late last week')
    return [] if date_end == last else [f"date_end is the last day of {part_end} of that {of}: {last.isoformat()}."]
