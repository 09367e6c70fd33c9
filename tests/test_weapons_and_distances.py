"""What each side says was used, and how far a place described relative to a named one lies (issue 10,
mend-misc; migrations/0062; trial t16: "Thailand said Cambodia fired BM-21 rockets at civilian areas", "Cambodia
said Thailand used cluster munitions", "areas about 20 km (12 miles) north of Samraong"), through HTTP: written,
read back, found by the filters; bad input is a problem naming the field."""
import pytest

from helpers import BODIES, problem, created as post

EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}


def found(client, query):
    return {item["id"] for item in client.get(f"/v1/events?{query}&limit=500&fields=id").get_json()["items"]}


def test_the_weapon_each_side_says_the_other_used(client):
    thailand = post(client, "actors", {"name": "Thailand", "kind": "state", "country": "THA"})["id"]
    cambodia = post(client, "actors", {"name": "Cambodia", "kind": "state", "country": "KHM"})["id"]
    claims = [
        {"actor_id": cambodia, "took_part": True, "role": "initiator", "claimant_id": thailand, "source_ids": [1],
         "equipment": {"kind": "artillery", "model": "BM-21"}, "note": "fired BM-21 rockets at civilian areas"},
        {"actor_id": thailand, "took_part": True, "role": "initiator", "claimant_id": cambodia, "source_ids": [1],
         "equipment": {"kind": "cluster_munition", "model": None}}]
    created = post(client, "events", {**EVENT, "claims": claims})
    got = client.get(f"{created['href']}?include=claims").get_json()["claims"]
    assert [(c["equipment"]["kind"], c["equipment"]["model"]) for c in got] == [
        ("artillery", "BM-21"), ("cluster_munition", None)]
    assert created["id"] in found(client, "claimed_equipment=cluster_munition")
    assert created["id"] in found(client, "claimed_equipment=artillery")
    assert created["id"] not in found(client, "claimed_equipment=drone")
    kinds = client.get("/v1/vocabularies").get_json()["vocabularies"]["equipment_kinds"]
    assert "cluster_munition" in [k["term"] for k in kinds]


def test_equipment_needs_presence_or_took_part(client):
    claim = {"actor_id": 9, "took_part": False, "source_ids": [1], "equipment": {"kind": "artillery"}}
    errors = problem(client.post("/v1/events", json={**EVENT, "claims": [claim]}), 422)["errors"]
    assert "equipment" in str(errors), errors


def test_a_place_about_20_km_north_of_a_named_one(client):
    item = {"place_id": None, "relation": "north_of", "relative_to_id": 6, "distance_km": 20,
            "distance_qualifier": "about", "words": "areas about 20 km (12 miles) north of Samraong", "role": "at"}
    created = post(client, "events", {**EVENT, "other_places": [item]})
    read = client.get(f"{created['href']}?include=other_places").get_json()["other_places"]
    assert [(p["relation"], p["relative_to"]["id"], p["distance_km"], p["distance_qualifier"]) for p in read] == [
        ("north_of", 6, 20, "about")]
    assert created["id"] in found(client, "relative_to=6")
    plain = client.get(created["href"]).get_json()["other_places"]
    assert plain[0]["distance_km"] == 20


@pytest.mark.parametrize(("item", "field"), [
    ({"place_id": 6, "distance_km": 20}, "distance_km"),
    ({"place_id": None, "relation": "north_of", "relative_to_id": 6, "distance_qualifier": "about"},
     "distance_qualifier"),
    ({"place_id": None, "relation": "north_of", "relative_to_id": 6, "distance_km": -1}, "distance_km"),
    ({"place_id": None, "relation": "north_of", "relative_to_id": 6, "distance_km": 5, "distance_qualifier": "x"},
     "distance_qualifier"),
])
def test_bad_distances_are_problems_naming_the_field(client, item, field):
    errors = problem(client.post("/v1/events", json={**EVENT, "other_places": [item]}), 422)["errors"]
    assert field in str(errors), errors
