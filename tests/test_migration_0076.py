"""Migration 0076 on the engine under test: an existing event, claim, membership and position read back with no
aliases, no further equipment, no event since, no membership changes and no events beginning or ending the post;
afterwards they take them and the filters find them; down then up again keeps the old data."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0075_outcomes_leavings_carried_in_part"
PREVIOUS = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("00*.py")
               if path.stem < "0076")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0075 holding a source, three actors (one a member of another, one holding a post)
    and an event with a claim."""
    with database_at(dbs, BEFORE, "at_0075") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        actors = table("actor", *RECORD, "name", "kind", "unidentified")
        actors.insert(id=1, name="African Union", kind="international_organisation", unidentified=False,
                      **STAMPS).execute()
        actors.insert(id=2, name="Central African Republic", kind="state", unidentified=False, **STAMPS).execute()
        actors.insert(id=3, name="Francois Bozize", kind="person", unidentified=False, **STAMPS).execute()
        table("actor_membership", "member_id", "actor_id", "position", "attribution").insert(
            member_id=2, actor_id=1, position=0, attribution="source").execute()
        table("actor_position", "id", "actor_id", "title", "of_actor_id", "attribution", "rank", "position").insert(
            id=5, actor_id=3, title="President", of_actor_id=2, attribution="source", rank="normal",
            position=0).execute()
        table("actor_position_source", "claim_id", "source_id", "position").insert(claim_id=5, source_id=1,
                                                                                   position=0).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Bozize seizes power", type="FIGHT", date_start=datetime.date(2003, 3, 15),
            date_precision="day", site_categories="[]", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("event_claim", "id", "event_id", "actor_id", "role", "took_part", "equipment", "equipment_kind",
              "attribution", "rank", "position", "site_categories").insert(
            id=7, event_id=1, actor_id=3, role="initiator", took_part=True, equipment='{"kind":"small_arms"}',
            equipment_kind="small_arms", attribution="source", rank="normal", position=0,
            site_categories="[]").execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=7, source_id=1,
                                                                              position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0076_event_aliases_membership_changes" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    event = client.get("/v1/events/1?include=claims").get_json()
    assert event["aliases"] == [] and event["claims"][0]["more_equipment"] == []
    assert event["claims"][0]["since_event"] is None
    assert client.get("/v1/actors/2?include=member_of").get_json()["member_of"][0]["changes"] == []
    position = client.get("/v1/actors/3").get_json()["positions"][0]
    assert (position["since_event"], position["until_event"]) == (None, None)
    response = client.patch("/v1/events/1", headers=headers, json={
        "mode": "coup", "aliases": ["Operation Bangui"], "claims": [
            {"id": 7, "actor_id": 3, "role": "initiator", "took_part": True, "equipment": {"kind": "small_arms"},
             "more_equipment": [{"kind": "rpg"}], "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    response = client.patch("/v1/actors/2", headers=headers, json={"member_of": [
        {"actor_id": 1, "changes": [{"change": "suspended", "date": {"date": "2013-03-25"}, "by_id": 1}]}]})
    assert response.status_code == 200, response.get_json()
    response = client.patch("/v1/actors/3", headers=headers, json={"positions": [
        {"id": 5, "title": "President", "of_actor_id": 2, "since_event_id": 1, "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/events?claimed_equipment=rpg&mode=coup&q=Bangui").get_json()["items"]] == [1]
    assert [a["id"] for a in client.get("/v1/actors?member_change=suspended").get_json()["items"]] == [2]
    assert client.get("/v1/actors/3").get_json()["positions"][0]["since_event"] == 1


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "changes" not in {c.name for c in db.database.obj.get_columns("actor_membership")}
        assert "event_alias" not in db.database.obj.get_tables()
        assert "0076_event_aliases_membership_changes" in migrations.upgrade()
        assert "since_event_id" in {c.name for c in db.database.obj.get_columns("event_claim")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/events/1").get_json()["title"] == "Bozize seizes power"
    assert client.get("/v1/actors/2?include=member_of").get_json()["member_of"][0]["changes"] == []
