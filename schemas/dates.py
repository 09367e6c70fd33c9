"""Dates as reporting gives them: a bracket with its precision, an optional time of day in a zone, an open
bound ("on or before the 9th", "not before", "ongoing"), and the same in EDTF (ISO 8601-2) as text.

One building block for every dated thing. New dated parts of a record (deadlines, dated status changes,
participation intervals) nest `ReportedDateIn`; a record's own top-level dates keep flat columns (they are
filtered and sorted on) and use the functions below with their own field names.

The EDTF forms read and written (the subset that maps onto the structured fields, so either form says
exactly the same):

    2015-02-15                      a day                   2015-02 / 2015      a month / a year
    2015-02-15T00:00:00+02:00       a day at a time         2015-02-10/2015-02-12   a bracket (or a span)
    2023-10/2024-02-19              a bracket whose ends are known to different precisions (precision_end)
    [..2015-02-09]                  on or before the 9th    [2015-02-09..]      not before the 9th
    2015-02-09/..                   began then, ongoing     2015-02-09/         began then, end unknown
    ../2015-02-09                   ended then, start unknown (bound open_start; a span only)
    (none)                          under way on the 9th, start and end unknown (bound under_way; a span
                                    only): EDTF has no such form, so the EDTF field is null

Week precision has no EDTF form of its own: it is written as its bracket of days. A time field takes a clock
time (HH:MM, HH:MM:SS) or a part of the day (morning, midday, pm, evening, night: vocab.DAY_PARTS);
EDTF has no part of the day, so the EDTF form of a date with one gives the day only (and no zone).
"""
import datetime as dt
import json

from marshmallow import RAISE, Schema, ValidationError, fields, post_load, pre_load, validate, validates_schema

from . import vocabularies as vocab
from .date_parts import PERIOD_PART, part_end_problems, part_problems, part_units  # noqa: F401 (imported from here too)
from .edtf import (SPAN_ONLY_BOUNDS, TIME, TIME_MESSAGE, covers_whole, from_edtf, is_clock, last_day, to_edtf,
                   zone_problem)
from .lexical import DATE, DATE_MESSAGE, FullMatch, LexicalChecks
from .vocab_dates import NIGHT_THROUGH


# What a nested reported date looks like, said where one is refused (trials t24, t25: "since": "2003" was answered
# only "Invalid input type."; {"date": "2003", "precision": "year"} was not told to give the first day).
SHAPE = ('{"date": "2003-01-01", "precision": "year"} or {"edtf": "2003"} (docs/api.md, Dates as reported: '
         'a day, a bracket, a month, an open bound)')
TYPE_MESSAGE = f"A reported date is an object, such as {SHAPE}."
DAY_MESSAGE = (f"{DATE_MESSAGE} For a month or a year alone ('2003-03', '2003'), give edtf ('2003-03', '2003'), or "
               "the first day with precision month or year: date 2003-01-01 with precision year.")
# A nested reported date whose key is required (an implementation entry's, a status or participation change's):
# null says the reporting gives no date (trial t24: an entry without the key was refused, the docs not saying so).
# (Braces doubled: marshmallow formats a field's messages.)
REQUIRED_MESSAGE = ('Missing: give the reported date ({{"date": "2015-02-24"}}, {{"edtf": "2015-02"}}...), or null '
                    'when the reporting gives no date. The key is required, so that an undated entry says so.')


def text_message(value):
    """The message for a reported date given as text: the object to give instead."""
    shown = json.dumps(value[:40])
    return (f"A reported date is an object, not text: give {{\"edtf\": {shown}}} (EDTF), or the fields, such as "
            f"{SHAPE}.")


def check(date, date_end, precision, time, time_end, zone, bound, names, span=True, precision_end=None, ends=True):
    """Cross-field problems of a reported date -> {field name: [messages]}; `names` maps the structured
    names (date, date_end, precision, time, time_end, time_zone, bound, precision_end) to the caller's field
    names. `precision` None: the caller checks the dates against it; `precision_end` None: date_end is known
    as precisely as date. `ends`: the date has a date_end field (a signature has none)."""
    errors = {}

    def add(key, message):
        errors.setdefault(names[key], []).append(message)

    if date is None:
        if any(v is not None for v in (date_end, time, time_end, bound, precision_end)):
            add("date", "Give the date that these go with.")
        return errors
    if date_end is not None and date_end < date:
        add("date_end", f"Must not be before {names['date']}.")
    if precision_end is not None and date_end is None:
        add("precision_end", f"Says how precisely {names['date_end']} is known: give {names['date_end']} too.")
    end_precision = precision_end or precision
    if precision == "month" and date.day != 1:
        add("date", "With month precision, must be the first day of a month.")
    elif precision == "year" and (date.month, date.day) != (1, 1):
        add("date", "With year precision, must be 1 January.")
    if date_end is not None and end_precision == "month" and date_end.day != last_day(date_end.year, date_end.month):
        add("date_end", "With month precision, must be the last day of a month.")
    elif date_end is not None and end_precision == "year" and (date_end.month, date_end.day) != (12, 31):
        add("date_end", "With year precision, must be 31 December.")
    if bound is not None and date_end is not None:
        add("date_end", f"Leave it out with {names['bound']} {bound}: {names['date']} holds the bound.")
    if time and precision not in (None, "day"):
        add("time", "A time of day needs day precision.")
    if time_end and end_precision not in (None, "day"):
        add("time_end", "A time of day needs day precision" + (f" ({names['precision_end']})." if precision_end else "."))
    if time_end and date_end is None:
        add("time_end", f"Needs {names['date_end']}.")
    if zone and not (time or time_end):
        add("time_zone", "A time zone goes with a time of day (a clock time or a part of the day): give the time too.")
    if bound in SPAN_ONLY_BOUNDS and not span:
        add("bound", f"{bound} is for a span (an event, an event's dates): it says when something that lasted ended.")
    if date_end is not None and is_clock(time) and is_clock(time_end) and date_end == date and time_end < time:
        add("time_end", f"Must not be before {names['time']} on the same day.")
    if time == NIGHT_THROUGH and bound is None and ends and (date_end is None or date_end <= date):
        # a night spans two dates: the evening it began (date) and the morning it ended (events37)
        add("date_end", f"With {names['time']} {NIGHT_THROUGH}, give the day the night ended: a day after "
                        f"{names['date']}.")
    return errors


def not_of_precision(day_text, precision):
    """Whether a date given as text cannot be one of this precision (a month's or a year's first day). Beside EDTF
    that says a month or a year ("2023-10/..") and a part ("late"), a date such as 2023-10-21 is the part's edge
    (part_units): the EDTF's precision is then not the date's, and is not filled in from it."""
    try:
        day = dt.date.fromisoformat(day_text)
    except (TypeError, ValueError):
        return False
    return (precision == "month" and day.day != 1) or (precision == "year" and (day.month, day.day) != (1, 1))


def _edtf_args(values, parts=True):
    """to_edtf's arguments from a date's structured values; `parts`: write a side in a part as its month or year
    (part_units), False for the part's edge as a day or month (how EDTF input spelled it until migrations/0124)."""
    unit_start, unit_end = part_units(
        values.get("date"), values.get("date_end"), values.get("precision"), values.get("part"),
        values.get("part_end"), values.get("bound"), values.get("precision_end")) if parts else (False, False)
    return {"date": values.get("date"), "date_end": values.get("date_end"), "precision": values.get("precision"),
            "time": values.get("time"), "time_end": values.get("time_end"), "time_zone": values.get("time_zone"),
            "bound": values.get("bound"), "precision_end": values.get("precision_end"),
            "unit_start": unit_start, "unit_end": unit_end}


def canonical(values, span=False, parts=True):
    """The EDTF text structured fields say, or None when they say nothing (no date)."""
    return to_edtf(**_edtf_args(values, parts), span=span)


def disagreement(given, values, span=False):
    """None when the EDTF text `given` says what the structured `values` say, else why not (a message).

    Both are compared as the EDTF text each gives, so spellings that mean the same agree: 00:00 and
    00:00:00, a zone name and its offset on that day, a week's bracket and the same days at day precision; and
    a side in a part written as its month or year or as the part's edge ('1982-06/..' or '1982-06-11/..' for
    'since mid-June 1982', part_units)."""
    try:
        said = canonical(from_edtf(given, span), span)
    except ValidationError as error:
        return error.messages[0]
    mine = canonical(values, span)
    if said in (mine, canonical(values, span, parts=False)) or (
            mine is not None and canonical(from_edtf(mine, span), span) == said):
        return None   # (the last: a zone name whose offset changed between start and end, read as one)
    return f"Says {said} but the other fields say {mine}: give one form, or make them agree."


def date_columns(value):
    """A loaded reported date -> (first day, last day) for plain date columns a filter compares: None for a
    side that is open (on_or_before has no first day; not_before and ongoing, no last day)."""
    if value is None or value.get("date") is None:
        return None, None
    start = _as_date(value["date"])
    end = _as_date(value.get("date_end"))
    precision = value.get("precision") or "day"
    bound = value.get("bound")   # (a date_end is stored as its last day whatever its own precision)
    if bound in ("on_or_before", "open_start"):
        return None, period_end(start, precision)
    if bound in ("not_before", "ongoing"):
        return start, None
    if bound == "under_way":
        return None, None   # began at some time before, ended at some time after: both sides open
    return start, end or period_end(start, precision)


def _as_date(value):
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def period_end(day, precision):
    """The last day of the month or year a day stands for at that precision (the day itself otherwise)."""
    if precision == "month":
        return dt.date(day.year, day.month, last_day(day.year, day.month))
    if precision == "year":
        return dt.date(day.year, 12, 31)
    return day


def as_json(value):
    """A loaded reported date -> the dict stored (JSON text in a column) and shown: dates as ISO text."""
    if value is None:
        return None
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in value.items()}


def claimed_days(value):
    """The plain date columns beside a claim's stored `dates` (mend-when, migrations/0054): the first and last day
    it may have happened, which `dates=any` compares with date_from/date_to as an event's own dates are. Null
    first: no earliest day (on_or_before, open_start); null last: runs on (an end not known, not_before, ongoing:
    an event lasts). under_way counts its one day. Both null: the claim gives no date."""
    def day(text):
        return text if isinstance(text, dt.date) or text is None else dt.date.fromisoformat(str(text))
    first = day((value or {}).get("date"))
    if first is None:
        return {"claimed_first": None, "claimed_last": None}
    bound = value.get("bound")
    if bound in ("on_or_before", "open_start"):
        return {"claimed_first": None, "claimed_last": first}
    if bound == "under_way":
        return {"claimed_first": first, "claimed_last": first}
    return {"claimed_first": first, "claimed_last": None if bound else day(value.get("date_end"))}


# Here, after the functions schemas/flatdates.py imports: relative_dates imports common, which imports flatdates.
from .relative_dates import relative_field  # noqa: E402


class ReportedDateIn(LexicalChecks, Schema):
    """A date as the reporting gives it (see the module docstring): give the fields, or `edtf`, or both
    (then they must agree)."""

    class Meta:
        unknown = RAISE
        ordered = True

    error_messages = {"type": TYPE_MESSAGE}   # every nested reported date: "since": 2003 says what to give

    def on_bind_field(self, field_name, field_obj):
        """date and date_end say, when refused, how to give a month or a year alone (as a record's flat dates do)."""
        if field_name in ("date", "date_end"):
            field_obj.spelling = (DATE, DAY_MESSAGE)
        super().on_bind_field(field_name, field_obj)

    date = fields.Date(allow_none=True, metadata={
        "description": "The day, or the first day of the bracket (YYYY-MM-DD); with bound on_or_before, the "
                       "bound itself; with bound open_start, the day it ended. Null only when nothing is known but that there is such a date."})
    date_end = fields.Date(allow_none=True, metadata={
        "description": "The last day of the bracket (YYYY-MM-DD); null for a single day or period. In a span (an "
                       "event claim's dates, a figure's period) null means the end is not known: a span of one day "
                       "gives date_end equal to date."})
    precision = fields.String(validate=validate.OneOf([*vocab.DATE_PRECISIONS, "unknown"]), load_default="day",
                              metadata={
        "description": "How precisely the date is known: day, week, month or year (date_end too, unless "
                       "precision_end says otherwise); unknown when date is null (no date, at most a relative: "
                       "given or not, precision then reads unknown, as an undated event's or statement's "
                       "date_precision does). Day when a date is given without it."})
    precision_end = fields.String(allow_none=True, validate=validate.OneOf(list(vocab.DATE_PRECISIONS)), metadata={
        "description": "How precisely date_end is known when the reporting gives the end more or less precisely than "
                       "the start ('from October 2023 until 19 February 2024': precision month, precision_end "
                       "day; EDTF 2023-10/2024-02-19): day, week, month or year; null when as precision."})
    time = fields.String(allow_none=True, validate=FullMatch(TIME, error=TIME_MESSAGE), metadata={
        "description": "The time of day, local to time_zone: HH:MM or HH:MM:SS, or a part of the day (morning, "
                       "midday, pm (afternoon), evening, night; the EDTF form then gives the day only). With bound "
                       "open_start, the time it ended."})
    time_end = fields.String(allow_none=True, validate=FullMatch(TIME, error=TIME_MESSAGE), metadata={
        "description": "The time of day on date_end: HH:MM or HH:MM:SS, or a part of the day (morning, midday, "
                       "pm, evening, night)."})
    time_zone = fields.String(allow_none=True, validate=validate.Length(max=64), metadata={
        "description": "The zone the times are in: a UTC offset (+02:00, Z) or a time zone name (Europe/Kyiv); "
                       "needs a time (a clock time or a part of the day)."})
    bound = fields.String(allow_none=True, validate=validate.OneOf(list(vocab.DATE_BOUNDS)), metadata={
        "description": "An open bound: on_or_before (by the date), not_before (on or after it), ongoing "
                       "(began then and has not ended), open_start (ended on the date, start not known: a span "
                       "only, such as an event's dates), under_way (going on on the date, start and end both "
                       "unknown: a span only; edtf is then null); null for none."})
    part = fields.String(allow_none=True, validate=PERIOD_PART, metadata={
        "description": "A part of a month or year, as the reporting says it: early, mid or late ('mid-November': "
                       "date and date_end the 11th and 20th, precision day; 'late 2023': September to December, "
                       "precision month). With a bound, date is the part's edge: 'by early January' is "
                       "on_or_before the 10th, 'since late October' ongoing from the 21st. With date_end past the "
                       "part, the start of a span ('from mid-2023': date 2023-05-01, precision month). EDTF has no "
                       "such part: edtf gives the bracket, a bound's edge, or the month or year a span's side is in "
                       "('since late October': 2023-10/..), this field the words. Null for none."})
    part_end = fields.String(allow_none=True, validate=PERIOD_PART, metadata={
        "description": "The part of a month or year date_end is in, when the end is one ('to early 2024': "
                       "date_end 2024-04-30, precision_end or precision month): date_end is the part's last day. "
                       "Null for none."})
    # mend-announce (migrations/0077): "later", "as the rebels advanced", "within weeks of", "in the coming days"
    relative = relative_field("'was later extended' {relation after, anchor previous_entry}; 'as the rebels "
                              "advanced' {during, event, the advance}; 'within weeks' of an event {after, event, "
                              "elapsed {unit weeks, qualifier at_most}}; 'in the coming days' {after, report, "
                              "elapsed {unit days, nearness shortly}}.")
    edtf = fields.String(allow_none=True, validate=validate.Length(max=100), metadata={
        "description": "The same date in EDTF (ISO 8601-2), given in responses (null with bound under_way, which EDTF "
                       "cannot say); as input, an alternative to the fields above (if both are given they must agree)."})

    SPAN = False
    NAMES = {name: name for name in ("date", "date_end", "precision", "precision_end", "time", "time_end", "time_zone",
                                     "bound", "part", "part_end")}

    @pre_load
    def _from_edtf(self, data, **kwargs):
        if isinstance(data, str):   # "since": "2003" (trial t24): say which object to give
            raise ValidationError(text_message(data))
        if not isinstance(data, dict) or not isinstance(data.get("edtf"), str):
            return data
        try:
            parsed = from_edtf(data["edtf"], self.SPAN)
        except ValidationError as error:
            raise ValidationError({"edtf": error.messages}) from None
        # The EDTF form fills the fields left out (as a record's flat dates do: schemas/flatdates.py), so a part
        # of the day, which EDTF cannot say, goes beside it: {"edtf": "../2023-01-12", "time": "evening"}.
        filled = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in parsed.items() if k not in data}
        if "precision" in filled and not_of_precision(data.get("date"), filled["precision"]):
            del filled["precision"]   # the EDTF says the month or year of a part the date is the edge of
        return {**filled, **data}

    @validates_schema(skip_on_field_errors=True)
    def _consistent(self, data, **kwargs):
        errors = check(data.get("date"), data.get("date_end"), data.get("precision"), data.get("time"),
                       data.get("time_end"), data.get("time_zone"), data.get("bound"), self.NAMES, span=self.SPAN,
                       precision_end=data.get("precision_end"))
        problems = part_problems(data.get("date"), data.get("date_end"), data.get("precision"), data.get("part"),
                                 data.get("bound"), data.get("time"), data.get("part_end"))
        if problems:
            errors.setdefault("part", []).extend(problems)
        problems = part_end_problems(data.get("date_end"), data.get("precision_end") or data.get("precision"),
                                     data.get("part_end"), data.get("time_end"))
        if problems:
            errors.setdefault("part_end", []).extend(problems)
        if data.get("precision") == "unknown" and data.get("date") is not None:   # treaties37
            errors.setdefault("precision", []).append(
                "unknown goes with a null date: give the precision of the date given (day, week, month or year).")
        zone = data.get("time_zone")
        if zone and zone_problem(zone):
            errors.setdefault("time_zone", []).append(zone_problem(zone))
        if errors:
            raise ValidationError(errors)
        given = data.get("edtf")
        if given is not None:
            problem = disagreement(given, {k: data.get(k) for k in self.NAMES}, self.SPAN)
            if problem:
                raise ValidationError({"edtf": [problem]})

    @post_load
    def _with_edtf(self, data, **kwargs):
        """Every key present, one spelling of each date (a bracket that is just its one day, month or year has
        no date_end), and the EDTF form beside it."""
        values = {k: data.get(k) for k in self.NAMES}
        if values["date"] is None and values["precision"] == "day":
            values["precision"] = "unknown"   # no date: the default day said a precision nobody gave (treaties37)
        if values["precision_end"] == values["precision"]:
            values["precision_end"] = None   # one spelling: null says "as precision"
        start, end, precision = values["date"], values["date_end"], values["precision"]
        if not self.SPAN and start is not None and end is not None and not values["time_end"] and (
                end == start or (precision in ("month", "year") and covers_whole(start, end, precision))) \
                and values["precision_end"] is None:
            values["date_end"] = None
        values["relative"] = data.get("relative")
        values["edtf"] = to_edtf(**_edtf_args(values), span=self.SPAN)
        return values
