"""Migration 0033 on the engine under test: provisions stored before read back with no modality, scope, covered
items, links or places in a role, and take them afterwards; a treaty never in force loses its in_force_precision
'day' while a dated one keeps its precision; an old revision restores; down then up again keeps the data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, old_revision, serving

BEFORE = "0032_figure_verification"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0032 holding a treaty never in force, with a provision naming a place, and a
    treaty in force since a month."""
    with database_at(dbs, BEFORE, "at_0032") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Report", **STAMPS).execute()
        table("place", *RECORD, "name", "kind").insert(id=1, name="Kherson", kind="city", **STAMPS).execute()
        treaty = table("treaty", *RECORD, "name", "kind", "status", "date_precision", "in_force_date",
                       "in_force_precision", "phases")
        treaty.insert(id=1, name="A truce", kind="ceasefire", status="signed", date_precision="day",
                      in_force_precision="day", phases="[]", **STAMPS).execute()
        treaty.insert(id=2, name="A peace", kind="peace_agreement", status="in_force", date_precision="day",
                      in_force_date=datetime.date(2020, 10, 1), in_force_precision="month", phases="[]",
                      **STAMPS).execute()
        for treaty_id in (1, 2):
            table("treaty_source", "treaty_id", "source_id", "position").insert(
                treaty_id=treaty_id, source_id=1, position=0).execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories").insert(id=5, treaty_id=1, type="withdrawal", summary="Leave Kherson.", position=0,
                                        figures="[]", deadlines="[]", conditions="[]", site_categories="[]").execute()
        table("provision_place", "provision_id", "place_id", "position").insert(provision_id=5, place_id=1,
                                                                                position=0).execute()
        old_revision(table, "treaties", {"name": "A truce", "kind": "ceasefire", "status": "signed",
                                         "in_force_precision": "day", "source_ids": [1], "provisions": [
                                             {"type": "withdrawal", "summary": "Leave Kherson.", "place_ids": [1]}]})
        applied = migrations.upgrade()
        from api.models import Place, Provision, Revision, Source, Treaty
        db.reset_sequences([Source, Place, Treaty, Provision, Revision])   # the IDs given above, as if used
        secret = tokens.create("migration curator", "curator")[1]
    assert "0033_provision_modality_scope" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_provisions_read_back_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    truce = client.get("/v1/treaties/1").get_json()
    assert truce["in_force_precision"] is None
    assert client.get("/v1/treaties/2").get_json()["in_force_precision"] == "month"
    provision = truce["provisions"][0]
    assert (provision["modality"], provision["scope"], provision["covers"], provision["links"],
            provision["place_roles"]) == (None, None, [], [], [])
    assert [p["id"] for p in provision["places"]] == [1]   # a place without a part stays one
    response = client.patch("/v1/treaties/1", headers=headers, json={"provisions": [
        {"id": 5, "type": "withdrawal", "summary": "Leave Kherson.", "modality": "obligation",
         "place_roles": [{"place_id": 1, "role": "from"}], "scope": {"domains": ["land"]},
         "covers": [{"item": "tanks", "kind": "weapons"}]}]})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["provisions"][0]["place_roles"][0]["role"] == "from"
    found = client.get("/v1/treaties?modality=obligation&place_role=from").get_json()["items"]
    assert [t["id"] for t in found] == [1]
    restored = client.post("/v1/treaties/1/revisions/1/restore", headers=headers)
    assert restored.status_code == 200, restored.get_json()
    assert restored.get_json()["provisions"][0]["modality"] is None
    assert restored.get_json()["in_force_precision"] is None


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        assert "modality" not in {c.name for c in database.get_columns("provision")}
        assert not database.table_exists("provision_place_role")
        assert "0033_provision_modality_scope" in migrations.upgrade()
        assert "links" in {c.name for c in database.get_columns("provision")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/treaties/1").get_json()["in_force_precision"] is None
    assert client.get("/v1/treaties/2").get_json()["in_force_precision"] == "month"
    assert [p["id"] for p in client.get("/v1/treaties/1").get_json()["provisions"][0]["places"]] == [1]
