"""What a statement announces, pledges, threatens or says another intends; conditions on how an event turns out;
dates placed against another record (issue 10, mending round 5, mend-announce; migrations/0077; notes/trials t24
#46 #52 #56 #61 #73, t25 #11-#14 #19 #26 #49 #50 #54 #59 #75 #81), through HTTP: written, read back, filtered; bad
input is a problem naming the field and changes nothing."""
import pytest

from helpers import BODIES, STRUCTURED_TREATY, problem, created as post


def ids(client, kind, query):
    response = client.get(f"/v1/{kind}?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def actor(client, name, kind="government_body"):
    return post(client, "actors", {"name": name, "kind": kind})["id"]


def test_a_leader_announces_dissolution_rule_by_decree_elections_and_a_prime_minister_kept(client):
    """t25 #11-#14: "Djotodia announced he was dissolving the National Assembly and would rule by decree during a
    transition that would lead to elections in three years; Prime Minister Tiangaye would stay in his post"."""
    assembly, premier = actor(client, "National Assembly"), actor(client, "Nicolas Tiangaye", "person")
    announcements = [
        {"action": "dissolution", "about_actor_ids": [assembly], "words": "dissolving the National Assembly"},
        {"action": "rule_by_decree", "words": "would rule by decree during a transition"},
        {"action": "elections", "within": {"amount": 3, "unit": "years", "qualifier": "at_most"},
         "words": "elections in three years"},
        {"action": "stay_in_post", "about_actor_ids": [premier], "words": "would stay in his post"}]
    said = post(client, "statements", {**BODIES["statements"], "stance": "assert", "about_actor_ids": [assembly, premier],
                                       "announcements": announcements})
    other = post(client, "statements", BODIES["statements"])
    read = client.get(said["href"]).get_json()
    assert [item["action"] for item in read["announcements"]] == [a["action"] for a in announcements]
    assert read["announcements"][0]["about_actors"] == [assembly]
    assert read["announcements"][2]["within"]["amount"] == 3 and read["announcements"][1]["about_actors"] == []
    assert read["pledges"] == read["threats"] == read["intentions"] == []
    assert client.get(other["href"]).get_json()["announcements"] == []
    assert ids(client, "statements", "announced_action=dissolution") == {said["id"]}
    assert ids(client, "statements", "announced_action=elections,resignation") == {said["id"]}
    assert ids(client, "statements", "pledged_action=elections") == set()
    assert ids(client, "statements", f"about_actor={premier}") == {said["id"]}


def test_a_threat_on_talks_collapsing_and_a_threat_to_resign(client):
    """t24 #73 "Marines would resume full-scale operations if the talks collapsed"; #61 "threatened to resign"."""
    talks = post(client, "events", {**BODIES["events"], "title": "Fallujah talks", "type": "CONSULT",
                                    "figures": []})
    threat = post(client, "statements", {**BODIES["statements"], "stance": "threaten", "threats": [
        {"action": "military_operations", "words": "resume full-scale operations"}],
        "conditions": [{"type": "event_outcome", "event_id": talks["id"], "outcome": "failed"}]})
    resign = post(client, "statements", {**BODIES["statements"], "stance": "threaten",
                                         "threats": [{"action": "resignation"}]})
    read = client.get(threat["href"]).get_json()
    assert read["conditions"][0]["event"] == talks["id"] and read["conditions"][0]["outcome"] == "failed"
    assert ids(client, "statements", "threatened_action=military_operations") == {threat["id"]}
    assert ids(client, "statements", "threatened_action=resignation") == {resign["id"]}


def test_pledges_intentions_refusals_and_the_force_to_leave(client):
    """t25 #54 "accused the rebels of seeking power by force"; #75 "would not intervene in the fighting"; #49 "the
    integration of their fighters into the national army"; #50 "the departure of South African troops"."""
    rebels, troops = actor(client, "Seleka", "non_state_armed_group"), actor(client, "South African troops", "armed_force")
    accused = post(client, "statements", {**BODIES["statements"], "stance": "accuse", "about_actor_ids": [rebels],
                                          "intentions": [{"action": "seizure_of_power", "about_actor_ids": [rebels],
                                                          "words": "seeking power by force"}]})
    refused = post(client, "statements", {**BODIES["statements"], "stance": "reject",
                                          "refusals": [{"action": "intervention"}]})
    demands = post(client, "statements", {**BODIES["statements"], "about_actor_ids": [rebels, troops], "requests": [
        {"action": "integration", "about_actor_ids": [rebels], "words": "integration of their fighters into the army"},
        {"action": "withdrawal", "about_actor_ids": [troops], "within": {"amount": 72, "unit": "hours",
                                                                        "qualifier": "at_most"}}]})
    pledged = post(client, "statements", {**BODIES["statements"], "stance": "pledge",
                                          "pledges": [{"action": "elections"}]})
    assert client.get(demands["href"]).get_json()["requests"][1]["about_actors"] == [troops]
    assert ids(client, "statements", "intended_action=seizure_of_power") == {accused["id"]}
    assert ids(client, "statements", "refused_action=intervention") == {refused["id"]}
    assert ids(client, "statements", "requested_action=integration") == {demands["id"]}
    assert ids(client, "statements", "pledged_action=elections") == {pledged["id"]}
    assert ids(client, "statements", f"about_actor={troops}") == {demands["id"]}


@pytest.mark.parametrize("change, field", [
    ({"intentions": [{"action": "seizure_of_power"}]}, "intentions"),
    ({"announcements": [{"action": "dissolution", "about_actor_ids": [1]}]}, "announcements"),
    ({"threats": [{"action": "other"}]}, "threats"),
    ({"pledges": [{"action": "no_such_act"}]}, "pledges"),
    ({"conditions": [{"type": "event_outcome", "outcome": "failed"}]}, "conditions"),
    ({"conditions": [{"type": "other", "description": "if attacked", "event_id": 1}]}, "conditions"),
    ({"conditions": [{"type": "event_outcome", "event_id": 999999, "outcome": "failed"}]}, "conditions"),
])
def test_bad_acts_and_conditions_are_refused_naming_the_field(client, change, field):
    before = client.get("/v1/statements?limit=500&fields=id").get_json()["items"]
    body = problem(client.post("/v1/statements", json={**BODIES["statements"], **change}), 422)
    assert field in str(body)
    assert client.get("/v1/statements?limit=500&fields=id").get_json()["items"] == before


def test_dates_placed_against_another_record(client):
    """t24 #46 "was later extended" (after the entry before it); t25 #19 "fled as the rebels advanced" (during an
    event); #26 "within weeks" of an event; #81 "in the coming days" (after the report)."""
    advance = post(client, "events", {**BODIES["events"], "figures": []})
    later = {"date": None, "relative": {"relation": "after", "anchor": "previous_entry", "words": "later"}}
    treaty = post(client, "treaties", {**STRUCTURED_TREATY, "status_history": [
        {"status": "in_force", "date": {"date": "2020-10-10"}, "source_ids": [1]},
        {"status": "extended", "date": later, "source_ids": [1]}], "status": "in_force"})
    shown = client.get(f"{treaty['href']}?include=status_history").get_json()["status_history"][1]["date"]
    assert shown["relative"] == {"relation": "after", "anchor": "previous_entry", "event_id": None, "elapsed": None,
                                 "words": "later", "treaty_id": None, "treaty_status": None}   # treaty: figures27
    assert shown["date"] is None and shown["edtf"] is None
    weeks = {"relation": "after", "anchor": "event", "event_id": advance["id"],
             "elapsed": {"unit": "weeks", "qualifier": "at_most"}, "words": "within weeks"}
    coming = {"date": "2013-03-25", "bound": "not_before",
              "relative": {"relation": "after", "anchor": "report", "elapsed": {"unit": "days", "nearness": "shortly"},
                           "words": "in the coming days"}}
    said = post(client, "statements", {**BODIES["statements"], "offers": [
        {"action": "further_negotiations", "date": coming},
        {"action": "ceasefire", "date": {"date": "2013-01-01", "precision": "month", "relative": weeks}}]})
    offers = client.get(said["href"]).get_json()["offers"]
    assert offers[0]["date"]["relative"]["elapsed"]["nearness"] == "shortly"
    assert offers[0]["date"]["edtf"] == "[2013-03-25..]"
    assert offers[1]["date"]["relative"]["event_id"] == advance["id"]
    assert offers[1]["date"]["relative"]["elapsed"]["unit"] == "weeks"


@pytest.mark.parametrize("relative, field", [
    ({"relation": "after", "anchor": "event"}, "event_id"),
    ({"relation": "after", "anchor": "report", "event_id": 1}, "event_id"),
    ({"relation": "during", "anchor": "event", "event_id": 1, "elapsed": {"unit": "days"}}, "elapsed"),
    ({"relation": "meanwhile", "anchor": "report"}, "relation"),
    ({"relation": "during", "anchor": "event", "event_id": 999999}, "event_id"),
])
def test_bad_relative_dates_are_refused_naming_the_field(client, relative, field):
    body = problem(client.post("/v1/statements", json={**BODIES["statements"], "offers": [
        {"action": "ceasefire", "date": {"date": None, "relative": relative}}]}), 422)
    assert field in str(body)


def test_an_events_and_a_statements_own_dates_placed_against_the_report(client):
    """t25 #81 "ECCAS leaders were expected to meet in the coming days, diplomats said"; said during an event."""
    coming = {"relation": "after", "anchor": "report", "elapsed": {"unit": "days", "nearness": "shortly"},
              "words": "in the coming days"}
    meeting = post(client, "events", {**BODIES["events"], "type": "CONSULT", "figures": [], "date_start": "2013-03-25",
                                      "date_end": None, "date_bound": "not_before", "date_relative": coming})
    later = post(client, "statements", {**BODIES["statements"], "date": None, "date_precision": "unknown",
                                        "date_relative": {"relation": "during", "anchor": "event",
                                                          "event_id": meeting["id"]}})
    read = client.get(meeting["href"]).get_json()
    assert read["date_relative"]["elapsed"]["nearness"] == "shortly" and read["date_edtf"] == "[2013-03-25..]"
    assert client.get(later["href"]).get_json()["date_relative"]["event_id"] == meeting["id"]
    assert client.get(f"/v1/events/{BODIES['events']['parent_id']}").get_json()["date_relative"] is None
    body = problem(client.post("/v1/events", json={**BODIES["events"], "date_relative": {"relation": "after"}}), 422)
    assert "date_relative" in str(body)
