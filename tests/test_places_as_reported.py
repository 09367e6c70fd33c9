"""Issue 10, mend-places (migrations/0042), through HTTP: places as the reporting gives them (trial t8, Wad
Madani). A further place described relative to a named one ("RSF positions east of Khartoum") and "and its
surroundings"; a figure's place in part ("the south of the city") or relative; where displaced people fled from
and to, and people displaced again; rivers, banks and places opposite each other; a source's dateline; a siege
as a control claim. Each is written, read back, filtered, exported, revised and restored; bad input names the
field; what is stored is what is assembled; reads as of a moment still answer as they did."""
import csv
import io
import json

import pytest

from helpers import EVENT, PLACE, created, ids, problem
from test_as_of import Script
from test_control_and_places import restores
from test_stored_forms import assert_stored_as_assembled


def place(client, name, kind="city", **more):
    return created(client, "places", {**PLACE, "name": name, "kind": kind, **more})["id"]


def actor(client, name):
    return created(client, "actors", {"name": name, "kind": "armed_force"})["id"]


def csv_rows(client, path):
    response = client.get(path, headers={"Accept": "text/csv"})
    assert response.status_code == 200, response.get_data(as_text=True)
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


@pytest.fixture
def sudan(client):
    """Khartoum, Wad Madani, Sennar and the Blue Nile."""
    return {"khartoum": place(client, "Khartoum"), "madani": place(client, "Wad Madani"),
            "sennar": place(client, "Sennar"),
            "nile": place(client, "Blue Nile", kind="river", latitude=None, longitude=None, parent_id=None)}


def test_a_further_place_described_relative_to_a_named_one(app, client, sudan):
    khartoum, madani = sudan["khartoum"], sudan["madani"]
    event = created(client, "events", {**EVENT, "title": "RSF push into Gezira", "place_id": None,
                                       "location_precision": None, "other_places": [
        {"place_id": None, "relation": "east_of", "relative_to_id": khartoum,
         "words": "RSF positions east of Khartoum", "role": "from"},
        {"place_id": madani, "with_surroundings": True, "words": "Wad Madani and its surroundings", "role": "to"}]})
    shown = client.get(f"/v1/events/{event['id']}?include=other_places").get_json()["other_places"]
    assert [(p["place"] and p["place"]["id"], p["relation"], p["relative_to"] and p["relative_to"]["id"], p["words"],
             p["with_surroundings"], p["role"], p["unknown"]) for p in shown] == [
        (None, "east_of", khartoum, "RSF positions east of Khartoum", False, "from", None),
        (madani, None, None, "Wad Madani and its surroundings", True, "to", None)]
    # place= matches places, not places described relative to them (docs/api.md "Places as reported")
    assert event["id"] not in ids(client, f"/v1/events?place={khartoum}&limit=500")
    assert ids(client, f"/v1/events?relative_to={khartoum}") == [event["id"]]
    assert ids(client, f"/v1/events?relative_to={khartoum}&place_role=from") == [event["id"]]
    assert ids(client, f"/v1/events?relative_to={khartoum}&place_role=to") == []
    assert ids(client, f"/v1/events?place={madani}&place_role=to") == [event["id"]]
    row, = csv_rows(client, f"/v1/events?relative_to={khartoum}")
    assert (row["other_place_ids"], row["other_place_roles"]) == (f"east_of:{khartoum}|{madani}", "from|to")
    line, = client.get(f"/v1/events?relative_to={khartoum}&format=ndjson").get_data(as_text=True).splitlines()
    assert json.loads(line)["other_places"][0]["relative_to"]["id"] == khartoum
    problem(client.delete(f"/v1/places/{khartoum}", headers={"If-Match": "*"}), 409)   # still referred to
    assert client.patch(f"/v1/places/{khartoum}", json={"name": "Al-Khartoum"}).status_code == 200
    assert_stored_as_assembled(app)   # the new name shows wherever the place is shown
    assert client.get(f"/v1/events/{event['id']}").get_json()["other_places"][0]["relative_to"]["name"] == "Al-Khartoum"
    restores(client, "events", event["id"], "other_places", [])


@pytest.mark.parametrize(("item", "field"), [
    ({"place_id": None, "relation": "east_of"}, "relative_to_id"),
    ({"place_id": None, "relative_to_id": 1}, "relation"),
    ({"place_id": 1, "relation": "east_of", "relative_to_id": 2}, "relation"),
    ({"place_id": None, "relation": "capital_of", "relative_to_id": 2}, "relation"),
    ({"place_id": 1, "unknown": "unknown"}, "unknown"),   # with relation: a place not named, placed (rel31)
    ({"place_id": None, "relation": "distance_from", "relative_to_id": 2}, "relation"),   # how far: rel31
    ({"place_id": None}, "place_id"),
    ({"place_id": None, "relation": "near", "relative_to_id": 999999}, "relative_to_id"),
])
def test_a_bad_further_place_names_its_field(client, item, field):
    body = problem(client.post("/v1/events", json={**EVENT, "other_places": [item]}), 422)
    assert field in body["errors"]["other_places"]["0"], body["errors"]


def test_a_figure_in_part_of_a_place_relative_or_with_its_surroundings(app, client, sudan):
    khartoum, madani = sudan["khartoum"], sudan["madani"]
    figures = [{"quantity": "deaths", "unit": "people", "category": "civilians", "low": 10, "qualifier": "at_least",
                "place_id": madani, "place_part": "the south of the city", "source_ids": [1]},
               {"quantity": "displaced", "unit": "people", "low": 250000, "high": 300000, "qualifier": "between",
                "place_id": madani, "with_surroundings": True, "source_ids": [1]},
               {"quantity": "deaths", "unit": "people", "category": "combatants", "best": 3,
                "place_id": None, "place_relation": "east_of", "place_relative_to_id": khartoum,
                "place_part": "positions east of Khartoum", "source_ids": [1]}]
    event = created(client, "events", {**EVENT, "figures": figures})
    shown = client.get(f"/v1/events/{event['id']}?include=figures").get_json()["figures"]
    assert [(f["place"] and f["place"]["id"], f["place_part"], f["with_surroundings"], f["place_relation"],
             f["place_relative_to"] and f["place_relative_to"]["id"]) for f in shown] == [
        (madani, "the south of the city", False, None, None), (madani, None, True, None, None),
        (None, "positions east of Khartoum", False, "east_of", khartoum)]
    assert event["id"] in ids(client, f"/v1/events?figure_place={madani}")
    assert event["id"] not in ids(client, f"/v1/events?figure_place={khartoum}")   # relative: not in it
    assert_stored_as_assembled(app)
    for figure, field in (({"place_part": "the south"}, "place_part"),
                          ({"place_relation": "near"}, "place_relative_to_id"),
                          ({"place_id": madani, "place_relation": "near", "place_relative_to_id": khartoum},
                           "place_relation"),
                          ({"with_surroundings": True}, "with_surroundings")):
        body = problem(client.post("/v1/events", json={**EVENT, "figures": [
            {"quantity": "deaths", "unit": "people", "best": 1, "source_ids": [1], **figure}]}), 422)
        assert field in body["errors"]["figures"]["0"], (figure, body["errors"])


def test_people_displaced_again_and_where_they_fled(app, client, sudan):
    khartoum, madani, sennar = sudan["khartoum"], sudan["madani"], sudan["sennar"]
    flight = created(client, "events", {**EVENT, "title": "Flight from Khartoum", "type": "MOBILIZE"})
    displaced = {"quantity": "displaced", "unit": "people", "low": 250000, "high": 300000, "qualifier": "between",
                 "claimant_id": 10, "attribution": "named", "source_ids": [1], "displaced_again": True,
                 "earlier_event_id": flight["id"], "places": [
                     {"place_id": madani, "with_surroundings": True, "role": "from"},
                     {"place_id": sennar, "role": "to"},
                     {"place_id": None, "unknown": "unknown", "role": "to"},
                     {"place_id": khartoum, "role": "earlier_from"}]}
    event = created(client, "events", {**EVENT, "title": "Offensive into Gezira", "figures": [displaced]})
    figure, = client.get(f"/v1/events/{event['id']}?include=figures").get_json()["figures"]
    assert (figure["displaced_again"], figure["earlier_event"]["id"]) == (True, flight["id"])
    assert [(p["place"] and p["place"]["id"], p["role"], p["with_surroundings"], p["unknown"])
            for p in figure["places"]] == [(madani, "from", True, None), (sennar, "to", False, None),
                                           (None, "to", False, "unknown"), (khartoum, "earlier_from", False, None)]
    # where they fled counts as a place of the figure; the event is not at those places
    assert ids(client, f"/v1/events?figure_place={sennar}") == [event["id"]]
    assert event["id"] not in ids(client, f"/v1/events?place={sennar}")
    # a place's figures take them too: people displaced there, who had first fled Khartoum
    town = created(client, "places", {**PLACE, "name": "Gedaref", "figures": [
        {**displaced, "places": [{"place_id": khartoum, "role": "earlier_from"}], "earlier_event_id": None}]})
    assert town["figures"][0]["places"][0]["place"]["id"] == khartoum
    problem(client.delete(f"/v1/places/{sennar}", headers={"If-Match": "*"}), 409)
    assert client.patch(f"/v1/places/{sennar}", json={"name": "Sinnar"}).status_code == 200
    assert_stored_as_assembled(app)
    restores(client, "events", event["id"], "figures", [])
    for change, field in (({"quantity": "deaths", "places": []}, "displaced_again"),
                          ({"displaced_again": False, "earlier_event_id": None}, "places"),
                          ({"displaced_again": False, "places": []}, "earlier_event_id")):
        body = problem(client.post("/v1/events", json={**EVENT, "figures": [{**displaced, **change}]}), 422)
        assert field in body["errors"]["figures"]["0"], (change, body["errors"])
    body = problem(client.post("/v1/events", json={**EVENT, "figures": [
        {**displaced, "places": [{"place_id": sennar, "role": "home"}]}]}), 422)
    assert "role" in body["errors"]["figures"]["0"]["places"]["0"]


def test_rivers_banks_and_places_opposite_each_other(app, client, sudan):
    madani, nile = sudan["madani"], sudan["nile"]
    hantoub = place(client, "Hantoub", kind="site", relations=[
        {"place_id": nile, "relation": "on_bank_of", "side": "east", "source_ids": [1]},
        {"place_id": madani, "relation": "opposite", "across_id": nile, "source_ids": [1]}])
    relations = client.get(f"/v1/places/{hantoub}?include=relations").get_json()["relations"]
    assert [(r["place"]["id"], r["relation"], r["side"], r["across"] and r["across"]["id"]) for r in relations] == [
        (nile, "on_bank_of", "east", None), (madani, "opposite", None, nile)]
    assert ids(client, f"/v1/places?related_to={nile}&relation=on_bank_of") == [hantoub]
    assert ids(client, f"/v1/places?related_to={nile}") == [hantoub]   # the water between, too
    assert ids(client, f"/v1/places?related_to={madani}&relation=opposite") == [hantoub]
    assert ids(client, "/v1/places?kind=river") == [nile]
    features = client.get("/v1/places?kind=river&format=geojson").get_json()["features"]
    assert [(f["id"], f["geometry"], f["properties"]["kind"]) for f in features] == [(nile, None, "river")]
    vocabularies = client.get("/v1/vocabularies").get_json()["vocabularies"]
    assert {"river", "lake", "sea", "water_body"} <= {t["term"] for t in vocabularies["place_kinds"]}
    assert [t["term"] for t in vocabularies["bank_sides"]] == ["east", "west", "north", "south", "left", "right"]
    problem(client.delete(f"/v1/places/{nile}", headers={"If-Match": "*"}), 409)
    assert_stored_as_assembled(app)
    restores(client, "places", hantoub, "relations", [])
    for relation, field in (({"place_id": nile, "relation": "near", "side": "east"}, "side"),
                            ({"place_id": madani, "relation": "near", "across_id": nile}, "across_id"),
                            ({"place_id": nile, "relation": "on_bank_of", "side": "upstream"}, "side"),
                            ({"place_id": madani, "relation": "opposite", "across_id": madani}, "across_id")):
        body = problem(client.post("/v1/places", json={**PLACE, "relations": [relation]}), 422)
        assert field in body["errors"]["relations"]["0"], (relation, body["errors"])
    body = problem(client.patch(f"/v1/places/{hantoub}", json={"relations": [
        {"place_id": madani, "relation": "opposite", "across_id": hantoub}]}), 422)
    assert "across_id" in body["errors"]["relations"]["0"], body["errors"]


def test_a_source_dateline(app, client, sudan):
    port_sudan = place(client, "Port Sudan")
    source = created(client, "sources", {"title": "RSF says it has taken Wad Madani", "dateline": "PORT SUDAN",
                                         "dateline_place_id": port_sudan, "published_date": "2023-12-20"})
    assert (source["dateline"], source["dateline_place"]["id"]) == ("PORT SUDAN", port_sudan)
    assert client.get(f"{source['href']}?include=").get_json()["dateline_place"] == port_sudan
    as_printed = created(client, "sources", {"title": "Another report", "dateline": "KYIV/MOSCOW"})
    assert as_printed["dateline_place"] is None
    assert ids(client, f"/v1/sources?dateline_place={port_sudan}") == [source["id"]]
    row, = csv_rows(client, f"/v1/sources?dateline_place={port_sudan}")
    assert (row["dateline"], row["dateline_place_id"]) == ("PORT SUDAN", str(port_sudan))
    problem(client.delete(f"/v1/places/{port_sudan}", headers={"If-Match": "*"}), 409)
    assert client.patch(f"/v1/places/{port_sudan}", json={"name": "Bur Sudan"}).status_code == 200
    assert_stored_as_assembled(app)
    assert client.get(source["href"]).get_json()["dateline_place"]["name"] == "Bur Sudan"
    restores(client, "sources", source["id"], "dateline", "PORT SUDAN (Reuters)")
    errors = problem(client.post("/v1/sources", json={"title": "x", "dateline_place_id": 999999}), 422)["errors"]
    assert "dateline_place_id" in errors
    assert "dateline" in problem(client.post("/v1/sources", json={"title": "x", "dateline": " "}), 422)["errors"]


def test_a_siege_is_a_claim_and_not_holding(app, client, sudan):
    rsf, saf = actor(client, "RSF"), actor(client, "SAF")
    fasher = place(client, "El Fasher")

    def claim(holder, state, day):
        return {"control": state, "controlled_by_id": holder, "control_of_id": fasher, "as_of": day,
                "claimant_id": rsf, "attribution": "named", "source_ids": [1]}
    event = created(client, "events", {**EVENT, "title": "Siege of El Fasher", "claims": [
        claim(saf, "full", "2024-04-01"), claim(rsf, "besieged", "2024-05-10")]})
    assert ids(client, f"/v1/places?besieged_by={rsf}") == [fasher]
    assert ids(client, f"/v1/places?controlled_by={rsf}") == []
    # the siege does not supersede the claimant's word that the army holds the town
    assert ids(client, f"/v1/places?controlled_by={saf}&controlled_on=2024-06-01") == [fasher]
    assert ids(client, f"/v1/events?control_of={fasher}") == [event["id"]]
    claims = client.get(f"/v1/events/{event['id']}?include=claims").get_json()["claims"]
    assert [c["control"] for c in claims] == ["full", "besieged"]
    assert_stored_as_assembled(app)
    problem(client.get("/v1/places?besieged_by=abc"), 400)


def test_reads_as_of_a_moment_show_places_as_they_were(client, admin, sudan):
    script = Script(client)
    khartoum = sudan["khartoum"]
    event = created(client, "events", {**EVENT, "other_places": [
        {"place_id": None, "relation": "east_of", "relative_to_id": khartoum, "role": "from"}]})
    script.records += [f"/v1/events/{event['id']}?include=other_places",
                       f"/v1/events?relative_to={khartoum}&format=csv"]
    script.step()
    assert client.patch(f"/v1/events/{event['id']}", json={"other_places": [
        {"place_id": None, "relation": "near", "relative_to_id": khartoum, "words": "near the capital",
         "role": "at"}]}).status_code == 200
    script.step()
    script.check()
