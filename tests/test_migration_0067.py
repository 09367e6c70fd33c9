"""Migration 0067 on the engine under test: an existing event, actor and source read back with no travel means,
age, occupation, leak date or further dateline places. Afterwards they take them, and the filters find them;
down then up again keeps the old data."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0062_misc_as_reported"
# the migration just before this one (others, 0063 on, may sit between it and BEFORE)
PREVIOUS = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("00*.py")
               if path.stem < "0067")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0062 holding a source, a person, two places and an event."""
    with database_at(dbs, BEFORE, "at_0062") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="Sombat", kind="person", unidentified=False, **STAMPS).execute()
        for ident, place in ((1, "Bangkok"), (2, "Phnom Penh")):
            table("place", *RECORD, "name", "kind").insert(id=ident, name=place, kind="city", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Civilians flee", type="RETREAT", date_start=datetime.date(2009, 5, 15),
            date_precision="day", site_categories="[]", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0067_languages_ages_leaks" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    assert client.get("/v1/events/1").get_json()["travel_means"] == []
    actor = client.get("/v1/actors/1").get_json()
    assert (actor["age"], actor["age_as_of"], actor["occupation"]) == (None, None, None)
    source = client.get("/v1/sources/1").get_json()
    assert (source["leaked_date"], source["other_dateline_places"]) == (None, [])
    for href, body in (("/v1/events/1", {"travel_means": ["foot"]}),
                       ("/v1/actors/1", {"age": 52, "age_as_of": "2025-07-29", "occupation": "rice farmer"}),
                       ("/v1/sources/1", {"leaked_date": "2009-04-01", "leaked_precision": "month",
                                          "dateline_place_id": 1, "other_dateline_place_ids": [2]})):
        response = client.patch(href, headers=headers, json=body)
        assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/events?travel_means=foot").get_json()["items"]] == [1]
    assert [a["id"] for a in client.get("/v1/actors?occupation=rice%20farmer").get_json()["items"]] == [1]
    assert [s["id"] for s in client.get("/v1/sources?dateline_place=2&leaked=true").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "source_dateline_place" not in db.database.obj.get_tables()
        assert "travel_means" not in {c.name for c in db.database.obj.get_columns("event")}
        assert "0067_languages_ages_leaks" in migrations.upgrade()
        assert "source_dateline_place" in db.database.obj.get_tables()
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/events/1").get_json()["title"] == "Civilians flee"
