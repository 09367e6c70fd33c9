"""What curators of trials t39 and t40 bent on events, participants and actors (issue 10, events28): a superlative
counted since an event, a legal measure said to be in force on an undated day, who chartered a plane and who carried
others in its vehicles, what a sanction covers, a state's ruling party and a person's party, and what a nested object
given as a string is told. Each through HTTP: posted, read back, found by its filter, bad input a 422 naming the
field. The examples are from other conflicts than the trials' reports."""
import pytest

from schemas import vocabularies as vocab

from helpers import COVERED_NO_ISSUER, EVENT, created, ids, problem

CLAIM = {"claimant_id": 10, "source_ids": [1]}


def actor(client, name, kind="non_state_armed_group", **more):
    return created(client, "actors", {"name": name, "kind": kind, **more})["id"]


def errors_of(client, body, path="/v1/events"):
    return problem(client.post(path, json=body), 422)["errors"]


def shown_id(value):
    return value["id"] if isinstance(value, dict) else value


def test_a_superlative_since_a_war_named_not_dated(client):
    """'The deadliest attack on the capital since the 1991 war' (a report from another conflict): the war is an
    event; the claim's since_event_id names it and superlative.since stays null (no year invented)."""
    war = created(client, "events", {**EVENT, "title": "The 1991 war", "type": "FIGHT", "date_start": None,
                                     "date_end": None, "date_precision": "unknown", "figures": []})
    claim = {**CLAIM, "superlative": {"measure": "deadliest", "among": "attack on the capital"},
             "since_event_id": war["id"]}
    event = created(client, "events", {**EVENT, "claims": [claim]})
    shown = client.get(event["href"]).get_json()["claims"][0]
    assert shown_id(shown["since_event"]) == war["id"] and shown["superlative"]["since"] is None
    assert ids(client, f"/v1/events?superlative_since={war['id']}") == [event["id"]]
    assert ids(client, f"/v1/events?superlative_since={event['id']}") == []
    assert ids(client, f"/v1/events?superlative_since={war['id']}&superlative=largest") == []
    assert "superlative_since" in problem(client.get("/v1/events?superlative_since=war"), 400)["errors"]
    errors = errors_of(client, {**EVENT, "claims": [{**claim, "since_event_id": 99999}]})
    assert "since_event_id" in str(errors)


def test_a_measure_said_in_force_on_an_undated_day(client):
    """'A UN spokesman said the travel ban on the general remained in force' in a report of 8 March 2024 that
    gives no day for his words: in_force_as_of 2024-03-08 with bound on_or_before; no day is invented."""
    general = actor(client, "A general", "person")
    legal = {"status": "warrant_issued", "charges": [], "in_force_as_of": "2024-03-08",
             "in_force_as_of_bound": "on_or_before"}
    warrant = created(client, "events", {**EVENT, "title": "Warrant issued", "type": "COERCE", "mode": None,
                                         "participants": [{"actor_id": 9, "role": "initiator"},
                                                          {"actor_id": general, "role": "accused"}],
                                         "figures": [], "legal": legal})
    shown = client.get(warrant["href"]).get_json()["legal"]
    assert (shown["in_force_as_of"], shown["in_force_as_of_bound"], shown["in_force_as_of_precision"]) == (
        "2024-03-08", "on_or_before", "day")
    # no first day is known: the filter, which asks for a day it was surely said on or after, does not find it
    assert warrant["id"] not in ids(client, "/v1/events?legal_in_force_on=2024-03-01")
    assert warrant["id"] in ids(client, "/v1/events?legal_status=warrant_issued")
    # said in March, no day: the month's first day, month precision, found from the month's first day on
    month = {**legal, "in_force_as_of": "2024-03-01", "in_force_as_of_bound": None, "in_force_as_of_precision": "month"}
    revised = client.patch(warrant["href"], json={"legal": month}, headers={"If-Match": "*"})
    assert revised.status_code == 200, revised.get_json()
    assert revised.get_json()["legal"]["in_force_as_of_precision"] == "month"
    assert warrant["id"] in ids(client, "/v1/events?legal_in_force_on=2024-03-01")
    assert warrant["id"] not in ids(client, "/v1/events?legal_in_force_on=2024-03-02")


@pytest.mark.parametrize("legal, field", [
    ({"in_force_as_of": "2024-03-08", "in_force_as_of_bound": "ongoing"}, "in_force_as_of_bound"),
    ({"in_force_as_of_bound": "on_or_before"}, "in_force_as_of"),
    ({"in_force_as_of_precision": "month"}, "in_force_as_of_precision"),
    ({"in_force_as_of": "2024-03-08", "in_force_as_of_precision": "month"}, "in_force_as_of"),
    ({"in_force_as_of": "2024-03-08", "in_force_as_of_precision": "decade"}, "in_force_as_of_precision"),
])
def test_a_bad_in_force_bracket_is_refused_naming_the_field(client, legal, field):
    body = {**EVENT, "type": "COERCE", "figures": [], "legal": {"status": "charged", **legal}}
    assert field in errors_of(client, body)["legal"]


@pytest.mark.parametrize("role", ["charterer", "transporter"])
def test_who_chartered_or_carried_is_a_participant_found_by_its_role(client, role):
    """'A WFP-chartered cargo plane was shot down over the province' (the WFP: charterer); 'the wounded were carried
    out in armoured vehicles of the Italian contingent' (the contingent: transporter)."""
    other = actor(client, f"An actor, {role}", "international_organisation")
    event = created(client, "events", {**EVENT, "participants": [
        {"actor_id": 9, "role": "initiator"}, {"actor_id": other, "role": role}]})
    shown = client.get(event["href"]).get_json()["participants"]
    assert {"role": role, "actor": other} in [{"role": p["role"], "actor": shown_id(p["actor"])} for p in shown]
    assert ids(client, f"/v1/events?actor={other}&role={role}") == [event["id"]]
    assert ids(client, f"/v1/events?actor=9&role={role}") == []
    assert vocab.PARTICIPANT_ROLES[role]


def test_what_a_sanction_covers(client):
    """'The Security Council imposed a ban on the junta's timber exports, except licensed shipments' (a report
    from another conflict): a SANCTION event covering the timber, the licensed shipments left out."""
    covers = [{"item": "timber exports", "kind": "goods"},
              {"item": "licensed shipments", "kind": "goods", "excluded": True}]
    ban = created(client, "events", {**EVENT, "title": "Ban on timber exports", "type": "SANCTION", "mode": "embargo",
                                     "figures": [], "covers": covers})
    shown = client.get(ban["href"]).get_json()["covers"]
    assert shown == [{"item": "timber exports", "kind": "goods", "excluded": False, "group": None, **COVERED_NO_ISSUER},
                     {"item": "licensed shipments", "kind": "goods", "excluded": True, "group": None,
                      **COVERED_NO_ISSUER}]
    arms = created(client, "events", {**EVENT, "title": "Arms embargo, except small arms", "type": "SANCTION",
                                      "mode": "arms_embargo", "figures": [], "covers": [
                                          {"item": "small arms", "kind": "weapons", "excluded": True}]})
    assert ids(client, "/v1/events?covered_kind=goods") == [ban["id"]]
    assert ids(client, "/v1/events?covered_kind=weapons") == [arms["id"]]   # named, if only as left out
    assert ids(client, "/v1/events?covered_kind=weapons,goods&type=SANCTION") == [ban["id"], arms["id"]]
    assert ids(client, "/v1/events?covered_kind=people") == []
    assert client.get(arms["href"]).get_json()["covers"][0]["excluded"] is True
    assert created(client, "events", EVENT)["covers"] == []
    errors = errors_of(client, {**EVENT, "covers": [{"item": "diamonds", "kind": "gems"}]})
    assert "kind" in errors["covers"]["0"]
    errors = errors_of(client, {**EVENT, "covers": ["timber"]})
    assert "An object is expected" in str(errors["covers"])
    assert "covered_kind" in problem(client.get("/v1/events?covered_kind=gems"), 400)["errors"]


def test_a_ruling_party_and_a_persons_party(client):
    """'President Ramaphosa of the ruling ANC' (South Africa): the ANC ruling_party_of the state, the president a
    member of the ANC (member_of is for anyone who belongs: a person in a party too)."""
    state = actor(client, "South Africa", "state", country="ZAF")
    party = actor(client, "African National Congress", "civil_society", country="ZAF",
                  relations=[{"actor_id": state, "relation": "ruling_party_of", "source_ids": [1]}])
    president = actor(client, "Cyril Ramaphosa", "person", member_of=[{"actor_id": party, "source_ids": [1]}])
    relations = client.get(f"/v1/actors/{party}").get_json()["relations"]
    assert [(r["relation"], shown_id(r["actor"])) for r in relations] == [("ruling_party_of", state)]
    assert party in ids(client, f"/v1/actors?related_to={state}&relation=ruling_party_of")
    assert president in ids(client, f"/v1/actors?member_of={party}")
    assert vocab.ACTOR_RELATIONS["ruling_party_of"]


def test_a_member_of_given_as_a_string_says_which_object_is_expected(client):
    """t39: `"member_of": ["@unosom"]` answered only "Invalid input type."."""
    body = {"name": "A contingent", "kind": "armed_force", "member_of": ["@mission"]}
    errors = problem(client.post("/v1/actors", json=body), 422)["errors"]
    message = errors["member_of"]["0"]["_schema"][0]
    assert message.startswith('An object is expected here, such as {"actor_id": ...}')


def test_every_nested_object_given_a_string_names_what_it_expects(client):
    """Generally: a participant, a figure, a legal action given a bare string each say what object they expect."""
    for field, value, expected in (("participants", ["@army"], '"actor_id": ...'),
                                   ("legal", "charged", '"status": ...'),
                                   ("covers", [3], '"item": ..., "kind": ...')):
        errors = errors_of(client, {**EVENT, field: value})
        assert expected in str(errors[field]) and "Invalid input type" not in str(errors[field]), field
