"""Issue 10, mending round (mend10c), through HTTP: a place's and an actor's relations say who claims them and
from which sources, and the same relation to the same place may stand twice when what is said differs
("15 km north of Donetsk (Reuters)", "less than 10 km north (AFP)"). Written, read, filtered, revised and
restored; an exact duplicate and bad references are refused with the field named; a cited source or a named
claimant cannot be deleted."""
from helpers import PLACE, SOURCE, created, ids, problem


def source(client, publisher):
    return created(client, "sources", {**SOURCE, "title": f"{publisher} on Avdiivka", "publisher": publisher})["id"]


def actor(client, name, **more):
    return created(client, "actors", {"name": name, "kind": "armed_force", **more})["id"]


def test_two_outlets_place_a_town_differently_and_both_stand(client):
    reuters, afp, sputnik = source(client, "Reuters"), source(client, "AFP"), source(client, "Sputnik")
    donetsk = created(client, "places", {**PLACE, "name": "Donetsk"})["id"]
    avdiivka = created(client, "places", {**PLACE, "name": "Avdiivka", "relations": [
        {"place_id": donetsk, "relation": "north_of", "distance_km": 15, "source_ids": [reuters]},
        {"place_id": donetsk, "relation": "north_of", "distance_km": 10, "qualifier": "fewer_than",
         "source_ids": [afp]},
        {"place_id": donetsk, "relation": "near", "source_ids": [sputnik]}]})
    shown = client.get(avdiivka["href"] + "?include=").get_json()["relations"]
    assert [(r["relation"], r["distance_km"], r["qualifier"], r["sources"], r["claimant"]) for r in shown] == [
        ("north_of", 15, None, [reuters], None), ("north_of", 10, "fewer_than", [afp], None),
        ("near", None, None, [sputnik], None)]
    assert ids(client, f"/v1/places?relation_source={afp}") == [avdiivka["id"]]
    assert ids(client, f"/v1/places?relation_source={afp}&relation=north_of&related_to={donetsk}") == [
        avdiivka["id"]]
    assert ids(client, f"/v1/places?relation_source={afp}&relation=near") == []   # AFP's is north_of
    assert ids(client, f"/v1/places?related_to={donetsk}&relation=north_of") == [avdiivka["id"]]   # once
    # a source a relation cites cannot go while it does
    problem(client.delete(f"/v1/sources/{afp}", headers={"If-Match": "*"}), 409)
    # the first version (three relations) comes back after the list was cut to one
    assert client.patch(avdiivka["href"], json={"relations": [
        {"place_id": donetsk, "relation": "north_of", "distance_km": 15, "source_ids": [reuters]}]}).status_code == 200
    assert [r["sources"] for r in client.get(avdiivka["href"] + "?include=").get_json()["relations"]] == [[reuters]]
    assert ids(client, f"/v1/places?relation_source={afp}") == []
    restored = client.post(f"/v1/places/{avdiivka['id']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert client.get(avdiivka["href"] + "?include=").get_json()["relations"] == shown


def test_the_same_relation_said_alike_twice_is_refused_naming_the_field(client):
    reuters = source(client, "Reuters")
    donetsk = created(client, "places", {**PLACE, "name": "Donetsk"})["id"]
    twice = {"place_id": donetsk, "relation": "north_of", "distance_km": 15, "source_ids": [reuters]}
    response = client.post("/v1/places", json={**PLACE, "name": "Avdiivka", "relations": [twice, twice]})
    assert "relations" in problem(response, 422)["errors"]
    for bad, field in (({**twice, "source_ids": [999999]}, "source_ids"),
                       ({**twice, "claimant_id": 999999}, "claimant_id"),
                       ({**twice, "source_ids": "Reuters"}, "source_ids")):
        response = client.post("/v1/places", json={**PLACE, "name": "Avdiivka", "relations": [bad]})
        assert field in problem(response, 422)["errors"]["relations"]["0"], bad
    assert ids(client, "/v1/places?q=Avdiivka") == []   # a refused write changes nothing


def test_an_actor_relation_with_its_claimant_and_sources(client):
    reuters, tass = source(client, "Reuters"), source(client, "TASS")
    russia, ukraine = actor(client, "Russia"), actor(client, "Ukraine")
    separatists = created(client, "actors", {"name": "DPR forces", "kind": "non_state_armed_group", "relations": [
        {"actor_id": russia, "relation": "backed_by", "source_ids": [reuters]},
        {"actor_id": russia, "relation": "backed_by", "claimant_id": ukraine, "source_ids": [reuters, tass]}]})
    shown = client.get(separatists["href"] + "?include=").get_json()["relations"]
    assert [(r["actor"], r["claimant"], r["sources"]) for r in shown] == [
        (russia, None, [reuters]), (russia, ukraine, [reuters, tass])]
    assert ids(client, f"/v1/actors?relation_claimant={ukraine}&relation=backed_by") == [separatists["id"]]
    assert ids(client, f"/v1/actors?relation_source={tass}&related_to={russia}") == [separatists["id"]]
    assert ids(client, f"/v1/actors?relation_source={tass}&relation=allied_with") == []
    problem(client.delete(f"/v1/actors/{ukraine}", headers={"If-Match": "*"}), 409)
    problem(client.delete(f"/v1/sources/{tass}", headers={"If-Match": "*"}), 409)
    response = client.patch(separatists["href"], json={"relations": [{
        "actor_id": russia, "relation": "backed_by", "source_ids": [reuters, reuters]}]})
    assert "source_ids" in problem(response, 422)["errors"]["relations"]["0"]
