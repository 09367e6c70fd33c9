"""Migration 0058 on the engine under test: an existing treaty reads back with no aliases and no place of
signing, an existing actor relation with no denials, an existing statement with no actor not named;
afterwards they take them, and down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0056_stored_shapes"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0056: two actors, one backed by the other, a treaty between them, a place and a
    statement."""
    with database_at(dbs, BEFORE, "at_0056") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        table("place", *RECORD, "name", "kind", "country").insert(id=1, name="Washington, D.C.", kind="city",
                                                                  country="USA", **STAMPS).execute()
        for actor_id, actor_name in ((1, "Rwanda"), (2, "M23")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=actor_id, name=actor_name, kind="state", unidentified=False, **STAMPS).execute()
        table("actor_relation", "subject_id", "actor_id", "relation", "position", "attribution",
              "support_kinds").insert(subject_id=2, actor_id=1, relation="backed_by", position=0,
                                      attribution="source", support_kinds="[]").execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases").insert(
            id=1, name="Washington agreement", kind="peace_agreement", status="signed", date_precision="day",
            phases="[]", **STAMPS).execute()
        table("statement", *RECORD, "speaker_id", "date", "medium", "date_precision", "conditions", "quote",
              "stance", "other_quotes", "other_stances", "requests", "offers").insert(
            id=1, speaker_id=1, date=datetime.date(2025, 6, 27), medium="unknown", date_precision="day",
            conditions="[]", quote="We do not back M23.", stance="deny", other_quotes="[]", other_stances="[]",
            requests="[]", offers="[]",
            **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0058_reported_not" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_records_have_none_and_take_them(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    treaty = client.get("/v1/treaties/1?include=").get_json()
    assert (treaty["aliases"], treaty["signed_at"]) == ([], None)
    assert client.get("/v1/actors/2?include=").get_json()["relations"][0]["denied_by_statements"] == []
    assert client.get("/v1/statements/1?include=").get_json()["not_named_actors"] == []
    response = client.patch("/v1/treaties/1", headers=headers, json={
        "signed_at_id": 1, "aliases": ["Washington Accords"], "source_ids": [1]})
    assert response.status_code == 200, response.get_json()
    assert [t["id"] for t in client.get("/v1/treaties?signed_at=1").get_json()["items"]] == [1]
    response = client.patch("/v1/actors/2", headers=headers, json={"relations": [
        {"actor_id": 1, "relation": "backed_by", "denied_by_statement_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert [a["id"] for a in client.get("/v1/actors?relation_denied_by=1").get_json()["items"]] == [2]
    assert client.delete("/v1/places/1", headers=headers).status_code == 409
    assert client.delete("/v1/statements/1", headers=headers).status_code == 409


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "treaty_alias" not in db.database.obj.get_tables()
        assert "0058_reported_not" in migrations.upgrade()
        assert {"treaty_alias", "actor_relation_denial", "statement_not_named"} <= set(db.database.obj.get_tables())
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/treaties/1?include=").get_json()["signed_at"] is None
