"""Migration 0065 on the engine under test: an existing event claim reads back with no type, mode or hedge, an
existing actor relation with no unnamed claimant in words. Afterwards they take them, and the filters find them;
down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0043_acts_as_reported"
APPLIED = "0065_claims_as_said"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0043 holding an event with a claim, and an actor backed by another."""
    with database_at(dbs, BEFORE, "at_0043") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        for ident, actor in ((1, "Turkey"), (2, "GNA")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=ident, name=actor, kind="state", unidentified=False, **STAMPS).execute()
        table("actor_relation", "subject_id", "actor_id", "relation", "position", "attribution",
              "support_kinds").insert(subject_id=2, actor_id=1, relation="backed_by", position=0,
                                      attribution="source", support_kinds="[]").execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision").insert(
            id=1, title="Killed", type="ASSAULT", date_start=datetime.date(2009, 5, 18), date_precision="day",
            **STAMPS).execute()
        table("event_claim", "id", "event_id", "claimant_id", "attribution", "rank", "position", "note").insert(
            id=3, event_id=1, claimant_id=1, attribution="named", rank="normal", position=0,
            note="killed in combat").execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    claim = client.get("/v1/events/1?include=claims").get_json()["claims"][0]
    assert (claim["note"], claim["type"], claim["mode"], claim["claimant_hedge"]) == ("killed in combat", None,
                                                                                       None, None)
    relation = client.get("/v1/actors/2?include=relations").get_json()["relations"][0]
    assert (relation["relation"], relation["claimant_words"], relation["claimant_kind"]) == ("backed_by", None, None)
    response = client.patch("/v1/events/1", headers=headers, json={"claims": [
        {"id": 3, "claimant_id": 1, "type": "FIGHT", "claimant_hedge": "believed", "note": "killed in combat",
         "source_ids": [1]}], "source_ids": [1]})
    assert response.status_code == 200, response.get_json()["errors"]
    assert [e["id"] for e in client.get("/v1/events?claimed_type=FIGHT").get_json()["items"]] == [1]
    response = client.patch("/v1/actors/2", headers=headers, json={"relations": [
        {"actor_id": 1, "relation": "backed_by", "attribution": "unnamed", "claimant_words": "Western governments",
         "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()["errors"]
    assert client.get("/v1/actors/2?include=relations").get_json()["relations"][0]["claimant_words"] == (
        "Western governments")


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target="0062_misc_as_reported")
        assert "type" not in {c.name for c in db.database.obj.get_columns("event_claim")}
        assert "claimant_words" not in {c.name for c in db.database.obj.get_columns("actor_relation")}
        assert APPLIED in migrations.upgrade()
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/events/1?include=claims").get_json()["claims"][0]["note"] == "killed in combat"
