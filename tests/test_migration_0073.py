"""Migration 0073 on the engine under test: an existing implementation entry reads back with no reason (null:
not said) and keeps its status, date and source; afterwards an entry takes a reason and implementation_reason=
finds its treaty; down then up again keeps the old data."""
import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0072_rollup_nesting"
APPLIED = "0073_implementation_reasons"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0072 holding a ceasefire with one provision and one cited entry."""
    with database_at(dbs, BEFORE, "at_0072") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases", "unidentified").insert(
            id=1, name="Western Sahara ceasefire", kind="ceasefire", status="collapsed", date_precision="day",
            phases="[]", unidentified=False, **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories", "covers", "links", "source_ids").insert(
            id=5, treaty_id=1, type="elections", summary="A referendum on self-determination.", position=0,
            **dict.fromkeys(("figures", "deadlines", "conditions", "site_categories", "covers", "links", "source_ids"), "[]")).execute()
        table("implementation", "id", "provision_id", "date", "status", "claimant_id", "attribution", "note",
              "position").insert(id=9, provision_id=5, date=None, status="not_implemented", claimant_id=None,
                                 attribution="source", note="the sides failed to agree", position=0).execute()
        table("implementation_source", "implementation_id", "source_id", "position").insert(
            implementation_id=9, source_id=1, position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def entries(client):
    return client.get("/v1/treaties/1?include=provisions").get_json()["provisions"][0]["implementation"]


def test_an_old_entry_reads_without_reason_and_then_takes_one(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    [entry] = entries(client)
    assert (entry["status"], entry["date"], entry["reason"], entry["note"], [s["id"] for s in entry["sources"]]) == (
        "not_implemented", None, None, "the sides failed to agree", [1])
    response = client.patch("/v1/treaties/1", headers=headers, json={"provisions": [{
        "id": 5, "type": "referendum", "summary": "A referendum on self-determination.", "implementation": [
            {"id": 9, "date": None, "status": "not_implemented", "reason": "disagreement",
             "note": "the sides failed to agree", "source_ids": [1]}]}]})
    assert response.status_code == 200, response.get_json()
    assert entries(client)[0]["reason"] == "disagreement"
    assert [t["id"] for t in client.get("/v1/treaties?implementation_reason=disagreement").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "reason" not in {c.name for c in db.database.obj.get_columns("implementation")}
        assert APPLIED in migrations.upgrade()
        assert "reason" in {c.name for c in db.database.obj.get_columns("implementation")}
    db.close_all()
    client = old_database.test_client()
    assert entries(client)[0]["note"] == "the sides failed to agree"
