"""Migration 0019 carries events and places forward on the engine under test: an existing participant took part
for no one named, an existing claim says nothing of control or a relation, an existing further place names its
place, a place has no relations; the new parts are written after it (a further place not named, a control
claim), and down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import STAMPS, database_at, serving

BEFORE = "0017_figure_place_extension"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0017 holding an event with a participant, a claim and a further place."""
    with database_at(dbs, BEFORE, "at_0017") as (name, url, table):
        table("source", "id", "version", "created_at", "updated_at", "title").insert(id=1, title="Report",
                                                                                  **STAMPS).execute()
        table("actor", "id", "version", "created_at", "updated_at", "name", "kind").insert(
            id=1, name="Wagner Group", kind="non_state_armed_group", **STAMPS).execute()
        for ident, place_name in ((1, "Soledar"), (2, "Bakhmut")):
            table("place", "id", "version", "created_at", "updated_at", "name", "kind").insert(
                id=ident, name=place_name, kind="city", **STAMPS).execute()
        table("event", "id", "version", "created_at", "updated_at", "title", "type", "date_start", "date_end",
              "date_precision", "date_edtf", "place_id").insert(
            id=1, title="Fall of Soledar", type="FIGHT", date_start=datetime.date(2023, 1, 10),
            date_end=datetime.date(2023, 1, 25), date_precision="day", date_edtf="2023-01-10/2023-01-25",
            place_id=1, **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        # (IDs of owned rows left to the database, so that its sequences know them on PostgreSQL: the first is 1)
        table("participant", "event_id", "actor_id", "role", "position").insert(
            event_id=1, actor_id=1, role="side_a", position=0).execute()
        table("event_claim", "event_id", "actor_id", "role", "took_part", "claimant_id", "attribution", "rank",
                      "position").insert(event_id=1, actor_id=1, role="side_a", took_part=True, claimant_id=1,
                                         attribution="named", rank="normal", position=0).execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=1, source_id=1,
                                                                                position=0).execute()
        table("event_place", "event_id", "place_id", "position", "role").insert(
            event_id=1, place_id=2, position=0, role="via").execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0019_control_places_relations" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_records_read_back_with_the_new_parts_empty_and_take_them(old_database):
    client = old_database.test_client()
    event = client.get("/v1/events/1?include=").get_json()
    assert event["participants"] == [{"id": 1, "actor": 1, "role": "side_a", "on_behalf_of": None, "actor_part": None}]
    assert event["other_places"] == [{"place": 2, "location_precision": None, "role": "via", "unknown": None,
                                      # 0042: a place described relative to another, and its surroundings
                                      "relation": None, "relative_to": None, "words": None,
                                      "with_surroundings": False,
                                      "distance_km": None, "distance_qualifier": None,   # 0062
                                      "distance_vague": None,   # 0079
                                      "site_category": None}]   # 0113
    claim = client.get("/v1/events/1?include=claims").get_json()["claims"][0]
    assert (claim["control"], claim["controlled_by"], claim["related_event"], claim["on_behalf_of"]) == (
        None, None, None, None)
    assert claim["actor"]["id"] == 1 and claim["took_part"] is True
    assert client.get("/v1/places/2?include=").get_json()["relations"] == []
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    response = client.patch("/v1/events/1", headers=headers, json={
        "other_places": [{"place_id": 2, "role": "via"}, {"place_id": None, "unknown": "unknown", "role": "to"}],
        "claims": [{"id": claim["id"], "actor_id": 1, "role": "side_a", "took_part": True, "claimant_id": 1,
                    "source_ids": [1]},
                   {"control": "full", "controlled_by_id": 1, "control_of_id": 1, "as_of": "2023-01-10",
                    "claimant_id": 1, "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/places?controlled_by=1").get_json()["items"]] == [1]
    assert [e["id"] for e in client.get("/v1/events?unknown_place=to").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        assert "on_behalf_of_id" not in {c.name for c in database.get_columns("participant")}
        assert "control" not in {c.name for c in database.get_columns("event_claim")}
        assert "unknown" not in {c.name for c in database.get_columns("event_place")}
        assert "place_relation" not in database.get_tables()
        assert "0019_control_places_relations" in migrations.upgrade()
    event = old_database.test_client().get("/v1/events/1?include=").get_json()
    assert event["other_places"][0]["place"] == 2 and event["participants"][0]["actor"] == 1
