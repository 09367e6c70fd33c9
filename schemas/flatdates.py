"""A record's own dates as flat fields: the building block of schemas/dates.py spread over a record's columns.

A record's top-level dates are filtered and sorted on, so they keep plain columns (events' date_start,
date_end, date_precision; statements' date; treaties' signed_date, ...) and gain the rest of a reported date
beside them under the record's own names: a time of day, a zone, an open bound, and the EDTF form. A
`DateGroup` maps the structured names of schemas/dates.py (date, date_end, precision, precision_end, time,
time_end, time_zone, bound, edtf) onto those field names; `FlatDates`, a mixin for a record's input schema, then

- reads the EDTF field as input, instead of the structured ones (it fills those left out) or beside them
  (they must say the same: compared as the EDTF text each gives);
- checks each group as ReportedDateIn checks one reported date (bracket order, precision, time needs a
  day, zone needs a time, the bounds the group allows);
- writes the EDTF field on every load, from the structured fields, in its canonical spelling.

`superseded` keeps a merge patch meaningful: a patch giving the EDTF form replaces the stored structured
fields it covers, and one giving structured fields replaces the stored EDTF form.
"""
from dataclasses import dataclass, field

from marshmallow import ValidationError, fields, post_load, pre_load, validate, validates_schema

from . import vocabularies as vocab
from .dates import canonical, check, disagreement, not_of_precision, period_end
from .edtf import EDTF_MESSAGE, TIME, TIME_MESSAGE, from_edtf, week_end, zone_problem
from .lexical import DATE, DATE_MESSAGE, FullMatch

KEYS = ("date", "date_end", "precision", "precision_end", "time", "time_end", "time_zone", "bound")
PART_KEYS = ("part", "part_end")   # the words EDTF cannot say ("mid-June"): their own fields, never read from EDTF
ALL_BOUNDS = ("on_or_before", "not_before", "ongoing", "open_start", "under_way")   # a span (an event)
POINT_BOUNDS = ("on_or_before", "not_before")   # a statement, a signature: made at one time, never "ongoing"
# A record's own date precision: a precision, or unknown with a null date (the reporting gives no date; events
# 0034, statements 0025, treaties and sources fixes25: schemas/common.py unknown_date_problems).
PRECISIONS_OR_UNKNOWN = (*vocab.DATE_PRECISIONS, "unknown")


@dataclass(frozen=True)
class DateGroup:
    """One reported date of a record: structured name -> the record's field name (a structured part the
    group does not have is left out: a statement has no time_end, a signature no date_end)."""

    names: dict
    span: bool = False          # the thing lasts (an event): a null date_end means its end is unknown
    bounds: tuple = POINT_BOUNDS
    aligned: bool = True        # check the date against its precision here (False: another rule does)
    end_of_period: bool = False  # the date column holds the last day of its month or year (an end date)
    whole_bracket: bool = False  # store a month or year as its whole bracket in date_end (filters compare it)
    fixed: dict = field(default_factory=dict)   # structured parts the group has no field for, with their value
    # its precision is null without a date, and day when a date comes without one (a treaty's entry into force:
    # a treaty never in force read "in_force_precision: day", migrations/0033)
    precision_needs_date: bool = False

    def values(self, data):
        """The group's structured values in `data` (its fixed parts where it has no field), and the parts of a
        month or year its sides are in (which the EDTF form is written for: schemas/date_parts.py part_units)."""
        values = {key: (data.get(self.names[key]) if key in self.names else self.fixed.get(key)) for key in KEYS}
        return {**values, **{key: data.get(self.names[key]) if key in self.names else None for key in PART_KEYS}}

    def all_names(self):
        return {key: self.names.get(key, key) for key in (*KEYS, "edtf")}


# --- the fields of a group, declared by the record's schema -------------------------------------------------

def time_field(description):
    return fields.String(allow_none=True, validate=FullMatch(TIME, error=TIME_MESSAGE),
                         metadata={"description": description})


# The spelling of a zone (an offset, or an IANA name such as America/Argentina/Buenos_Aires or Etc/GMT+3) and
# of the EDTF text this service reads; the meaning is checked with the rest of the date (zone_problem, from_edtf).
ZONE_SPELLING = r"^(Z|[+-][0-9]{2}:[0-9]{2}|[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*)$"
EDTF_SPELLING = r"^[0-9T:+Z/.\[\]-]+$"


def zone_field(description="The zone the times are in: a UTC offset (+02:00, Z) or a time zone name "
                           "(Europe/Kyiv); needs a time."):
    return fields.String(allow_none=True, validate=[validate.Length(max=64), FullMatch(
        ZONE_SPELLING, error="Must be a UTC offset such as +02:00 or a time zone name such as Europe/Kyiv.")],
        metadata={"description": description})


def bound_field(bounds, description):
    return fields.String(allow_none=True, validate=validate.OneOf(list(bounds)), metadata={
        "description": description})


def precision_field(description):
    """A record's own date precision (PRECISIONS_OR_UNKNOWN), day when not given."""
    return fields.String(validate=validate.OneOf(list(PRECISIONS_OR_UNKNOWN)), load_default="day",
                         metadata={"description": description})


def optional_precision_field(description):
    """A precision that is null while its date is (a DateGroup with precision_needs_date)."""
    return fields.String(allow_none=True, validate=validate.OneOf(list(vocab.DATE_PRECISIONS)), load_default=None,
                         metadata={"description": description + " Null when the date is (day when a date is given "
                                                                "without it)."})


def end_precision_field(description):
    """How precisely a bracket's end is known when the reporting gives it more or less precisely than the start;
    null (the only spelling of "the same") when as the start's precision."""
    return fields.String(allow_none=True, validate=validate.OneOf(list(vocab.DATE_PRECISIONS)), metadata={
        "description": description + " Null when as precise as the start (a value equal to the start's "
                                     "precision is stored as null)."})


def edtf_field(description):
    return fields.String(allow_none=True, validate=[validate.Length(max=100), FullMatch(
        EDTF_SPELLING, error=EDTF_MESSAGE)], metadata={
        "description": description + " EDTF (ISO 8601-2): given in responses (null with bound under_way, which EDTF cannot say); as "
                                     "input, an alternative "
                                     "to the structured fields (given with them, it must say the same)."})


def _iso(value):
    return value.isoformat() if hasattr(value, "isoformat") else value


def _parsed_for(group, parsed):
    """What EDTF text says, shaped for the group's fields -> (values by field name, problems)."""
    parsed = dict(parsed)
    if "date_end" not in group.names and parsed["date_end"] is not None:
        if (parsed["precision"] == "day" and parsed["precision_end"] is None and parsed["time_end"] is None
                and parsed["date"] != parsed["date_end"] and parsed["date_end"] == week_end(parsed["date"])):
            parsed["precision"] = "week"   # a week is written as its seven days (to_edtf): read it back so
        elif parsed["precision_end"] is not None or (
                parsed["precision"] == "day" and parsed["date_end"] != parsed["date"]):
            return {}, ["A bracket of days does not fit here: give one day, month or year, or an open bound."]
        parsed["date_end"] = None
    if group.end_of_period and parsed["date"] is not None:
        parsed["date"] = period_end(parsed["date"], parsed["precision"])
    values, problems = {}, []
    for key in KEYS:
        if key in group.names:
            values[group.names[key]] = _iso(parsed[key])
        elif parsed[key] not in (None, group.fixed.get(key)):
            problems.append(f"Says more than fits here: no {key} can be given with it.")
    return values, problems


class FlatDates:
    """A mixin for a record's input schema: its DATE_GROUPS read from EDTF, checked and written back as EDTF."""

    DATE_GROUPS = ()

    def on_bind_field(self, field_name, field_obj):
        """A group's day fields say, when refused, how to give a month or a year alone: "2017-03" is no day
        (trial t7 gave a statement's date so, and was not told of date_edtf)."""
        for group in self.DATE_GROUPS:
            if field_name in (group.names.get("date"), group.names.get("date_end")):
                precision = group.names.get("precision", "its precision")
                field_obj.spelling = (DATE, f"{DATE_MESSAGE} For a month or a year alone ('2017-03'), give "
                                            f"{group.names['edtf']} ('2017-03', '2017'), or the first day with "
                                            f"{precision} month or year.")
        super().on_bind_field(field_name, field_obj)

    @pre_load
    def _dates_from_edtf(self, data, **kwargs):
        if not isinstance(data, dict):
            return data
        errors, filled = {}, {}
        for group in self.DATE_GROUPS:
            edtf_name = group.names["edtf"]
            given = data.get(edtf_name)
            if not isinstance(given, str):
                continue
            try:
                values, problems = _parsed_for(group, from_edtf(given, group.span))
            except ValidationError as error:
                errors[edtf_name] = error.messages
                continue
            if problems:
                errors[edtf_name] = problems
                continue
            date_name, precision_name = group.names["date"], group.names.get("precision")
            if precision_name and not_of_precision(data.get(date_name), values.get(precision_name)):
                values.pop(precision_name)   # a part's edge beside the month or year the part is in
            filled.update({name: value for name, value in values.items() if name not in data and name not in filled})
        if errors:
            raise ValidationError(errors)
        return {**data, **filled} if filled else data

    @validates_schema(skip_on_field_errors=False)
    def _check_date_groups(self, data, **kwargs):
        errors = {}
        for group in self.DATE_GROUPS:
            date_name = group.names["date"]
            if date_name not in data and self.fields[date_name].required:
                continue   # "Missing data for required field." says it
            for name, messages in _group_problems(group, data).items():
                errors.setdefault(name, []).extend(messages)
        if errors:
            raise ValidationError(errors)

    @post_load
    def _dates_as_edtf(self, data, **kwargs):
        for group in self.DATE_GROUPS:
            names = group.names
            values = group.values(data)
            start, end, precision = values["date"], values["date_end"], values["precision"] or "day"
            if group.precision_needs_date:
                data[names["precision"]] = values["precision"] = precision if start is not None else None
            if "precision_end" in names and values["precision_end"] == precision:
                data[names["precision_end"]] = values["precision_end"] = None   # one spelling: null is "as precision"
            if "date_end" in names and not group.span and start is not None and not values["time_end"]:
                if end == start and values["precision_end"] is None:
                    data[names["date_end"]] = values["date_end"] = None
                elif (group.whole_bracket and end is None and values["bound"] is None
                      and precision in ("month", "year")):
                    data[names["date_end"]] = values["date_end"] = period_end(start, precision)
            data[names["edtf"]] = canonical(values, group.span)
        return data


def _group_problems(group, data):
    names = group.all_names()
    values = group.values(data)
    if not all(_loaded(values[key]) for key in ("date", "date_end")):
        return {}   # a field error already names it
    precision = values["precision"] or "day"
    errors = check(values["date"], values["date_end"], precision if group.aligned else None, values["time"],
                   values["time_end"], values["time_zone"], values["bound"], names,
                   precision_end=values["precision_end"], ends="date_end" in group.names)
    if not group.aligned and (values["time"] or values["time_end"]) and precision != "day":
        errors.setdefault(names["time"], []).append("A time of day needs day precision.")
    zone = values["time_zone"]
    if isinstance(zone, str) and zone_problem(zone):
        errors.setdefault(names["time_zone"], []).append(zone_problem(zone))
    bound = values["bound"]
    if bound is not None and bound not in group.bounds:
        errors.setdefault(names["bound"], []).append(
            f"Must be one of: {', '.join(group.bounds)} (ongoing, open_start and under_way are for what lasts: an event).")
    given = data.get(names["edtf"])
    if isinstance(given, str) and not errors:
        problem = disagreement(given, values, group.span)
        if problem:
            errors[names["edtf"]] = [problem]
    return errors


def _loaded(value):
    return value is None or hasattr(value, "isoformat")


def superseded(schema_cls, stored, patch):
    """The stored input form a merge patch applies to, less what the patch replaces: for each date group,
    the structured fields when the patch gives the EDTF form alone, the EDTF form when it gives structured
    fields alone."""
    if not isinstance(patch, dict):
        return stored
    form = dict(stored)
    for group in getattr(schema_cls, "DATE_GROUPS", ()):
        edtf_name = group.names["edtf"]
        structured = [name for key, name in group.names.items() if key != "edtf" and key not in PART_KEYS]
        if patch.get(edtf_name) is not None:
            for name in structured:
                if name not in patch:
                    form.pop(name, None)
        elif any(name in patch for name in structured) or edtf_name in patch:
            form.pop(edtf_name, None)
    return form
