"""What curators of trials t35 to t37 bent on events (issue 10, events27): whom an operation sought, a body that
supervised an act, a purpose link between events, an arrest ordered by a body that is not a court and a legal
measure said to be still in force, event modes for a recovery of bodies, a registration of detainees and an
interrogation, crowds as a targeted group, and a claimant's own outcome of an event. Each through HTTP: posted, read
back, found by its filter, bad input a 422 naming the field. The examples are from other conflicts than the
trials' reports."""
import pytest

from schemas import vocabularies as vocab

from helpers import EVENT, created, ids, problem

CLAIM = {"claimant_id": 10, "source_ids": [1]}


def actor(client, name, kind="non_state_armed_group"):
    return created(client, "actors", {"name": name, "kind": kind})["id"]


def errors_of(client, body, path="/v1/events"):
    return problem(client.post(path, json=body), 422)["errors"]


@pytest.mark.parametrize("role", ["sought", "supervisor"])
def test_a_sought_or_supervising_actor_is_a_participant_found_by_its_role(client, role):
    """'Troops raided a house in Jenin in search of a wanted militant'; 'the release took place under the
    supervision of the ICRC'."""
    other = actor(client, f"An actor {role}")
    event = created(client, "events", {**EVENT, "type": "COERCE", "mode": "raid", "participants": [
        {"actor_id": 9, "role": "initiator"}, {"actor_id": other, "role": role}]})
    assert {"role": role, "actor": other} in [
        {"role": p["role"], "actor": p["actor"]["id"] if isinstance(p["actor"], dict) else p["actor"]}
        for p in client.get(event["href"]).get_json()["participants"]]
    assert ids(client, f"/v1/events?actor={other}&role={role}") == [event["id"]]
    assert ids(client, f"/v1/events?actor=9&role={role}") == []
    assert vocab.PARTICIPANT_ROLES[role]


def test_an_unknown_role_is_refused_naming_the_field(client):
    errors = errors_of(client, {**EVENT, "participants": [{"actor_id": 9, "role": "wanted"}]})
    assert "participants" in errors


def test_an_event_done_in_order_to_bring_about_another(client):
    """'The government agreed a truce in the north to free troops for the southern front' (Yemen, 2018)."""
    redeployment = created(client, "events", {**EVENT, "title": "Troops moved to the southern front",
                                              "type": "MOBILIZE", "mode": "troops", "occurrence": "planned"})
    truce = created(client, "events", {**EVENT, "title": "Truce in the north", "type": "COOPERATE",
                                       "relations": [{"event_id": redeployment["id"], "relation": "in_order_to"}]})
    shown = client.get(truce["href"]).get_json()["relations"]
    assert [(r["relation"], r["event"] if not isinstance(r["event"], dict) else r["event"]["id"]) for r in shown] == [
        ("in_order_to", redeployment["id"])]
    assert truce["id"] in ids(client, f"/v1/events?related_to={redeployment['id']}&relation=in_order_to")
    errors = errors_of(client, {**EVENT, "relations": [{"event_id": redeployment["id"], "relation": "so_as_to"}]})
    assert "relations" in errors


def test_an_arrest_ordered_by_a_body_not_a_court_still_in_force(client):
    """'The Security Council ordered the arrest of the militia leader'; 'a UN spokesman said on 12 March the order
    remained in force'."""
    leader = actor(client, "A militia leader", "person")
    legal = {"status": "arrest_ordered", "charges": [], "in_force_as_of": "2024-03-12"}
    order = created(client, "events", {**EVENT, "title": "Arrest ordered", "type": "COERCE", "mode": None,
                                       "participants": [{"actor_id": 9, "role": "initiator"},
                                                        {"actor_id": leader, "role": "accused"}],
                                       "figures": [], "legal": legal})
    shown = client.get(order["href"]).get_json()["legal"]
    assert (shown["status"], shown["in_force_as_of"]) == ("arrest_ordered", "2024-03-12")
    assert order["id"] in ids(client, "/v1/events?legal_status=arrest_ordered")
    assert order["id"] in ids(client, "/v1/events?legal_in_force_on=2024-03-01")
    assert order["id"] in ids(client, "/v1/events?legal_in_force_on=2024-03-12")
    assert order["id"] not in ids(client, "/v1/events?legal_in_force_on=2024-04-01")
    # said again later: the new day replaces it
    revised = client.patch(order["href"], json={"legal": {**legal, "in_force_as_of": "2024-05-02"}},
                           headers={"If-Match": "*"})
    assert revised.status_code == 200, revised.get_json()
    assert order["id"] in ids(client, "/v1/events?legal_in_force_on=2024-04-01")
    errors = errors_of(client, {**EVENT, "legal": {**legal, "in_force_as_of": "12 March"}})
    assert "legal" in errors and "in_force_as_of" in errors["legal"]
    assert "legal_in_force_on" in problem(client.get("/v1/events?legal_in_force_on=soon"), 400)["errors"]


MODES = [(mode, type_) for mode in ("body_recovery", "detainee_registration", "interrogation")
         for type_ in vocab.EVENT_MODES[mode][0]]


@pytest.mark.parametrize("mode,type_", MODES)
def test_each_new_mode_goes_with_its_types_and_is_found(client, mode, type_):
    event = created(client, "events", {**EVENT, "title": f"A {mode}", "type": type_, "mode": mode})
    assert (client.get(event["href"]).get_json()["mode"], event["type"]) == (mode, type_)
    assert event["id"] in ids(client, f"/v1/events?type={type_}&mode={mode}")
    errors = errors_of(client, {**EVENT, "type": "FIGHT", "mode": mode})
    assert list(errors) == ["mode"]


def test_firing_into_crowds_is_a_targeted_group(client):
    """'Protesters said soldiers fired into the crowd' (Myanmar, 2021)."""
    claim = {**CLAIM, "actor_id": 9, "role": "initiator", "took_part": True, "targeted_groups": ["crowds"]}
    event = created(client, "events", {**EVENT, "claims": [claim]})
    assert client.get(event["href"]).get_json()["claims"][0]["targeted_groups"] == ["crowds"]
    assert ids(client, "/v1/events?claimed_targeted_group=crowds") == [event["id"]]
    assert "civilians" not in event["claims"][0]["targeted_groups"]


def test_a_claimant_says_the_attacks_failed(client):
    """'The army says it repelled every attack on the town' (Syria, 2016): the army's claim, outcome failed."""
    attackers = actor(client, "Attacking rebels")
    event = created(client, "events", {**EVENT, "type": "FIGHT", "participants": [
        {"actor_id": attackers, "role": "side_a"}, {"actor_id": 9, "role": "side_b"}], "claims": [
        {**CLAIM, "claimant_id": 9, "outcome": "failed"},
        {**CLAIM, "claimant_id": attackers, "outcome": "succeeded"}]})
    shown = client.get(event["href"]).get_json()
    assert [c["outcome"] for c in shown["claims"]] == ["failed", "succeeded"]
    assert shown["outcome"] is None   # the curators' own reading is not the claimants'
    assert event["id"] in ids(client, "/v1/events?claimed_outcome=failed")
    assert event["id"] in ids(client, "/v1/events?claimed_outcome=succeeded,partly_succeeded")
    assert event["id"] not in ids(client, "/v1/events?claimed_outcome=partly_succeeded")
    assert event["id"] not in ids(client, "/v1/events?outcome=failed")
    errors = errors_of(client, {**EVENT, "claims": [{**CLAIM, "outcome": "repelled"}]})
    assert "outcome" in errors["claims"]["0"]
    # a preferred claim's outcome is the event's
    errors = errors_of(client, {**EVENT, "claims": [{**CLAIM, "outcome": "failed", "rank": "preferred"}]})
    assert "rank" in errors["claims"]["0"]
    agreed = created(client, "events", {**EVENT, "outcome": "failed", "claims": [
        {**CLAIM, "outcome": "failed", "rank": "preferred"}]})
    assert agreed["claims"][0]["outcome"] == "failed"
    assert "claimed_outcome" in problem(client.get("/v1/events?claimed_outcome=repelled"), 400)["errors"]


@pytest.mark.parametrize("seniority", list(vocab.RELATION_SENIORITIES))
def test_a_senior_aide_is_an_adviser_with_a_seniority(client, seniority):
    """'Two of the general's senior aides' (Libya, 2019: each aide adviser_to the general, senior)."""
    general = actor(client, "A general", "person")
    aide = created(client, "actors", {"name": "An aide", "kind": "person", "relations": [
        {"actor_id": general, "relation": "adviser_to", "seniority": seniority}]})
    assert client.get(aide["href"]).get_json()["relations"][0]["seniority"] == seniority
    plain = created(client, "actors", {"name": "Another aide", "kind": "person", "relations": [
        {"actor_id": general, "relation": "adviser_to"}]})
    assert plain["relations"][0]["seniority"] is None
    assert ids(client, f"/v1/actors?relation=adviser_to&related_to={general}&relation_seniority={seniority}") == [
        aide["id"]]
    others = [term for term in vocab.RELATION_SENIORITIES if term != seniority]
    assert ids(client, "/v1/actors?relation_seniority=" + ",".join(others)) == []


@pytest.mark.parametrize("relation, seniority", [("opposes", "senior"), ("adviser_to", "high")])
def test_a_seniority_only_with_an_aide_s_relation_and_a_term(client, relation, seniority):
    general = actor(client, "A general", "person")
    errors = errors_of(client, {"name": "An aide", "kind": "person", "relations": [
        {"actor_id": general, "relation": relation, "seniority": seniority}]}, "/v1/actors")
    assert "seniority" in errors["relations"]["0"]
    assert "relation_seniority" in problem(client.get("/v1/actors?relation_seniority=high"), 400)["errors"]
