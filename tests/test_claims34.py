"""Claims34 (issue 10, round 34; notes/trials t59-t61): who says a provision's actor has its part, an event's service
was cut, an actor is based in a place; a control claim's day given as a bracket or a bound; a position's scheduled
end; a figure's conditions; whom a stated reason is for; clearing a date with a JSON Patch. Each posted through HTTP,
read back, found by its filter, revised, and refused with a 422 naming the field (changing nothing)."""
from helpers import BODIES, EVENT, STATEMENT, TREATY, created, ids, problem

MERGE = {"If-Match": "*", "Content-Type": "application/merge-patch+json"}
BARRED = {"actor_id": 3, "role": "monitor", "claimant_id": 2, "attribution": "unnamed",
          "claimant_words": "the mediators", "claimant_kind": "group", "source_ids": [1]}
NO_WATER = {"service": "water", "extent": "full", "attribution": "unnamed", "claimant_words": "refugees",
            "claimant_kind": "group", "source_ids": [1]}


def _treaty(client, actor):
    return created(client, "treaties", {**TREATY, "provisions": [{**TREATY["provisions"][0], "actors": [actor]}]})


def test_a_provision_actor_says_who_claims_its_part(client):
    treaty = _treaty(client, BARRED)
    shown = client.get(treaty["href"]).get_json()["provisions"][0]["actors"][0]
    assert {k: shown[k] for k in ("role", "claimant", "attribution", "rank", "sources", "claimant_words",
                                  "claimant_kind", "claimant_country")} == {
        "role": "monitor", "claimant": 2, "attribution": "unnamed", "rank": "normal", "sources": [1],
        "claimant_words": "the mediators", "claimant_kind": "group", "claimant_country": None}
    assert treaty["id"] in ids(client, "/v1/treaties?claimant=2")
    assert treaty["id"] in ids(client, "/v1/treaties?claimant_kind=group")
    assert treaty["id"] not in ids(client, "/v1/treaties?claimant=5")
    plain = _treaty(client, {"actor_id": 3, "role": "monitor"})
    said = client.get(plain["href"]).get_json()["provisions"][0]["actors"][0]
    assert (said["claimant"], said["attribution"], said["sources"], said["claimant_words"]) == (None, "source", [], None)
    # revised: the claimant goes, the words stay as unnamed voices
    changed = {**BARRED, "claimant_id": None}
    provisions = [{**TREATY["provisions"][0], "actors": [changed]}]
    response = client.patch(treaty["href"], json={"provisions": provisions}, headers=MERGE)
    assert response.status_code == 200, response.get_json()
    assert client.get(treaty["href"]).get_json()["provisions"][0]["actors"][0]["claimant"] is None
    assert treaty["id"] not in ids(client, "/v1/treaties?claimant=2")


def test_a_provision_actor_claim_that_does_not_fit_is_refused(client, dump):
    before = dump()
    wrong = {**TREATY, "provisions": [{**TREATY["provisions"][0], "actors": [{**BARRED, "claimant_id": None,
                                                                             "attribution": "named"}]}]}
    errors = problem(client.post("/v1/treaties", json=wrong), 422)["errors"]
    assert "claimant_id" in errors["provisions"]["0"]["actors"]["0"]
    words = {**BARRED, "claimant_id": None, "attribution": "source"}
    errors = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [
        {**TREATY["provisions"][0], "actors": [words]}]}), 422)["errors"]
    assert "claimant_words" in errors["provisions"]["0"]["actors"]["0"]
    assert dump() == before


def test_a_service_disruption_says_who_claims_it(client, dump):
    clinics = {"service": "health_care", "extent": "partial", "claimant_id": 10, "source_ids": [1],
               "words": "its clinics could no longer reach parts of the city"}
    event = created(client, "events", {**EVENT, "service_disruptions": [NO_WATER, clinics]})
    water, health = client.get(event["href"]).get_json()["service_disruptions"]
    assert (water["attribution"], water["claimant"], water["claimant_words"], water["sources"]) == (
        "unnamed", None, "refugees", [1])
    assert (health["attribution"], health["claimant"], health["rank"]) == ("named", 10, None)
    assert event["id"] in ids(client, "/v1/events?disrupted=health_care&disrupted_claimant=10")
    assert event["id"] not in ids(client, "/v1/events?disrupted_claimant=1")
    plain = created(client, "events", {**EVENT, "service_disruptions": [{"service": "power"}]})
    power = client.get(plain["href"]).get_json()["service_disruptions"][0]
    assert (power["attribution"], power["claimant"], power["sources"]) == ("source", None, [])
    response = client.patch(event["href"], json={"service_disruptions": [NO_WATER]}, headers=MERGE)
    assert response.status_code == 200, response.get_json()
    assert event["id"] not in ids(client, "/v1/events?disrupted_claimant=10")
    before = dump()
    errors = problem(client.post("/v1/events", json={**EVENT, "service_disruptions": [
        {**NO_WATER, "attribution": "source"}]}), 422)["errors"]
    assert "claimant_words" in errors["service_disruptions"]["0"]
    errors = problem(client.post("/v1/events", json={**EVENT, "service_disruptions": [
        {"service": "water", "source_ids": [999]}]}), 422)["errors"]
    assert "source_ids" in errors["service_disruptions"]["0"]
    assert dump() == before


def test_an_actor_place_names_its_unnamed_claimant(client):
    place = {"place_id": 6, "relation": "based_in", "attribution": "unnamed", "claimant_words": "witnesses",
             "claimant_kind": "group", "source_ids": [1]}
    actor = created(client, "actors", {"name": "A brigade", "kind": "armed_force", "places": [place]})
    shown = client.get(actor["href"]).get_json()["places"][0]
    assert (shown["claimant_words"], shown["claimant_kind"], shown["attribution"]) == ("witnesses", "group", "unnamed")
    named = created(client, "actors", {"name": "Another brigade", "kind": "armed_force",
                                       "places": [{"place_id": 6, "relation": "based_in", "claimant_id": 2}]})
    assert ids(client, "/v1/actors?based_in_claimant=2") == [named["id"]]
    assert ids(client, "/v1/actors?based_in=6&based_in_claimant=2") == [named["id"]]
    errors = problem(client.post("/v1/actors", json={"name": "X", "kind": "group", "places": [
        {**place, "attribution": "source"}]}), 422)["errors"]
    assert "claimant_words" in errors["places"]["0"]


def _control(**more):
    return {"control": "full", "controlled_by_id": 2, "control_of_id": 6, "source_ids": [1], **more}


def test_a_control_claim_said_on_a_day_not_given(client, dump):
    bracket = _control(as_of="2020-10-26", as_of_end="2020-10-28", attribution="unnamed",
                       claimant_words="officials")
    bound = _control(as_of="2020-10-28", as_of_bound="on_or_before", control="besieged")
    event = created(client, "events", {**EVENT, "claims": [bracket, bound]})
    first, second = client.get(event["href"]).get_json()["claims"]
    assert (first["as_of"], first["as_of_end"], first["as_of_bound"]) == ("2020-10-26", "2020-10-28", None)
    assert (second["as_of"], second["as_of_end"], second["as_of_bound"]) == ("2020-10-28", None, "on_or_before")
    assert 6 in ids(client, "/v1/places?controlled_by=2&controlled_on=2020-10-27")
    before = dump()
    for claim, field in ((_control(as_of="2020-10-28", as_of_end="2020-10-27"), "as_of_end"),
                         (_control(as_of="2020-10-01", as_of_end="2020-10-28", as_of_precision="month"), "as_of_end"),
                         (_control(as_of="2020-10-28", as_of_end="2020-10-29", as_of_bound="on_or_before"),
                          "as_of_end"),
                         (_control(as_of_bound="on_or_before"), "as_of_bound"),
                         (_control(as_of="2020-10-28", as_of_bound="by"), "as_of_bound")):
        errors = problem(client.post("/v1/events", json={**EVENT, "claims": [claim]}), 422)["errors"]
        assert field in errors["claims"]["0"], errors
    message = problem(client.post("/v1/events", json={**EVENT, "claims": [_control()]}), 422)["errors"]
    assert "as_of_bound on_or_before" in message["claims"]["0"]["as_of"][0]
    assert dump() == before


def test_a_figure_bracket_keeps_its_rule(client):
    figure = {**EVENT["figures"][0], "as_of": "2020-10-28", "as_of_end": "2020-10-27"}
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert errors["figures"]["0"]["as_of_end"] == ["Must be after as_of (one day is as_of alone)."]


def test_a_position_due_to_end_is_not_its_end(client):
    term = {"title": "President", "of_actor_id": 1, "source_ids": [1],
            "scheduled_until": {"date": "2004-01-01", "precision": "month"}}
    actor = created(client, "actors", {"name": "A president", "kind": "person", "positions": [term]})
    shown = client.get(actor["href"]).get_json()["positions"][0]
    assert shown["scheduled_until"]["date"] == "2004-01-01" and shown["scheduled_until"]["precision"] == "month"
    assert shown["until"] is None
    other = created(client, "actors", {"name": "A minister", "kind": "person", "positions": [
        {"title": "Minister", "of_actor_id": 1, "source_ids": [1]}]})
    assert ids(client, "/v1/actors?position_scheduled=true") == [actor["id"]]
    assert other["id"] in ids(client, "/v1/actors?position_scheduled=false&position_in=1")
    errors = problem(client.post("/v1/actors", json={"name": "X", "kind": "person", "positions": [
        {**term, "scheduled_until": {"date": "January"}}]}), 422)["errors"]
    assert "scheduled_until" in errors["positions"]["0"]


def test_a_figure_held_back_until_a_condition(client, dump):
    until = {"type": "actor_action", "connective": "until", "actor_id": 2,
             "action": "confirms hostilities have ended"}
    held = {"quantity": "prisoners_exchanged", "best": 600, "qualifier": "about", "unit": "people",
            "as_of": "2020-10-28", "source_ids": [1], "conditions": [until]}
    event = created(client, "events", {**EVENT, "figures": [held]})
    figure = client.get(event["href"] + "?include=figures").get_json()["figures"][0]
    assert figure["conditions"][0]["type"] == "actor_action" and figure["conditions"][0]["connective"] == "until"
    assert figure["conditions"][0]["actor"] == 2
    assert event["id"] in ids(client, "/v1/events?figure_condition=actor_action")
    assert event["id"] not in ids(client, "/v1/events?figure_condition=provision")
    plain = client.get("/v1/events/1?include=figures").get_json()["figures"]
    assert all(f["conditions"] == [] for f in plain)
    before = dump()
    wrong = {**held, "conditions": [{"type": "provision", "provision_key": "a"}]}
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [wrong]}), 422)["errors"]
    assert "conditions" in errors["figures"]["0"]
    assert dump() == before


def test_a_stated_reason_says_whom_it_is_for(client, dump):
    spared = {"reason": "protection", "words": "so that the country could be spared further bloodshed",
              "reason_for_id": 1, "reason_for_words": "the country"}
    statement = created(client, "statements", {**STATEMENT, "reasons": [spared]})
    shown = client.get(statement["href"]).get_json()["reasons"][0]
    assert (shown["reason_for"], shown["reason_for_words"]) == (1, "the country")
    assert ids(client, "/v1/statements?stated_reason_for=1") == [statement["id"]]
    assert ids(client, "/v1/statements?stated_reason_for=2") == []
    response = client.patch(statement["href"], json={"reasons": [{**spared, "reason_for_id": 2}]}, headers=MERGE)
    assert response.status_code == 200, response.get_json()
    assert ids(client, "/v1/statements?stated_reason_for=2") == [statement["id"]]
    before = dump()
    errors = problem(client.post("/v1/statements", json={**STATEMENT, "reasons": [
        {**spared, "reason_for_id": 99999}]}), 422)["errors"]
    assert "reason_for_id" in errors["reasons"]["0"]
    assert dump() == before


def test_clearing_a_date_with_a_json_patch_clears_its_edtf_form(client):
    undated = {k: v for k, v in EVENT.items() if k not in ("date_start", "date_end", "date_precision")}
    event = created(client, "events", {**undated, "date_edtf": "2020-10-26/2020-10-28"})
    assert client.get(event["href"]).get_json()["date_edtf"] == "2020-10-26/2020-10-28"
    operations = [{"op": "replace", "path": "/date_start", "value": None},
                  {"op": "replace", "path": "/date_end", "value": None},
                  {"op": "replace", "path": "/date_precision", "value": "unknown"}]
    response = client.patch(event["href"], json=operations,
                            headers={"If-Match": "*", "Content-Type": "application/json-patch+json"})
    assert response.status_code == 200, response.get_json()
    shown = client.get(event["href"]).get_json()
    assert (shown["date_start"], shown["date_edtf"], shown["date_precision"]) == (None, None, "unknown")
    assert BODIES["events"]["date_start"] == "2020-10-28"
