"""Places, vessels and what an event agreed to (places34; migrations/0117), through HTTP: a craft's own name and
flag in a claim's equipment ("a British liner"), place kinds port and declared_zone, a zone's declarer, an actor
relation limited to a place (protecting_power_for "in the country"), an event's action ("agreed to step down") and
the part of its place in words ("on the quay"). Written, read back equal (JSON and CSV), filtered, revised; bad
input is a problem naming the field and changes nothing."""
import csv
import io

import pytest

from helpers import found, ident, etag as _etag, BODIES, problem, created as post

PLACE, ACTOR = BODIES["places"], BODIES["actors"]
EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures",)}




def test_a_named_vessel_with_its_flag_in_a_presence_claim(client):
    liner = {"kind": "ship", "model": "liner", "name": "Oriana", "flag_country": "GBR", "count": 1}
    ferry = {"kind": "ship", "model": "ferry", "name": "Pride of Kent", "flag_country": "GBR"}
    event = post(client, "events", {**EVENT, "claims": [
        {"actor_id": 2, "presence": "at_the_scene", "equipment": liner, "more_equipment": [ferry],
         "claimant_id": 1, "source_ids": [1]}]})
    claim = client.get(f"{event['href']}?include=claims").get_json()["claims"][0]
    assert claim["equipment"] == {**liner, "qualifier": None, "maker_country": None}
    assert claim["more_equipment"] == [{**ferry, "count": None, "qualifier": None, "maker_country": None}]
    assert client.get(event["href"]).get_json() == event
    assert event["id"] in found(client, "events", "equipment_name=oriana")
    assert event["id"] in found(client, "events", "equipment_name=Pride of Kent")
    assert event["id"] not in found(client, "events", "equipment_name=Orian")   # the whole name
    assert event["id"] in found(client, "events", "equipment_flag=GBR")
    assert event["id"] not in found(client, "events", "equipment_flag=FRA")
    etag = _etag(client, event["href"])
    claims = [{"actor_id": 2, "presence": "at_the_scene", "equipment": {**liner, "flag_country": "FRA"},
               "claimant_id": 1, "source_ids": [1]}]
    patched = client.patch(event["href"], headers={"If-Match": etag}, json={"claims": claims})
    assert patched.status_code == 200, patched.get_json()
    assert event["id"] in found(client, "events", "equipment_flag=FRA")
    assert event["id"] not in found(client, "events", "equipment_name=Pride of Kent")


def test_a_figure_names_a_vessel_lost(client):
    figure = {"quantity": "equipment_lost", "best": 1, "unit": "items", "claimant_id": 1, "source_ids": [1],
              "equipment": {"kind": "ship", "model": "destroyer", "name": "Glamorgan", "flag_country": "GBR"}}
    response = client.post("/v1/events", json={**EVENT, "figures": [figure]})
    assert response.status_code == 201, response.get_json()
    shown = client.get(response.get_json()["href"] + "?include=figures").get_json()["figures"][0]["equipment"]
    assert (shown["name"], shown["flag_country"], shown["maker_country"]) == ("Glamorgan", "GBR", None)


def test_a_port_a_declared_zone_and_its_declarer(client):
    port = post(client, "places", {**PLACE, "kind": "port", "name": "A small port"})
    zone = post(client, "places", {**PLACE, "kind": "declared_zone", "name": "The exclusion zone",
                                   "declared_by_id": 1, "parent_id": None})
    assert (port["kind"], zone["kind"], ident(zone["declared_by"])) == ("port", "declared_zone", 1)
    assert port["declared_by"] is None
    assert client.get(zone["href"]).get_json() == zone
    assert zone["id"] in found(client, "places", "declared_by=1")
    assert port["id"] not in found(client, "places", "declared_by=1")
    assert port["id"] in found(client, "places", "kind=port")
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/places?format=csv&kind=declared_zone").get_data(
        as_text=True))))
    assert [(row["id"], row["declared_by_id"]) for row in rows] == [(str(zone["id"]), "1")]
    patched = client.patch(zone["href"], headers={"If-Match": _etag(client, zone["href"])},
                           json={"declared_by_id": 2})
    assert patched.status_code == 200 and ident(patched.get_json()["declared_by"]) == 2
    assert zone["id"] in found(client, "places", "declared_by=2")
    problem(client.delete("/v1/actors/2", headers={"If-Match": "*"}), 409)   # a declarer named cannot go


def test_a_relation_limited_to_a_place(client):
    state = post(client, "actors", {**ACTOR, "name": "A neutral state", "kind": "state", "relations": [
        {"actor_id": 1, "relation": "protecting_power_for", "place_id": 3, "source_ids": [1]},
        {"actor_id": 1, "relation": "protecting_power_for", "place_id": 6, "source_ids": [1]}]})
    shown = client.get(f"{state['href']}?include=relations").get_json()["relations"]
    assert [(r["relation"], r["place"]) for r in shown] == [("protecting_power_for", 3),
                                                           ("protecting_power_for", 6)]
    assert client.get(state["href"]).get_json() == state
    assert state["id"] in found(client, "actors", "relation=protecting_power_for&relation_place=3")
    assert state["id"] not in found(client, "actors", "relation_place=5")
    assert state["id"] in found(client, "actors", "related_to=1&relation_place=6")
    patched = client.patch(state["href"], headers={"If-Match": _etag(client, state["href"])}, json={"relations": [
        {"actor_id": 1, "relation": "protecting_power_for", "place_id": 5, "source_ids": [1]}]})
    assert patched.status_code == 200, patched.get_json()
    assert state["id"] in found(client, "actors", "relation_place=5")
    assert state["id"] not in found(client, "actors", "relation_place=3")


def test_an_event_names_the_action_agreed_and_the_spot(client):
    agreed = post(client, "events", {**EVENT, "type": "CONCEDE", "action": "resignation",
                                     "place_part": "on the quay"})
    assert (agreed["action"], agreed["place_part"]) == ("resignation", "on the quay")
    assert client.get(agreed["href"]).get_json() == agreed
    assert agreed["id"] in found(client, "events", "action=resignation,ceasefire")
    assert agreed["id"] not in found(client, "events", "action=ceasefire")
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/events?format=csv&action=resignation").get_data(
        as_text=True))))
    assert [(row["action"], row["place_part"]) for row in rows] == [("resignation", "on the quay")]
    patched = client.patch(agreed["href"], headers={"If-Match": _etag(client, agreed["href"])},
                           json={"type": "AGREE", "action": "ceasefire"})
    assert patched.status_code == 200, patched.get_json()
    assert agreed["id"] in found(client, "events", "action=ceasefire")
    # "warned residents to leave" (trial t73): a demand says what it demanded
    warned = post(client, "events", {**EVENT, "type": "DEMAND", "action": "evacuation"})
    assert warned["action"] == "evacuation" and warned["id"] in found(client, "events", "action=evacuation")


@pytest.mark.parametrize("kind, body, path", [
    ("events", {**EVENT, "type": "ASSAULT", "action": "resignation"}, ("action",)),
    ("events", {**EVENT, "type": "CONCEDE", "action": "not_a_term"}, ("action",)),
    ("events", {**EVENT, "place_id": None, "location_precision": None, "place_part": "on the quay"},
     ("place_part",)),
    ("events", {**EVENT, "claims": [{"actor_id": 2, "presence": "at_the_scene", "claimant_id": 1,
                                     "source_ids": [1], "equipment": {"kind": "ship", "flag_country": "XX"}}]},
     ("claims", "0", "equipment", "flag_country")),
    ("places", {**PLACE, "declared_by_id": 999999}, ("declared_by_id",)),
    ("actors", {**ACTOR, "relations": [{"actor_id": 1, "relation": "protecting_power_for", "place_id": 999999,
                                        "source_ids": [1]}]}, ("relations", "0", "place_id")),
])
def test_bad_values_are_problems_naming_the_field(client, kind, body, path):
    before = client.get(f"/v1/{kind}?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post(f"/v1/{kind}", json=body), 422)["errors"]
    for key in path:
        assert key in errors, errors
        errors = errors[key]
    assert client.get(f"/v1/{kind}?limit=500&fields=id").get_json()["items"] == before


def test_bad_filters_are_problems(client):
    assert "equipment_flag" in problem(client.get("/v1/events?equipment_flag=gb"), 400)["errors"]
    assert "action" in problem(client.get("/v1/events?action=nonsense"), 400)["errors"]


def test_a_source_names_its_contributors_apart_from_its_publisher(client):
    body = {**BODIES["sources"], "publisher": "Example Agency", "contributors": ["pool reporters"],
            "reporting_place_ids": [6]}
    source = post(client, "sources", body)
    assert source["contributors"] == ["pool reporters"] and source["publishers"] == []
    assert client.get(source["href"]).get_json() == source
    assert source["id"] in found(client, "sources", "contributor=Pool Reporters")
    assert source["id"] not in found(client, "sources", "contributor=pool")
    assert source["id"] not in found(client, "sources", "publisher=pool reporters")
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/sources?format=csv&contributor=pool%20reporters")
                                           .get_data(as_text=True))))
    assert [row["contributors"] for row in rows] == ["pool reporters"]
    patched = client.patch(source["href"], headers={"If-Match": _etag(client, source["href"])},
                           json={"contributors": ["pool reporters", "a local stringer"]})
    assert patched.status_code == 200 and patched.get_json()["contributors"][1] == "a local stringer"
    before = client.get("/v1/sources?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post("/v1/sources", json={**body, "contributors": ["x", "x"]}), 422)["errors"]
    assert "contributors" in errors
    assert client.get("/v1/sources?limit=500&fields=id").get_json()["items"] == before
