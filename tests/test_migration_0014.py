"""Migration 0014 carries records forward on the engine under test: an event's further places become `at`
(what they meant before roles), places have no description, actors no relations; a place revision written in
the old shape still restores; the migration can be undone and applied again."""
import datetime

import pytest

from api import db
from api.services import migrations
from old_databases import STAMPS, database_at, old_revision, serving

BEFORE = "0011_treaty_structure"
OLD_PLACE = {"name": "Soledar", "kind": "city", "country": "UKR", "parent_id": None, "latitude": 48.68,
             "longitude": 38.09, "external_ids": {}, "aliases": []}


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0011 holding an event at two places, an actor and a place revision; upgraded."""
    with database_at(dbs, BEFORE, "at_0011") as (name, url, table):
        table("actor", "id", "version", "created_at", "updated_at", "name", "kind").insert(
            id=1, name="Russia", kind="state", **STAMPS).execute()
        place = table("place", "id", "version", "created_at", "updated_at", "name", "kind", "country")
        for place_id, place_name in ((1, "Soledar"), (2, "Bakhmut")):
            place.insert(id=place_id, name=place_name, kind="city", country="UKR", **STAMPS).execute()
        table("event", "id", "version", "created_at", "updated_at", "title", "type", "date_start", "date_end",
              "date_precision", "place_id").insert(id=1, title="Fighting", type="FIGHT",
                                                   date_start=datetime.date(2023, 1, 10),
                                                   date_end=datetime.date(2023, 1, 10), date_precision="day",
                                                   place_id=1, **STAMPS).execute()
        table("event_place", "id", "event_id", "place_id", "location_precision", "position").insert(
            id=1, event_id=1, place_id=2, location_precision="near", position=0).execute()
        old_revision(table, "places", OLD_PLACE)
        applied = migrations.upgrade()
        from api.models import Actor, Event, EventPlace, Place, Revision
        db.reset_sequences([Actor, Place, Event, EventPlace, Revision])
    assert "0014_actor_relations" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_further_places_become_at_and_answer_place_role(old_database):
    client = old_database.test_client()
    event = client.get("/v1/events/1").get_json()
    assert [(p["place"]["id"], p["location_precision"], p["role"]) for p in event["other_places"]] == [(2, "near", "at")]
    ids = lambda query: [e["id"] for e in client.get(f"/v1/events?{query}").get_json()["items"]]  # noqa: E731
    assert ids("place=2&place_role=at") == [1] and ids("place=2&place_role=to") == [] and ids("place=2") == [1]
    assert client.get("/v1/places/1").get_json()["description"] is None
    assert client.get("/v1/actors/1").get_json()["relations"] == []


def test_a_place_revision_in_the_old_shape_restores(old_database):
    from api.services import tokens as token_service

    with db.database.connection_context():
        _, secret = token_service.create("migration curator", "curator")
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {secret}", "If-Match": "*"}
    client.patch("/v1/places/1", json={"description": "A salt-mining town."}, headers=headers)
    restored = client.post("/v1/places/1/revisions/1/restore", headers=headers)
    assert restored.status_code == 200, restored.get_json()
    assert restored.get_json()["description"] is None
    client.patch("/v1/places/2", json={"description": "A city in Donetsk oblast."}, headers=headers)
    assert [p["id"] for p in client.get("/v1/places?q=oblast").get_json()["items"]] == [2]
    assert [p["id"] for p in client.get("/v1/places?q=Soledar").get_json()["items"]] == [1]
    # an actor relation can be written on the upgraded database
    written = client.patch("/v1/actors/1", json={"relations": []}, headers=headers)
    assert written.status_code == 200, written.get_json()


def test_down_gives_the_old_shape_back_and_up_again_works(old_database):
    with db.database.connection_context():
        assert migrations.runner().down(target="0014_actor_relations")[-1] == "0014_actor_relations"
        database = db.database.obj
        assert "actor_relation" not in database.get_tables()
        assert "role" not in {c.name for c in database.get_columns("event_place")}
        assert "description" not in {c.name for c in database.get_columns("place")}
        assert "0014_actor_relations" in migrations.upgrade()
    event = old_database.test_client().get("/v1/events/1").get_json()
    assert event["other_places"][0]["role"] == "at"
