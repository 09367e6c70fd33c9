"""Migration 0047 on the engine under test: an existing event treaty link, a statement's about_treaties item and
an implementation entry read back with no timing; afterwards each takes one, and down then up again keeps the
old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0040_figures_as_said"
APPLIED = "0047_treaty_timing"
WITHIN_HOURS = {"relation": "after", "point": "entry_into_force", "elapsed": {"unit": "hours"}}


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0040 holding a ceasefire with one breached provision, an event breaching it and a
    statement about it."""
    with database_at(dbs, BEFORE, "at_0040") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(id=1, name="India", kind="state",
                                                                  unidentified=False, **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision").insert(
            id=1, title="Shelling", type="ASSAULT", date_start=datetime.date(2025, 5, 10), date_precision="day",
            **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases").insert(
            id=1, name="Ceasefire", kind="ceasefire", status="in_force", date_precision="day", phases="[]",
            **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories", "covers", "links").insert(
            id=5, treaty_id=1, type="ceasefire", summary="Stop firing.", position=0,
            **dict.fromkeys(("figures", "deadlines", "conditions", "site_categories", "covers", "links"), "[]")).execute()
        table("implementation", "id", "provision_id", "date", "status", "claimant_id", "attribution",
              "position").insert(id=9, provision_id=5, date='{"date": "2025-05-10"}', status="breached",
                                 claimant_id=1, attribution="named", position=0).execute()
        table("implementation_source", "implementation_id", "source_id", "position").insert(
            implementation_id=9, source_id=1, position=0).execute()
        table("event_treaty", "id", "event_id", "treaty_id", "link", "position").insert(
            id=4, event_id=1, treaty_id=1, link="breaches", position=0).execute()
        table("statement", *RECORD, "speaker_id", "date", "medium", "date_precision", "conditions", "quote",
              "stance", "other_quotes", "other_stances").insert(
            id=1, speaker_id=1, date=datetime.date(2025, 5, 10), medium="speech", date_precision="day",
            conditions="[]", quote="Violations.", stance="accuse", other_quotes="[]", other_stances="[]",
            **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        table("statement_treaty", "id", "statement_id", "treaty_id", "provision_id", "position").insert(
            id=2, statement_id=1, treaty_id=1, provision_id=5, position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_links_read_untimed_and_take_a_timing(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    event = client.get("/v1/events/1?include=").get_json()
    assert event["treaties"] == [{"treaty": 1, "link": "breaches", "provision": None, "timing": None, "claimant": None, "attribution": "source", "verification": None, "note": None, "sources": [],
                                 "claimant_words": None, "claimant_kind": None, "claimant_country": None}]   # 0107
    said = client.get("/v1/statements/1?include=").get_json()
    assert said["about_treaties"] == [{"treaty": 1, "provision": 5, "timing": None, "link": None}]  # link: migrations/0066
    treaty = client.get("/v1/treaties/1?include=provisions").get_json()
    assert treaty["provisions"][0]["implementation"][0]["timing"] is None
    response = client.patch("/v1/events/1", headers=headers, json={
        "treaties": [{"treaty_id": 1, "link": "breaches", "timing": WITHIN_HOURS}]})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["treaties"][0]["timing"]["point"] == "entry_into_force"
    response = client.patch("/v1/statements/1", headers=headers, json={
        "about_treaties": [{"treaty_id": 1, "provision_id": 5, "timing": WITHIN_HOURS}]})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["about_treaties"][0]["timing"]["relation"] == "after"


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        for table in ("event_treaty", "statement_treaty", "implementation"):
            assert "timing" not in {c.name for c in db.database.obj.get_columns(table)}
        assert APPLIED in migrations.upgrade()
        assert "timing" in {c.name for c in db.database.obj.get_columns("implementation")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/events/1?include=").get_json()["treaties"][0]["link"] == "breaches"
