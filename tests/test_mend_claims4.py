"""Issue 10, mend-claims4 (migrations/0079): several claimants of one claim, named and in words ("Fighters and
residents said gunmen still controlled most of the city", notes/trials t24 #53), and one treaty link claimed by
two sides (t24 "Doc problems" 5). Through HTTP: written, read back, filtered, refused."""
from helpers import EVENT as WITH_FIGURE, TREATY, created, ids, problem

EVENT = {**WITH_FIGURE, "figures": []}   # its figure names claimant 10

def _id(value):
    return value["id"] if isinstance(value, dict) else value


def who(claim):
    """A claim's claimant and claimants, as IDs (claims embed the actors they name)."""
    return _id(claim["claimant"]), [_id(actor) for actor in claim["claimants"]]


CONTROL = {"control": "partial", "controlled_by_id": 9, "control_of_id": 6, "as_of": "2020-10-28", "source_ids": [1]}


def test_a_claim_of_fighters_and_residents_reads_back_and_is_found_by_each_named_claimant(client):
    claim = {**CONTROL, "claimant_ids": [10, 11], "attribution": "named", "claimant_words": "residents",
             "claimant_kind": "group"}
    event = created(client, "events", {**EVENT, "claims": [claim]})
    stored = event["claims"][0]
    assert (*who(stored), stored["claimant_words"]) == (10, [10, 11], "residents")
    assert client.get(f"/v1/events/{event['id']}").get_json()["claims"] == event["claims"]
    for claimant in (10, 11):
        assert event["id"] in ids(client, f"/v1/events?claimant={claimant}")
    assert event["id"] not in ids(client, "/v1/events?claimant=12")
    assert event["id"] in ids(client, "/v1/events?claimant_kind=group")
    assert client.delete("/v1/actors/11", headers={"If-Match": "*"}).status_code == 409


def test_one_claimant_given_either_way_is_the_same_claim(client):
    by_id = created(client, "events", {**EVENT, "claims": [{**CONTROL, "claimant_id": 10}]})["claims"][0]
    by_ids = created(client, "events", {**EVENT, "claims": [{**CONTROL, "claimant_ids": [10]}]})["claims"][0]
    assert who(by_id) == who(by_ids) == (10, [10])
    alone = created(client, "events", {**EVENT, "claims": [CONTROL]})["claims"][0]
    assert (*who(alone), alone["attribution"]) == (None, [], "source")


def test_a_patch_keeps_and_changes_the_claimants(client):
    event = created(client, "events", {**EVENT, "claims": [{**CONTROL, "claimant_ids": [10, 11]}]})
    claim_id = event["claims"][0]["id"]
    changed = client.patch(f"/v1/events/{event['id']}", json={"claims": [
        {**CONTROL, "id": claim_id, "claimant_ids": [11, 9]}]}, headers={"If-Match": "*"})
    assert changed.status_code == 200, changed.get_json()
    assert who(changed.get_json()["claims"][0]) == (11, [11, 9])
    assert event["id"] not in ids(client, "/v1/events?claimant=10")


def test_claimants_out_of_order_twice_or_words_without_saying_whose_are_refused(client):
    for claim, field in (({**CONTROL, "claimant_id": 11, "claimant_ids": [10, 11]}, "claimant_ids"),
                         ({**CONTROL, "claimant_ids": [10, 10]}, "claimant_ids"),
                         ({**CONTROL, "claimant_ids": [10, 99999]}, "claimant_ids"),
                         ({**CONTROL, "claimant_id": 10, "claimant_words": "residents"}, "claimant_words"),
                         ({**CONTROL, "attribution": "source", "claimant_words": "residents"}, "claimant_words")):
        body = problem(client.post("/v1/events", json={**EVENT, "claims": [claim]}), 422)
        assert field in str(body["errors"]), (claim, body["errors"])


def test_each_side_alleging_a_breach_of_one_treaty_is_stored_and_found(client):
    treaty = created(client, "treaties", TREATY)["id"]
    links = [{"treaty_id": treaty, "link": "breaches", "claimant_id": claimant, "source_ids": [1]}
             for claimant in (9, 10)]
    event = created(client, "events", {**EVENT, "treaties": links})
    assert [(link["link"], link["claimant"]) for link in event["treaties"]] == [("breaches", 9), ("breaches", 10)]
    assert client.get(f"/v1/events/{event['id']}").get_json()["treaties"] == event["treaties"]
    for claimant in (9, 10):
        assert ids(client, f"/v1/events?treaty={treaty}&treaty_link_claimant={claimant}") == [event["id"]]
    errors = problem(client.post("/v1/events", json={**EVENT, "treaties": [links[0], links[0]]}), 422)["errors"]
    assert list(errors) == ["treaties"]


def test_the_north_western_town_and_the_bridge_over_the_river_are_stored_and_found(client):
    country = created(client, "places", {"name": "Central African Republic", "kind": "country", "country": "CAF"})["id"]
    town = created(client, "places", {"name": "Bossangoa", "kind": "city", "country": "CAF", "parent_id": country,
                                      "relations": [{"place_id": country, "relation": "within", "part": "northwest"}]})
    assert (town["relations"][0]["relation"], town["relations"][0]["part"]) == ("within", "northwest")
    assert client.get(f"/v1/places/{town['id']}").get_json()["relations"] == town["relations"]
    assert ids(client, f"/v1/places?related_to={country}&relation_part=northwest") == [town["id"]]
    assert ids(client, "/v1/places?relation_part=north,east") == []
    river = created(client, "places", {"name": "Euphrates", "kind": "river"})["id"]
    bridge = created(client, "places", {"name": "Old bridge", "kind": "site", "country": "IRQ",
                                        "relations": [{"place_id": river, "relation": "crosses"}]})["id"]
    assert ids(client, f"/v1/places?related_to={river}&relation=crosses") == [bridge]
    assert "place_parts" in client.get("/v1/vocabularies").get_json()["vocabularies"]
    for relation, field in (({"place_id": country, "relation": "near", "part": "north"}, "part"),
                            ({"place_id": country, "relation": "within", "part": "up"}, "part")):
        errors = problem(client.post("/v1/places", json={"name": "X", "kind": "city", "relations": [relation]}),
                         422)["errors"]
        assert list(errors["relations"]["0"]) == [field]
    assert list(problem(client.get("/v1/places?relation_part=up"), 400)["errors"]) == ["relation_part"]


def test_peacekeepers_who_did_not_stop_them_are_a_participant_and_a_claim(client):
    event = created(client, "events", {**EVENT, "participants": [
        {"actor_id": 9, "role": "initiator"}, {"actor_id": 11, "role": "did_not_intervene"}], "claims": [
        {"actor_id": 11, "role": "did_not_intervene", "took_part": True, "claimant_id": 10, "source_ids": [1]}]})
    assert ("did_not_intervene", 11) in [(p["role"], _id(p["actor"])) for p in event["participants"]]
    assert ids(client, "/v1/events?actor=11&role=did_not_intervene") == [event["id"]]
    assert ids(client, "/v1/events?claimed_actor=11&claimed_role=did_not_intervene") == [event["id"]]


def test_whom_a_protective_reason_is_for_reads_back_and_is_found(client):
    claim = {"reason": "protection", "reason_for_id": 11, "reason_for_words": "French and other foreign nationals",
             "claimant_id": 10, "source_ids": [1]}
    event = created(client, "events", {**EVENT, "claims": [claim]})
    stored = event["claims"][0]
    assert (stored["reason"], _id(stored["reason_for"]), stored["reason_for_words"]) == (
        "protection", 11, "French and other foreign nationals")
    assert client.get(f"/v1/events/{event['id']}").get_json()["claims"] == event["claims"]
    assert ids(client, "/v1/events?reason_for=11") == [event["id"]]
    assert ids(client, "/v1/events?reason_for=12") == []
    for field in ("reason_for_id", "reason_for_words"):
        errors = problem(client.post("/v1/events", json={**EVENT, "claims": [
            {**claim, "reason": None, "actor_id": 9, "role": "initiator", "took_part": True}]}), 422)["errors"]
        assert field in errors["claims"]["0"]


def test_what_api_md_says_is_already_storable_is(client):
    """A source without a title, an accused conduct, a figure at one of several places, a string of towns, and
    unnamed claimants beside a named one on a figure (docs/api.md "Several claimants of a claim...")."""
    au = created(client, "sources", {"title": None, "publisher": "African Union"})
    assert au["title"] is None
    conduct = created(client, "events", {**EVENT, "occurrence": "alleged", "participants": [
        {"actor_id": 9, "role": "initiator"}], "site_categories": ["places_of_worship", "residential_areas"],
        "claims": [{"occurrence": "occurred", "claimant_id": 10, "source_ids": [1]}]})["id"]
    assert ids(client, "/v1/events?site_category=places_of_worship&occurrence=alleged") == [conduct]
    graves = created(client, "events", {**EVENT, "figures": [
        {"quantity": "deaths", "unit": "people", "vague": "many", "place_id": 6, "places": [
            {"place_id": 3, "role": "at", "words": "including in a football field"}],
         "claimant_ids": [10], "attribution": "named", "claimant_words": "residents", "source_ids": [1]}],
        "other_places": [{"place_id": None, "unknown": "unnamed", "words": "a string of towns", "role": "at"}]})
    figure = graves["figures"][0]
    assert (figure["places"][0]["role"], figure["claimant_words"]) == ("at", "residents")
    assert graves["other_places"][0]["words"] == "a string of towns"
    assert graves["id"] in ids(client, "/v1/events?figure_place=3")


def test_a_few_km_north_of_a_place_is_a_vague_distance_never_a_number(client):
    border = created(client, "places", {"name": "Border with Mauritania", "kind": "border"})["id"]
    post = created(client, "places", {"name": "A post", "kind": "site", "relations": [
        {"place_id": border, "relation": "north_of", "distance_vague": "a_few"}]})
    assert (post["relations"][0]["distance_km"], post["relations"][0]["distance_vague"]) == (None, "a_few")
    assert client.get(f"/v1/places/{post['id']}").get_json()["relations"] == post["relations"]
    event = created(client, "events", {**EVENT, "other_places": [
        {"place_id": None, "relation": "north_of", "relative_to_id": border, "distance_vague": "several",
         "words": "several kilometres north of the border", "role": "at"}]})
    assert event["other_places"][0]["distance_vague"] == "several"
    assert client.get(f"/v1/events/{event['id']}").get_json()["other_places"] == event["other_places"]
    for body, path in (({"name": "X", "kind": "site", "relations": [{"place_id": border, "relation": "north_of",
                                                                      "distance_km": 3, "distance_vague": "a_few"}]},
                        "/v1/places"),
                       ({**EVENT, "other_places": [{"place_id": 6, "distance_vague": "a_few", "role": "at"}]},
                        "/v1/events")):
        errors = problem(client.post(path, json=body), 422)["errors"]
        item = errors.get("relations", errors.get("other_places"))["0"]
        assert list(item) == ["distance_vague"], errors
