"""Migration 0063 on the engine under test: an existing statement reads back with no time_qualifier and no live,
and its stored requests with no date; afterwards it takes them, and live= finds it; down then up again keeps the
old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0043_acts_as_reported"
PREVIOUS = "0062_misc_as_reported"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0043 holding a statement with a request stored before requests had dates."""
    with database_at(dbs, BEFORE, "at_0043_st") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="President", kind="person", unidentified=False, **STAMPS).execute()
        table("statement", *RECORD, "speaker_id", "date", "date_precision", "medium", "time", "requests",
              "offers", "conditions", "other_quotes", "other_stances").insert(
            id=1, speaker_id=1, date=datetime.date(2009, 5, 19), date_precision="day", medium="speech",
            time="12:00:00", requests='[{"action": "ceasefire", "addressee_ids": [], "addressee_words": null, '
                                      '"words": null}]', offers="[]", conditions="[]", other_quotes="[]",
            other_stances="[]", **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0063_statement_time_live" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    read = client.get("/v1/statements/1").get_json()
    assert (read["time_qualifier"], read["live"], read["requests"][0]["date"]) == (None, None, None)
    response = client.patch("/v1/statements/1", headers=headers, content_type="application/merge-patch+json",
                            json={"time_qualifier": "more_than", "live": True})
    assert response.status_code == 200, response.get_json()
    assert [s["id"] for s in client.get("/v1/statements?live=true").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "live" not in {c.name for c in db.database.obj.get_columns("statement")}
        assert "0063_statement_time_live" in migrations.upgrade()
        assert "time_qualifier" in {c.name for c in db.database.obj.get_columns("statement")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/statements/1").get_json()["time"] == "12:00:00"
