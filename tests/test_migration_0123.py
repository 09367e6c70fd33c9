"""Migration 0123 (events37) on the engine under test: the time columns (an event's, a statement's, a treaty's, a
figure's) become 16 characters wide on PostgreSQL, 8 again after down and 16 after up again; an event and a
statement stored before keep their times, and the event then takes all_night, the day part that needs the width.
(all_night through HTTP on both engines: tests/test_events37.py.)"""
import datetime
import importlib

import pytest

from api import db
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, serving, upgrade_with_curator, varchar_widths

BEFORE = "0120_act_subjects_issue_refs"
APPLIED = "0123_time_columns_wider"
COLUMNS = importlib.import_module("migrations." + APPLIED).COLUMNS


def _widths(width):
    return varchar_widths(COLUMNS) in (None, dict.fromkeys(COLUMNS, width))


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0120 holding an event of an evening and a statement made at 08:30."""
    with database_at(dbs, BEFORE, "at_0120_events37") as (name, url, table):
        assert _widths(8)
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(id=1, name="Government", kind="state",
                                                                       unidentified=False, **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories",
              "time_start").insert(id=1, title="Shelling", type="ASSAULT", date_start=datetime.date(2001, 3, 9),
                                   date_precision="day", site_categories="[]", time_start="evening",
                                   **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("statement", *RECORD, "speaker_id", "date", "date_precision", "medium", "time", "requests", "offers",
              "conditions", "other_quotes", "other_stances", "other_languages", "refusals", "not_agreed",
              "not_said").insert(
            id=1, speaker_id=1, date=datetime.date(2001, 3, 10), date_precision="day", medium="speech",
            time="08:30:00", requests="[]", offers="[]", conditions="[]", other_quotes="[]", other_stances="[]",
            other_languages="[]", refusals="[]", not_agreed="[]", not_said="[]", **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        applied = upgrade_with_curator(shared_app)
        assert _widths(16)
    assert APPLIED in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_times_are_kept_then_an_event_takes_all_night(old_database):
    client = old_database.test_client()
    assert client.get("/v1/events/1").get_json()["time_start"] == "evening"
    assert client.get("/v1/statements/1").get_json()["time"] == "08:30:00"
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    patched = client.patch("/v1/events/1", headers=headers, json={"time_start": "all_night",
                                                                  "date_end": "2001-03-10"})
    assert patched.status_code == 200, patched.get_json()
    event = client.get("/v1/events/1").get_json()
    assert (event["time_start"], event["date_start"], event["date_end"]) == ("all_night", "2001-03-09", "2001-03-10")


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert APPLIED not in migrations.runner().applied()
        assert _widths(8)
        assert db.database.obj.execute_sql("SELECT time_start FROM event WHERE id = 1").fetchall() == [("evening",)]
        assert APPLIED in migrations.upgrade()
        assert _widths(16)
    db.close_all()
    assert old_database.test_client().get("/v1/events/1").get_json()["time_start"] == "evening"
