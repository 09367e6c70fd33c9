"""Dates at the edges of the calendar (issue 8, L4): 9999-12-31 at month or year precision, and filters at
years 1 and 9999 with any offset, are answered (201, 200) or refused (422, 400), never a 500 from an
overflow in date arithmetic."""
import datetime

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import BODIES, problem
from suites import examples
from schemas import vocabularies as vocab

EDGE_DATES = st.one_of(
    st.dates(min_value=datetime.date(9999, 1, 1)),
    st.dates(max_value=datetime.date(1, 12, 31)),
    st.sampled_from([datetime.date(9999, 12, 31), datetime.date(1, 1, 1), datetime.date(9999, 12, 1)]),
    st.dates(),
)
ON_EVERY_EXAMPLE = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# kind -> (start field, end field, precision field or None)
BRACKETS = {"events": ("date_start", "date_end", "date_precision"),
            "treaties": ("signed_date", "ended_date", "date_precision"),
            "actors": ("valid_from", "valid_to", None)}


def test_the_last_day_of_the_calendar_at_month_precision_is_accepted(client):
    body = {**BODIES["events"], "date_start": "9999-12-01", "date_end": "9999-12-31", "date_precision": "month"}
    response = client.post("/v1/events", json=body)
    assert response.status_code == 201, response.get_json()


def test_a_wrong_last_day_at_month_precision_names_the_field(client):
    body = {**BODIES["events"], "date_start": "9999-12-01", "date_end": "9999-12-30", "date_precision": "month"}
    found = problem(client.post("/v1/events", json=body), 422)
    assert found["errors"] == {"date_end": ["With month precision, must be the last day of a month."]}


@pytest.mark.parametrize("kind", sorted(BRACKETS))
@ON_EVERY_EXAMPLE
@given(start=EDGE_DATES, end=EDGE_DATES, precision=st.sampled_from(sorted(vocab.DATE_PRECISIONS)))
def test_any_date_bracket_is_answered_never_a_500(client, kind, start, end, precision):
    start_field, end_field, precision_field = BRACKETS[kind]
    body = {**BODIES[kind], start_field: start.isoformat(), end_field: end.isoformat()}
    if precision_field:
        body[precision_field] = precision
    response = client.post(f"/v1/{kind}", json=body)
    assert response.status_code in (201, 422), response.get_data(as_text=True)


DATE_FILTERS = {"events": ("date_from", "date_to"), "statements": ("date_from", "date_to"),
                "treaties": ("in_force_on",)}


@pytest.mark.parametrize("kind, name", [(kind, name) for kind, names in DATE_FILTERS.items() for name in names])
@ON_EVERY_EXAMPLE
@given(day=EDGE_DATES)
def test_any_date_filter_is_answered_never_a_500(anonymous, kind, name, day):
    response = anonymous.get(f"/v1/{kind}", query_string={name: day.isoformat()})
    assert response.status_code == 200, response.get_data(as_text=True)


@pytest.mark.parametrize("kind", ["events", "sources"])
@ON_EVERY_EXAMPLE
@given(moment=st.datetimes(min_value=datetime.datetime(1, 1, 1), max_value=datetime.datetime(9999, 12, 31, 23, 59)) |
       st.sampled_from([datetime.datetime(9999, 12, 31, 23, 59), datetime.datetime(1, 1, 1)]),
       offset_minutes=st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59))
def test_updated_since_with_any_offset_is_answered_never_a_500(anonymous, kind, moment, offset_minutes):
    stamp = moment.replace(tzinfo=datetime.timezone(datetime.timedelta(minutes=offset_minutes))).isoformat()
    response = anonymous.get(f"/v1/{kind}", query_string={"updated_since": stamp})
    assert response.status_code in (200, 400), response.get_data(as_text=True)
    if response.status_code == 400:
        assert "updated_since" in problem(response, 400)["errors"]


@pytest.mark.parametrize("stamp", ["9999-12-31T23:00:00-05:00", "0001-01-01T00:30:00+01:00"])
def test_updated_since_outside_utc_range_is_a_400_naming_it(anonymous, stamp):
    found = problem(anonymous.get("/v1/events", query_string={"updated_since": stamp}), 400)
    assert list(found["errors"]) == ["updated_since"]
