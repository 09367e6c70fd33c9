"""The registry of properties and the values records hold (issue 10, props; docs/api.md "Properties"): the
registry's routes and their refusals, values of every type written, read back, filtered, patched, revised,
restored and exported, and values that do not fit their property refused with a 422 naming the field, changing
nothing. Driven through HTTP on the example data."""
import csv
import io
import json

import pytest

SOURCE = 1   # the example data's source


def declare(admin, name, value_type, applies_to=("events", "actors", "treaties", "statements"), **extra):
    body = {"name": name, "label": name.replace("_", " "), "description": f"What {name} means.",
            "applies_to": list(applies_to), "value_type": value_type, **extra}
    answer = admin.post("/v1/properties", json=body)
    assert answer.status_code == 201, answer.get_json()
    return answer.get_json()


def value(prop, given, **extra):
    return {"property": prop, "value": given, "source_ids": [SOURCE], **extra}


REGIME = [{"term": "martial_law", "description": "Martial law declared."},
          {"term": "state_of_emergency", "description": "A state of emergency."}]

# value type -> (a property of it, a value, a second value, a value of the wrong type)
CASES = {
    "actor": (2, 3, "Azerbaijan"),
    "place": (3, 2, True),
    "event": (1, 2, {"date": "2020-01-01"}),
    "treaty": (1, 1, "x"),
    "statement": (1, 2, 1.5),
    "source": (1, 1, "one"),
    "term": ("martial_law", "state_of_emergency", "curfew"),
    "quantity": ({"number": 70, "unit": "percent", "qualifier": "about"}, {"low": 10, "high": 20, "unit": "km"},
                 {"number": 3}),
    "date": ({"date": "1976-10-30"}, {"edtf": "2005-08"}, {"date": "yesterday"}),
    "boolean": (True, False, "yes"),
    "words": ("Free Aceh Movement", "Gerakan Aceh Merdeka", 7),
}


@pytest.fixture
def registry(admin):
    for value_type in CASES:
        declare(admin, f"p_{value_type}", value_type, **({"terms": REGIME} if value_type == "term" else {}))
    return admin


def test_the_registry_declares_lists_reads_patches_and_deletes(admin, anonymous):
    made = declare(admin, "founded_by", "actor", applies_to=["actors"])
    assert made["href"] == "/v1/properties/founded_by" and made["used"] == 0 and made["terms"] is None
    assert anonymous.get("/v1/properties/founded_by").get_json()["value_type"] == "actor"
    assert [p["name"] for p in anonymous.get("/v1/properties").get_json()["items"]] == ["founded_by"]
    assert anonymous.get("/v1/properties?applies_to=events").get_json()["items"] == []
    patched = admin.patch("/v1/properties/founded_by", json={"label": "founder", "applies_to": ["actors", "events"]})
    assert patched.status_code == 200 and patched.get_json()["label"] == "founder"
    assert admin.patch("/v1/properties/founded_by", json={"value_type": "place"}).get_json()["value_type"] == "place"
    assert admin.delete("/v1/properties/founded_by").status_code == 204
    assert anonymous.get("/v1/properties/founded_by").status_code == 404


def test_the_registry_refuses(admin, client, anonymous):
    declare(admin, "founded_by", "actor", applies_to=["actors"])
    body = {"name": "founded_by", "label": "x", "description": "x", "applies_to": ["actors"], "value_type": "actor"}
    assert admin.post("/v1/properties", json=body).status_code == 409
    assert client.post("/v1/properties", json={**body, "name": "other"}).status_code == 403
    assert anonymous.post("/v1/properties", json={**body, "name": "other"}).status_code == 401
    assert client.patch("/v1/properties/founded_by", json={"label": "x"}).status_code == 403
    assert client.delete("/v1/properties/founded_by").status_code == 403
    assert anonymous.delete("/v1/properties/founded_by").status_code == 401
    assert admin.delete("/v1/properties/nothing").status_code == 404
    for wrong, field in (({"name": "Founded By"}, "name"), ({"value_type": "colour"}, "value_type"),
                         ({"applies_to": ["sources"]}, "applies_to"), ({"description": ""}, "description"),
                         ({"value_type": "term"}, "terms"), ({"terms": REGIME}, "terms"),
                         ({"name": "kind"}, "name"), ({"name": "parent"}, "name")):
        answer = admin.post("/v1/properties", json={**body, "name": "other", **wrong})
        assert answer.status_code == 422 and field in answer.get_json()["errors"], (wrong, answer.get_json())
    assert admin.patch("/v1/properties/nothing", json={"label": "x"}).status_code == 404
    assert admin.patch("/v1/properties/founded_by", json={"name": "x"}).status_code == 422


@pytest.mark.parametrize("value_type", list(CASES))
def test_values_of_every_type_are_written_read_filtered_and_patched(registry, client, value_type):
    first, second, wrong = CASES[value_type]
    prop = f"p_{value_type}"
    answer = client.patch("/v1/events/4", json={"properties": [value(prop, first, claimant_id=2, rank="preferred")]})
    assert answer.status_code == 200, answer.get_json()
    shown = answer.get_json()["properties"]
    assert len(shown) == 1 and shown[0]["property"] == prop and shown[0]["claimant"] == 2
    assert shown[0]["rank"] == "preferred" and shown[0]["sources"] == [SOURCE]
    if value_type not in ("date",):
        assert shown[0]["value"] == first
    else:
        assert shown[0]["value"]["date"] == first["date"]
    assert client.get("/v1/events/4").get_json()["properties"] == shown
    assert [e["id"] for e in client.get(f"/v1/events?property={prop}").get_json()["items"]] == [4]
    if value_type in ("actor", "place", "event", "treaty", "statement", "source", "term", "words", "boolean"):
        given = json.dumps(first) if isinstance(first, bool) else first
        assert [e["id"] for e in client.get(f"/v1/events?property.{prop}={given}").get_json()["items"]] == [4]
        other = json.dumps(second) if isinstance(second, bool) else second
        if second != first:
            assert client.get(f"/v1/events?property.{prop}={other}").get_json()["items"] == []
    # two competing values, then one wrong: 422 naming the value, and nothing changes
    both = client.patch("/v1/events/4", json={"properties": [value(prop, first, claimant_id=2), value(prop, second,
                                                                                                    claimant_id=1)]})
    assert both.status_code == 200 and len(both.get_json()["properties"]) == 2
    before = client.get("/v1/events/4").get_json()
    refused = client.patch("/v1/events/4", json={"properties": [value(prop, first), value(prop, wrong)]})
    assert refused.status_code == 422, refused.get_json()
    assert "value" in refused.get_json()["errors"]["properties"]["1"], refused.get_json()
    assert client.get("/v1/events/4").get_json() == before


def test_quantity_filters_the_csv_column_fields_and_stats(registry, client):
    for event_id, number in ((4, 70), (3, 30)):
        assert client.patch(f"/v1/events/{event_id}", json={"properties": [
            value("p_quantity", {"number": number, "unit": "percent"}, rank="preferred")]}).status_code == 200
    found = client.get("/v1/events?property.p_quantity.min=50").get_json()["items"]
    assert [e["id"] for e in found] == [4]
    assert [e["id"] for e in client.get("/v1/events?property.p_quantity.max=50").get_json()["items"]] == [3]
    text = client.get("/v1/events?format=csv&property=p_quantity&sort=id").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [json.loads(row["properties"]) for row in rows] == [{"p_quantity": [{"number": 30, "unit": "percent"}]},
                                                               {"p_quantity": [{"number": 70, "unit": "percent"}]}]
    only = client.get("/v1/events/4?fields=properties").get_json()
    assert set(only) == {"id", "href", "properties"}
    stats = client.get("/v1/events/stats?group_by=type&property.p_quantity.min=50")
    assert stats.status_code == 200, stats.get_json()
    assert stats.get_json()["totals"]["events"] == 1


def test_values_are_refused_where_they_do_not_fit(registry, admin, client, dump):
    declare(admin, "founded_by", "actor", applies_to=["actors"])
    before = dump()
    for body, field in (
            ({"properties": [value("no_such", 1)]}, "property"),
            ({"properties": [value("founded_by", 1)]}, "property"),   # applies to actors, not events
            ({"properties": [value("p_actor", 999999)]}, "value"),   # no such actor
            ({"properties": [value("p_term", "curfew")]}, "value"),
            ({"properties": [value("p_words", "x" * 301)]}, "value"),
            ({"properties": [value("p_quantity", {"number": 1, "unit": "parsecs"})]}, "value"),
            ({"properties": [{"property": "p_boolean", "value": True}]}, "source_ids"),
            ({"properties": [value("p_boolean", None)]}, "value"),
            ({"properties": [value("p_boolean", True, rank="best")]}, "rank")):
        answer = client.patch("/v1/events/4", json=body)
        assert answer.status_code == 422, (body, answer.get_json())
        assert field in answer.get_json()["errors"]["properties"]["0"], (body, answer.get_json())
    assert dump() == before


def test_a_property_in_use_is_kept(registry, admin, client):
    assert client.patch("/v1/actors/5", json={"properties": [value("p_term", "martial_law")]}).status_code == 200
    refused = admin.delete("/v1/properties/p_term")
    assert refused.status_code == 409
    assert refused.get_json()["referenced_by"] == [{"kind": "actors", "id": 5, "href": "/v1/actors/5"}]
    assert admin.patch("/v1/properties/p_term", json={"value_type": "words"}).status_code == 409
    assert admin.patch("/v1/properties/p_term", json={"terms": REGIME[1:]}).status_code == 409
    assert admin.patch("/v1/properties/p_term", json={"applies_to": ["events"]}).status_code == 409
    added = admin.patch("/v1/properties/p_term", json={"terms": REGIME + [{"term": "curfew", "description": "A curfew."}]})
    assert added.status_code == 200 and added.get_json()["used"] == 1
    assert client.patch("/v1/actors/5", json={"properties": [value("p_term", "curfew")]}).status_code == 200
    assert admin.patch("/v1/properties/p_term", json={"terms": REGIME[1:] + added.get_json()["terms"][2:]}
                       ).status_code == 200   # martial_law is no longer used
    assert client.patch("/v1/actors/5", json={"properties": []}).status_code == 200
    assert admin.delete("/v1/properties/p_term").status_code == 204


def test_a_record_a_value_links_to_is_kept(registry, client):
    assert client.patch("/v1/treaties/1", json={"properties": [value("p_actor", 4)]}).status_code == 200
    refused = client.delete("/v1/actors/4")
    assert refused.status_code == 409
    assert {"kind": "treaties", "id": 1} in [{k: r[k] for k in ("kind", "id")} for r in refused.get_json()["referenced_by"]]


def test_revisions_restore_and_as_of(registry, client, admin):
    first = client.patch("/v1/statements/1", json={"properties": [value("p_words", "Operation Iron Fist")]})
    assert first.status_code == 200
    version = first.get_json()["version"]
    assert client.patch("/v1/statements/1", json={"properties": [value("p_words", "Iron Fist")]}).status_code == 200
    revision = client.get(f"/v1/statements/1/revisions/{version}").get_json()
    assert revision["data"]["properties"][0]["value"] == "Operation Iron Fist"
    at = first.get_json()["updated_at"]
    past = client.get(f"/v1/statements/1?as_of={at}")
    assert past.status_code == 200 and past.get_json()["properties"][0]["value"] == "Operation Iron Fist"
    restored = admin.post(f"/v1/statements/1/revisions/{version}/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert restored.get_json()["properties"][0]["value"] == "Operation Iron Fist"
    ndjson = client.get("/v1/statements?format=ndjson&property.p_words=Operation Iron Fist").get_data(as_text=True)
    assert [json.loads(line)["id"] for line in ndjson.splitlines()] == [1]
    counted = client.get("/v1/statements/stats?group_by=medium&property.p_words=Operation Iron Fist")
    assert counted.status_code == 200, counted.get_json()
    assert counted.get_json()["total"] == 1
