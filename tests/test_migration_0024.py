"""Migration 0024 carries place and actor relations forward on the engine under test: an existing relation
names no claimant and cites no source; afterwards the same relation may be listed twice with its own sources,
and down then up again keeps the old data (a relation listed twice keeps its first). An existing event and its
claim say nothing of how sure the reporting is, and take it afterwards."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0022_search_names"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0022 holding a place north of another and an actor backed by another."""
    with database_at(dbs, BEFORE, "at_0022") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        for ident, actor_name in ((1, "Russia"), (2, "DPR forces")):
            table("actor", *RECORD, "name", "kind").insert(id=ident, name=actor_name, kind="state",
                                                           **STAMPS).execute()
        for ident, place_name in ((1, "Donetsk"), (2, "Avdiivka")):
            table("place", *RECORD, "name", "kind").insert(id=ident, name=place_name, kind="city",
                                                           **STAMPS).execute()
        table("place_relation", "subject_id", "place_id", "relation", "distance_km", "position").insert(
            subject_id=2, place_id=1, relation="north_of", distance_km=15.0, position=0).execute()
        table("actor_relation", "subject_id", "actor_id", "relation", "position").insert(
            subject_id=2, actor_id=1, relation="backed_by", position=0).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "place_id").insert(
            id=1, title="Flag raised over the coke plant", type="FIGHT", date_start=datetime.date(2024, 2, 17),
            date_precision="day", place_id=2, **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("event_claim", "event_id", "place_id", "claimant_id", "attribution", "rank", "position").insert(
            event_id=1, place_id=2, claimant_id=1, attribution="named", rank="normal", position=0).execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=1, source_id=1,
                                                                                position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0024_sourced_relations" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_relations_read_back_unsourced_and_take_a_second_sourced_one(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    place = client.get("/v1/places/2?include=").get_json()
    assert place["relations"] == [{"place": 1, "relation": "north_of", "and_place": None, "distance_km": 15,
                                   "qualifier": None, "claimant": None, "sources": [],
                                   "attribution": "source", "verification": None,   # migrations/0027
                                   "note": None, "since": None, "until": None,   # migrations/0035
                                   "side": None, "across": None, "part": None,
                          "distance_vague": None,   # 0042; part: 0079
                                   "claimant_words": None, "claimant_kind": None, "claimant_country": None,
                                   "degree": None,   # 0106
                                   "actor": None, "and_actor": None,   # 0110
                                   "travel_time": None, "travel_mode": None}]   # 0119
    assert client.get("/v1/actors/2?include=").get_json()["relations"] == [
        {"actor": 1, "relation": "backed_by", "since": None, "until": None, "claimant": None, "sources": [],
         "attribution": "source", "verification": None, "note": None, "support_kinds": [],
         "of_country": None, "denied_by_statements": [],
         "claimant_words": None, "claimant_kind": None, "claimant_country": None,   # migrations/0035, 0058, 0065
         "proportion": None, "designation": None, "seniority": None, "degree": None, "place": None}]   # 0078, 0082, 0094, 0106, 0117
    response = client.patch("/v1/places/2", headers=headers, json={"relations": [
        {"place_id": 1, "relation": "north_of", "distance_km": 15},
        {"place_id": 1, "relation": "north_of", "distance_km": 10, "qualifier": "fewer_than", "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    response = client.patch("/v1/actors/2", headers=headers, json={"relations": [
        {"actor_id": 1, "relation": "backed_by", "claimant_id": 1, "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert [p["id"] for p in client.get("/v1/places?relation_source=1").get_json()["items"]] == [2]
    assert [a["id"] for a in client.get("/v1/actors?relation_claimant=1").get_json()["items"]] == [2]


def test_down_and_up_again(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    assert client.patch("/v1/places/2", headers=headers, json={"relations": [
        {"place_id": 1, "relation": "north_of", "distance_km": 15},
        {"place_id": 1, "relation": "north_of", "distance_km": 10, "source_ids": [1]}]}).status_code == 200
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        assert "claimant_id" not in {c.name for c in database.get_columns("place_relation")}
        assert "place_relation_source" not in database.get_tables()
        assert "0024_sourced_relations" in migrations.upgrade()
    db.close_all()
    place = old_database.test_client().get("/v1/places/2?include=").get_json()
    assert [(r["distance_km"], r["sources"]) for r in place["relations"]] == [(15, [])]


def test_old_events_and_claims_say_nothing_of_certainty_and_take_it(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    event = client.get("/v1/events/1?include=claims").get_json()
    assert (event["verification"], event["verification_source"]) == (None, None)
    claim = event["claims"][0]
    assert (claim["verification"], claim["verification_source"]) == (None, None)
    response = client.patch("/v1/events/1", headers=headers, json={
        "verification": "could_not_verify", "verification_source_id": 1,
        "claims": [{"id": claim["id"], "place_id": 2, "claimant_id": 1, "source_ids": [1],
                    "verification": "appears_to_show"}]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/events?verification=appears_to_show").get_json()["items"]] == [1]
    assert [e["id"] for e in client.get("/v1/events?verification_source=1").get_json()["items"]] == [1]
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "verification" not in {c.name for c in db.database.obj.get_columns("event_claim")}
        migrations.upgrade()
    db.close_all()
    assert client.get("/v1/events/1?include=").get_json()["verification"] is None
