"""Issue 10, mending round (mend10a), through HTTP: control of a place as a claim (controlled_by=,
controlled_on=, control_of=), an event under way on a day with start and end unknown (date_bound under_way),
places relative to places (relations, related_to=), a reason as claimed (a claim's related_event_id and
relation), a further place not named (other_places with unknown), and whom an actor took part for
(on_behalf_of_id). Each is written, read, filtered, revised and restored; bad input names the field."""
import pytest

from helpers import EVENT, PLACE, created, ids, problem


def actor(client, name):
    return created(client, "actors", {"name": name, "kind": "armed_force"})["id"]


def place(client, name, **more):
    return created(client, "places", {**PLACE, "name": name, **more})["id"]


def control(holder, of, day, state="full", claimant=None, **more):
    claim = {"control": state, "controlled_by_id": holder, "control_of_id": of, "as_of": day, "source_ids": [1],
             **more}
    if claimant is not None:
        claim["claimant_id"] = claimant
    return claim


def restores(client, kind, record_id, field, emptied):
    """Version 1 comes back, `field` and all, after a PATCH emptied it."""
    first = client.get(f"/v1/{kind}/{record_id}?include=").get_json()
    assert client.patch(f"/v1/{kind}/{record_id}", json={field: emptied}).status_code == 200
    assert client.get(f"/v1/{kind}/{record_id}?include=").get_json()[field] != first[field]
    restored = client.post(f"/v1/{kind}/{record_id}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, str(restored.get_json())
    again = client.get(f"/v1/{kind}/{record_id}?include=").get_json()
    assert {k: v for k, v in again.items() if k not in ("version", "updated_at")} == {
        k: v for k, v in first.items() if k not in ("version", "updated_at")}


def test_control_claims_answer_who_held_a_place_on_a_day(client):
    russia, ukraine = actor(client, "Russian forces"), actor(client, "Ukrainian forces")
    ru_mod, ua_staff = actor(client, "Russian MoD"), actor(client, "Ukrainian General Staff")
    town = place(client, "Soledar")
    claims = [control(russia, town, "2023-01-13", claimant=ru_mod),
              control(russia, town, "2023-01-13", "none", claimant=ua_staff, note="Fighting continued."),
              control(ukraine, town, "2023-01-13", "contested", claimant=ua_staff),
              control(ukraine, town, "2023-01-20", "partial", claimant=ua_staff, control_part="the western outskirts"),
              control(russia, town, "2023-01-25", claimant=ua_staff, rank="normal")]
    event = created(client, "events", {**EVENT, "title": "Fighting for Soledar", "type": "FIGHT", "place_id": town,
                                       "participants": [], "figures": [], "parent_id": None, "claims": claims})
    shown = client.get(event["href"] + "?include=claims").get_json()["claims"]
    assert [(c["control"], c["controlled_by"]["id"], c["control_of"]["id"], c["as_of"]) for c in shown][:2] == [
        ("full", russia, town, "2023-01-13"), ("none", russia, town, "2023-01-13")]
    assert shown[3]["control_part"] == "the western outskirts"
    assert ids(client, f"/v1/places?controlled_by={russia}") == [town]
    assert ids(client, f"/v1/places?controlled_by={ukraine}") == [town]   # partial, on the 20th
    # as of a day: each claimant's latest claim by then
    assert ids(client, f"/v1/places?controlled_by={ukraine}&controlled_on=2023-01-19") == []   # contested only
    assert ids(client, f"/v1/places?controlled_by={ukraine}&controlled_on=2023-01-21") == [town]
    assert ids(client, f"/v1/places?controlled_by={ukraine}&controlled_on=2023-01-26") == []   # superseded
    assert ids(client, f"/v1/places?controlled_by={russia}&controlled_on=2023-01-12") == []
    assert ids(client, f"/v1/places?controlled_by={russia}&controlled_on=2023-01-14") == [town]
    assert ids(client, f"/v1/events?control_of={town}") == [event["id"]]
    # revised (the partial claim deprecated, kept by its ID), then restored
    first = client.get(event["href"] + "?include=claims").get_json()["claims"]
    revised = [{**claim, "id": shown_claim["id"]} for claim, shown_claim in zip(claims, first)]
    revised[3]["rank"] = "deprecated"
    assert client.patch(event["href"], json={"claims": revised}).status_code == 200
    assert ids(client, f"/v1/places?controlled_by={ukraine}") == []
    assert client.post(event["href"] + "/revisions/1/restore", headers={"If-Match": "*"}).status_code == 200
    assert client.get(event["href"] + "?include=claims").get_json()["claims"] == first
    assert ids(client, f"/v1/places?controlled_by={ukraine}") == [town]
    # a place a control claim names cannot be deleted
    problem(client.delete(f"/v1/places/{town}", headers={"If-Match": "*"}), 409)


@pytest.mark.parametrize(("claim", "field"), [
    ({"control": "full", "control_of_id": 3, "as_of": "2023-01-13"}, "controlled_by_id"),
    ({"control": "full", "controlled_by_id": 1, "as_of": "2023-01-13"}, "control_of_id"),
    ({"control": "full", "controlled_by_id": 1, "control_of_id": 3}, "as_of"),
    ({"control": "full", "controlled_by_id": 1, "control_of_id": 3, "as_of": "2023-01-13",
      "control_part": "the outskirts"}, "control_part"),
    ({"control": "held", "controlled_by_id": 1, "control_of_id": 3, "as_of": "2023-01-13"}, "control"),
    ({"controlled_by_id": 1, "place_id": 3}, "controlled_by_id"),
    ({"related_event_id": 1}, "relation"),
    ({"related_event_id": 1, "relation": "part_of"}, "relation"),
    ({"actor_id": 1, "took_part": False, "on_behalf_of_id": 2}, "on_behalf_of_id"),
    ({"control": "full", "controlled_by_id": 1, "control_of_id": 99999, "as_of": "2023-01-13"}, "control_of_id"),
])
def test_bad_claims_are_refused_naming_the_field(client, claim, field):
    body = problem(client.post("/v1/events", json={**EVENT, "claims": [{**claim, "source_ids": [1]}]}), 422)
    assert field in body["errors"]["claims"]["0"], body["errors"]


def test_filters_refuse_bad_values(client):
    problem(client.get("/v1/places?controlled_on=2023-01-01"), 400)
    problem(client.get("/v1/places?controlled_by=1&controlled_on=soon"), 400)
    problem(client.get("/v1/places?relation=above"), 400)
    problem(client.get("/v1/events?unknown_place=inside"), 400)
    problem(client.get("/v1/events?claimed_relation=part_of"), 400)


def test_under_way_on_a_day_start_and_end_unknown(client):
    body = {**EVENT, "date_start": "2023-01-10", "date_end": None, "date_bound": "under_way", "figures": []}
    event = created(client, "events", body)
    shown = client.get(event["href"]).get_json()
    assert (shown["date_start"], shown["date_end"], shown["date_bound"], shown["date_edtf"]) == (
        "2023-01-10", None, "under_way", None)
    # it may have been going on in any window: both date filters keep it
    for query in ("date_from=2023-02-01", "date_to=2022-12-01", "date_from=2022-01-01&date_to=2022-01-31",
                  "date_bound=under_way"):
        assert event["id"] in ids(client, f"/v1/events?limit=100&{query}"), query
    assert ids(client, "/v1/events?limit=100&date_bound=ongoing") == [] or event["id"] not in ids(
        client, "/v1/events?limit=100&date_bound=ongoing")
    # a claim's dates take it too; a point in time (a statement) does not
    claimed = created(client, "events", {**EVENT, "figures": [], "claims": [
        {"dates": {"date": "2023-01-10", "bound": "under_way", "time": "evening"}, "claimant_id": 1,
         "source_ids": [1]}]})
    dates = client.get(claimed["href"] + "?include=claims").get_json()["claims"][0]["dates"]
    assert (dates["bound"], dates["edtf"], dates["time"]) == ("under_way", None, "evening")
    errors = problem(client.post("/v1/events", json={**body, "date_end": "2023-01-11"}), 422)["errors"]
    assert "date_end" in errors
    errors = problem(client.post("/v1/statements", json={
        "speaker_id": 3, "date": "2023-01-10", "date_bound": "under_way", "medium": "speech",
        "source_ids": [1]}), 422)["errors"]
    assert "date_bound" in errors
    assert client.patch(event["href"], json={"date_bound": None, "date_end": "2023-01-12"}).status_code == 200
    assert client.post(event["href"] + "/revisions/1/restore", headers={"If-Match": "*"}).status_code == 200
    assert client.get(event["href"]).get_json()["date_bound"] == "under_way"


def test_places_relative_to_places(client):
    bakhmut, kostiantynivka = place(client, "Bakhmut"), place(client, "Kostiantynivka")
    village = created(client, "places", {**PLACE, "name": "Klishchiivka", "relations": [
        {"place_id": bakhmut, "relation": "south_of", "distance_km": 10, "qualifier": "about"}]})
    road = created(client, "places", {**PLACE, "name": "Chasiv Yar checkpoint", "relations": [
        {"place_id": bakhmut, "relation": "on_road_between", "and_place_id": kostiantynivka}]})
    shown = client.get(village["href"] + "?include=relations").get_json()["relations"]
    assert shown == [{"place": {"id": bakhmut, "name": "Bakhmut", "kind": "city", "latitude": 39.52,
                                "longitude": 47.03}, "relation": "south_of", "and_place": None, "distance_km": 10,
                      "qualifier": "about", "claimant": None, "sources": [], "attribution": "source",
                      "verification": None, "note": None, "since": None, "until": None,
                      "side": None, "across": None, "part": None,
                          "distance_vague": None,   # side, across: 0042; part: 0079
                      "actor": None, "and_actor": None,   # between two sides (figs32, migrations/0110)
                      "claimant_words": None, "claimant_kind": None, "claimant_country": None, "degree": None,   # 0106
                      "travel_time": None, "travel_mode": None}]   # places35, 0119
    assert client.get(road["href"] + "?include=").get_json()["relations"][0]["and_place"] == kostiantynivka
    assert ids(client, f"/v1/places?related_to={bakhmut}") == [village["id"], road["id"]]
    assert ids(client, f"/v1/places?related_to={kostiantynivka}") == [road["id"]]
    assert ids(client, f"/v1/places?related_to={bakhmut}&relation=south_of,north_of") == [village["id"]]
    restores(client, "places", village["id"], "relations", [])
    problem(client.delete(f"/v1/places/{kostiantynivka}", headers={"If-Match": "*"}), 409)
    for relation, field in (({"place_id": bakhmut, "relation": "on_road_between"}, "and_place_id"),
                            ({"place_id": bakhmut, "relation": "near", "and_place_id": kostiantynivka},
                             "and_place_id"),
                            ({"place_id": bakhmut, "relation": "near", "qualifier": "about"}, "qualifier"),
                            ({"place_id": bakhmut, "relation": "near", "distance_km": -1}, "distance_km"),
                            ({"place_id": village["id"], "relation": "near"}, "place_id")):
        response = client.patch(village["href"], json={"relations": [relation]})
        assert field in problem(response, 422)["errors"]["relations"]["0"], relation


def test_a_reason_as_claimed(client):
    israel, hamas = actor(client, "Israel"), actor(client, "Hamas")
    earlier = created(client, "events", {**EVENT, "title": "Raid", "figures": []})
    attack = created(client, "events", {**EVENT, "title": "Attack", "figures": [], "participants": [], "claims": [
        {"related_event_id": earlier["id"], "relation": "in_response_to", "claimant_id": hamas, "source_ids": [1]},
        {"actor_id": israel, "role": "target", "took_part": True, "claimant_id": hamas, "source_ids": [1]}]})
    claim = client.get(attack["href"] + "?include=claims").get_json()["claims"][0]
    assert (claim["related_event"]["id"], claim["relation"], claim["claimant"]["id"]) == (
        earlier["id"], "in_response_to", hamas)
    assert ids(client, f"/v1/events?claimed_related_to={earlier['id']}") == [attack["id"]]
    assert ids(client, "/v1/events?claimed_relation=in_response_to") == [attack["id"]]
    assert ids(client, f"/v1/events?related_to={earlier['id']}") == []   # the curators' relations: none
    assert ids(client, f"/v1/events?claimed_actor={israel}&claimed_role=target") == [attack["id"]]
    problem(client.delete(earlier["href"], headers={"If-Match": "*"}), 409)
    errors = problem(client.patch(attack["href"], json={"claims": [
        {"related_event_id": attack["id"], "relation": "follows", "source_ids": [1]}]}), 422)["errors"]
    assert "related_event_id" in errors["claims"]["0"]


def test_a_further_place_not_named(client):
    event = created(client, "events", {**EVENT, "figures": [], "other_places": [
        {"place_id": 5, "role": "from"}, {"place_id": None, "unknown": "undisclosed", "role": "to"},
        {"place_id": None, "unknown": "unknown", "role": "via"}]})
    shown = client.get(event["href"]).get_json()["other_places"]
    assert shown[1] == {"place": None, "location_precision": None, "role": "to", "unknown": "undisclosed",
                        # described relative to no place, in no words (migrations/0042)
                        "relation": None, "relative_to": None, "words": None, "with_surroundings": False,
                        # at no distance said (migrations/0062)
                        "distance_km": None, "distance_qualifier": None, "distance_vague": None,   # 0079
                        "site_category": None}   # figs33 (migrations/0113)
    assert shown[0]["unknown"] is None
    assert ids(client, "/v1/events?limit=100&unknown_place=to") == [event["id"]]
    assert ids(client, "/v1/events?limit=100&unknown_place=from") == []
    assert event["id"] in ids(client, "/v1/events?limit=100&place=5&place_role=from")
    restores(client, "events", event["id"], "other_places", [])
    for item, field in (({"place_id": None, "role": "to"}, "place_id"),
                        ({"place_id": 5, "unknown": "unknown"}, "unknown"),
                        ({"unknown": "unknown"}, "place_id"),
                        ({"place_id": None, "unknown": "unknown", "location_precision": "exact"},
                         "location_precision"),
                        ({"place_id": None, "unknown": "somewhere"}, "unknown")):
        errors = problem(client.patch(event["href"], json={"other_places": [item]}), 422)["errors"]
        assert field in errors["other_places"]["0"], (item, errors)
    twice = [{"place_id": None, "unknown": "unknown", "role": "to"}] * 2
    assert "other_places" in problem(client.patch(event["href"], json={"other_places": twice}), 422)["errors"]


def test_whom_an_actor_took_part_for(client):
    russia, wagner = actor(client, "Russia"), actor(client, "Wagner Group")
    prigozhin = actor(client, "Yevgeny Prigozhin")
    event = created(client, "events", {**EVENT, "figures": [], "participants": [
        {"actor_id": wagner, "role": "side_a", "on_behalf_of_id": russia}, {"actor_id": 9, "role": "side_b"}],
        "claims": [{"actor_id": wagner, "role": "side_a", "took_part": True, "on_behalf_of_id": russia,
                    "claimant_id": prigozhin, "source_ids": [1]}]})
    shown = client.get(event["href"] + "?include=").get_json()
    assert shown["participants"][0] == {"id": shown["participants"][0]["id"], "actor": wagner, "role": "side_a",
                                        "on_behalf_of": russia, "actor_part": None}
    assert shown["participants"][1]["on_behalf_of"] is None
    embedded = client.get(event["href"] + "?include=participants,claims").get_json()
    assert embedded["participants"][0]["on_behalf_of"]["name"] == "Russia"
    assert embedded["claims"][0]["on_behalf_of"]["id"] == russia
    assert ids(client, f"/v1/events?on_behalf_of={russia}") == [event["id"]]
    restores(client, "events", event["id"], "participants", [{"actor_id": wagner, "role": "side_a"}])
    problem(client.delete(f"/v1/actors/{russia}", headers={"If-Match": "*"}), 409)
    errors = problem(client.patch(event["href"], json={"participants": [
        {"actor_id": wagner, "role": "side_a", "on_behalf_of_id": 99999}]}), 422)["errors"]
    assert "on_behalf_of_id" in errors["participants"]["0"]


def test_vocabularies_published(client):
    text = str(client.get("/v1/vocabularies").get_json())
    for term in ("control_states", "contested", "unknown_places", "undisclosed", "place_relations",
                 "on_road_between", "under_way"):
        assert term in text


def csv_rows(client, path):
    import csv
    import io
    response = client.get(path, headers={"Accept": "text/csv"})
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))


def test_csv_columns(client):
    russia, wagner = actor(client, "Russia"), actor(client, "Wagner Group")
    event = created(client, "events", {**EVENT, "figures": [], "participants": [
        {"actor_id": wagner, "role": "side_a", "on_behalf_of_id": russia}, {"actor_id": 9, "role": "side_b"}],
        "other_places": [{"place_id": 5, "role": "from"}, {"place_id": None, "unknown": "undisclosed", "role": "to"}]})
    row = csv_rows(client, f"/v1/events?on_behalf_of={russia}")[0]
    assert row["id"] == str(event["id"])
    assert (row["participants_on_behalf_of"], row["other_place_ids"], row["other_place_roles"]) == (
        f"{wagner}:{russia}", "5|undisclosed", "from|to")
    bakhmut = place(client, "Bakhmut")
    village = created(client, "places", {**PLACE, "name": "Klishchiivka", "relations": [
        {"place_id": bakhmut, "relation": "south_of", "distance_km": 10}]})
    row = csv_rows(client, f"/v1/places?related_to={bakhmut}")[0]
    assert (row["id"], row["relations"]) == (str(village["id"]), f"{bakhmut}:south_of")


def test_a_commander_conceding_a_town_supersedes_his_force_s_claim(client):
    """Wad Madani: the RSF claimed the city in December 2023; its commander (parent: the RSF) conceded it in
    January 2025. A member speaks with his force's voice, and the force with its members'; another side's
    later claim does not end the RSF's (each claimant's latest claim counts)."""
    rsf, saf = actor(client, "Rapid Support Forces"), actor(client, "Sudanese Armed Forces")
    dagalo = created(client, "actors", {"name": "Mohamed Hamdan Dagalo", "kind": "person", "parent_id": rsf})["id"]
    city = place(client, "Wad Madani")
    claims = [control(rsf, city, "2023-12-18", claimant=rsf),
              control(rsf, city, "2024-06-01", "none", claimant=saf),   # another side: does not end the RSF's claim
              control(saf, city, "2025-01-11", claimant=saf),
              control(rsf, city, "2025-01-12", "none", claimant=dagalo)]
    created(client, "events", {**EVENT, "title": "Wad Madani", "type": "FIGHT", "place_id": city,
                               "participants": [], "figures": [], "parent_id": None, "claims": claims})
    assert ids(client, f"/v1/places?controlled_by={rsf}&controlled_on=2024-07-01") == [city]
    assert ids(client, f"/v1/places?controlled_by={rsf}&controlled_on=2025-01-11") == [city]
    assert ids(client, f"/v1/places?controlled_by={rsf}&controlled_on=2025-01-13") == []
    assert ids(client, f"/v1/places?controlled_by={saf}&controlled_on=2025-01-13") == [city]
    # the force, conceding after its commander had claimed: the same voice again
    later = [control(rsf, city, "2025-02-01", claimant=dagalo), control(rsf, city, "2025-03-01", "none", claimant=rsf)]
    created(client, "events", {**EVENT, "title": "Wad Madani again", "type": "FIGHT", "place_id": city,
                               "participants": [], "figures": [], "parent_id": None, "claims": later})
    assert ids(client, f"/v1/places?controlled_by={rsf}&controlled_on=2025-02-15") == [city]
    assert ids(client, f"/v1/places?controlled_by={rsf}&controlled_on=2025-03-02") == []
