"""Following relations between records."""
import pytest

from helpers import ids, problem


def test_events_of_an_actor_in_any_role(client):
    assert ids(client, "/v1/actors/9/events") == [1, 3, 4]     # Armed Forces of Azerbaijan
    assert ids(client, "/v1/actors/5/events") == [5]           # Pashinyan


def test_statements_of_an_actor(client):
    assert ids(client, "/v1/actors/8/statements") == [2]


def test_events_and_statements_referring_to_a_treaty(client):
    assert ids(client, "/v1/treaties/1/events") == [5]
    assert ids(client, "/v1/treaties/1/statements") == [1, 2]


def test_statements_about_an_event(client):
    assert ids(client, "/v1/events/5/statements") == [1, 2]


def test_sub_events(client):
    assert ids(client, "/v1/events/1/sub-events") == [3, 4, 5, 6, 7]
    assert ids(client, "/v1/events/3/sub-events") == []


def test_statements_about_a_statement(client):
    assert ids(client, "/v1/statements/1/statements") == [2]


def test_events_at_a_place(client):
    assert ids(client, "/v1/places/3/events") == [1, 2, 7]


def test_relations_page_like_collections(client):
    first = client.get("/v1/events/1/sub-events?limit=2").get_json()
    second = client.get(first["next"]).get_json()
    assert [e["id"] for e in first["items"] + second["items"]] == [3, 4, 5, 6]


@pytest.mark.parametrize("path", ["/v1/actors/999/events", "/v1/treaties/999/statements", "/v1/events/999/sub-events"])
def test_relations_of_a_missing_record(client, path):
    problem(client.get(path), 404)


def test_relations_follow_writes(client):
    new = client.post("/v1/statements", json={"speaker_id": 4, "date": "2020-11-01", "medium": "speech",
                                              "about_statements": [2], "source_ids": [1]}).get_json()
    assert ids(client, "/v1/statements/2/statements") == [new["id"]]
    assert ids(client, "/v1/actors/4/statements") == [new["id"]]
