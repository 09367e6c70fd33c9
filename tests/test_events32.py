"""Events32 (issue 10, round 32; notes/trials t53-t55): forces fighting in support of a side (role supporting), air
strikes, equipment destroyed, manhunts, fire direction and alerts (documented modes, an alert's level), a loss whose
cause is not reported (type LOSS), an event's novelty, relations delays and obstructs, a claimed reason
navigation_error, presence concealed, actor_part ministers, and a claim's delay against the planned time: each posted
through HTTP, read back, found by its filter and refused with a 422 naming the field when it does not fit."""
import pytest

from schemas import vocabularies as vocab

from helpers import EVENT, created, ids, problem

FIGHT = {**EVENT, "title": "Assault on the town", "type": "FIGHT", "figures": [],
         "participants": [{"actor_id": 2, "role": "side_a"}, {"actor_id": 1, "role": "side_b"}]}
DEATHS = {"quantity": "deaths", "best": 2, "unit": "people", "category": "side_a", "suffered_by_id": 4,
          "as_of": "2020-10-28", "claimant_id": 10, "source_ids": [1]}


def _curator_patch(client, href, changes):
    return client.patch(href, json=changes, headers={"If-Match": "*",
                                                     "Content-Type": "application/merge-patch+json"})


def test_a_supporting_force_counts_on_the_side_it_supports(client):
    supporting = {"actor_id": 4, "role": "supporting", "on_behalf_of_id": 2}
    event = created(client, "events", {**FIGHT, "participants": FIGHT["participants"] + [supporting],
                                       "figures": [DEATHS]})
    shown = client.get(event["href"]).get_json()
    assert (4, "supporting", 2) in [(p["actor"]["id"], p["role"], (p["on_behalf_of"] or {}).get("id"))
                                    for p in shown["participants"]]
    assert len(shown["figures"]) == 1
    assert event["id"] in ids(client, "/v1/events?actor=4&role=supporting")
    # supporting the other side: its losses are not side_a's, and the write changes nothing
    before = ids(client, "/v1/events?limit=500")
    wrong = {**supporting, "on_behalf_of_id": 1}
    errors = problem(client.post("/v1/events", json={**FIGHT, "participants": FIGHT["participants"] + [wrong],
                                                     "figures": [DEATHS]}), 422)["errors"]
    assert "suffered_by_id" in errors["figures"]["0"]
    assert ids(client, "/v1/events?limit=500") == before


@pytest.mark.parametrize("mode,type_", [("aerial", "FIGHT"), ("aerial", "ASSAULT"), ("destroy_equipment", "FIGHT"),
                                        ("manhunt", "COERCE"), ("manhunt", "ASSAULT"), ("fire_direction", "FIGHT"),
                                        ("alert", "MOBILIZE"), ("craft_lost", "LOSS"), ("people_missing", "LOSS")])
def test_a_new_mode_goes_with_its_type_and_is_found(client, mode, type_):
    assert type_ in vocab.EVENT_MODES[mode][0]
    event = created(client, "events", {**EVENT, "title": f"A {mode}", "type": type_, "mode": mode})
    assert client.get(event["href"]).get_json()["mode"] == mode
    assert event["id"] in ids(client, f"/v1/events?type={type_}&mode={mode}")


@pytest.mark.parametrize("mode", ["aerial", "alert", "craft_lost", "fire_direction"])
def test_a_new_mode_with_another_type_is_refused_naming_mode(client, mode):
    errors = problem(client.post("/v1/events", json={**EVENT, "type": "PROTEST", "mode": mode}), 422)["errors"]
    assert list(errors) == ["mode"]


def test_a_loss_with_no_cause_is_a_setting_and_a_claimed_cause_is_a_claim(client):
    shot_down = {"type": "FIGHT", "claimant_id": 2, "rank": "normal", "source_ids": [1]}
    event = created(client, "events", {**EVENT, "title": "A gunship went down", "type": "LOSS", "mode": "craft_lost",
                                       "figures": [], "claims": [shot_down]})
    assert (event["type"], event["quad_class"]) == ("LOSS", "setting")
    assert client.get(event["href"]).get_json()["claims"][0]["type"] == "FIGHT"
    assert event["id"] in ids(client, "/v1/events?type=LOSS")


def test_an_alert_level_and_novelty_read_back_are_found_and_patched(client):
    event = created(client, "events", {**EVENT, "title": "Forces put on alert", "type": "MOBILIZE", "mode": "alert",
                                       "alert_level": "maximum", "alert_level_words": "maximum alert",
                                       "novelty": "first", "novelty_words": "the first under the accord"})
    shown = client.get(event["href"]).get_json()
    assert (shown["alert_level"], shown["alert_level_words"]) == ("maximum", "maximum alert")
    assert (shown["novelty"], shown["novelty_words"]) == ("first", "the first under the accord")
    assert event["id"] in ids(client, "/v1/events?alert_level=maximum&novelty=first")
    assert event["id"] not in ids(client, "/v1/events?alert_level=high")
    patched = _curator_patch(client, event["href"], {"alert_level": "lowered", "novelty": None,
                                                     "novelty_words": None})
    assert patched.status_code == 200, patched.get_json()
    assert (patched.get_json()["alert_level"], patched.get_json()["novelty"]) == ("lowered", None)
    csv = client.get("/v1/events?alert_level=lowered", headers={"Accept": "text/csv"}).get_data(as_text=True)
    assert "alert_level" in csv.splitlines()[0] and "lowered" in csv


@pytest.mark.parametrize("changes,field", [({"alert_level": "maximum"}, "alert_level"),
                                           ({"novelty_words": "first time"}, "novelty_words"),
                                           ({"novelty": "newest"}, "novelty"),
                                           ({"mode": "alert", "type": "MOBILIZE", "alert_level": "red"}, "alert_level")])
def test_marks_that_do_not_fit_are_refused_naming_the_field(client, changes, field):
    before = ids(client, "/v1/events?limit=500")
    errors = problem(client.post("/v1/events", json={**EVENT, **changes}), 422)["errors"]
    assert field in errors
    assert ids(client, "/v1/events?limit=500") == before


def test_a_delay_against_the_planned_time_is_a_claim(client):
    planned = {"occurrence": "planned", "dates": {"date": "2020-10-28", "time": "08:30"}, "claimant_id": 10,
               "rank": "normal", "source_ids": [1]}
    delay = {"unit": "days", "qualifier": "at_most", "amount": 1, "words": "most of the day"}
    late = {"delay": delay, "claimant_id": 10, "rank": "normal", "source_ids": [1]}
    event = created(client, "events", {**EVENT, "title": "A release held up", "claims": [planned, late]})
    shown = client.get(event["href"]).get_json()["claims"][1]["delay"]
    assert {k: shown[k] for k in delay} == delay
    assert event["id"] in ids(client, "/v1/events?delayed=true")
    assert event["id"] not in ids(client, "/v1/events?delayed=false")
    bad = {**late, "delay": {"unit": "days"}}
    errors = problem(client.post("/v1/events", json={**EVENT, "claims": [bad]}), 422)["errors"]
    assert "amount" in errors["claims"]["0"]["delay"]


def test_relations_reasons_presence_and_parts(client):
    release = created(client, "events", {**EVENT, "title": "A release", "type": "RETREAT", "mode": "release"})
    refusal = created(client, "events", {**EVENT, "title": "A refusal", "type": "REJECT", "figures": [],
                                         "relations": [{"event_id": release["id"], "relation": "delays"}]})
    assert client.get(refusal["href"]).get_json()["relations"][0]["relation"] == "delays"
    assert refusal["id"] in ids(client, f"/v1/events?related_to={release['id']}&relation=delays")
    claim = {"reason": "navigation_error", "claimant_id": 10, "rank": "normal", "source_ids": [1]}
    hidden = {"actor_id": 9, "presence": "concealed", "claimant_id": 10, "rank": "normal", "source_ids": [1]}
    event = created(client, "events", {**EVENT, "title": "Strayed into the fighting", "claims": [claim, hidden],
                                       "participants": [{"actor_id": 9, "role": "initiator",
                                                         "actor_part": "ministers"}]})
    shown = client.get(event["href"]).get_json()
    assert [c["reason"] for c in shown["claims"]][0] == "navigation_error"
    assert shown["claims"][1]["presence"] == "concealed"
    assert shown["participants"][0]["actor_part"] == "ministers"
    assert event["id"] in ids(client, "/v1/events?claimed_reason=navigation_error")
    assert event["id"] in ids(client, "/v1/events?participant_part=ministers")
