"""Migration 0059 on the engine under test: an existing membership and an existing treaty link read back with no
claimant and no sources, an existing source cites none; afterwards they take them, and the filters find them;
down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0056_stored_shapes"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0056: a coalition and a member, a treaty, an event breaching it, two sources."""
    with database_at(dbs, BEFORE, "at_0056") as (name, url, table):
        for ident, title in ((1, "SANA dispatch"), (2, "Reuters report")):
            table("source", *RECORD, "title").insert(id=ident, title=title, **STAMPS).execute()
        for ident, actor in ((1, "The coalition"), (2, "A brigade"), (3, "The army")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=ident, name=actor, kind="non_state_armed_group", unidentified=False, **STAMPS).execute()
        table("actor_membership", "member_id", "actor_id", "position").insert(member_id=2, actor_id=1,
                                                                               position=0).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases").insert(
            id=1, name="The ceasefire", kind="ceasefire", status="in_force", date_precision="day", phases="[]",
            **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Shelling", type="ASSAULT", date_start=datetime.date(2024, 5, 3), date_precision="day", site_categories="[]",
            **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=2,
                                                                          position=0).execute()
        table("event_treaty", "id", "event_id", "treaty_id", "link", "position").insert(
            id=1, event_id=1, treaty_id=1, link="breaches", position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0059_claims_carried" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_links_have_no_claimant_and_take_one(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    member = client.get("/v1/actors/2?include=").get_json()["member_of"][0]
    assert (member["claimant"], member["attribution"], member["sources"], member["note"]) == (None, "source", [],
                                                                                              None)
    link = client.get("/v1/events/1?include=").get_json()["treaties"][0]
    assert (link["claimant"], link["attribution"], link["sources"]) == (None, "source", [])
    assert client.get("/v1/sources/2").get_json()["cites_sources"] == []
    assert client.patch("/v1/actors/2", headers=headers, json={"member_of": [
        {"actor_id": 1, "claimant_id": 3, "source_ids": [2]}]}).status_code == 200
    assert client.patch("/v1/sources/2", headers=headers, json={"cites_source_ids": [1]}).status_code == 200
    response = client.patch("/v1/events/1", headers=headers, json={"treaties": [
        {"treaty_id": 1, "link": "breaches", "claimant_id": 3, "source_ids": [2]}]})
    assert response.status_code == 200, response.get_json()
    assert [a["id"] for a in client.get("/v1/actors?member_of=1&member_claimant=3").get_json()["items"]] == [2]
    assert [e["id"] for e in client.get("/v1/events?treaty_link_claimant=3").get_json()["items"]] == [1]
    assert [s["id"] for s in client.get("/v1/sources?cites=1").get_json()["items"]] == [2]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "source_citation" not in db.database.obj.get_tables()
        assert "0059_claims_carried" in migrations.upgrade()
        assert {"source_citation", "actor_membership_source", "event_treaty_source"} <= set(
            db.database.obj.get_tables())
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/actors/2?include=").get_json()["member_of"][0]["actor"] == 1
    assert client.get("/v1/events/1?include=").get_json()["treaties"][0]["link"] == "breaches"
