"""Migration 0109 (events32) on the engine under test: an event stored before reads no novelty, alert level or claim
delay, then takes them and is found by novelty=, alert_level= and delayed=; down to 0108 then up again keeps the old
data. (The new fields through HTTP: tests/test_events32.py.)"""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0108_figure_relative_as_of"
APPLIED = ("0109_event_marks",)
NEW = ("novelty", "novelty_words", "alert_level", "alert_level_words")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0108 holding an alert declared."""
    with database_at(dbs, BEFORE, "at_0108_events32") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "mode", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Forces put on alert", type="MOBILIZE", mode="alert", date_start=datetime.date(2004, 10, 28),
            date_precision="day", site_categories="[]", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert set(APPLIED) <= set(applied)
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _patch(app, changes):
    headers = {"Authorization": f"Bearer {app.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    return app.test_client().patch("/v1/events/1", headers=headers, json=changes)


def test_an_old_event_reads_no_marks_then_takes_them(old_database):
    client = old_database.test_client()
    event = client.get("/v1/events/1").get_json()
    assert [event[name] for name in NEW] == [None] * 4 and event["mode"] == "alert"
    assert client.get("/v1/events?alert_level=maximum").get_json()["items"] == []
    assert [e["id"] for e in client.get("/v1/events?delayed=false").get_json()["items"]] == [1]
    claim = {"delay": {"amount": 3, "unit": "hours"}, "claimant_id": None, "attribution": "unnamed",
             "rank": "normal", "source_ids": [1]}
    patched = _patch(old_database, {"alert_level": "maximum", "novelty": "first", "claims": [claim]})
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["claims"][0]["delay"]["amount"] == 3
    for query in ("alert_level=maximum", "novelty=first", "delayed=true"):
        assert [e["id"] for e in client.get(f"/v1/events?{query}").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert not set(NEW) & {c.name for c in db.database.obj.get_columns("event")}
        assert "delay" not in {c.name for c in db.database.obj.get_columns("event_claim")}
        applied = migrations.upgrade()
        assert set(APPLIED) <= set(applied)
    db.close_all()
    event = old_database.test_client().get("/v1/events/1").get_json()
    assert (event["title"], event["mode"], event["alert_level"]) == ("Forces put on alert", "alert", None)
