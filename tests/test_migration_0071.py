"""Migration 0071 on the engine under test: an existing event reads back with no service disruptions; afterwards
it takes them and disrupted= finds it; down then up again keeps the old data."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0067_languages_ages_leaks"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank")
# the migration just before this one (others, 0068 on, may sit between it and BEFORE)
PREVIOUS = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("00*.py")
               if path.stem < "0071")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0067 holding a source and an event with a figure."""
    with database_at(dbs, BEFORE, "at_0067") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Attack on Palma", type="ASSAULT", date_start=datetime.date(2021, 3, 24),
            date_precision="day", site_categories="[]", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("figure", *FIGURE, "best", "with_surroundings", "displaced_again", "other_subsets",
              "other_countries").insert(
            id=7, event_id=1, quantity="displaced", unit="people", category="civilians", attribution="source",
            position=0, published=True, rank="normal", best=8000, with_surroundings=False,
            displaced_again=False, other_subsets="[]", other_countries="[]").execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=7, source_id=1,
                                                                            position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0071_service_disruptions_endings" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    event = client.get("/v1/events/1?include=figures").get_json()
    assert (event["service_disruptions"], event["ending"], event["figures"][0]["travel_means"]) == ([], None, [])
    response = client.patch("/v1/events/1", headers=headers, json={"ending": "cut_short", "service_disruptions": [
        {"service": "communications", "extent": "largely", "timing": "since_start"}]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/events?disrupted=communications&ending=cut_short")
            .get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "service_disruptions" not in {c.name for c in db.database.obj.get_columns("event")}
        assert "0071_service_disruptions_endings" in migrations.upgrade()
        assert "service_disruptions" in {c.name for c in db.database.obj.get_columns("event")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/events/1").get_json()["title"] == "Attack on Palma"
