"""Generated: a reported date given by its structured fields, written as EDTF and read back from that text alone,
is the same date (structured -> EDTF -> structured), for the building block and for each record's flat fields."""
import datetime as dt

from hypothesis import given, settings, strategies as st
from marshmallow import ValidationError

from schemas import INPUT_SCHEMAS
from schemas.dates import ReportedDateIn, date_columns, period_end
from schemas.edtf import from_edtf, to_edtf
from suites import examples

from helpers import BODIES

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
TIMES = st.one_of(st.none(), st.times().map(lambda t: t.strftime("%H:%M" if t.second % 2 else "%H:%M:%S")))
OFFSETS = st.sampled_from(["Z", "+02:00", "-05:30", "+14:00", "Europe/Kyiv", "Asia/Kabul", "America/New_York"])


@st.composite
def reported(draw, span, bounds):
    """Structured fields of a valid reported date (as ReportedDateIn's rules have them)."""
    precision = draw(st.sampled_from(["day", "month", "year"]))
    day = draw(DAYS)
    start = {"day": day, "month": day.replace(day=1), "year": day.replace(month=1, day=1)}[precision]
    bound = draw(st.sampled_from([None, *bounds]))
    end = None
    if bound is None and draw(st.booleans()):
        end = period_end(start + dt.timedelta(days=draw(st.integers(0, 800))), precision)
    time = draw(TIMES) if precision == "day" else None
    time_end = draw(TIMES) if end is not None and time and end > start else None
    zone = draw(OFFSETS) if time else None
    return {"date": start, "date_end": end, "precision": precision, "time": time, "time_end": time_end,
            "time_zone": zone, "bound": bound}


def _seconds(time):
    return None if time is None else (time if len(time) == 8 else time + ":00")


def _same_date(given_, parsed, span):
    assert parsed["date"] == given_["date"] and parsed["bound"] == given_["bound"]
    assert parsed["precision"] == given_["precision"]
    assert (parsed["time"], parsed["time_end"]) == (_seconds(given_["time"]), _seconds(given_["time_end"]))
    whole = given_["date_end"] or (None if span or given_["bound"] else period_end(given_["date"], given_["precision"]))
    if whole == given_["date"] and not span:
        whole = None
    assert parsed["date_end"] in ({whole, period_end(given_["date"], given_["precision"])} if span and
                                  given_["date_end"] == period_end(given_["date"], given_["precision"]) else {whole})
    assert (parsed["time_zone"] is None) == (given_["time_zone"] is None)


@settings(max_examples=examples(300), deadline=None)
@given(span=st.booleans(), data=st.data())
def test_the_edtf_text_says_exactly_what_the_fields_say(span, data):
    value = data.draw(reported(span, ["on_or_before", "not_before", "ongoing"]))
    text = to_edtf(**value, span=span)
    parsed = from_edtf(text, span)
    if not _two_offsets(text):
        _same_date(value, parsed, span)
        assert to_edtf(**parsed, span=span) == text   # one spelling: the text read back is written the same
    else:   # a zone name across a change of its clocks: the end is read in the start's offset, same instant
        again = to_edtf(**parsed, span=span)
        assert to_edtf(**from_edtf(again, span), span=span) == again and _instant(again, 1) == _instant(text, 1)


def _two_offsets(text):
    return "/" in text and "T" in text.split("/")[-1] and text.split("/")[0][-6:] != text.split("/")[-1][-6:]


def _instant(text, side):
    return dt.datetime.fromisoformat(text.split("/")[side])


@settings(max_examples=examples(100), deadline=None)
@given(data=st.data())
def test_reported_date_in_reads_its_own_edtf_back(data):
    value = data.draw(reported(False, ["on_or_before", "not_before", "ongoing"]))
    loaded = ReportedDateIn().load({k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in value.items()})
    again = ReportedDateIn().load({"edtf": loaded["edtf"]})
    if _two_offsets(loaded["edtf"]):
        assert _instant(again["edtf"], 1) == _instant(loaded["edtf"], 1)
        return
    assert again["edtf"] == loaded["edtf"]
    assert (again["date"], again["date_end"], again["precision"], again["bound"]) == (
        loaded["date"], loaded["date_end"], loaded["precision"], loaded["bound"])


# kind -> (its date group's structured names in the order of `reported`'s keys, the bounds it takes)
FLAT = {"events": (("date_start", "date_end", "date_precision", "time_start", "time_end", "time_zone", "date_bound"),
                   ["on_or_before", "not_before", "ongoing"], True),
        "statements": (("date", "date_end", "date_precision", "time", None, "time_zone", "date_bound"),
                       ["on_or_before", "not_before"], False)}


@settings(max_examples=examples(150), deadline=None)
@given(kind=st.sampled_from(sorted(FLAT)), data=st.data())
def test_a_records_flat_dates_read_back_from_their_edtf_alone(kind, data):
    names, bounds, span = FLAT[kind]
    value = data.draw(reported(span, bounds))
    if names[4] is None:
        value["time_end"] = None
    schema = INPUT_SCHEMAS[kind]()
    base = {k: v for k, v in BODIES[kind].items() if k not in names}
    structured = {name: (v.isoformat() if isinstance(v, dt.date) else v)
                  for name, v in zip(names, value.values()) if name is not None}
    loaded = schema.load({**base, **structured})
    edtf = loaded["date_edtf"]
    from_text = schema.load({**base, "date_edtf": edtf})
    if _two_offsets(edtf):
        assert _instant(from_text["date_edtf"], 1) == _instant(edtf, 1)
        return
    assert from_text["date_edtf"] == edtf
    for name in names[:3] + (names[6],):
        assert from_text.get(name) == loaded.get(name), name


class SpanDateIn(ReportedDateIn):
    SPAN = True


def test_a_span_keeps_a_same_day_end_apart_from_an_end_not_known():
    one_day = SpanDateIn().load({"date": "2015-02-09", "date_end": "2015-02-09"})
    assert (one_day["date_end"], one_day["edtf"]) == (dt.date(2015, 2, 9), "2015-02-09")
    open_end = SpanDateIn().load({"edtf": "2015-02-09/"})
    assert (open_end["date_end"], open_end["edtf"]) == (None, "2015-02-09/")
    month = SpanDateIn().load({"date": "2015-03-01", "date_end": "2015-03-31", "precision": "month"})
    assert (month["date_end"], month["edtf"]) == (dt.date(2015, 3, 31), "2015-03")
    try:
        SpanDateIn().load({"date": "2015-02-09", "date_end": "2015-02-09", "edtf": "2015-02-09/"})
    except ValidationError as error:
        assert list(error.messages) == ["edtf"]
    else:
        raise AssertionError("an end not known and a one-day span were taken as the same")
    assert date_columns(ReportedDateIn().load({"edtf": "[..2015-02]"})) == (None, dt.date(2015, 2, 28))
    assert date_columns(ReportedDateIn().load({"edtf": "2015"})) == (dt.date(2015, 1, 1), dt.date(2015, 12, 31))
    assert date_columns(SpanDateIn().load({"edtf": "2015-02-09/.."})) == (dt.date(2015, 2, 9), None)
