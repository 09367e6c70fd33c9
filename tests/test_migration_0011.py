"""Migration 0011 carries treaties forward on the engine under test: parties become `party` with their joined
and left unchanged, no status history is invented from an undated status, in_force_on answers as before,
and a revision written in the old shape still restores."""
import datetime

import pytest

from api import db
from api.services import migrations
from old_databases import STAMPS, database_at, old_revision, serving

BEFORE = "0006_credentials_redaction"
OLD_INPUT = {"name": "Old pact", "kind": "alliance", "status": "in_force", "signed_date": "1997-08-29",
             "in_force_date": None, "ended_date": None, "date_precision": "day", "summary": None,
             "parties": [{"actor_id": 1, "joined": None, "left": None},
                         {"actor_id": 2, "joined": "1999-01-01", "left": "2005-06-30"}],
             "provisions": [], "source_ids": [1]}


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0006 holding a treaty with parties and its revision, then upgraded."""
    with database_at(dbs, BEFORE, "at_0006") as (name, url, table):
        table("source", "id", "version", "created_at", "updated_at", "title").insert(id=1, title="Report",
                                                                                  **STAMPS).execute()
        actor = table("actor", "id", "version", "created_at", "updated_at", "name", "kind")
        for actor_id, actor_name in ((1, "Armenia"), (2, "Russia")):
            actor.insert(id=actor_id, name=actor_name, kind="state", **STAMPS).execute()
        table("treaty", "id", "version", "created_at", "updated_at", "name", "kind", "status", "signed_date",
              "date_precision").insert(id=1, name="Old pact", kind="alliance", status="in_force",
                                       signed_date=datetime.date(1997, 8, 29), date_precision="day",
                                       **STAMPS).execute()
        party = table("treaty_party", "id", "treaty_id", "actor_id", "joined", "left", "position")
        party.insert(id=1, treaty_id=1, actor_id=1, position=0).execute()
        party.insert(id=2, treaty_id=1, actor_id=2, joined=datetime.date(1999, 1, 1), left=datetime.date(2005, 6, 30),
                     position=1).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        old_revision(table, "treaties", OLD_INPUT)
        applied = migrations.upgrade()
        from api.models import Actor, Revision, Source, Treaty, TreatyParty
        db.reset_sequences([Source, Actor, Treaty, TreatyParty, Revision])   # the IDs given above, as if used
    assert "0011_treaty_structure" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_parties_become_party_with_their_dates_and_no_history_is_invented(old_database):
    client = old_database.test_client()
    record = client.get("/v1/treaties/1").get_json()
    assert [(p["actor"]["id"], p["role"], p["joined"], p["left"], p["signed_by"], p["participation"], p["note"])
            for p in record["parties"]] == [(1, "party", None, None, None, [], None),
                                            (2, "party", "1999-01-01", "2005-06-30", None, [], None)]
    assert record["status"] == "in_force" and record["status_history"] == [] and record["relations"] == []


def test_the_filters_answer_as_before(old_database):
    client = old_database.test_client()

    def found(query):
        return [item["id"] for item in client.get(f"/v1/treaties?{query}").get_json()["items"]]

    assert found("in_force_on=1997-08-28") == [] and found("in_force_on=1997-08-29") == [1]
    assert found("party=2") == [1] and found("party=2&party_role=party") == [1]
    assert found("party=2&party_on=1998-12-31") == [] and found("party=2&party_on=2000-01-01") == [1]
    assert found("party=2&party_on=2005-07-01") == [] and found("party=1&party_on=2020-01-01") == [1]


def test_a_revision_in_the_old_shape_restores(old_database):
    from api.services import tokens as token_service

    with db.database.connection_context():
        _, secret = token_service.create("migration curator", "curator")
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {secret}", "If-Match": "*"}
    # A change first, so that restoring the old revision writes (a restore that changes nothing writes no
    # revision).
    changed = client.patch("/v1/treaties/1", json={"summary": "Changed."}, headers=headers,
                           content_type="application/merge-patch+json")
    assert changed.status_code == 200, changed.get_json()
    version = changed.get_json()["version"]
    restored = client.post("/v1/treaties/1/revisions/1/restore", headers=headers)
    assert restored.status_code == 200, restored.get_json()
    body = restored.get_json()
    assert [p["role"] for p in body["parties"]] == ["party", "party"] and body["version"] == version + 1
    assert client.get(f"/v1/treaties/1/revisions/{version + 1}").get_json()["data"]["parties"][1]["role"] == "party"


def test_down_gives_the_old_shape_back_and_up_again_works(old_database):
    """Migration 0011 can be undone (its tables and columns go) and applied again."""
    with db.database.connection_context():
        runner = migrations.runner()
        runner.down(target=BEFORE)
        database = db.database.obj
        assert "treaty_status_change" not in database.get_tables()
        assert "role" not in {c.name for c in database.get_columns("treaty_party")}
        assert "0011_treaty_structure" in migrations.upgrade()   # and whatever follows it
    record = old_database.test_client().get("/v1/treaties/1").get_json()
    assert [p["role"] for p in record["parties"]] == ["party", "party"]
