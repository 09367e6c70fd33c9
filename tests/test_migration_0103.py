"""Migration 0103 on the engine under test: an existing status history entry reads back as before, with no reason,
no one blamed and no claimant words, and an old condition with connective null (meaning if); afterwards the entry
takes a reason and the actors blamed, found by status_reason= and status_blamed=; down then up again keeps the old
data."""
from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

import pytest

APPLIED = "0103_status_change_reasons"
BEFORE = "0100_implementation_claimants_and_places"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database before 0103 holding a ceasefire with a terminated status entry and a conditioned provision."""
    with database_at(dbs, BEFORE, "at_0100_cond30") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Yonhap report", **STAMPS).execute()
        for actor_id, actor_name in ((1, "North Korea"), (2, "South Korea")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=actor_id, name=actor_name, kind="state", unidentified=False, **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases", "unidentified").insert(
            id=1, name="Military agreement", kind="ceasefire", status="terminated", date_precision=None,
            phases="[]", unidentified=False, **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("treaty_status_change", "id", "treaty_id", "status", "date", "day", "claimant_id", "attribution",
              "rank", "note", "position").insert(
            id=7, treaty_id=1, status="terminated", date='{"date":"2023-11-23"}', day="2023-11-23", claimant_id=1,
            attribution="named", rank="normal", note="declared void", position=0).execute()
        table("treaty_status_change_source", "change_id", "source_id", "position").insert(
            change_id=7, source_id=1, position=0).execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories", "covers", "links", "source_ids").insert(
            id=5, treaty_id=1, type="ceasefire", summary="No drills near the line.", position=0,
            conditions='[{"type":"other","description":"once the zone is set up"}]',
            **dict.fromkeys(("figures", "deadlines", "site_categories", "covers", "links", "source_ids"),
                            "[]")).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def entry(client):
    return client.get("/v1/treaties/1").get_json()["status_history"][0]


NEW = {"id": 7, "status": "terminated", "date": {"date": "2023-11-23"}, "claimant_id": 1, "attribution": "named",
       "note": "declared void", "source_ids": [1], "reason": "breach", "reason_words": "blaming the South",
       "blamed_actor_ids": [2]}


def _patch(client, headers):
    return client.patch("/v1/treaties/1", headers=headers, json={"status_history": [NEW]})


def test_an_old_entry_reads_as_before_and_then_takes_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    old = entry(client)
    assert (old["status"], old["note"], old["reason"], old["reason_words"], old["blamed_actors"],
            old["cited_events"], old["claimant_words"]) == ("terminated", "declared void", None, None, [], [], None)
    [condition] = client.get("/v1/treaties/1?include=provisions").get_json()["provisions"][0]["conditions"]
    assert (condition["description"], condition["connective"]) == ("once the zone is set up", None)
    response = _patch(client, headers)
    assert response.status_code == 200, response.get_json()
    new = entry(client)
    assert (new["reason"], new["blamed_actors"]) == ("breach", [2])
    assert [t["id"] for t in client.get("/v1/treaties?status_blamed=2").get_json()["items"]] == [1]
    assert [t["id"] for t in client.get("/v1/treaties?status_reason=breach").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    assert _patch(client, headers).status_code == 200
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "reason" not in {c.name for c in db.database.obj.get_columns("treaty_status_change")}
        rows = db.database.obj.execute_sql("SELECT id, status, note FROM treaty_status_change").fetchall()
        assert rows == [(7, "terminated", "declared void")]
        assert APPLIED in migrations.upgrade()
        rows = db.database.obj.execute_sql("SELECT id, status, reason, blamed_actor_ids FROM "
                                           "treaty_status_change").fetchall()
        assert rows == [(7, "terminated", None, None)]
    db.close_all()
    assert entry(client)["status"] == "terminated"
