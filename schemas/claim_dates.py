"""When a claim holds, in the project's date forms, when the reporting gives no day (claims34, migrations/0115;
notes/trials t60 #19 "was cut off there", #28 "said the palace was in their hands", each said some day the report
does not give; t61 #34 "his term ends in January 2004").

- An event's claim takes as_of's bracket (`as_of_end`, the last day, as a figure's since figures28) and an open
  bound (`as_of_bound`: on_or_before, not_before, as a statement's date_bound) beside as_of_precision and
  as_of_part: no day is invented. A control claim needs as_of still: the bracket's first day, or the bound's day.
- A position takes its scheduled end (`scheduled_until`, a reported date), apart from `until`, the day it was held
  until: what is due is not what happened.
The bracket's rule is declared once here (as_of_bracket_problems), for figures and event claims."""
from marshmallow import fields, validates_schema

from .common import one_of
from .dates import ReportedDateIn
from .flatdates import POINT_BOUNDS
from .rule_errors import raise_problems


def as_of_end(description):
    """The last day of as_of's bracket (a figure's: figures28, migrations/0098; an event claim's: claims34)."""
    return fields.Date(allow_none=True, load_default=None, metadata={"description": description})


def as_of_bracket_problems(data):
    """(field, message) of an as_of bracket (as_of_end) or bound (as_of_bound, where declared) that does not fit."""
    end, start = data.get("as_of_end"), data.get("as_of")
    if end is not None:
        if start is None:
            yield "as_of_end", "The last day of as_of's bracket: give as_of (its first day) too."
        elif end <= start:
            yield "as_of_end", "Must be after as_of (one day is as_of alone)."
        for name in ("as_of_precision", "as_of_part", "as_of_time", "as_of_bound"):
            if data.get(name) is not None:
                yield "as_of_end", f"A bracket of days is as_of and as_of_end, without {name}."
    if data.get("as_of_bound") is not None and start is None:
        yield "as_of_bound", "Bounds as_of: give as_of too (the last day it may have held at, with on_or_before)."


class ClaimAsOfFormsMixin:
    """An event claim's as_of_end and as_of_bound; mixed in before StrictSchema."""

    as_of_end = as_of_end(
        "With as_of: the last day of a bracket of days the claim describes the state at, when the reporting does "
        "not say which day ('the palace is in our hands', said on some day from the 1st to the 3rd: as_of the 1st, "
        "as_of_end the 3rd), as a figure's as_of_end. After as_of; not with as_of_precision, as_of_part or "
        "as_of_bound. Null: as_of is one day (or a week, month or year with as_of_precision).")
    as_of_bound = one_of(POINT_BOUNDS, allow_none=True, load_default=None, metadata={
        "description": "An open bound on as_of: on_or_before (the state held on some day up to as_of, which the "
                       "reporting does not give: 'the column was cut off there', undated in a report of that day: "
                       "as_of the report's day, on_or_before), not_before (on or after as_of). Null: as_of is the "
                       "day (or its bracket, week, month or year) itself."})

    @validates_schema(skip_on_field_errors=True)
    def _as_of_forms(self, data, **kwargs):
        raise_problems(as_of_bracket_problems(data))


def scheduled_until():
    return fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "When the position is due to end, as reported, apart from until (the day it was actually "
                       "held until): 'his term ends in January 2004' is {date 2004-01-01, precision month}; a "
                       "reported date, with its bound or bracket ('due to end by June': on_or_before). Null when "
                       "not said. Filter actors with position_scheduled=true."})
