"""Terrain, enclaves, boundaries along a feature, travel time and a speaker's company (places35; migrations/0119),
through HTTP: a place's terrain ("a mountain village"), place kind enclave with the relation enclave_in, a border
that runs_along a river, a place relation's distance as a travel time ("several days' walk from the nearest road"),
the actors standing with a speaker ("flanked by the army chief"). Written, read back equal (JSON and CSV), filtered,
revised; bad input is a problem naming the field and changes nothing."""
import csv
import io

import pytest

from helpers import found, ident, etag as _etag, BODIES, problem, refused, created as post

PLACE, STATEMENT = BODIES["places"], BODIES["statements"]




def _csv(client, query):
    return list(csv.DictReader(io.StringIO(client.get(query).get_data(as_text=True))))


def test_a_mountain_village_and_a_jungle_valley(client):
    village = post(client, "places", {**PLACE, "kind": "site", "name": "A mountain village", "terrain": ["mountain"]})
    valley = post(client, "places", {**PLACE, "name": "The valley", "kind": "region", "terrain": ["jungle", "valley"]})
    plain = post(client, "places", {**PLACE, "name": "A town"})
    assert (village["terrain"], valley["terrain"], plain["terrain"]) == (["mountain"], ["jungle", "valley"], [])
    assert client.get(valley["href"]).get_json() == valley
    assert found(client, "places", "terrain=mountain") >= {village["id"]}
    assert valley["id"] in found(client, "places", "terrain=valley,desert")
    assert not {village["id"], plain["id"]} & found(client, "places", "terrain=jungle")
    rows = _csv(client, "/v1/places?format=csv&terrain=jungle")
    assert [(row["id"], row["terrain"]) for row in rows] == [(str(valley["id"]), "jungle|valley")]
    patched = client.patch(village["href"], headers={"If-Match": _etag(client, village["href"])},
                           json={"terrain": ["hills", "rural"]})
    assert patched.status_code == 200 and patched.get_json()["terrain"] == ["hills", "rural"]
    assert village["id"] not in found(client, "places", "terrain=mountain")
    assert village["id"] in found(client, "places", "terrain=rural")


def test_an_enclave_inside_a_country_and_a_border_along_a_river(client):
    river = post(client, "places", {**PLACE, "kind": "river", "name": "The river", "parent_id": None})
    enclave = post(client, "places", {**PLACE, "kind": "enclave", "name": "The enclave", "relations": [
        {"place_id": 3, "relation": "enclave_in", "source_ids": [1]}]})
    border = post(client, "places", {**PLACE, "kind": "border", "name": "The border", "relations": [
        {"place_id": river["id"], "relation": "runs_along", "source_ids": [1]}]})
    shown = client.get(f"{enclave['href']}?include=relations").get_json()["relations"]
    assert [(r["relation"], ident(r["place"])) for r in shown] == [("enclave_in", 3)]
    assert client.get(border["href"]).get_json() == border
    assert enclave["id"] in found(client, "places", "kind=enclave&related_to=3&relation=enclave_in")
    assert border["id"] in found(client, "places", f"related_to={river['id']}&relation=runs_along")
    assert border["id"] not in found(client, "places", "relation=thalweg_of")


def test_several_days_walk_from_the_nearest_road(client):
    road = post(client, "places", {**PLACE, "kind": "road", "name": "The nearest road"})
    relation = {"place_id": road["id"], "relation": "distance_from", "source_ids": [1],
                "travel_time": {"vague": "several", "unit": "days"}, "travel_mode": "foot"}
    remote = post(client, "places", {**PLACE, "kind": "site", "name": "A remote village", "relations": [relation]})
    shown = client.get(f"{remote['href']}?include=relations").get_json()["relations"][0]
    assert (shown["travel_time"], shown["travel_mode"], shown["distance_km"], shown["distance_vague"]) == (
        {"amount": None, "vague": "several", "unit": "days", "qualifier": None}, "foot", None, None)
    assert client.get(remote["href"]).get_json() == remote
    assert remote["id"] in found(client, "places", "relation_travel_mode=foot,road")
    assert remote["id"] not in found(client, "places", "relation_travel_mode=air")
    two_hours = {**relation, "travel_time": {"amount": 2, "unit": "hours"}, "travel_mode": "road",
                 "distance_km": 80, "qualifier": "about"}
    patched = client.patch(remote["href"], headers={"If-Match": _etag(client, remote["href"])},
                           json={"relations": [two_hours]})
    assert patched.status_code == 200, patched.get_json()
    shown = client.get(f"{remote['href']}?include=relations").get_json()["relations"][0]
    assert (shown["travel_time"], shown["travel_mode"], shown["distance_km"]) == (
        {"amount": 2, "vague": None, "unit": "hours", "qualifier": None}, "road", 80)
    assert remote["id"] in found(client, "places", "relation_travel_mode=road")
    assert remote["id"] not in found(client, "places", "relation_travel_mode=foot")


def test_who_stood_with_the_speaker(client):
    statement = post(client, "statements", {**STATEMENT, "accompanied_by_actor_ids": [1, 2]})
    assert [(a["id"], bool(a["name"])) for a in statement["accompanied_by_actors"]] == [(1, True), (2, True)]
    assert client.get(statement["href"]).get_json() == statement   # embedded as the speaker is, by default
    assert client.get(f"{statement['href']}?include=").get_json()["accompanied_by_actors"] == [1, 2]
    assert statement["id"] in found(client, "statements", "accompanied_by=2")
    assert statement["id"] not in found(client, "statements", "accompanied_by=4")
    assert statement["id"] not in found(client, "statements", "speaker=1")   # standing by is not speaking
    rows = _csv(client, "/v1/statements?format=csv&accompanied_by=1")
    assert [(row["id"], row["accompanied_by_actor_ids"]) for row in rows] == [(str(statement["id"]), "1|2")]
    problem(client.delete("/v1/actors/2", headers={"If-Match": "*"}), 409)   # an actor named cannot go
    patched = client.patch(statement["href"], headers={"If-Match": _etag(client, statement["href"])},
                           json={"accompanied_by_actor_ids": [4]})
    assert patched.status_code == 200 and [ident(a) for a in patched.get_json()["accompanied_by_actors"]] == [4]
    assert statement["id"] not in found(client, "statements", "accompanied_by=2")
    assert statement["id"] in found(client, "statements", "accompanied_by=4")


ROAD = {"place_id": 3, "relation": "distance_from", "source_ids": [1]}


@pytest.mark.parametrize("kind, body, path", [
    ("places", {**PLACE, "terrain": ["volcano"]}, ("terrain", "0")),
    ("places", {**PLACE, "terrain": ["mountain", "mountain"]}, ("terrain",)),
    ("places", {**PLACE, "kind": "exclave"}, ("kind",)),
    ("places", {**PLACE, "relations": [ROAD]}, ("relations", "0", "relation")),   # no distance of any kind
    ("places", {**PLACE, "relations": [{**ROAD, "travel_time": {"unit": "days"}}]},
     ("relations", "0", "travel_time", "amount")),
    ("places", {**PLACE, "relations": [{**ROAD, "travel_time": {"amount": 3, "vague": "several", "unit": "days"}}]},
     ("relations", "0", "travel_time", "amount")),
    ("places", {**PLACE, "relations": [{**ROAD, "travel_time": {"amount": 3, "unit": "fortnights"}}]},
     ("relations", "0", "travel_time", "unit")),
    ("places", {**PLACE, "relations": [{**ROAD, "distance_km": 5, "travel_mode": "foot"}]},
     ("relations", "0", "travel_mode")),
    ("places", {**PLACE, "relations": [{**ROAD, "travel_time": {"amount": 1, "unit": "days"}, "travel_mode": "camel"}]},
     ("relations", "0", "travel_mode")),
    ("statements", {**STATEMENT, "accompanied_by_actor_ids": [999999]}, ("accompanied_by_actor_ids", "0")),
    ("statements", {**STATEMENT, "accompanied_by_actor_ids": [1, 1]}, ("accompanied_by_actor_ids",)),
    ("statements", {**STATEMENT, "accompanied_by_actor_ids": list(range(1, 52))}, ("accompanied_by_actor_ids",)),
])
def test_bad_values_are_problems_naming_the_field(client, kind, body, path):
    refused(client, kind, body, path)


def test_bad_filters_are_problems(client):
    assert "terrain" in problem(client.get("/v1/places?terrain=volcano"), 400)["errors"]
    assert "relation_travel_mode" in problem(client.get("/v1/places?relation_travel_mode=camel"), 400)["errors"]
    assert "accompanied_by" in problem(client.get("/v1/statements?accompanied_by=x"), 400)["errors"]


def test_the_new_terms_are_published(client):
    vocabularies = client.get("/v1/vocabularies").get_json()
    listed = vocabularies.get("vocabularies", vocabularies)
    text = str(listed)
    for term in ("enclave", "enclave_in", "runs_along", "jungle", "plateau"):
        assert f"'{term}'" in text
