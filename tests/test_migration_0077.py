"""Migration 0077 on the engine under test: an existing statement and event read back with no announcements,
pledges, threats or intentions, no date_relative, and their old request with no actors concerned; afterwards they
take them and the filters find them; down then up again keeps the old data."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0075_outcomes_leavings_carried_in_part"
PREVIOUS = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("00*.py")
               if path.stem < "0077")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0075 holding a statement with a request, and an event."""
    with database_at(dbs, BEFORE, "at_0075_ann") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="Michel Djotodia", kind="person", unidentified=False, **STAMPS).execute()
        table("statement", *RECORD, "speaker_id", "date", "date_precision", "medium", "requests", "offers",
              "conditions", "other_quotes", "other_stances", "other_languages", "refusals", "not_agreed",
              "not_said").insert(
            id=1, speaker_id=1, date=datetime.date(2013, 3, 25), date_precision="day", medium="speech",
            requests='[{"action": "ceasefire", "addressee_ids": [], "addressee_words": null, "words": null}]',
            offers="[]", conditions="[]", other_quotes="[]", other_stances="[]", other_languages="[]",
            refusals="[]", not_agreed="[]", not_said="[]", **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Talks on Falluja", type="CONSULT", date_start=datetime.date(2004, 4, 12),
            date_precision="day", site_categories="[]", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0077_announced_pledged_threatened" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    read = client.get("/v1/statements/1").get_json()
    assert (read["announcements"], read["pledges"], read["threats"], read["intentions"]) == ([], [], [], [])
    assert read["date_relative"] is None and read["requests"][0]["action"] == "ceasefire"
    assert read["requests"][0]["about_actors"] == []   # a list added to stored items reads empty, so PATCH passes
    assert client.get("/v1/events/1").get_json()["date_relative"] is None
    response = client.patch("/v1/statements/1", headers=headers, json={
        "threats": [{"action": "military_operations"}],
        "conditions": [{"type": "event_outcome", "event_id": 1, "outcome": "failed"}]})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert [s["id"] for s in client.get("/v1/statements?threatened_action=military_operations")
            .get_json()["items"]] == [1]
    response = client.patch("/v1/events/1", headers=headers, json={
        "date_relative": {"relation": "after", "anchor": "report", "words": "in the coming days"}})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert client.get("/v1/events/1").get_json()["date_relative"]["anchor"] == "report"


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "announcements" not in {c.name for c in db.database.obj.get_columns("statement")}
        assert "date_relative" not in {c.name for c in db.database.obj.get_columns("event")}
        assert "0077_announced_pledged_threatened" in migrations.upgrade()
        assert "threats" in {c.name for c in db.database.obj.get_columns("statement")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/statements/1").get_json()["requests"][0]["action"] == "ceasefire"
