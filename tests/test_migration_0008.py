"""Migration 0008 carries the old shapes forward, on the engine under test: actor aliases (strings) become
{name, language: null}, untyped statement -> statement links become `refers_to` relations in their order,
places stay searchable, and a revision written in the old input form (aliases as strings,
about_statement_ids) still restores."""
import datetime

import orjson
import pytest

from api.services import migrations
from helpers import ALIAS_NO_CLAIM, NO_CLAIM
from old_databases import NOW, STAMPS, database_at, old_token, serving

BEFORE = "0006_credentials_redaction"
SECRET = "old-secret-" + "x" * 30


@pytest.fixture
def old_database(dbs, shared_app):
    with database_at(dbs, BEFORE, "at_0006") as (name, url, table):
        old_token(table, 1, SECRET)
        table("source", "id", "version", "created_at", "updated_at", "title").insert(id=1, title="Report", **STAMPS).execute()
        table("actor", "id", "version", "created_at", "updated_at", "name", "kind").insert(
            id=1, name="Armenia", kind="state", **STAMPS).execute()
        table("actor_alias", "id", "actor_id", "alias", "position").insert(
            [{"actor_id": 1, "alias": "Hayastan", "position": 0},
             {"actor_id": 1, "alias": "Republic of Armenia", "position": 1}]).execute()
        table("place", "id", "version", "created_at", "updated_at", "name", "kind").insert(
            id=1, name="Shusha", kind="city", **STAMPS).execute()   # not in the search table: 0008 indexes it
        statement = table("statement", "id", "version", "created_at", "updated_at", "speaker_id", "date", "medium")
        link = table("statement_statement", "statement_id", "about_id", "position")
        cites = table("statement_source", "statement_id", "source_id", "position")
        for i in (1, 2, 3):
            statement.insert(id=i, speaker_id=1, date=datetime.date(2020, 10, i), medium="speech", **STAMPS).execute()
            cites.insert(statement_id=i, source_id=1, position=0).execute()
        link.insert([{"statement_id": 3, "about_id": 2, "position": 0},
                          {"statement_id": 3, "about_id": 1, "position": 1}]).execute()
        revision = table("revision", "id", "kind", "record_id", "version", "action", "at", "data", "token_name")
        old_form = {"name": "Armenia", "kind": "state", "aliases": ["Hayastan"], "country": None, "parent_id": None,
                    "role_title": None, "description": None, "external_ids": {}, "valid_from": None, "valid_to": None}
        old_statement = {"speaker_id": 1, "addressee_id": None, "date": "2020-10-03", "medium": "speech",
                         "quote": None, "language": None, "summary": None, "stance": None, "about_event_ids": [],
                         "about_treaties": [], "about_statement_ids": [1], "source_ids": [1]}
        revision.insert([
            {"kind": "actors", "record_id": 1, "version": 1, "action": "create", "at": NOW,
             "data": orjson.dumps(old_form).decode(), "token_name": "ana"},
            {"kind": "statements", "record_id": 3, "version": 1, "action": "create", "at": NOW,
             "data": orjson.dumps(old_statement).decode(), "token_name": "ana"}]).execute()
    assert "0008_relations" in migrations.upgrade()   # with whatever other migrations come after 0006
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_shapes_read_in_the_new_ones(old_database):
    client = old_database.test_client()
    actor = client.get("/v1/actors/1").get_json()
    assert actor["aliases"] == [{"name": "Hayastan", "language": None, **ALIAS_NO_CLAIM},
                                {"name": "Republic of Armenia", "language": None, **ALIAS_NO_CLAIM}]
    assert actor["member_of"] == [] and actor["seat"] is None
    statement = client.get("/v1/statements/3?include=").get_json()
    # migrations/0035: a whole denial, or none; migrations/0039: no time elapsed said
    unmeasured = {"extent": None, "extent_words": None, "elapsed": None, **NO_CLAIM}   # no claim said (0106)
    assert statement["relations"] == [{"statement": 2, "relation": "refers_to", **unmeasured},
                                      {"statement": 1, "relation": "refers_to", **unmeasured}]
    assert [s["id"] for s in client.get("/v1/statements/1/statements").get_json()["items"]] == [3]
    assert [p["id"] for p in client.get("/v1/places?q=Shusha").get_json()["items"]] == [1]


def test_old_revisions_restore(old_database):
    client = old_database.test_client(token=f"cf_1_{SECRET}")
    restored = client.post("/v1/actors/1/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert restored.get_json()["aliases"] == [{"name": "Hayastan", "language": None, **ALIAS_NO_CLAIM}]
    restored = client.post("/v1/statements/3/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert [(r["statement"]["id"], r["relation"]) for r in restored.get_json()["relations"]] == [(1, "refers_to")]
    client.patch("/v1/places/1", json={"aliases": ["Shushi", {"name": "Şuşa", "language": "az"}]})
    assert [p["id"] for p in client.get("/v1/places?q=Shushi").get_json()["items"]] == [1]
