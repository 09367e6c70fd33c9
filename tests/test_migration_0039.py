"""Migration 0039 on the engine under test: an existing event relation and statement relation read back with no
time elapsed, an event claim with no presence, equipment, cause or believed target, and neither record links
across kinds. Afterwards each takes the new parts, and down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from helpers import NO_CLAIM
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0036_import_digests"
APPLIED = "0039_relations_across_kinds"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0036 holding two events (one follows the other, and has a participant claim)
    and two statements (one denies the other)."""
    with database_at(dbs, BEFORE, "at_0036") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="Russia", kind="state", unidentified=False, **STAMPS).execute()
        events = table("event", *RECORD, "title", "type", "date_start", "date_precision")
        for ident in (1, 2):
            events.insert(id=ident, title=f"Strike {ident}", type="ASSAULT", date_start=datetime.date(2016, 9, 19),
                          date_precision="day", **STAMPS).execute()
            table("event_source", "event_id", "source_id", "position").insert(
                event_id=ident, source_id=1, position=0).execute()
        table("event_relation", "subject_id", "event_id", "relation", "position").insert(
            subject_id=2, event_id=1, relation="follows", position=0).execute()
        table("event_claim", "id", "event_id", "actor_id", "role", "took_part", "claimant_id", "attribution",
              "rank", "position").insert(id=3, event_id=2, actor_id=1, role="initiator", took_part=False,
                                         claimant_id=1, attribution="named", rank="normal", position=0).execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=3, source_id=1,
                                                                                position=0).execute()
        statements = table("statement", *RECORD, "speaker_id", "date", "medium", "date_precision", "conditions")
        for ident in (1, 2):
            statements.insert(id=ident, speaker_id=1, date=datetime.date(2016, 9, 19 + ident), medium="speech",
                              date_precision="day", conditions="[]", **STAMPS).execute()
            table("statement_source", "statement_id", "source_id", "position").insert(
                statement_id=ident, source_id=1, position=0).execute()
        table("statement_relation", "subject_id", "statement_id", "relation", "position").insert(
            subject_id=2, statement_id=1, relation="revises", position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_relations_and_claims_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    event = client.get("/v1/events/2?include=").get_json()
    assert event["relations"] == [{"event": 1, "relation": "follows", "elapsed": None, **NO_CLAIM}]   # claim: 0106
    assert event["statement_relations"] == []
    claim = client.get("/v1/events/2?include=claims").get_json()["claims"][0]
    assert (claim["took_part"], claim["presence"], claim["equipment"], claim["cause"], claim["believed_target"],
            claim["believed_target_words"]) == (False, None, None, None, None, None)
    said = client.get("/v1/statements/2?include=").get_json()
    assert said["relations"] == [{"statement": 1, "relation": "revises", "extent": None, "extent_words": None,
                                  "elapsed": None, **NO_CLAIM}]
    assert said["event_relations"] == []
    response = client.patch("/v1/events/2", headers=headers, json={
        "relations": [{"event_id": 1, "relation": "follows", "elapsed": {"amount": 2, "unit": "hours"}}],
        "statement_relations": [{"statement_id": 1, "relation": "follows", "elapsed": {"unit": "hours"}}],
        "claims": [{"id": 3, "actor_id": 1, "role": "initiator", "took_part": False, "claimant_id": 1,
                    "source_ids": [1]},
                   {"actor_id": 1, "presence": "at_the_scene", "equipment": {"kind": "aircraft", "count": 2},
                    "claimant_id": 1, "attribution": "unnamed", "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/events?related_statement=1").get_json()["items"]] == [2]
    assert [e["id"] for e in client.get("/v1/events?claimed_equipment=aircraft").get_json()["items"]] == [2]
    response = client.patch("/v1/statements/2", headers=headers, json={
        "relations": [{"statement_id": 1, "relation": "follows"}],
        "event_relations": [{"event_id": 2, "relation": "in_response_to"}]})
    assert response.status_code == 200, response.get_json()
    assert [s["id"] for s in client.get("/v1/statements?related_event=2").get_json()["items"]] == [2]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "presence" not in {c.name for c in db.database.obj.get_columns("event_claim")}
        assert "elapsed" not in {c.name for c in db.database.obj.get_columns("event_relation")}
        assert not db.database.obj.table_exists("event_statement_relation")
        assert APPLIED in migrations.upgrade()
        assert "believed_target_id" in {c.name for c in db.database.obj.get_columns("event_claim")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/events/2?include=").get_json()["relations"][0]["relation"] == "follows"
    assert client.get("/v1/statements/2?include=").get_json()["relations"][0]["relation"] == "revises"
