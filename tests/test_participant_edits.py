"""An event's participants are owned items like its figures (issue 11, item 3): shown with their id, kept by
the id alone, changed by the id with fields, removed by leaving them out (Removed-Items), and addressed by
JSON Patch. A participant given without id that names a stored one's actor and role is that one."""
import json

import pytest

from helpers import BODIES, problem

JSON_PATCH = "application/json-patch+json"
# Actors of the example data: 9 initiates in BODIES["events"]; 1 and 2 are two states.
TWO_SIDES = [{"actor_id": 9, "role": "initiator"}, {"actor_id": 1, "role": "side_a"},
             {"actor_id": 2, "role": "side_b"}]


@pytest.fixture
def event(client):
    response = client.post("/v1/events", json={**BODIES["events"], "participants": TWO_SIDES})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def ids(record):
    return [p["id"] for p in record["participants"]]


def actor(participant):
    """A participant's actor's ID (a single record's answer embeds the actor)."""
    return participant["actor"]["id"] if isinstance(participant["actor"], dict) else participant["actor"]


def triples(participants):
    return [(p["id"], actor(p), p["role"]) for p in participants]


def revisions(client, href):
    return len(client.get(f"{href}/revisions").get_json()["items"])


def test_participants_are_shown_with_their_ids(client, event):
    assert [(actor(p), p["role"]) for p in event["participants"]] == [(9, "initiator"), (1, "side_a"), (2, "side_b")]
    assert all(isinstance(i, int) for i in ids(event)) and len(set(ids(event))) == 3
    embedded = client.get(f"{event['href']}?include=participants").get_json()["participants"]
    assert [p["id"] for p in embedded] == ids(event) and embedded[1]["actor"]["name"] == "Armenia"
    plain = client.get(f"{event['href']}?include=figures").get_json()["participants"]
    assert plain == [{"id": i, "actor": a, "role": r, "on_behalf_of": None, "actor_part": None} for i, a, r in triples(event["participants"])]
    revision = client.get(f"{event['href']}/revisions/1").get_json()
    assert [p["id"] for p in revision["data"]["participants"]] == ids(event)


def test_a_participant_given_by_id_alone_is_kept(client, event):
    first, second, third = ids(event)
    response = client.patch(event["href"], json={"participants": [
        {"id": third}, {"id": first}, {"actor_id": 10, "role": "mediator"}]})
    assert response.status_code == 200, response.get_json()
    shown = response.get_json()["participants"]
    assert shown[:2] == [event["participants"][2], event["participants"][0]]
    assert actor(shown[2]) == 10 and shown[2]["id"] not in ids(event)
    assert response.headers["Removed-Items"] == f"participants/{second}"


def test_a_participant_changed_by_id_keeps_its_id(client, event):
    first, second, third = ids(event)
    response = client.patch(event["href"], json={"participants": [
        {"id": first}, {"id": second, "actor_id": 1, "role": "side_b"},
        {"id": third, "actor_id": 2, "role": "side_a"}]})   # the sides trade roles: no unique index in the way
    assert response.status_code == 200, response.get_json()
    assert triples(response.get_json()["participants"]) == [(first, 9, "initiator"), (second, 1, "side_b"),
                                                             (third, 2, "side_a")]
    assert "Removed-Items" not in response.headers


def test_a_participant_without_id_but_with_a_stored_actor_and_role_is_that_one(client, event):
    """A client that never sends participant ids (a PUT of the body it posted) keeps them, and changes nothing."""
    figures = [{"id": figure["id"]} for figure in event["figures"]]
    response = client.put(event["href"], json={**BODIES["events"], "participants": TWO_SIDES, "figures": figures})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["version"] == event["version"] and revisions(client, event["href"]) == 1
    response = client.patch(event["href"], json={"participants": [TWO_SIDES[2], TWO_SIDES[0]]})
    assert ids(response.get_json()) == [ids(event)[2], ids(event)[0]]
    assert response.headers["Removed-Items"] == f"participants/{ids(event)[1]}"


def test_json_patch_addresses_participants(client, event):
    second = ids(event)[1]
    response = client.patch(event["href"], content_type=JSON_PATCH, data=json.dumps([
        {"op": "test", "path": "/participants/1/id", "value": second},
        {"op": "remove", "path": "/participants/1"},
        {"op": "add", "path": "/participants/-", "value": {"actor_id": 10, "role": "mediator"}},
        {"op": "replace", "path": "/participants/0/role", "value": "side_a"}]))
    assert response.status_code == 200, response.get_json()
    shown = response.get_json()["participants"]
    assert triples(shown[:2]) == [(ids(event)[0], 9, "side_a"), (ids(event)[2], 2, "side_b")]
    assert actor(shown[2]) == 10 and response.headers["Removed-Items"] == f"participants/{second}"


def test_another_events_participant_id_is_422(client, event, dump):
    other = client.post("/v1/events", json=BODIES["events"]).get_json()
    before = dump()
    for body in ({"participants": [{"id": ids(other)[0]}]},
                 {"participants": [{"id": ids(other)[0], "actor_id": 1, "role": "side_a"}]}):
        errors = problem(client.patch(event["href"], json=body), 422)["errors"]
        assert list(errors) == ["participants"] and errors["participants"]["0"]["id"]
    assert dump() == before


def test_a_revision_restores_its_participants(client, event):
    client.patch(event["href"], json={"participants": [{"id": ids(event)[0]}]})
    response = client.post(f"{event['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert response.status_code == 200, response.get_json()
    restored = response.get_json()["participants"]
    assert [(actor(p), p["role"]) for p in restored] == [(p["actor_id"], p["role"]) for p in TWO_SIDES]
    assert restored[0]["id"] == ids(event)[0]


def test_a_revision_from_before_participants_had_ids_restores_them_by_actor_and_role(client, event):
    """Revisions written before this change hold participants without ids: restored, each keeps the ID of
    the stored participant with its actor and role."""
    from api import db, jsonio
    from api.models import Revision

    client.patch(event["href"], json={"summary": "Changed."})
    with db.database.connection_context():
        row = Revision.get((Revision.kind == "events") & (Revision.record_id == event["id"]) & (Revision.version == 1))
        data = jsonio.loads(row.data)
        data["participants"] = [{k: v for k, v in p.items() if k != "id"} for p in data["participants"]]
        Revision.update(data=jsonio.dumps_text(data)).where(Revision.id == row.id).execute()
    response = client.post(f"{event['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert response.status_code == 200, response.get_json()
    assert ids(response.get_json()) == ids(event) and "Removed-Items" not in response.headers
    assert response.get_json()["summary"] is None
