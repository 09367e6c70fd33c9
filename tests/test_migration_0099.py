"""Migration 0099 (events28) on the engine under test: an event stored before reads covers [], and its legal action
reads in_force_as_of_precision day (it had a day) and no bound; afterwards it takes covers and an open bound; down
to 0096 then up again keeps the old data. (The new fields through HTTP: tests/test_events28.py.)"""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0096_treaty_precision_of_no_date"
APPLIED = ("0099_event_covers",)
LEGAL = '{"status":"warrant_issued","charges":[],"penalty":null,"in_absentia":null,"in_force_as_of":"2011-06-27"}'


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0096 holding a warrant said in force on a day."""
    with database_at(dbs, BEFORE, "at_0096_events28") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories", "legal",
              "legal_status", "legal_in_force_as_of").insert(
            id=1, title="Warrant issued", type="COERCE", date_start=datetime.date(2011, 6, 27), date_precision="day",
            site_categories="[]", legal=LEGAL, legal_status="warrant_issued",
            legal_in_force_as_of=datetime.date(2011, 6, 27), **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert set(APPLIED) <= set(applied)
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_an_old_event_reads_the_new_parts_empty_then_takes_them(old_database):
    client = old_database.test_client()
    event = client.get("/v1/events/1").get_json()
    assert event["covers"] == []
    assert (event["legal"]["in_force_as_of"], event["legal"]["in_force_as_of_precision"],
            event["legal"]["in_force_as_of_bound"]) == ("2011-06-27", "day", None)
    assert [e["id"] for e in client.get("/v1/events?legal_in_force_on=2011-06-01").get_json()["items"]] == [1]
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    patched = client.patch("/v1/events/1", headers=headers, json={
        "covers": [{"item": "oil exports", "kind": "goods"}],
        "legal": {"in_force_as_of": "2011-09-30", "in_force_as_of_bound": "on_or_before"}})
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["legal"]["in_force_as_of_bound"] == "on_or_before"
    assert [e["id"] for e in client.get("/v1/events?covered_kind=goods").get_json()["items"]] == [1]
    assert client.get("/v1/events?legal_in_force_on=2011-06-01").get_json()["items"] == []


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "covers" not in {c.name for c in db.database.obj.get_columns("event")}
        [(legal,)] = db.database.obj.execute_sql("SELECT legal FROM event").fetchall()
        assert "in_force_as_of_precision" not in legal
        applied = migrations.upgrade()
        assert set(APPLIED) <= set(applied)
    db.close_all()
    event = old_database.test_client().get("/v1/events/1").get_json()
    assert (event["covers"], event["legal"]["in_force_as_of_precision"]) == ([], "day")
