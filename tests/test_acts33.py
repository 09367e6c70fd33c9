"""agree33: a statement's main demand (an act item's primary), the act a not_said point is about, an act place at
a distance, remarks to reporters and an addressee in words (migrations/0114), and the "Did you mean" of filter
names other collections spell otherwise. Through HTTP: written, read back equal, filtered, revised; bad input is a
problem naming the field and changes nothing."""
import pytest

from helpers import STATEMENT, created, ids, problem

WITHDRAWAL = {"action": "withdrawal", "words": "the withdrawal of foreign troops", "primary": True}
TALKS = {"action": "further_negotiations"}


def found(client, query):
    return ids(client, f"/v1/statements?{query}&limit=500")


def test_the_main_demand_is_read_back_and_found(client):
    said = created(client, "statements", {**STATEMENT, "requests": [TALKS, WITHDRAWAL]})
    other = created(client, "statements", {**STATEMENT, "requests": [{**TALKS, "primary": True}, WITHDRAWAL | {
        "primary": False}]})
    plain = created(client, "statements", {**STATEMENT, "requests": [TALKS]})
    assert [item["primary"] for item in said["requests"]] == [False, True]
    assert client.get(said["href"]).get_json() == said
    assert said["id"] in found(client, "act_primary=true") and plain["id"] not in found(client, "act_primary=true")
    assert plain["id"] in found(client, "act_primary=false") and said["id"] not in found(client, "act_primary=false")
    main = found(client, "act_primary=true&requested_action=withdrawal")
    assert said["id"] in main and other["id"] not in main
    assert other["id"] in found(client, "requested_action=withdrawal")
    etag = client.get(plain["href"]).headers["ETag"]
    revised = client.patch(plain["href"], headers={"If-Match": etag}, json={"requests": [{**TALKS, "primary": True}]})
    assert revised.status_code == 200, revised.get_json()
    assert plain["id"] in found(client, "act_primary=true&requested_action=further_negotiations")


def test_a_not_said_point_names_its_act(client):
    unsaid = {"point": "when", "reason": "not_given", "words": "did not say when they would resume attacks",
              "action": "military_operations"}
    said = created(client, "statements", {**STATEMENT, "not_said": [unsaid]})
    plain = created(client, "statements", {**STATEMENT, "not_said": [{"point": "when", "reason": "not_given"}]})
    assert said["not_said"] == [unsaid] and plain["not_said"][0]["action"] is None
    for query in ("not_said_action=military_operations", "not_said=when&not_said_action=military_operations",
                  "not_said_reason=not_given&not_said_action=military_operations,ceasefire"):
        assert said["id"] in found(client, query) and plain["id"] not in found(client, query), query
    for query in ("not_said=where&not_said_action=military_operations", "not_said_action=ceasefire"):
        assert said["id"] not in found(client, query), query


def test_an_act_place_at_a_distance(client):
    place = {"role": "at", "place_id": None, "relation": "distance_from", "relative_to_id": 6, "distance_km": 5,
             "distance_qualifier": "at_most", "words": "within five km of its barracks"}
    said = created(client, "statements", {**STATEMENT, "about_place_ids": [6], "pledges": [
        {"action": "withdrawal", "refrain": True, "places": [place]}]})
    shown = said["pledges"][0]["places"][0]
    assert (shown["distance_km"], shown["distance_qualifier"], shown["relation"]) == (5, "at_most", "distance_from")
    assert client.get(said["href"]).get_json() == said


def test_remarks_to_reporters_and_an_addressee_in_words(client):
    said = created(client, "statements", {**STATEMENT, "medium": "remarks_to_reporters",
                                          "addressee_words": "reporters"})
    assert (said["medium"], said["addressee_words"]) == ("remarks_to_reporters", "reporters")
    assert client.get(said["href"]).get_json() == said
    assert said["id"] in found(client, "medium=remarks_to_reporters")
    assert created(client, "statements", STATEMENT)["addressee_words"] is None
    csv = client.get("/v1/statements?format=csv&limit=500").get_data(as_text=True)
    assert "addressee_words" in csv.splitlines()[0] and ",reporters," in csv


@pytest.mark.parametrize("body, path", [
    ({"requests": [WITHDRAWAL, {**TALKS, "primary": True}]}, ("requests",)),
    ({"requests": [{**TALKS, "primary": "main"}]}, ("requests", "0", "primary")),
    ({"not_said": [{"point": "when", "reason": "declined", "action": "resumption"}]}, ("not_said", "0", "action")),
    ({"about_place_ids": [6], "offers": [{"action": "withdrawal", "places": [
        {"role": "from", "place_id": 6, "distance_km": 5}]}]}, ("offers", "0", "places", "0", "distance_km")),
    ({"offers": [{"action": "withdrawal", "places": [
        {"role": "from", "place_id": None, "unknown": "unnamed", "distance_qualifier": "about"}]}]},
     ("offers", "0", "places", "0", "distance_qualifier")),
    ({"medium": "told_reporters"}, ("medium",)),
    ({"addressee_words": ""}, ("addressee_words",)),
])
def test_bad_values_are_refused_naming_the_field_and_change_nothing(client, body, path):
    before = ids(client, "/v1/statements?limit=500")
    errors = problem(client.post("/v1/statements", json={**STATEMENT, **body}), 422)["errors"]
    for key in path:
        assert key in errors, errors
        errors = errors[key]
    assert ids(client, "/v1/statements?limit=500") == before


@pytest.mark.parametrize("kind, wrong, meant", [("statements", "not_said_point", "not_said"),
                                                ("treaties", "related_to", "relates_to"),
                                                ("actors", "relates_to", "related_to"),
                                                ("statements", "related_statement", "related_to")])
def test_a_filter_name_of_another_collection_says_the_one_meant(client, kind, wrong, meant):
    body = problem(client.get(f"/v1/{kind}?{wrong}=1"), 400)
    assert f"Did you mean {meant}" in body["errors"][wrong][0], body
