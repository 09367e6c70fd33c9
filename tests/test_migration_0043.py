"""Migration 0043 on the engine under test: an existing statement reads back with no platform, no channel, no
requests or offers; an existing treaty with no text publication; an existing implementation entry about no actor
in particular. Afterwards each takes the new parts and is found by the new filters; down then up again keeps the
old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0040_figures_as_said"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0040 holding a statement and a treaty whose provision has an implementation entry."""
    with database_at(dbs, BEFORE, "at_0040") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Report", **STAMPS).execute()
        for actor_id, actor_name in ((1, "SAF"), (2, "RSF")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=actor_id, name=actor_name, kind="non_state_armed_group", unidentified=False, **STAMPS).execute()
        table("statement", *RECORD, "speaker_id", "date", "medium", "date_precision", "conditions", "quote",
              "stance", "other_quotes", "other_stances").insert(
            id=1, speaker_id=2, date=datetime.date(2023, 12, 18), medium="social_media", date_precision="day",
            conditions="[]", quote="liberated", stance="assert", other_quotes="[]", other_stances="[]",
            **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases").insert(
            id=1, name="Jeddah pledge", kind="other", status="agreed", date_precision="day", phases="[]",
            **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories", "covers", "links").insert(
            id=5, treaty_id=1, type="humanitarian_access", summary="Improve access.", position=0,
            **dict.fromkeys(("figures", "deadlines", "conditions", "site_categories", "covers", "links"), "[]")).execute()
        table("implementation", "id", "provision_id", "date", "status", "attribution", "position").insert(
            id=9, provision_id=5, date='{"date": "2023-12-20"}', status="unknown", attribution="source",
            position=0).execute()
        table("implementation_source", "implementation_id", "source_id", "position").insert(
            implementation_id=9, source_id=1, position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0043_acts_as_reported" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def found(client, path):
    return [item["id"] for item in client.get(path).get_json()["items"]]


def test_old_records_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    said = client.get("/v1/statements/1").get_json()
    assert (said["platform"], said["channel"], said["channel_name"], said["requests"], said["offers"]) == (
        None, None, None, [], [])
    treaty = client.get("/v1/treaties/1?include=").get_json()
    assert (treaty["text_published"], treaty["text_published_as_of"]) == (None, None)
    entry = client.get("/v1/treaties/1?include=provisions").get_json()["provisions"][0]["implementation"][0]
    assert (entry["status"], entry["actors"]) == ("unknown", [])
    response = client.patch("/v1/statements/1", headers=headers, json={
        "platform": "telegram", "channel_id": 2, "requests": [{"action": "take_up_arms", "addressee_words": "men"}]})
    assert response.status_code == 200, response.get_json()
    for query in ("platform=telegram", "channel=2", "requested_action=take_up_arms"):
        assert found(client, f"/v1/statements?{query}") == [1], query
    response = client.patch("/v1/treaties/1", headers=headers, json={
        "text_published": "unpublished", "provisions": [{"id": 5, "type": "humanitarian_access",
                                                         "summary": "Improve access.", "implementation": [
            {"id": 9, "date": {"date": "2023-12-20"}, "status": "partial", "actor_ids": [1, 2], "source_ids": [1]}]}]})
    assert response.status_code == 200, response.get_json()
    for query in ("text_published=unpublished", "implemented_by=2", "implementation=partial"):
        assert found(client, f"/v1/treaties?{query}") == [1], query


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "platform" not in {c.name for c in db.database.obj.get_columns("statement")}
        assert "text_published" not in {c.name for c in db.database.obj.get_columns("treaty")}
        assert "implementation_actor" not in db.database.obj.get_tables()
        assert "0043_acts_as_reported" in migrations.upgrade()
        assert "requests" in {c.name for c in db.database.obj.get_columns("statement")}
        assert "implementation_actor" in db.database.obj.get_tables()
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/statements/1").get_json()["quote"] == "liberated"
    assert client.get("/v1/treaties/1?include=provisions").get_json()["provisions"][0]["implementation"][0]["id"] == 9
