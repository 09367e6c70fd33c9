"""The standard terms curators were missing (issue 10, vocab26; notes/trials t32 to t34): each added term is posted
on a record through HTTP, read back as given, found by its filter, listed in CSV where its field is a column, and
published by /v1/vocabularies. One generated test over the table of added terms."""
import csv
import io

import pytest

from schemas import vocabularies as vocab
from schemas.vocab_modes import MORE_EVENT_MODES

from helpers import ACTOR, EVENT, STATEMENT, created, ids, problem

# vocabulary -> the terms vocab26 added to it
ADDED = {
    "disrupted_services": ["rail", "pipeline"],
    "claimed_reasons": ["precaution"],
    "legal_charges": ["racial_discrimination"],
    "membership_changes": ["withdrawal_decided"],
    "requested_actions": ["arms_embargo", "sanctions", "accession", "membership_withdrawal", "reconsideration",
                          "cooperation"],
    "site_categories": ["strongholds"],
    "claim_manners": ["close_range", "execution_style"],
    "event_recurrences": ["renewed"],
    "event_types": ["ECONOMIC"],
    "event_modes": [*MORE_EVENT_MODES, "currency_float", "devaluation", "shutdown"],
}
CLAIM = {"claimant_id": 10, "source_ids": [1]}


def event_with(field_value):
    return "events", {**EVENT, **field_value}


# vocabulary -> (a term -> (kind, body), a representation -> the term as read back, the filter's query)
USES = {
    "disrupted_services": (lambda t: event_with({"service_disruptions": [{"service": t, "extent": "full"}]}),
                           lambda r: r["service_disruptions"][0]["service"], "disrupted={}"),
    "claimed_reasons": (lambda t: event_with({"claims": [{**CLAIM, "reason": t, "note": "as a precaution"}]}),
                        lambda r: r["claims"][0]["reason"], "claimed_reason={}"),
    "legal_charges": (lambda t: event_with({"type": "DISAPPROVE", "mode": "lawsuit", "legal": {
                          "status": "filed", "charges": [{"charge": t, "article": "ICERD"}]}}),
                      lambda r: r["legal"]["charges"][0]["charge"], "charge={}"),
    "requested_actions": (lambda t: ("statements", {**STATEMENT, "about_actor_ids": [2], "requests": [
                              {"action": t, "addressee_ids": [1], "about_actor_ids": [2]}]}),
                          lambda r: r["requests"][0]["action"], "requested_action={}"),
    "site_categories": (lambda t: event_with({"site_categories": [t]}), lambda r: r["site_categories"][0],
                        "site_category={}"),
    "claim_manners": (lambda t: event_with({"claims": [{**CLAIM, "actor_id": 9, "role": "initiator",
                                                        "took_part": True, "manner": [t]}]}),
                      lambda r: r["claims"][0]["manner"][0], "claimed_manner={}"),
    "event_recurrences": (lambda t: event_with({"recurrence": t}), lambda r: r["recurrence"], "recurrence={}"),
    "event_types": (lambda t: event_with({"type": t, "mode": None, "participants": []}), lambda r: r["type"],
                    "type={}"),
}
ROWS = [(name, term) for name, terms in ADDED.items() for term in terms]


def test_every_added_term_is_published_with_its_meaning(client):
    listing = client.get("/v1/vocabularies").get_json()["vocabularies"]
    for name, term in ROWS:
        meanings = {entry["term"]: entry for entry in listing[name]}
        assert term in meanings and term in vocab.ALL[name], (name, term)


@pytest.mark.parametrize("name,term", [row for row in ROWS if row[0] in USES])
def test_each_added_term_is_stored_read_back_and_found(client, name, term):
    body_of, read, query = USES[name]
    kind, body = body_of(term)
    record = created(client, kind, body)
    assert read(record) == term
    assert read(client.get(record["href"]).get_json()) == term
    assert record["id"] in ids(client, f"/v1/{kind}?{query.format(term)}&limit=500")


MODES = [(mode, type_) for mode in ADDED["event_modes"] for type_ in vocab.EVENT_MODES[mode][0]]
MODES += [("checkpoint", "FIGHT"), ("expel", "THREATEN")]   # modes that go with one more type


@pytest.mark.parametrize("mode,type_", MODES)
def test_each_added_mode_goes_with_its_types_is_found_and_listed(client, mode, type_):
    event = created(client, "events", {**EVENT, "title": f"A {mode}", "type": type_, "mode": mode})
    assert (event["type"], event["mode"]) == (type_, mode)
    assert event["id"] in ids(client, f"/v1/events?type={type_}&mode={mode}")
    rows = list(csv.DictReader(io.StringIO(
        client.get(f"/v1/events?type={type_}&mode={mode}&format=csv").get_data(as_text=True))))
    assert {(row["type"], row["mode"]) for row in rows} == {(type_, mode)}
    other = "CRIME" if type_ != "CRIME" else "AID"
    errors = problem(client.post("/v1/events", json={**EVENT, "type": other, "mode": mode}), 422)["errors"]
    assert list(errors) == ["mode"]


def test_a_decision_to_leave_a_body_not_yet_in_effect(client):
    """t32 #71: "Georgia's parliament voted last week to leave the CIS": still a member, the vote its event."""
    cis = created(client, "actors", {**ACTOR, "name": "Commonwealth of Independent States", "aliases": []})
    vote = created(client, "events", {**EVENT, "title": "Parliament votes to leave the CIS", "type": "SANCTION",
                                      "mode": "withdraw", "participants": [{"actor_id": 1, "role": "initiator"},
                                                                           {"actor_id": cis["id"], "role": "target"}]})
    change = {"change": "withdrawal_decided", "date": {"date": "2008-08-14"}, "by_id": 1, "event_id": vote["id"]}
    member = created(client, "actors", {"name": "Georgia", "kind": "state", "country": "GEO", "member_of": [
        {"actor_id": cis["id"], "changes": [change]}]})
    shown = client.get(f"{member['href']}?include=member_of").get_json()["member_of"][0]
    assert (shown["changes"][0]["change"], shown["changes"][0]["event"], shown["left"]) == (
        "withdrawal_decided", vote["id"], None)
    assert member["id"] in ids(client, f"/v1/actors?member_change=withdrawal_decided&member_of={cis['id']}")
    assert member["id"] not in ids(client, "/v1/actors?member_change=withdrew")
    bad = {**change, "change": "voted_to_leave"}
    errors = problem(client.post("/v1/actors", json={"name": "Georgia", "kind": "state", "member_of": [
        {"actor_id": cis["id"], "changes": [bad]}]}), 422)["errors"]
    assert "member_of" in errors
