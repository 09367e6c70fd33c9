"""Place relations, round 32 (figs32; migrations/0110), through HTTP: a zone between two sides' areas ("the zone
of confidence between the two sides": between, actor_id and and_actor_id), a place between two places (between,
place_id and and_place_id), and a coastal place whose sea is not named (on_coast_of, place_id null). Written, read
back equal, filtered, revised; bad input is a problem naming the field and changes nothing."""
import pytest

from helpers import BODIES, problem, created as post

PLACE = BODIES["places"]


def found(client, query):
    return {item["id"] for item in client.get(f"/v1/places?{query}&limit=500&fields=id").get_json()["items"]}


def ident(shown):
    return shown["id"] if isinstance(shown, dict) else shown


def relation(**fields):
    return {"place_id": None, "source_ids": [1], **fields}


def test_between_two_sides_two_places_and_an_unnamed_coast(client):
    zone = post(client, "places", {**PLACE, "kind": "region", "relations": [
        relation(relation="between", actor_id=1, and_actor_id=2, claimant_id=2)]})
    village = post(client, "places", {**PLACE, "relations": [relation(relation="between", place_id=3,
                                                                      and_place_id=6)]})
    town = post(client, "places", {**PLACE, "relations": [relation(relation="on_coast_of", side="west")]})
    got = [client.get(p["href"]).get_json()["relations"][0] for p in (zone, village, town)]
    assert [(r["relation"], ident(r["place"]), ident(r["and_place"]), r["actor"], r["and_actor"]) for r in got] == [
        ("between", None, None, 1, 2), ("between", 3, 6, None, None), ("on_coast_of", None, None, None, None)]
    assert (got[0]["claimant"], got[2]["side"]) == (2, "west")
    for created in (zone, village, town):
        assert client.get(created["href"]).get_json() == created
    assert zone["id"] in found(client, "relation_actor=2") and village["id"] not in found(client, "relation_actor=2")
    assert {zone["id"], village["id"]} <= found(client, "relation=between")
    assert town["id"] in found(client, "relation=on_coast_of")
    assert village["id"] in found(client, "related_to=6")
    etag = client.get(zone["href"]).headers["ETag"]
    patched = client.patch(zone["href"], headers={"If-Match": etag}, json={"relations": [
        relation(relation="between", actor_id=2, and_actor_id=1)]})
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["relations"][0]["actor"] == 2
    problem(client.delete("/v1/actors/1", headers={"If-Match": "*"}), 409)   # a side named cannot be deleted


@pytest.mark.parametrize("item, field", [
    (relation(relation="near"), "place_id"),
    (relation(relation="between", actor_id=1), "and_actor_id"),
    (relation(relation="between", actor_id=1, and_actor_id=1), "and_actor_id"),
    (relation(relation="between", place_id=3), "and_place_id"),
    (relation(relation="between", place_id=3, and_place_id=6, actor_id=1, and_actor_id=2), "place_id"),
    (relation(relation="near", place_id=3, actor_id=1), "actor_id"),
    (relation(relation="on_coast_of", actor_id=1), "actor_id"),
    (relation(relation="between", actor_id=1, and_actor_id=999999), "and_actor_id"),
])
def test_bad_relations_are_problems_naming_the_field(client, item, field):
    before = client.get("/v1/places?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post("/v1/places", json={**PLACE, "relations": [item]}), 422)["errors"]
    assert field in errors["relations"]["0"], errors
    assert client.get("/v1/places?limit=500&fields=id").get_json()["items"] == before


def test_a_place_described_relative_to_a_named_one_takes_no_between(client):
    event = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
    response = client.post("/v1/events", json={**event, "other_places": [
        {"place_id": None, "relation": "between", "relative_to_id": 3, "role": "affected"}]})
    assert response.status_code in (400, 422), response.get_json()


def test_csv_shows_a_relation_naming_no_place_by_its_term(client):
    town = post(client, "places", {**PLACE, "relations": [relation(relation="on_coast_of"),
                                                          relation(relation="near", place_id=3)]})
    text = client.get("/v1/places?format=csv&limit=500").get_data(as_text=True)
    row = next(line for line in text.splitlines() if line.startswith(f"{town['id']},"))
    assert ":on_coast_of|3:near" in row, row
