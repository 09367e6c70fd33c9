"""Statements and their acts, round 28 (issue 10, acts28; migrations/0097), through HTTP: an act item's places
with their part ("announced it would send peacekeepers to Stepanakert", "pledged to withdraw from the town") and
its equipment ("will send armoured vehicles", "to deliver 30 tanks"); a statement whose speaker is not known
("footage of the hostages was shown on television" by a party not named); an unknown query parameter that names
the ones it may mean; the words of who within a claimant spoke ("an ICRC spokesman"). Written, read back equal,
filtered; bad input is a problem naming the field and changes nothing."""
import pytest

from helpers import UNNAMED_CRAFT, BODIES, PLACE, problem, created as post

STATEMENT = {k: v for k, v in BODIES["statements"].items() if k != "figures"}
EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}


def found(client, query):
    response = client.get(f"/v1/statements?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def test_an_acts_places_and_equipment(client):
    """ "Russia announced it would send peacekeepers with armoured vehicles to Stepanakert, by way of the Lachin
    corridor"; "pledged to withdraw its troops from the town to their barracks"."""
    town, corridor = post(client, "places", PLACE), post(client, "places", {**PLACE, "name": "Lachin corridor"})
    said = post(client, "statements", {**STATEMENT, "about_place_ids": [6, town["id"], corridor["id"]],
                                       "announcements": [
        {"action": "deployment", "words": "peacekeepers with armoured vehicles",
         "places": [{"place_id": 6, "role": "to"}, {"place_id": corridor["id"], "role": "via"}],
         "equipment": [{"kind": "armoured_vehicle"}, {"kind": "tank", "model": "T-72", "count": 30,
                                                     "qualifier": "about"}]}],
        "pledges": [{"action": "withdrawal", "places": [
            {"place_id": town["id"], "role": "from"},
            {"place_id": None, "unknown": "unnamed", "words": "their barracks", "role": "to"}]}]})
    act = said["announcements"][0]
    assert [(p["place"], p["role"]) for p in act["places"]] == [(6, "to"), (corridor["id"], "via")]
    assert act["equipment"] == [
        {"kind": "armoured_vehicle", "model": None, "maker_country": None, "count": None, "qualifier": None, **UNNAMED_CRAFT},
        {"kind": "tank", "model": "T-72", "maker_country": None, "count": 30, "qualifier": "about", **UNNAMED_CRAFT}]
    unnamed = said["pledges"][0]["places"][1]
    assert (unnamed["place"], unnamed["unknown"], unnamed["words"], unnamed["role"]) == (
        None, "unnamed", "their barracks", "to")
    assert client.get(said["href"]).get_json() == said
    plain = post(client, "statements", {**STATEMENT, "requests": [{"action": "ceasefire"}]})
    assert (plain["requests"][0]["places"], plain["requests"][0]["equipment"]) == ([], [])
    assert said["id"] in found(client, "act_place=6") and said["id"] in found(client, f"act_place={town['id']}")
    assert plain["id"] not in found(client, "act_place=6")
    assert said["id"] in found(client, "act_equipment=tank")
    assert said["id"] not in found(client, "act_equipment=aircraft")
    assert said["id"] in found(client, f"about_place={town['id']}")
    etag = client.get(town["href"]).headers["ETag"]
    assert client.delete(town["href"], headers={"If-Match": etag}).status_code == 409   # named by the act


@pytest.mark.parametrize("item, field", [
    ({"action": "deployment", "places": [{"place_id": 6}]}, "role"),
    ({"action": "deployment", "places": [{"place_id": 6, "role": "towards"}]}, "role"),
    ({"action": "deployment", "places": [{"place_id": 3, "role": "to"}]}, "places"),   # not in about_place_ids
    ({"action": "deployment", "places": [{"place_id": 999999, "role": "to"}]}, "place_id"),
    ({"action": "deployment", "places": [{"place_id": None, "role": "to"}]}, "place_id"),   # neither named nor unknown
    ({"action": "deployment", "places": [{"place_id": 6, "role": "to"}, {"place_id": 6, "role": "at"}]}, "places"),
    ({"action": "deployment", "equipment": [{"kind": "armour"}]}, "kind"),
    ({"action": "deployment", "equipment": [{"model": "T-72"}]}, "kind"),
    ({"action": "deployment", "equipment": [{"kind": "tank", "count": -1}]}, "count"),
    ({"action": "deployment", "equipment": {"kind": "tank"}}, "equipment"),
])
def test_bad_act_places_and_equipment_are_a_problem_naming_the_field(client, item, field):
    before = found(client, "")
    body = problem(client.post("/v1/statements", json={**STATEMENT, "about_place_ids": [6], "offers": [item]}), 422)
    assert field in str(body["errors"]["offers"]), body["errors"]
    assert found(client, "") == before
    assert problem(client.get("/v1/statements?act_equipment=armour"), 400)["errors"]["act_equipment"]
    assert problem(client.get("/v1/statements?act_place=x"), 400)["errors"]["act_place"]


def test_a_statement_whose_speaker_is_not_known(client):
    """ "Footage of the hostages was shown on television on Tuesday", by a party the report does not name."""
    shown = post(client, "statements", {**STATEMENT, "speaker_id": None, "medium": "video", "platform": "television",
                                        "speaker_words": "the kidnappers", "quote": None, "stance": None})
    assert (shown["speaker"], shown["speaker_words"], shown["medium"], shown["platform"]) == (
        None, "the kidnappers", "video", "television")
    assert client.get(shown["href"]).get_json() == shown
    assert client.get(f"{shown['href']}?include=speaker").get_json()["speaker"] is None
    named = post(client, "statements", STATEMENT)
    assert shown["id"] in found(client, "speaker_known=false") and named["id"] not in found(client, "speaker_known=false")
    assert named["id"] in found(client, "speaker_known=true") and shown["id"] not in found(client, "speaker_known=true")
    assert shown["id"] not in found(client, "speaker=3")
    reply = post(client, "statements", {**STATEMENT, "relations": [{"statement_id": shown["id"],
                                                                   "relation": "replies_to"}]})
    assert client.get(f"{reply['href']}?include=relations").get_json()["relations"][0]["statement"]["speaker"] is None
    stats = client.get("/v1/statements/stats?group_by=speaker")
    assert stats.status_code == 200, stats.get_json()
    assert client.get("/v1/statements?format=csv&limit=500").status_code == 200


@pytest.mark.parametrize("change, field", [
    ({"speaker_id": None, "speaker_part": "officials"}, "speaker_part"),
    ({"speaker_id": None, "other_speaker_ids": [4]}, "other_speaker_ids"),
    ({"speaker_id": "x"}, "speaker_id"),
])
def test_an_unknown_speaker_says_nothing_of_a_part_or_further_speakers(client, change, field):
    before = found(client, "")
    assert field in problem(client.post("/v1/statements", json={**STATEMENT, **change}), 422)["errors"]
    assert found(client, "") == before
    missing = {k: v for k, v in STATEMENT.items() if k != "speaker_id"}   # null is said, never a default
    assert "speaker_id" in problem(client.post("/v1/statements", json=missing), 422)["errors"]


@pytest.mark.parametrize("kind, wrong, meant", [
    ("statements", "treaty_link", "about_treaty_link"),
    ("statements", "speker", "speaker"),
    ("events", "plce", "place"),
    ("actors", "kid", "kind"),
    ("treaties", "satus", "status"),
    ("places", "contry", "country"),
    ("sources", "publsher", "publisher"),
])
def test_an_unknown_parameter_names_the_ones_it_may_mean(client, kind, wrong, meant):
    errors = problem(client.get(f"/v1/{kind}?{wrong}=1"), 400)["errors"]
    assert errors[wrong][0].startswith("Unknown field.") and meant in errors[wrong][0], errors
    assert problem(client.get(f"/v1/{kind}?colour=red"), 400)["errors"] == {"colour": ["Unknown field."]}


def test_words_of_who_within_a_claimant_spoke(client):
    """ "An ICRC spokesman said 40 were killed": the figure's claimant the ICRC, attribution unnamed, its words."""
    figure = {"quantity": "deaths", "best": 40, "unit": "people", "source_ids": [1], "claimant_id": 10,
              "claimant_words": "an ICRC spokesman"}
    event = post(client, "events", {**EVENT, "figures": [{**figure, "attribution": "unnamed"}]})
    stored = client.get(f"{event['href']}?include=figures").get_json()["figures"][0]
    assert (stored["claimant"]["id"], stored["attribution"], stored["claimant_words"]) == (
        10, "unnamed", "an ICRC spokesman")
    message = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)[
        "errors"]["figures"]["0"]["claimant_words"][0]
    assert "attribution unnamed" in message and "claimant_id" in message
