"""Migration 0054 on the engine under test: an existing event claim's dates are found by dates=any; an existing
implementation entry keeps its date; afterwards an entry
may be undated (its source and actor links survive SQLite's rebuild of the table), down refuses while an undated
entry exists, and down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0040_figures_as_said"
APPLIED = "0054_undated_implementation"
PREVIOUS = "0051_event_rollup_actor"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0040 holding a truce with one provision and one dated, cited entry about an actor."""
    with database_at(dbs, BEFORE, "at_0040") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(id=1, name="Hamas", kind="non_state_armed_group",
                                                                  unidentified=False, **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases").insert(
            id=1, name="Truce", kind="ceasefire", status="in_force", date_precision="day", phases="[]",
            **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories", "covers", "links").insert(
            id=5, treaty_id=1, type="humanitarian_access", summary="Aid enters daily.", position=0,
            **dict.fromkeys(("figures", "deadlines", "conditions", "site_categories", "covers", "links"), "[]")).execute()
        table("implementation", "id", "provision_id", "date", "status", "claimant_id", "attribution",
              "position").insert(id=9, provision_id=5, date='{"date": "2023-11-24"}', status="full",
                                 claimant_id=None, attribution="source", position=0).execute()
        table("implementation_source", "implementation_id", "source_id", "position").insert(
            implementation_id=9, source_id=1, position=0).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_end", "date_precision").insert(
            id=1, title="Strike", type="ASSAULT", date_start=datetime.date(2025, 5, 7),
            date_end=datetime.date(2025, 5, 7), date_precision="day", **STAMPS).execute()
        table("event_claim", "id", "event_id", "dates", "claimant_id", "attribution", "rank", "position").insert(
            id=3, event_id=1, dates='{"date": "2025-05-06", "date_end": "2025-05-07", "precision": "day"}',
            claimant_id=1, attribution="named", rank="normal", position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def entries(client):
    return client.get("/v1/treaties/1?include=provisions").get_json()["provisions"][0]["implementation"]


def test_an_old_entry_keeps_its_date_and_links_and_a_new_one_may_be_undated(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    day = "/v1/events?date_from=2025-05-06&date_to=2025-05-06&fields=id"
    assert [e["id"] for e in client.get(day).get_json()["items"]] == []
    assert [e["id"] for e in client.get(f"{day}&dates=any").get_json()["items"]] == [1]   # filled from its dates
    old = entries(client)[0]
    assert (old["id"], old["date"]["date"], old["sources"][0]["id"]) == (9, "2023-11-24", 1)
    response = client.patch("/v1/treaties/1", headers=headers, json={"provisions": [
        {"id": 5, "type": "humanitarian_access", "summary": "Aid enters daily.", "implementation": [
            {"id": 9, "date": {"date": "2023-11-24"}, "status": "full", "actor_ids": [1], "source_ids": [1]},
            {"date": None, "status": "delayed", "source_ids": [1]}]}]})
    assert response.status_code == 200, response.get_json()
    assert [e["date"] is None for e in entries(client)] == [False, True]
    assert entries(client)[0]["id"] == 9   # kept through the rebuild
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context(), pytest.raises(RuntimeError, match="undated"):
        migrations.runner().down(target=PREVIOUS)
    db.close_all()


def test_down_and_up_again(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    response = client.patch("/v1/treaties/1", headers=headers, json={"provisions": [
        {"id": 5, "type": "humanitarian_access", "summary": "Aid enters daily.", "implementation": [
            {"id": 9, "date": {"date": "2023-11-24"}, "status": "full", "actor_ids": [1], "source_ids": [1]}]}]})
    assert response.status_code == 200, response.get_json()
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert not next(c.null for c in db.database.obj.get_columns("implementation") if c.name == "date")
        assert "claimed_first" not in {c.name for c in db.database.obj.get_columns("event_claim")}
        assert APPLIED in migrations.upgrade()
        assert next(c.null for c in db.database.obj.get_columns("implementation") if c.name == "date")
    db.close_all()
    client = old_database.test_client()
    old = entries(client)[0]
    assert (old["date"]["date"], old["sources"][0]["id"], old["actors"][0]["id"]) == ("2023-11-24", 1, 1)
