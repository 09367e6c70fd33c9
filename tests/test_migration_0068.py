"""Migration 0068 on the engine under test: an existing event reads back as occurred, its claims with no
occurrence, and is listed and counted as before (from the events and from the rollups). Afterwards an occurrence
changed alone moves it out of the counts, the rollups following; down then up again keeps the old data."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, rollup, rollup_upkeep, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0067_languages_ages_leaks"
PREVIOUS = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("00*.py")
               if path.stem < "0068")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0067 holding a source, an actor, a place and an event with a deaths figure."""
    with database_at(dbs, BEFORE, "at_0067") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="Maute group", kind="non_state_armed_group", unidentified=False, **STAMPS).execute()
        table("place", *RECORD, "name", "kind", "country").insert(id=1, name="Marawi", kind="city", country="PHL",
                                                                  **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories", "place_id").insert(
            id=1, title="Raid", type="ASSAULT", date_start=datetime.date(2017, 5, 23), date_precision="day",
            site_categories="[]", place_id=1, **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("participant", "id", "event_id", "actor_id", "role", "position").insert(
            id=1, event_id=1, actor_id=1, role="initiator", position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0068_event_occurrence" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def totals(client, query, from_rollup=True):
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(client.application.extensions, "page_cache", None)
        if not from_rollup:
            patch.setattr(rollup, "answers", lambda args: False)
        return client.get(f"/v1/events/stats?group_by=country&{query}").get_json()["totals"]["events"]


def test_old_events_occurred_and_count_until_their_occurrence_changes(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    event = client.get("/v1/events/1").get_json()
    assert (event["occurrence"], event["occasion_timing"]) == ("occurred", None)
    assert [e["id"] for e in client.get("/v1/events").get_json()["items"]] == [1]
    for query in ("", "actor=1", "occurrence=any"):
        assert totals(client, query) == totals(client, query, from_rollup=False) == 1
    response = client.patch("/v1/events/1", headers=headers, json={"occurrence": "planned"})
    assert response.status_code == 200, response.get_json()
    assert client.get("/v1/events").get_json()["items"] == []
    for query in ("", "actor=1"):
        assert totals(client, query) == totals(client, query, from_rollup=False) == 0
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        assert rollup_upkeep.differences() == ([], 0)


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "occurrence" not in {c.name for c in db.database.obj.get_columns("event")}
        assert "occurrence" not in {c.name for c in db.database.obj.get_columns("event_claim")}
        assert "0068_event_occurrence" in migrations.upgrade()
        assert "occurrence" in {c.name for c in db.database.obj.get_columns("event")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/events/1").get_json()["occurrence"] == "occurred"
