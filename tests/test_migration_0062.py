"""Migration 0062 on the engine under test: an existing figure reads back inflicted by no several actors and
dated to the day, an existing further place with no distance. Afterwards they take inflicter_ids, as_of_precision
and distance_km, and the filter finds each inflicter; down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0043_acts_as_reported"
PREVIOUS = "0061_unidentified_treaties"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0043 holding an event with a deaths figure and a place north of another."""
    with database_at(dbs, BEFORE, "at_0043") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        for ident, actor in ((1, "FARDC"), (2, "Wazalendo")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=ident, name=actor, kind="non_state_armed_group", unidentified=False, **STAMPS).execute()
        table("place", *RECORD, "name", "kind").insert(id=1, name="Samraong", kind="city", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision").insert(
            id=1, title="Clashes", type="FIGHT", date_start=datetime.date(2025, 7, 24), date_precision="day",
            **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("event_place", "event_id", "place_id", "position", "relation", "relative_to_id", "words",
              "with_surroundings").insert(event_id=1, place_id=None, position=0, relation="north_of",
                                          relative_to_id=1, words="about 20 km north", with_surroundings=False
                                          ).execute()
        table("figure", *FIGURE, "best", "with_surroundings", "displaced_again").insert(
            id=7, event_id=1, quantity="deaths", unit="people", category="civilians", attribution="source",
            position=0, published=True, rank="normal", best=12, with_surroundings=False,
            displaced_again=False).execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=7, source_id=1,
                                                                            position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0062_misc_as_reported" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    read = client.get("/v1/events/1?include=figures,other_places").get_json()
    figure, place = read["figures"][0], read["other_places"][0]
    assert (figure["best"], figure["inflicters"], figure["as_of_precision"]) == (12, [], None)
    assert (place["relation"], place["distance_km"], place["distance_qualifier"]) == ("north_of", None, None)
    response = client.patch("/v1/events/1", headers=headers, json={
        "figures": [{"id": 7, "quantity": "deaths", "unit": "people", "category": "civilians", "best": 12,
                     "inflicter_ids": [1, 2], "as_of": "2025-01-01", "as_of_precision": "year", "source_ids": [1]}],
        "other_places": [{"place_id": None, "relation": "north_of", "relative_to_id": 1, "distance_km": 20,
                          "distance_qualifier": "about", "words": "about 20 km north"}]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/events?figure_inflicted_by=2").get_json()["items"]] == [1]
    assert client.get("/v1/events/1?include=other_places").get_json()["other_places"][0]["distance_km"] == 20
    assert client.delete("/v1/actors/2", headers=headers).status_code == 409


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "figure_inflicter" not in db.database.obj.get_tables()
        assert "as_of_precision" not in {c.name for c in db.database.obj.get_columns("figure")}
        assert "distance_km" not in {c.name for c in db.database.obj.get_columns("event_place")}
        assert "0062_misc_as_reported" in migrations.upgrade()
        assert "figure_inflicter" in db.database.obj.get_tables()
    db.close_all()
    client = old_database.test_client()
    assert [f["best"] for f in client.get("/v1/events/1?include=figures").get_json()["figures"]] == [12]
