"""Migration 0015 carries provisions and status histories forward on the engine under test: provisions get
no site categories, status changes no `until`, figures and terms stored before read back with the new parts
null, and in_force_on answers as before for a dated history."""
import datetime

import pytest

from api import db
from api.services import migrations
from old_databases import STAMPS, database_at, old_status_change, old_truce, serving

BEFORE = "0011_treaty_structure"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0011 holding a treaty with a provision and a status change, then upgraded."""
    with database_at(dbs, BEFORE, "at_0011") as (name, url, table):
        table("source", "id", "version", "created_at", "updated_at", "title").insert(id=1, title="Report",
                                                                                  **STAMPS).execute()
        table("actor", "id", "version", "created_at", "updated_at", "name", "kind").insert(
            id=1, name="Sudan", kind="state", **STAMPS).execute()
        old_truce(table)
        table("provision", "id", "treaty_id", "type", "summary", "figures", "deadlines", "term", "conditions",
              "position").insert(
            id=1, treaty_id=1, type="ceasefire", summary="A truce.",
            figures='[{"quantity": "troops", "best": 3, "unit": "people"}]', deadlines="[]",
            term='{"duration": {"amount": 7, "unit": "days"}, "renewable": true}', conditions="[]",
            position=0).execute()
        old_status_change(table, "in_force", datetime.date(2023, 5, 22))
        applied = migrations.upgrade()
    assert "0015_provision_details" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_provisions_and_histories_read_back_with_the_new_parts_empty(old_database):
    client = old_database.test_client()
    record = client.get("/v1/treaties/1").get_json()
    provision = record["provisions"][0]
    assert provision["site_categories"] == [] and provision["figures"][0]["actors"] == []   # (actor_ids: 0113)
    assert provision["term"]["renewal_requires"] is None and provision["term"]["ends_with"] is None
    assert provision["term"]["duration"] == {"amount": 7, "unit": "days", "qualifier": None}
    assert record["status_history"][0]["until"] is None

    def found(query):
        return [item["id"] for item in client.get(f"/v1/treaties?{query}").get_json()["items"]]

    assert found("in_force_on=2023-05-21") == [] and found("in_force_on=2030-01-01") == [1]


def test_down_and_up_again(old_database):
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        assert "site_categories" not in {c.name for c in database.get_columns("provision")}
        assert "until" not in {c.name for c in database.get_columns("treaty_status_change")}
        assert "0015_provision_details" in migrations.upgrade()
    assert old_database.test_client().get("/v1/treaties/1").get_json()["provisions"][0]["site_categories"] == []
