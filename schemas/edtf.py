"""EDTF (ISO 8601-2) as this service reads and writes it, and the patterns of times and zones: the text form of
a reported date (schemas/dates.py says which forms, and what each means), to and from the structured fields."""
import calendar
import datetime as dt
import re
import zoneinfo

from marshmallow import ValidationError

from . import vocabularies as vocab

# A clock time; 24:00 is the end of the day (ISO 8601-1:2019/Amd 1:2022): "at 24:00 local time on Monday" is
# Monday's end, the same instant as 00:00 on Tuesday, kept as reported (mend-misc, trial t16).
_CLOCK = r"([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?|24:00(:00)?"
CLOCK = re.compile(rf"^({_CLOCK})$")
# A time field: a clock time, or a part of the day ("that evening"), which EDTF cannot say.
TIME = re.compile(rf"^({_CLOCK}|" + "|".join(vocab.DAY_PARTS) + ")$")
TIME_MESSAGE = ("Must be a time HH:MM or HH:MM:SS (24:00 for the end of the day), or a part of the day: "
                + ", ".join(vocab.DAY_PARTS) + ".")
SPAN_ONLY_BOUNDS = ("open_start", "under_way")   # say something of a span's two ends: not for one moment (a statement, a deadline)


def is_clock(time):
    """Whether a time field's value is a clock time (not a part of the day, not null)."""
    return isinstance(time, str) and CLOCK.fullmatch(time) is not None


def moment(day, time):
    """The naive datetime of a clock time on a day; 24:00 is the next day's 00:00 (the same instant)."""
    if time.startswith("24"):
        return dt.datetime.combine(day + dt.timedelta(days=1), dt.time())
    return dt.datetime.combine(day, dt.time.fromisoformat(time))
OFFSET = re.compile(r"^(Z|[+-](0[0-9]|1[0-4]):[0-5][0-9])$")
_DAY = r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?"
_DATETIME = rf"{_DAY}(?:T(\d{{2}}:\d{{2}}(?::\d{{2}})?)(Z|[+-]\d{{2}}:\d{{2}})?)?"
_POINT = re.compile(rf"^{_DATETIME}$")


def zone_problem(zone):
    """None when `zone` is a UTC offset ("+02:00", "Z") or an IANA zone name ("Europe/Kyiv"), else why not."""
    if OFFSET.fullmatch(zone):
        return None
    try:
        zoneinfo.ZoneInfo(zone)
        return None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return f"'{zone}' is neither a UTC offset such as +02:00 nor a time zone name such as Europe/Kyiv."


def _offset(day, time, zone):
    """The UTC offset text of a local time in a zone on a day ("+02:00"), for the EDTF form."""
    if OFFSET.fullmatch(zone):
        return zone
    local = moment(day, time).replace(tzinfo=zoneinfo.ZoneInfo(zone))
    minutes = int(local.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _point(day, precision, time=None, zone=None):
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    text = day.isoformat()
    if is_clock(time):   # a part of the day has no EDTF form: the day alone
        text += "T" + (time if len(time) == 8 else time + ":00")
        if zone:
            text += _offset(day, time, zone)
    return text


# The unit a part of a month or year is in: a part of a month is given at day precision, of a year at month precision.
COARSER = {"day": "month", "month": "year"}


def last_day(year, month):
    return calendar.monthrange(year, month)[1]


def week_end(day):
    """The last day of the week that starts on `day` (its seventh; the last day there is, near the calendar's end)."""
    return day + dt.timedelta(days=6) if day <= dt.date.max - dt.timedelta(days=6) else dt.date.max


def covers_whole(start, end, precision):
    """Whether [start, end] is exactly one unit of the precision (one month, one year)."""
    if precision == "month":
        return (start.day == 1 and end.year == start.year and end.month == start.month
                and end.day == last_day(end.year, end.month))
    if precision == "year":
        return (start.month, start.day) == (1, 1) and end == dt.date(start.year, 12, 31)
    return start == end


def to_edtf(date, date_end=None, precision="day", time=None, time_end=None, time_zone=None, bound=None,
            span=False, precision_end=None, unit_start=False, unit_end=False):
    """The EDTF text of a reported date. `span`: the thing lasts (an event), so a missing end means the end
    is unknown ("2015-02-09/"); otherwise (a statement, a deadline) a missing end means the same day.
    `precision_end`: how precisely date_end is known when not as `precision` ("from October 2023 until 19
    February 2024": 2023-10/2024-02-19); None for the same. `unit_start`, `unit_end`: write that side as the
    month or year its date is in (COARSER), not as its day or month: a side in a part of a month or year whose
    own day is not reported (schemas/date_parts.py part_units)."""
    if date is None:
        return None
    precision = precision or "day"
    if bound == "on_or_before":
        return f"[..{_point(date, precision, time, time_zone)}]"
    if bound == "not_before":
        return f"[{_point(date, precision, time, time_zone)}..]"
    start_precision = COARSER[precision] if unit_start else precision
    start = _point(date, start_precision, time, time_zone)
    if bound == "ongoing":
        return f"{start}/.."
    if bound == "open_start":
        return f"../{start}"
    if bound == "under_way":
        return None   # EDTF cannot say "going on that day, start and end unknown"
    if date_end is None:
        if precision == "week" and not span:   # a week has no EDTF form: its bracket of days, as a span's
            return f"{date.isoformat()}/{week_end(date).isoformat()}"
        if precision in ("month", "year") and not span:
            return start
        return f"{start}/" if span else start
    end_precision = precision_end or precision
    if end_precision == precision == "week":
        return f"{date.isoformat()}/{date_end.isoformat()}"
    if end_precision == precision and covers_whole(date, date_end, precision) and not time_end:
        return start
    end_precision = COARSER[end_precision] if unit_end else end_precision
    # A week has no EDTF form: its side is written as its day (the bracket of days says the rest).
    start = _point(date, "day" if start_precision == "week" else start_precision, time, time_zone)
    return f"{start}/{_point(date_end, 'day' if end_precision == 'week' else end_precision, time_end, time_zone)}"


def _parse_point(text):
    """EDTF point -> (first day, last day, precision, time, offset); ValueError when not one."""
    match = _POINT.fullmatch(text)
    if not match:
        raise ValueError(text)
    year, month, day, time, offset = match.groups()
    year = int(year)
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year", None, None
    month = int(month)
    if day is None:
        return dt.date(year, month, 1), dt.date(year, month, last_day(year, month)), "month", None, None
    day = dt.date(year, month, int(day))
    if time and not CLOCK.fullmatch(time):
        raise ValueError(text)
    if offset and not OFFSET.fullmatch(offset):
        raise ValueError(text)
    return day, day, "day", time, offset


EDTF_MESSAGE = ("Must be an EDTF date this service reads, one of: 2015-02-15, 2015-02, 2015, "
                "2015-02-15T00:00:00+02:00, 2015-02-10/2015-02-12, 2023-10/2024-02-19, [..2015-02-09], [2015-02-09..], "
                "2015-02-09/.., 2015-02-09/ (end unknown), ../2015-02-09 (start unknown); "
                "see docs/api.md, Dates as reported")


def from_edtf(text, span=False):
    """EDTF text -> the structured fields (date, date_end, precision, time, time_end, time_zone, bound,
    precision_end: the end's own precision when it differs from the start's, else None).

    Raises ValidationError (a message for the edtf field) for text it does not read."""
    try:
        return _from_edtf(text.strip() if isinstance(text, str) else None, span)
    except (ValueError, TypeError, AttributeError):
        raise ValidationError(EDTF_MESSAGE) from None


def _fields(date, date_end, precision, time=None, time_end=None, zone=None, bound=None, precision_end=None):
    return {"date": date, "date_end": date_end, "precision": precision, "time": time, "time_end": time_end,
            "time_zone": zone, "bound": bound, "precision_end": precision_end}


def _from_edtf(text, span):
    if text is None:
        raise ValueError
    if text.startswith("[..") and text.endswith("]"):
        first, last, precision, time, zone = _parse_point(text[3:-1])
        return _fields(first, None, precision, time, None, zone, "on_or_before")
    if text.startswith("[") and text.endswith("..]"):
        first, _, precision, time, zone = _parse_point(text[1:-3])
        return _fields(first, None, precision, time, None, zone, "not_before")
    if text.startswith("../"):   # refused by check() where not a span, with a message saying why
        first, _, precision, time, zone = _parse_point(text[3:])
        return _fields(first, None, precision, time, None, zone, "open_start")
    if "/" not in text:
        first, last, precision, time, zone = _parse_point(text)
        return _fields(first, last if (span or precision != "day") else None, precision, time, None, zone)
    start_text, end_text = text.split("/", 1)
    first, last, precision, time, zone = _parse_point(start_text)
    if end_text == "..":
        return _fields(first, None, precision, time, None, zone, "ongoing")
    if end_text == "":
        if not span:
            raise ValueError(text)
        return _fields(first, None, precision, time, None, zone)
    end_first, end_last, end_precision, time_end, end_zone = _parse_point(end_text)
    if bool(end_zone) != bool(zone) and time and time_end:
        raise ValueError(text)
    if end_zone and zone and end_zone != zone:
        # Two offsets: a zone whose clocks changed in between (summer time). The fields hold one zone, the
        # start's offset, so the end is said in it too: the same instant, on its own day.
        end_last, time_end = _in_offset(end_last, time_end, end_zone, zone)
    return _fields(first, end_last, precision, time, time_end, zone or end_zone,
                   precision_end=None if end_precision == precision else end_precision)


def _in_offset(day, time, offset, wanted):
    """A local day and time at one UTC offset -> the same instant's day and time (HH:MM:SS) at another."""
    def delta(text):
        if text == "Z":
            return dt.timedelta(0)
        sign = 1 if text[0] == "+" else -1
        return sign * dt.timedelta(hours=int(text[1:3]), minutes=int(text[4:6]))
    instant = moment(day, time) - delta(offset) + delta(wanted)
    return instant.date(), instant.time().isoformat()
