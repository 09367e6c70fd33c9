"""Property values (issue 10, props) through every path a record's fields take: each kind that takes them, stored
forms equal to assembled ones, the response schemas, a batch, a JSON Patch, GeoJSON, the filters' refusals, and
generated values of each type read back in their normal form."""
import csv
import io
import json
import math

import pytest
from hypothesis import given, strategies as st

from schemas import vocabularies as vocab
from schemas.actors import ActorOut
from schemas.events import EventOut
from schemas.places import PlaceOut
from schemas.statements import StatementOut
from schemas.treaties import TreatyOut

from test_any_input import examples
from test_properties import CASES, REGIME, declare, value
from test_stored_forms import assert_stored_as_assembled

KINDS = {"actors": (5, ActorOut), "places": (3, PlaceOut), "events": (4, EventOut), "treaties": (1, TreatyOut),
         "statements": (1, StatementOut)}


@pytest.fixture
def everywhere(admin):
    for value_type in CASES:
        declare(admin, f"p_{value_type}", value_type, applies_to=list(KINDS),
                **({"terms": REGIME} if value_type == "term" else {}))
    return admin


def every_type(rank="normal"):
    return [value(f"p_{value_type}", first, rank=rank) for value_type, (first, _, _) in CASES.items()]


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_holds_values_of_every_type_stored_as_assembled(app, everywhere, client, kind):
    record_id, out = KINDS[kind]
    answer = client.patch(f"/v1/{kind}/{record_id}", json={"properties": every_type()})
    assert answer.status_code == 200, answer.get_json()
    record = answer.get_json()
    out().load(record)   # the response schema documents what is served
    assert [item["property"] for item in record["properties"]] == [f"p_{t}" for t in CASES]
    assert_stored_as_assembled(app, client, kind, written=(record_id,))
    # PUT of the record as read changes nothing (the normal form is the stored form)
    kept = client.put(f"/v1/{kind}/{record_id}", json=client.get(f"/v1/{kind}/{record_id}/revisions/"
                                                                  f"{record['version']}").get_json()["data"])
    assert kept.status_code == 200 and kept.get_json()["version"] == record["version"]
    for value_type in CASES:
        found = client.get(f"/v1/{kind}?property=p_{value_type}&limit=500").get_json()["items"]
        assert [item["id"] for item in found] == [record_id]


def test_a_json_patch_adds_one_value_and_a_batch_writes_them(everywhere, client):
    assert client.patch("/v1/events/4", json={"properties": [value("p_boolean", True)]}).status_code == 200
    added = client.patch("/v1/events/4", data=json.dumps([{"op": "add", "path": "/properties/-",
                                                            "value": value("p_words", "Operation Iron Fist")}]),
                         content_type="application/json-patch+json")
    assert added.status_code == 200, added.get_json()
    assert [item["value"] for item in added.get_json()["properties"]] == [True, "Operation Iron Fist"]
    batch = client.post("/v1/batch", json={"operations": [
        {"op": "create", "kind": "actors", "ref": "founder", "data": {"name": "Hasan di Tiro", "kind": "person"}},
        {"op": "create", "kind": "actors", "ref": "group", "data": {
            "name": "Free Aceh Movement", "kind": "non_state_armed_group",
            "properties": [value("p_words", "Gerakan Aceh Merdeka"), value("p_actor", "@founder")]}}]})
    assert batch.status_code == 200, batch.get_json()
    founder, group = [client.get(r["href"]).get_json() for r in batch.get_json()["results"]]
    assert [item["value"] for item in group["properties"]] == ["Gerakan Aceh Merdeka", founder["id"]]
    # an external ID names a record in a link value, as in any ID field
    client.patch(f"/v1/actors/{founder['id']}", json={"external_ids": {"wikidata": "Q361467"}})
    linked = client.patch("/v1/events/4", json={"properties": [value("p_actor", "wikidata:Q361467")]})
    assert linked.status_code == 200, linked.get_json()
    assert linked.get_json()["properties"][0]["value"] == founder["id"]
    unknown = client.patch("/v1/events/4", json={"properties": [value("p_actor", "wikidata:Q1")]})
    assert unknown.status_code == 422 and "value" in unknown.get_json()["errors"]["properties"]["0"]


def test_geojson_and_csv_carry_the_values(everywhere, client):
    client.patch("/v1/events/4", json={"properties": [value("p_term", "martial_law", rank="preferred"),
                                                      value("p_term", "state_of_emergency"),
                                                      value("p_boolean", True, rank="deprecated"),
                                                      value("p_quantity", {"number": 2.5, "unit": "km"})]})
    feature = client.get("/v1/events?format=geojson&property=p_term").get_json()["features"][0]
    assert len(feature["properties"]["properties"]) == 4
    text = client.get("/v1/events?format=csv&property=p_term").get_data(as_text=True)
    row = list(csv.DictReader(io.StringIO(text)))[0]
    assert json.loads(row["properties"]) == {"p_term": ["martial_law"], "p_quantity": [{"number": 2.5, "unit": "km"}]}


def test_a_deprecated_value_is_not_found_by_the_filters(everywhere, client):
    client.patch("/v1/events/4", json={"properties": [value("p_actor", 2, rank="deprecated")]})
    assert client.get("/v1/events?property=p_actor").get_json()["items"] == []
    assert client.get("/v1/events?property.p_actor=2").get_json()["items"] == []


@pytest.mark.parametrize("query, parameter", [
    ("property.nothing=1", "property.nothing"),
    ("property.p_term=curfew", "property.p_term"),
    ("property.p_actor=two", "property.p_actor"),
    ("property.p_boolean=yes", "property.p_boolean"),
    ("property.p_quantity=3", "property.p_quantity"),
    ("property.p_quantity.min=x", "property.p_quantity.min"),
    ("property.p_words.min=3", "property.p_words.min"),
    ("property.p_date.max=2020-13-01", "property.p_date.max"),
])
def test_a_filter_not_of_the_propertys_type_is_a_400_naming_it(everywhere, client, query, parameter):
    answer = client.get(f"/v1/events?{query}")
    assert answer.status_code == 400, answer.get_json()
    assert parameter in json.dumps(answer.get_json()["errors"]), answer.get_json()


def test_filters_by_date_and_by_several_properties(everywhere, client):
    client.patch("/v1/actors/5", json={"properties": [value("p_date", {"date": "1976-10-30"}),
                                                      value("p_term", "martial_law")]})
    client.patch("/v1/actors/6", json={"properties": [value("p_date", {"edtf": "2005-08"})]})
    ids = lambda q: [a["id"] for a in client.get(f"/v1/actors?{q}").get_json()["items"]]   # noqa: E731
    assert ids("property.p_date.min=2000-01-01") == [6]
    assert ids("property.p_date.max=2005-08-10") == [5, 6]
    assert ids("property.p_date.max=1990-01-01&property.p_term=martial_law") == [5]
    assert ids("property=p_date,p_term") == [5, 6]
    assert client.get("/v1/actors?property.p_date.min=2000-01-01&property.p_date.min=1").status_code == 400


QUANTITIES = st.fixed_dictionaries({"unit": st.sampled_from([u for u in vocab.FIGURE_UNITS if u != "money"])}, optional={
    "number": st.integers(min_value=0, max_value=10**9) | st.floats(min_value=0, max_value=1e9, allow_nan=False),
    "qualifier": st.sampled_from(list(vocab.QUALIFIERS))})


@examples(25)
@given(quantity=QUANTITIES, words=st.text(min_size=1, max_size=300).filter(lambda t: t.strip() and "\x00" not in t))
def test_generated_values_read_back_in_their_normal_form(everywhere, client, quantity, words):
    answer = client.patch("/v1/events/4", json={"properties": [value("p_quantity", quantity),
                                                                value("p_words", words)]})
    if "number" not in quantity:
        assert answer.status_code == 422
        assert "number" in answer.get_json()["errors"]["properties"]["0"]["value"]
        return
    assert answer.status_code == 200, answer.get_json()
    shown = answer.get_json()["properties"]
    assert shown[0]["value"]["unit"] == quantity["unit"] and math.isclose(shown[0]["value"]["number"],
                                                                          quantity["number"])
    assert shown[0]["value"].get("qualifier") == quantity.get("qualifier")
    assert shown[1]["value"] == words
    assert client.get("/v1/events/4").get_json()["properties"] == shown
