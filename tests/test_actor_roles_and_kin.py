"""Who, in what role (issue 10, mend-actors; notes/trials t9, t10, t11): co-chairs, a lead mediator beside the
ones assisting, the operator of an airlift, kinship between people, a body run by another, leaflets and
published maps. Each new term is written, read back, filtered by and exported through HTTP; a term outside the
vocabulary is still a 422 naming the field."""
import json

import pytest

from helpers import ACTOR, EVENT, STATEMENT, TREATY, created, ids, problem

NEW_PARTICIPANT_ROLES = ("co_chair", "lead_mediator", "operator")
NEW_PARTY_ROLES = ("lead_mediator", "co_chair")
NEW_ACTOR_RELATIONS = ("sibling_of", "parent_of", "spouse_of", "relative_of", "run_by")
NEW_MEDIA = ("leaflet", "publication")


def test_the_new_terms_are_served_as_vocabulary(client):
    served = client.get("/v1/vocabularies").get_json()["vocabularies"]
    for name, terms in (("participant_roles", NEW_PARTICIPANT_ROLES), ("party_roles", NEW_PARTY_ROLES),
                        ("actor_relations", NEW_ACTOR_RELATIONS), ("statement_media", NEW_MEDIA)):
        assert all(term in str(served[name]) for term in terms), name


@pytest.mark.parametrize("role", NEW_PARTICIPANT_ROLES)
def test_an_event_participant_in_a_new_role(client, role):
    event = created(client, "events", {**EVENT, "participants": [
        {"actor_id": 9, "role": "initiator"}, {"actor_id": 1, "role": role}]})
    read = client.get(event["href"]).get_json()
    assert [p["role"] for p in read["participants"]] == ["initiator", role]
    assert event["id"] in ids(client, f"/v1/events?actor=1&role={role}&limit=500")
    lines = client.get(f"/v1/events?actor=1&role={role}&format=ndjson").get_data(as_text=True).splitlines()
    exported = [json.loads(line) for line in lines]
    assert [p["role"] for item in exported for p in item["participants"] if p["role"] == role] == [role]


def test_a_lead_mediator_with_mediators_assisting_and_co_chairs(client):
    # "Deal mediated by Qatar, with Egypt and the US" (t11 #26); "co-chaired by the ICRC and the UN" (t9 #9)
    treaty = created(client, "treaties", {**TREATY, "parties": [
        {"actor_id": 1}, {"actor_id": 2}, {"actor_id": 3, "role": "lead_mediator"},
        {"actor_id": 4, "role": "mediator"}, {"actor_id": 5, "role": "co_chair"}]})
    read = client.get(treaty["href"]).get_json()
    assert [p["role"] for p in read["parties"]] == ["party", "party", "lead_mediator", "mediator", "co_chair"]
    assert treaty["id"] in ids(client, "/v1/treaties?party=3&party_role=lead_mediator&limit=500")
    assert treaty["id"] in ids(client, "/v1/treaties?party=5&party_role=co_chair&limit=500")
    assert treaty["id"] not in ids(client, "/v1/treaties?party=4&party_role=lead_mediator&limit=500")
    found = problem(client.post("/v1/treaties", json={**TREATY, "parties": [{"actor_id": 1, "role": "chair"}]}), 422)
    assert "role" in found["errors"]["parties"]["0"]


@pytest.mark.parametrize("relation", NEW_ACTOR_RELATIONS)
def test_kinship_and_run_by_between_actors(client, relation):
    other = created(client, "actors", {"name": f"Other of {relation}", "kind": "person"})
    actor = created(client, "actors", {"name": f"One {relation}", "kind": "person", "relations": [
        {"actor_id": other["id"], "relation": relation, "note": "brother" if relation == "relative_of" else None}]})
    read = client.get(actor["href"]).get_json()
    assert [(r["relation"], r["actor"]["id"]) for r in read["relations"]] == [(relation, other["id"])]
    assert ids(client, f"/v1/actors?related_to={other['id']}&relation={relation}") == [actor["id"]]
    revision = client.get(f"{actor['href']}/revisions/1").get_json()
    assert relation in str(revision)


def test_a_bad_actor_relation_term_names_the_field(client):
    found = problem(client.post("/v1/actors", json={**ACTOR, "relations": [{"actor_id": 1, "relation": "brother_of"}]}), 422)
    assert "relation" in found["errors"]["relations"]["0"]


@pytest.mark.parametrize("medium", NEW_MEDIA)
def test_leaflets_and_published_maps_as_media(client, medium):
    made = created(client, "statements", {**STATEMENT, "medium": medium, "stance": "warn"})
    assert client.get(made["href"]).get_json()["medium"] == medium
    assert ids(client, f"/v1/statements?medium={medium}") == [made["id"]]
    rows = client.get(f"/v1/statements?medium={medium}&format=csv").get_data(as_text=True)
    assert f",{medium}," in rows
    found = problem(client.post("/v1/statements", json={**STATEMENT, "medium": "flyer"}), 422)
    assert "medium" in found["errors"]
