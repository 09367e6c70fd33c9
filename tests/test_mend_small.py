"""Two gaps of trial t33 (issue 10, mend-small), through HTTP on the example data: a property value's as_of known
to a week, a month or a year, as a claim's (#75 "annual inflation at nearly 300 percent in May"; migrations/0088),
and a deadline counted back from its anchor, relation `before` (#64 "elections due 60 days before the
transitional period ends"). Written, read back, stored as assembled; bad input a 422 naming the field, changing
nothing."""
import datetime

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from helpers import problem
from schemas import vocabularies as vocab
from schemas.events import EventOut
from test_stored_forms import assert_stored_as_assembled

SOURCE = 1   # the example data's source
EVENT = 4
PRECISIONS = ("week", "month", "year")


@pytest.fixture
def inflation(admin):
    answer = admin.post("/v1/properties", json={
        "name": "annual_inflation_rate", "label": "annual inflation rate", "description": "Annual inflation.",
        "applies_to": ["events", "places"], "value_type": "quantity"})
    assert answer.status_code == 201, answer.get_json()
    return admin


def inflation_value(**extra):
    return {"property": "annual_inflation_rate", "value": {"number": 300, "unit": "percent", "qualifier": "nearly"},
            "source_ids": [SOURCE], **extra}


def first_day(day, precision):
    return {"week": day - datetime.timedelta(days=day.weekday()), "month": day.replace(day=1),
            "year": day.replace(month=1, day=1)}[precision]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(day=st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)),
       precision=st.sampled_from(PRECISIONS + (None,)))
def test_a_property_values_as_of_takes_a_claims_precision(app, inflation, client, day, precision):
    as_of = first_day(day, precision) if precision else day
    answer = client.patch(f"/v1/events/{EVENT}", json={"properties": [
        inflation_value(as_of=as_of.isoformat(), as_of_precision=precision)]})
    assert answer.status_code == 200, answer.get_json()
    EventOut().load(answer.get_json())   # the response schema documents what is served
    shown = answer.get_json()["properties"][0]
    assert (shown["as_of"], shown["as_of_precision"]) == (as_of.isoformat(), precision)
    assert client.get(f"/v1/events/{EVENT}").get_json()["properties"] == [shown]
    assert_stored_as_assembled(app, client, "events", written=(EVENT,))


def test_in_may_reads_back_and_old_values_read_as_a_day(inflation, client):
    plain = client.patch(f"/v1/events/{EVENT}", json={"properties": [inflation_value(as_of="2016-05-12")]})
    assert plain.get_json()["properties"][0]["as_of_precision"] is None
    may = client.patch(f"/v1/events/{EVENT}", json={"properties": [
        inflation_value(as_of="2016-05-01", as_of_precision="month", claimant_id=1)]})
    assert may.status_code == 200, may.get_json()
    record = client.get(f"/v1/events/{EVENT}").get_json()
    assert record["properties"][0]["as_of"] == "2016-05-01" and record["properties"][0]["as_of_precision"] == "month"
    revision = client.get(f"/v1/events/{EVENT}/revisions/{record['version']}").get_json()["data"]
    assert revision["properties"][0]["as_of_precision"] == "month"


@pytest.mark.parametrize("given_value, field", [
    ({"as_of_precision": "month"}, "as_of_precision"),                              # no as_of
    ({"as_of": "2016-05-12", "as_of_precision": "month"}, "as_of"),                 # not the month's first day
    ({"as_of": "2016-05-01", "as_of_precision": "year"}, "as_of"),                  # not the year's first day
    ({"as_of": "2016-05-01", "as_of_precision": "day"}, "as_of_precision"),         # not a precision
    ({"as_of": "2016-05-01", "as_of_precision": "decade"}, "as_of_precision"),
])
def test_a_bad_precision_is_a_422_naming_the_field_and_changes_nothing(inflation, client, given_value, field):
    before = client.get(f"/v1/events/{EVENT}").get_json()
    found = problem(client.patch(f"/v1/events/{EVENT}", json={"properties": [inflation_value(**given_value)]}), 422)
    assert field in found["errors"]["properties"]["0"], found
    assert client.get(f"/v1/events/{EVENT}").get_json() == before


def elections(relation, **deadline):
    return {"name": "Agreement on the Resolution of the Conflict in the Republic of South Sudan",
            "kind": "peace_agreement", "status": "signed", "source_ids": [SOURCE], "provisions": [
                {"key": "unity_government", "type": "power_sharing", "summary": "A transitional government.",
                 "term": {"duration": {"amount": 30, "unit": "months"}}},
                {"key": "elections", "type": "elections", "summary": "Elections before the transition ends.",
                 "deadlines": [{"milestone": "start", "relation": relation, **deadline}]}]}


COUNTED_BACK = {"period": {"amount": 60, "unit": "days"}, "relative_to": "provision_completion",
                "provision_key": "unity_government"}


@pytest.mark.parametrize("relation", list(vocab.DEADLINE_RELATIONS))
def test_every_deadline_relation_is_stored_and_read_back(app, client, relation):
    created = client.post("/v1/treaties", json=elections(relation, **COUNTED_BACK))
    assert created.status_code == 201, created.get_json()
    treaty = created.get_json()
    deadline = treaty["provisions"][1]["deadlines"][0]
    assert (deadline["relation"], deadline["period"]["amount"], deadline["relative_to"]) == (
        relation, 60, "provision_completion")
    assert deadline["provision_key"] == "unity_government"   # a key reads back as written
    assert client.get(f"/v1/treaties/{treaty['id']}").get_json()["provisions"] == treaty["provisions"]
    assert_stored_as_assembled(app, client, "treaties", written=(treaty["id"],))


def test_before_is_a_term_of_the_vocabulary(anonymous):
    terms = anonymous.get("/v1/vocabularies").get_json()
    terms = terms.get("deadline_relations") or terms.get("vocabularies", {}).get("deadline_relations")
    assert "before" in str(terms)


@pytest.mark.parametrize("deadline, field", [
    ({"relation": "prior", **COUNTED_BACK}, "relation"),                         # not a term
    ({"relation": "before", "date": {"date": "2018-01-01"}}, "relation"),       # a dated deadline has no relation
    ({"relation": "before", "period": {"amount": 60, "unit": "days"}}, "relative_to"),   # from what?
])
def test_a_bad_deadline_is_a_422_naming_the_field_and_creates_nothing(client, deadline, field):
    count = client.get("/v1/treaties?limit=500").get_json()["items"]
    found = problem(client.post("/v1/treaties", json=elections(**deadline)), 422)
    assert field in found["errors"]["provisions"]["1"]["deadlines"]["0"], found
    assert client.get("/v1/treaties?limit=500").get_json()["items"] == count
