"""Migration 0104 (events30) on the engine under test: an event stored before reads sites_near [], then takes kinds
of site it was near and is found by site_near=; down to 0100 then up again keeps the old data. (The new field
through HTTP: tests/test_events30.py.)"""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0100_implementation_claimants_and_places"
APPLIED = ("0104_event_sites_near",)


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0100 holding a strike that hit a school."""
    with database_at(dbs, BEFORE, "at_0100_events30") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Strike on a school", type="ASSAULT", date_start=datetime.date(2014, 7, 30),
            date_precision="day", site_categories='["schools"]', **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert set(APPLIED) <= set(applied)
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_an_old_event_reads_no_sites_near_then_takes_them(old_database):
    client = old_database.test_client()
    event = client.get("/v1/events/1").get_json()
    assert (event["sites_near"], event["site_categories"]) == ([], ["schools"])
    assert client.get("/v1/events?site_near=schools").get_json()["items"] == []
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    patched = client.patch("/v1/events/1", headers=headers, json={"sites_near": ["humanitarian_sites"]})
    assert patched.status_code == 200, patched.get_json()
    assert [e["id"] for e in client.get("/v1/events?site_near=humanitarian_sites").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "sites_near" not in {c.name for c in db.database.obj.get_columns("event")}
        applied = migrations.upgrade()
        assert set(APPLIED) <= set(applied)
    db.close_all()
    event = old_database.test_client().get("/v1/events/1").get_json()
    assert (event["sites_near"], event["site_categories"]) == ([], ["schools"])
