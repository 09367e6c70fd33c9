"""Generated from the declarations: every record date that writes EDTF (a DateGroup of a kind's input schema,
schemas/flatdates.py) says a precision the same way, through the one function that writes EDTF
(schemas/edtf.py to_edtf): a week is its bracket of seven days, as an event's week is, never its first day
alone (trial t29: a source 'published_precision: week' read back published_edtf '1982-01-25', a day). The EDTF
read back, given alone, says the same date again."""
import datetime as dt

import pytest

from schemas import INPUT_SCHEMAS
from schemas.dates import period_end
from schemas.vocabularies import DATE_PRECISIONS

from helpers import BODIES, STRUCTURED_TREATY, created

MONDAY = dt.date(1982, 1, 25)
# Every date of a record that is one moment (not an event's span), by the declarations.
GROUPS = [(kind, group) for kind, schema in INPUT_SCHEMAS.items() if kind in BODIES
          for group in getattr(schema, "DATE_GROUPS", ()) if not group.span and "precision" in group.names]
EXPECTED = {"day": "1982-01-25", "week": "1982-01-25/1982-01-31", "month": "1982-01", "year": "1982"}


def _start(precision):
    return {"day": MONDAY, "week": MONDAY, "month": MONDAY.replace(day=1), "year": MONDAY.replace(month=1, day=1)}[
        precision]


def _body(kind, group, precision, **given):
    body = {**BODIES[kind]}
    for other in INPUT_SCHEMAS[kind].DATE_GROUPS:   # the kind's other dates left out: one precision may serve two
        if other is not group and other.names["date"] in body:
            body[other.names["date"]] = None
    day = _start(precision)
    day = period_end(day, precision) if group.end_of_period else day
    return {**body, group.names["date"]: day.isoformat(), group.names["precision"]: precision, **given}


def test_the_declarations_have_the_dates_of_every_kind():
    names = {(kind, group.names["date"]) for kind, group in GROUPS}
    assert {("sources", "published_date"), ("statements", "date"), ("treaties", "signed_date"),
            ("treaties", "in_force_date"), ("treaties", "ended_date")} <= names


@pytest.mark.parametrize("precision", list(DATE_PRECISIONS))
@pytest.mark.parametrize("kind,group", GROUPS, ids=[f"{k}.{g.names['date']}" for k, g in GROUPS])
def test_a_precision_is_written_as_events_write_it_and_read_back(client, kind, group, precision):
    edtf = group.names["edtf"]
    record = created(client, kind, _body(kind, group, precision))
    assert record[edtf] == EXPECTED[precision]
    assert record[group.names["precision"]] == precision
    # The EDTF alone says the same date again.
    again = {k: v for k, v in _body(kind, group, precision).items()
             if k not in (group.names["date"], group.names["precision"])}
    again = created(client, kind, {**again, edtf: record[edtf]})
    assert again[edtf] == EXPECTED[precision]
    assert again[group.names["date"]] == record[group.names["date"]]


def test_an_event_says_its_week_as_its_days(client):
    event = created(client, "events", {**BODIES["events"], "date_start": "1982-01-25", "date_end": "1982-01-31",
                                       "date_precision": "week"})
    source = created(client, "sources", {**BODIES["sources"], "published_date": "1982-01-25",
                                         "published_precision": "week"})
    assert source["published_edtf"] == event["date_edtf"] == "1982-01-25/1982-01-31"


@pytest.mark.parametrize("precision", list(DATE_PRECISIONS))
def test_a_nested_reported_date_says_a_precision_the_same_way(client, precision):
    """A reported date inside a record (a treaty's status change) is written by the same function."""
    date = {"date": _start(precision).isoformat(), "precision": precision}
    treaty = created(client, "treaties", {**STRUCTURED_TREATY, "status_history": [
        {**STRUCTURED_TREATY["status_history"][0], "date": date}]})
    assert treaty["status_history"][0]["date"]["edtf"] == EXPECTED[precision]


def test_a_week_at_the_calendars_end_is_no_server_error(client):
    response = client.post("/v1/sources", json={**BODIES["sources"], "published_date": "9999-12-30",
                                                 "published_precision": "week"})
    assert response.status_code == 201, response.get_json()
    assert response.get_json()["published_edtf"] == "9999-12-30/9999-12-31"
