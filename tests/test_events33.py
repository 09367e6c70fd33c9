"""Events33 (issue 10, round 33; notes/trials t56-t58): what an event is over (issues), which ends a relation's
elapsed joins (counted_from, counted_to), PLOVER's PROTEST modes and items rejected (reject_items, a covers item's
issued_by_id), how people held were treated as claimed (a claim's treatment), and whereabouts unknown or disputed (a
presence with no place): each posted through HTTP, read back, found by its filter, patched, and refused with a 422
naming the field when it does not fit (the write changing nothing)."""
import json

import pytest

from schemas import vocabularies as vocab

from helpers import EVENT, created, ids, problem

CLAIM = {"claimant_id": 10, "rank": "normal", "source_ids": [1]}
TALKS = {**EVENT, "title": "Talks stall", "type": "CONSULT", "figures": [], "participants": []}


def _patch(client, href, changes):
    return client.patch(href, json=changes, headers={"If-Match": "*", "Content-Type": "application/merge-patch+json"})


def _refused(client, body, path):
    """The body is refused with a 422 whose errors hold `path` (field names, then item indexes as text), and
    nothing is written."""
    before = ids(client, "/v1/events?limit=500")
    errors = problem(client.post("/v1/events", json=body), 422)["errors"]
    for step in path:
        assert step in errors, errors
        errors = errors[step]
    assert ids(client, "/v1/events?limit=500") == before


def test_an_event_over_an_issue_reads_back_is_found_and_patched(client):
    issue = {"type": "prisoner_release", "words": "the fate of prisoners who refuse to go home"}
    event = created(client, "events", {**TALKS, "issues": [issue, {"type": None, "words": "the agenda"}]})
    shown = client.get(event["href"]).get_json()
    named = {"actors": [], "event": None}   # acts35 (migrations/0120): whom and which event it concerns, none here
    assert shown["issues"] == [{**issue, **named}, {"type": None, "words": "the agenda", **named}]
    assert event["id"] in ids(client, "/v1/events?issue=prisoner_release")
    assert event["id"] not in ids(client, "/v1/events?issue=ceasefire")
    assert created(client, "events", TALKS)["issues"] == []
    patched = _patch(client, event["href"], {"issues": [{"type": "third_country_custody", "words": None}]})
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["issues"] == [{"type": "third_country_custody", "words": None, **named}]
    assert event["id"] in ids(client, "/v1/events?issue=third_country_custody")
    lines = client.get("/v1/events?issue=third_country_custody&format=ndjson").get_data(as_text=True).splitlines()
    assert [json.loads(line)["issues"] for line in lines] == [[{"type": "third_country_custody", "words": None,
                                                                **named}]]


@pytest.mark.parametrize("issue,field", [({"type": "prisoners"}, "type"), ({}, "type"), ({"words": ""}, "words")])
def test_an_issue_that_does_not_fit_is_refused(client, issue, field):
    _refused(client, {**TALKS, "issues": [issue]}, ["issues", "0", field])


def test_a_relation_says_which_ends_its_elapsed_joins(client):
    exchange = created(client, "events", {**EVENT, "title": "An exchange", "type": "RETREAT", "mode": "release"})
    week = {"amount": 1, "unit": "weeks", "counted_from": "start", "counted_to": "end"}
    ended = created(client, "events", {**TALKS, "title": "Ended a week after", "relations": [
        {"event_id": exchange["id"], "relation": "after", "elapsed": week}]})
    elapsed = client.get(ended["href"]).get_json()["relations"][0]["elapsed"]
    assert {k: elapsed[k] for k in week} == week
    # not said: start to start, as elapsed meant before
    plain = created(client, "events", {**TALKS, "relations": [
        {"event_id": exchange["id"], "relation": "after", "elapsed": {"amount": 2, "unit": "days"}}]})
    elapsed = client.get(plain["href"]).get_json()["relations"][0]["elapsed"]
    assert (elapsed["counted_from"], elapsed["counted_to"]) == ("start", "start")
    _refused(client, {**TALKS, "relations": [{"event_id": exchange["id"], "relation": "after",
                                              "elapsed": {**week, "counted_to": "middle"}}]},
             ["relations", "0", "elapsed", "counted_to"])


@pytest.mark.parametrize("mode", ["demo", "hunger", "boycott", "obstruct", "riot", "reject_items"])
def test_protest_modes_are_documented_terms_of_protest(client, mode):
    assert vocab.EVENT_MODES[mode][0] == ("PROTEST",)
    event = created(client, "events", {**EVENT, "title": f"A protest: {mode}", "type": "PROTEST", "mode": mode,
                                       "figures": []})
    assert event["id"] in ids(client, f"/v1/events?type=PROTEST&mode={mode}")
    _refused(client, {**EVENT, "type": "ASSAULT", "mode": mode}, ["mode"])


def test_items_rejected_name_who_had_issued_them(client):
    clothing = {"item": "clothing and toilet kits", "kind": "goods", "issued_by_id": 2}
    event = created(client, "events", {**EVENT, "title": "Issued clothing thrown away", "type": "PROTEST",
                                       "mode": "reject_items", "figures": [], "covers": [clothing]})
    item = client.get(event["href"]).get_json()["covers"][0]
    assert (item["item"], item["kind"]) == ("clothing and toilet kits", "goods")
    assert item["issued_by"] == 2
    assert event["id"] in ids(client, "/v1/events?covered_issued_by=2")
    assert event["id"] not in ids(client, "/v1/events?covered_issued_by=1")
    _refused(client, {**EVENT, "covers": [{**clothing, "issued_by_id": 999999}]}, ["covers"])


def test_a_claimed_treatment_of_people_held_reads_back_is_found_and_patched(client):
    fair = {**CLAIM, "actor_id": 9, "treatment": ["humane"], "treatment_words": "treated them fairly"}
    held = created(client, "events", {**EVENT, "title": "Prisoners held in camps", "type": "COERCE",
                                      "figures": [], "claims": [fair]})
    claim = client.get(held["href"]).get_json()["claims"][0]
    assert (claim["treatment"], claim["treatment_words"], claim["took_part"]) == (["humane"], "treated them fairly",
                                                                                 None)
    assert held["id"] in ids(client, "/v1/events?claimed_treatment=humane")
    assert held["id"] not in ids(client, "/v1/events?claimed_treatment=torture")
    claims = client.get(held["href"]).get_json()["claims"]
    patched = _patch(client, held["href"], {"claims": [{**fair, "id": claims[0]["id"],
                                                        "treatment": ["torture", "denied_medical_care"]}]})
    assert patched.status_code == 200, patched.get_json()
    assert held["id"] in ids(client, "/v1/events?claimed_treatment=denied_medical_care")
    # a claim with no treatment reads []; words without terms, or a term not in the vocabulary, are refused
    other = created(client, "events", {**EVENT, "claims": [{**CLAIM, "reason": "protest"}]})
    assert client.get(other["href"]).get_json()["claims"][0]["treatment"] == []
    _refused(client, {**EVENT, "claims": [{**CLAIM, "treatment_words": "fairly", "reason": "protest"}]},
             ["claims", "0", "treatment_words"])
    _refused(client, {**EVENT, "claims": [{**CLAIM, "treatment": ["fair"]}]}, ["claims", "0", "treatment"])


@pytest.mark.parametrize("presence", ["whereabouts_unknown", "whereabouts_disputed"])
def test_whereabouts_unknown_or_disputed_is_a_presence_with_no_place(client, presence):
    voice = {**CLAIM, "claimant_id": None, "attribution": "source", "actor_id": 9, "presence": presence,
             "as_of": "2020-10-28"}
    event = created(client, "events", {**EVENT, "title": "Where he went", "claims": [voice]})
    claim = client.get(event["href"]).get_json()["claims"][0]
    assert (claim["presence"], claim["place"], claim["as_of"]) == (presence, None, "2020-10-28")
    assert event["id"] in ids(client, f"/v1/events?claimed_presence={presence}&claimed_present=9")
    assert event["id"] not in ids(client, "/v1/events?claimed_present=9")   # placed nowhere: not present
    _refused(client, {**EVENT, "claims": [{**voice, "place_id": 6}]}, ["claims", "0", "place_id"])
