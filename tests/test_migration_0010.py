"""Migration 0010 carries provisions forward, on the engine under test: `obligation` becomes `type` with the same
value and the same provision IDs, conditions stay as they were, events' treaty links and statements citing a
provision keep working, and a revision stored in the old shape (with `obligation`) is still restored."""
import datetime

import orjson
import pytest

from api.services import migrations
from old_databases import NOW, RECORD, STAMPS, database_at, old_token, serving

BEFORE = "0009_dates"   # the migration before 0010
SECRET = "old-secret-" + "x" * 30
CONDITIONS = [{"type": "territory", "description": "Only attacks on the metropolitan territory."}]
OLD_TREATY = {"name": "Old alliance", "kind": "alliance", "status": "in_force", "signed_date": "1997-08-29",
              "in_force_date": None, "ended_date": None, "date_precision": "day", "summary": None, "parties": [],
              "provisions": [{"id": 5, "article": "Article 2", "obligation": "defence", "summary": "Mutual defence.",
                              "conditions": CONDITIONS}], "source_ids": [1]}


@pytest.fixture
def old_database(dbs, shared_app):
    with database_at(dbs, BEFORE, "before_0010") as (name, url, table):
        old_token(table, 1, SECRET)
        table("source", *RECORD, "title").insert(id=1, title="Report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind").insert(id=1, name="Russia", kind="state", **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "signed_date", "date_precision").insert(
            id=1, name="Old alliance", kind="alliance", status="in_force", signed_date=datetime.date(1997, 8, 29),
            date_precision="day", **STAMPS).execute()
        table("provision", "id", "treaty_id", "article", "obligation", "summary", "conditions", "position").insert(
            id=5, treaty_id=1, article="Article 2", obligation="defence", summary="Mutual defence.",
            conditions=orjson.dumps(CONDITIONS).decode(), position=0).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision").insert(
            id=1, title="Invoked", type="CONSULT", date_start=datetime.date(2020, 10, 31), date_precision="day",
            **STAMPS).execute()
        table("event_treaty", "event_id", "treaty_id", "link", "position").insert(
            event_id=1, treaty_id=1, link="invokes", position=0).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("statement", *RECORD, "speaker_id", "date", "medium").insert(
            id=1, speaker_id=1, date=datetime.date(2020, 10, 31), medium="letter", **STAMPS).execute()
        table("statement_treaty", "statement_id", "treaty_id", "provision_id", "position").insert(
            statement_id=1, treaty_id=1, provision_id=5, position=0).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        # No explicit ID: PostgreSQL's sequence must hand out the next revisions' IDs.
        table("revision", "kind", "record_id", "version", "action", "at", "data", "token_id", "token_name",
              "note").insert(kind="treaties", record_id=1, version=1, action="create", at=NOW, token_id=1,
                             token_name="ana", note="old", data=orjson.dumps(OLD_TREATY).decode()).execute()
    assert "0010_provisions" in migrations.upgrade()
    with serving(shared_app, dbs, name, url) as app:
        yield app.test_client(token=f"cf_1_{SECRET}")


def test_obligations_become_types_with_their_ids_and_conditions(old_database):
    treaty = old_database.get("/v1/treaties/1").get_json()
    provision = treaty["provisions"][0]
    assert (provision["id"], provision["type"], provision["obligation"]) == (5, "defence", "defence")
    assert provision["conditions"] == [{**CONDITIONS[0], "provision": None, "provision_key": None, "actor": None,
                                        "action": None, "period": None, "consecutive": None,
                                        "event": None, "outcome": None,   # 0040: calm periods; 0077: event outcomes
                                        "against_actors": [], "against_groups": [], "act": None,
                                        "actor_words": None,   # acts31
                                        "between_actors": [], "for_treaty": None, "statement": None, "act_list": None,
                                        "act_index": None, "connective": None,   # 0090, 0100; cond30
                                        "within": None, "deadline": None}]   # treaties35
    assert provision["obliged_actors"] == [] and provision["implementation"] == [] and provision["term"] is None
    assert [t["id"] for t in old_database.get("/v1/treaties?obligation=defence").get_json()["items"]] == [1]
    assert [t["id"] for t in old_database.get("/v1/treaties?provision_type=defence").get_json()["items"]] == [1]
    event = old_database.get("/v1/events/1").get_json()
    assert event["treaties"] == [{"treaty": {"id": 1, "name": "Old alliance"}, "link": "invokes", "provision": None,
                                 "timing": None,   # 0047: placed in time against the treaty
                                 "claimant": None, "attribution": "source", "verification": None, "note": None,
                                 "sources": [],   # 0059: who claims the link
                                 "claimant_words": None, "claimant_kind": None, "claimant_country": None}]   # 0107
    statement = old_database.get("/v1/statements/1").get_json()
    assert statement["about_treaties"][0]["provision"]["type"] == "defence"
    assert statement["conditions"] == []


def test_the_old_records_take_the_new_structure(old_database):
    etag = old_database.get("/v1/events/1").headers["ETag"]
    linked = old_database.patch("/v1/events/1", json={"treaties": [
        {"treaty_id": 1, "link": "implements", "provision_id": 5}]}, headers={"If-Match": etag},
        content_type="application/merge-patch+json")
    assert linked.status_code == 200, linked.get_json()
    assert [e["id"] for e in old_database.get("/v1/events?provision=5").get_json()["items"]] == [1]


def test_a_revision_in_the_old_shape_is_restored(old_database):
    etag = old_database.get("/v1/treaties/1").headers["ETag"]
    changed = old_database.patch("/v1/treaties/1", json={"provisions": [
        {"id": 5, "type": "consultation", "summary": "Consult.", "conditions": []}]}, headers={"If-Match": etag},
        content_type="application/merge-patch+json")
    assert changed.status_code == 200, changed.get_json()
    restored = old_database.post("/v1/treaties/1/revisions/1/restore", headers={"If-Match": changed.headers["ETag"]})
    assert restored.status_code == 200, restored.get_json()
    provision = restored.get_json()["provisions"][0]
    assert (provision["id"], provision["type"], provision["conditions"][0]["type"]) == (5, "defence", "territory")
