"""Acts35 (issue 10, round 35; migrations/0120), through HTTP: what an act is about, typed (an act item's
subject_types: "will not discuss a disengagement until it has the list"), a decision still to be taken (action
decision), whom and which measure an event's issue concerns (an issues item's actor_ids and event_id: "talks on
lifting the arms embargo on the government"), relative size words (vague heavy, light: "heavy losses"), and the
sides of a handover (roles handed_over, took_over: "the army handed the checkpoints over to the peacekeepers"). Each
is posted, read back equal, found by its filter, patched, and refused with a 422 naming the field when it does not
fit (the write changing nothing). The examples are worded generally, after no one report."""
import json

import pytest

from helpers import BODIES, created as post, problem

MERGE = "application/merge-patch+json"
EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
STATEMENT = {k: v for k, v in BODIES["statements"].items() if k != "figures"}


def found(client, kind, query):
    response = client.get(f"/v1/{kind}?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def count(client, kind):
    return len(found(client, kind, ""))


def patch(client, href, changes):
    return client.patch(href, json=changes, headers={"If-Match": "*", "Content-Type": MERGE})


def refused(client, kind, body, path):
    """The body is refused with a 422 whose errors hold `path`, and nothing is written."""
    before = count(client, kind)
    errors = problem(client.post(f"/v1/{kind}", json=body), 422)["errors"]
    for step in path:
        assert step in errors, errors
        errors = errors[step]
    assert count(client, kind) == before


@pytest.fixture
def sides(client):
    return {name: post(client, "actors", {"name": name, "kind": kind})["id"] for name, kind in (
        ("Government", "state"), ("Front", "non_state_armed_group"), ("Peacekeepers", "peacekeeping_mission"))}


# --- what an act is about ----------------------------------------------------------------------------------------

REFUSAL = {"action": "further_negotiations", "subject_types": ["withdrawal"],
           "words": "will not discuss a disengagement until it has the list"}
DECISION = {"action": "decision", "subject_types": ["ceasefire", "prisoner_release"],
            "words": "will decide on further steps once the envoy returns"}


def test_an_act_about_another_act_and_a_decision_to_come(client):
    made = post(client, "statements", {**STATEMENT, "refusals": [REFUSAL], "announcements": [DECISION]})
    assert made["refusals"][0]["subject_types"] == ["withdrawal"]
    assert (made["announcements"][0]["action"], made["announcements"][0]["subject_types"]) == (
        "decision", ["ceasefire", "prisoner_release"])
    assert client.get(made["href"]).get_json() == made
    plain = post(client, "statements", {**STATEMENT, "refusals": [{"action": "withdrawal"}]})
    assert plain["refusals"][0]["subject_types"] == []
    assert found(client, "statements", "act_subject=withdrawal") == {made["id"]}
    assert found(client, "statements", "act_subject=ceasefire,amnesty") == {made["id"]}
    assert found(client, "statements", "act_subject=amnesty") == set()
    assert made["id"] in found(client, "statements", "announced_action=decision")
    # the withdrawal is the plain refusal's action, no act's subject
    assert plain["id"] not in found(client, "statements", "act_subject=withdrawal")
    assert plain["id"] in found(client, "statements", "refused_action=withdrawal")
    # a merge patch replaces the list: the subject goes, the filter no longer finds it
    response = patch(client, made["href"], {"refusals": [{**REFUSAL, "subject_types": ["buffer_zone"]}]})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["refusals"][0]["subject_types"] == ["buffer_zone"]
    assert found(client, "statements", "act_subject=withdrawal") == set()
    assert found(client, "statements", "act_subject=buffer_zone") == {made["id"]}
    lines = client.get("/v1/statements?act_subject=buffer_zone", headers={"Accept": "application/x-ndjson"})
    assert [json.loads(line)["refusals"][0]["subject_types"] for line in lines.get_data(as_text=True).splitlines()
            if line.strip()] == [["buffer_zone"]]


@pytest.mark.parametrize("subjects", [["disarmament_of_everyone"], ["withdrawal", "withdrawal"], "withdrawal",
                                      [None]])
def test_a_bad_subject_is_a_422_naming_it(client, subjects):
    refused(client, "statements", {**STATEMENT, "refusals": [{**REFUSAL, "subject_types": subjects}]},
            ["refusals", "0", "subject_types"])
    assert problem(client.get("/v1/statements?act_subject=disarmament_of_everyone"), 400)["errors"]["act_subject"]


def test_a_bad_action_term_is_still_refused(client):
    refused(client, "statements", {**STATEMENT, "announcements": [{"action": "decisions"}]},
            ["announcements", "0", "action"])


# --- whom and what an event's issue concerns ----------------------------------------------------------------------

def test_an_issue_names_the_actors_and_the_measure_it_concerns(client, sides):
    s = sides
    embargo = post(client, "events", {**EVENT, "title": "Arms embargo imposed", "type": "COERCE",
                                      "participants": [{"actor_id": s["Peacekeepers"], "role": "initiator"}]})
    issue = {"type": "sanctions_relief", "words": "lifting the arms embargo on the government",
             "actor_ids": [s["Government"]], "event_id": embargo["id"]}
    talks = post(client, "events", {**EVENT, "title": "Talks", "type": "CONSULT", "issues": [
        issue, {"type": "prisoner_release", "words": None}]})
    [shown, other] = talks["issues"]
    assert (shown["type"], shown["words"], shown["actors"], shown["event"]) == (
        "sanctions_relief", "lifting the arms embargo on the government", [s["Government"]], embargo["id"])
    assert (other["actors"], other["event"]) == ([], None)
    assert client.get(talks["href"]).get_json() == talks
    assert found(client, "events", f"issue_actor={s['Government']}") == {talks["id"]}
    assert found(client, "events", f"issue_actor={s['Front']}") == set()
    assert found(client, "events", f"issue_actor={s['Government']}&issue=sanctions_relief") == {talks["id"]}
    # neither the actor nor the event named can be deleted while named
    for href in (f"/v1/actors/{s['Government']}", embargo["href"]):
        response = client.delete(href, headers={"If-Match": "*"})
        assert response.status_code == 409, response.get_json()
        assert any(r["id"] == talks["id"] and r["field"].startswith("issues.")
                   for r in response.get_json()["referenced_by"]), response.get_json()
    # a merge patch replaces the list: the actor and the event are free again
    response = patch(client, talks["href"], {"issues": [{"type": "sanctions_relief", "actor_ids": [s["Front"]]}]})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["issues"][0]["actors"] == [s["Front"]]
    assert found(client, "events", f"issue_actor={s['Government']}") == set()
    assert found(client, "events", f"issue_actor={s['Front']}") == {talks["id"]}
    assert client.delete(embargo["href"], headers={"If-Match": "*"}).status_code == 204
    assert client.delete(f"/v1/actors/{s['Government']}", headers={"If-Match": "*"}).status_code == 204


@pytest.mark.parametrize("item, field", [
    ({"type": "sanctions_relief", "actor_ids": [999999]}, "actor_ids"),
    ({"type": "sanctions_relief", "actor_ids": "5"}, "actor_ids"),
    ({"type": "sanctions_relief", "event_id": 999999}, "event_id"),
    ({"type": "sanctions_relief", "event_id": "the embargo"}, "event_id"),
])
def test_a_bad_issue_reference_is_a_422_naming_it(client, item, field):
    refused(client, "events", {**EVENT, "issues": [item]}, ["issues", "0", field])


def test_an_unknown_actor_filter_is_refused(client):
    assert problem(client.get("/v1/events?issue_actor=x"), 400)["errors"]["issue_actor"]


# --- relative size words --------------------------------------------------------------------------------------------

def test_heavy_and_light_are_vague_sizes_not_counts(client):
    figures = [{"quantity": "deaths", "unit": "people", "vague": "heavy", "vague_words": "heavy losses",
                "category": "side_b", "source_ids": [1]},
               {"quantity": "injured", "unit": "people", "vague": "light", "vague_words": "light casualties",
                "source_ids": [1]}]
    event = post(client, "events", {**EVENT, "figures": figures})
    got = client.get(f"{event['href']}?include=figures").get_json()["figures"]
    assert [(f["vague"], f["vague_words"], f["best"]) for f in got] == [
        ("heavy", "heavy losses", None), ("light", "light casualties", None)]
    assert event["id"] in found(client, "events", "figure_vague=heavy")
    assert event["id"] in found(client, "events", "figure_vague=light")
    assert event["id"] not in found(client, "events", "figure_vague=dozens")
    assert event["id"] not in found(client, "events", "min_deaths=0")   # a vague figure is never a number


@pytest.mark.parametrize("term", ["heavy", "light"])
def test_heavy_and_light_measure_no_distance_and_no_difference(client, term):
    refused(client, "events", {**EVENT, "other_places": [{"place_id": None, "relation": "north_of",
                                                          "relative_to_id": 6, "distance_vague": term,
                                                          "words": "north of the town", "role": "at"}]},
            ["other_places", "0", "distance_vague"])
    figures = [{"quantity": "prisoners_held", "unit": "people", "key": "declared", "certainty": "not_given",
                "source_ids": [1]},
               {"quantity": "prisoners_held", "unit": "people", "comparison": "higher", "compared_with_key": "declared",
                "comparison_by_vague": term, "source_ids": [1]}]
    refused(client, "statements", {**STATEMENT, "figures": figures}, ["figures", "1", "comparison_by_vague"])


# --- the sides of a handover ------------------------------------------------------------------------------------------

def test_the_sides_of_a_handover(client, sides):
    s = sides
    participants = [{"actor_id": s["Government"], "role": "handed_over"},
                    {"actor_id": s["Peacekeepers"], "role": "took_over"}]
    event = post(client, "events", {**EVENT, "title": "Checkpoints handed over", "type": "CONCEDE",
                                    "participants": participants})
    assert [(p["actor"]["id"], p["role"]) for p in event["participants"]] == [
        (s["Government"], "handed_over"), (s["Peacekeepers"], "took_over")]
    assert client.get(event["href"]).get_json() == event
    assert event["id"] in found(client, "events", f"actor={s['Peacekeepers']}&role=took_over")
    assert event["id"] not in found(client, "events", f"actor={s['Peacekeepers']}&role=handed_over")
    response = patch(client, event["href"], {"participants": [{"actor_id": s["Government"], "role": "handed_over"},
                                                              {"actor_id": s["Front"], "role": "took_over"}]})
    assert response.status_code == 200, response.get_json()
    assert event["id"] in found(client, "events", f"actor={s['Front']}&role=took_over")
    refused(client, "events", {**EVENT, "participants": [{"actor_id": s["Front"], "role": "taken_over"}]},
            ["participants", "0", "role"])
