"""Migration 0042 on the engine under test: an existing source has no dateline, an existing place relation no
side and no water between, an existing further place of an event is named as before (no relation, words or
surroundings), and an existing figure counts at its place as named, with no part, no relative place, no places
fled from or to and no one displaced again. Afterwards each takes the new parts; down then up again keeps the
old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0040_figures_as_said"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank", "best",
          "place_id")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0040: a source, two places related, an event at a further place with a figure."""
    with database_at(dbs, BEFORE, "at_0040") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        for ident, name_ in ((1, "Wad Madani"), (2, "Hantoub"), (3, "Blue Nile")):
            table("place", *RECORD, "name", "kind").insert(id=ident, name=name_, kind="city", **STAMPS).execute()
        table("place_relation", "subject_id", "place_id", "relation", "position", "attribution").insert(
            subject_id=2, place_id=1, relation="near", position=0, attribution="source").execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "place_id").insert(
            id=1, title="Fall of Wad Madani", type="FIGHT", date_start=datetime.date(2023, 12, 18),
            date_precision="day", place_id=1, **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("event_place", "event_id", "place_id", "position", "role").insert(event_id=1, place_id=2, position=0,
                                                                                role="at").execute()
        table("figure", *FIGURE).insert(id=7, event_id=1, quantity="displaced", unit="people", category="total",
                                        attribution="source", position=0, published=True, rank="normal",
                                        best=300000, place_id=1).execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=7, source_id=1,
                                                                            position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0042_places_as_reported" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_places_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    source = client.get("/v1/sources/1").get_json()
    assert (source["dateline"], source["dateline_place"]) == (None, None)
    relation, = client.get("/v1/places/2").get_json()["relations"]
    assert (relation["relation"], relation["side"], relation["across"]) == ("near", None, None)
    event = client.get("/v1/events/1?include=other_places,figures").get_json()
    further, = event["other_places"]
    assert (further["place"]["id"], further["relation"], further["relative_to"], further["words"],
            further["with_surroundings"]) == (2, None, None, None, False)
    figure, = event["figures"]
    assert (figure["place"]["id"], figure["place_part"], figure["with_surroundings"], figure["place_relation"],
            figure["place_relative_to"], figure["places"], figure["displaced_again"], figure["earlier_event"]) == (
        1, None, False, None, None, [], False, None)
    assert [e["id"] for e in client.get("/v1/events?figure_place=1").get_json()["items"]] == [1]
    assert client.patch("/v1/sources/1", headers=headers, json={"dateline": "PORT SUDAN",
                                                                "dateline_place_id": 1}).status_code == 200
    assert [s["id"] for s in client.get("/v1/sources?dateline_place=1").get_json()["items"]] == [1]
    assert client.patch("/v1/places/3", headers=headers, json={"kind": "river"}).status_code == 200
    response = client.patch("/v1/places/2", headers=headers, json={"relations": [
        {"place_id": 3, "relation": "on_bank_of", "side": "east"},
        {"place_id": 1, "relation": "opposite", "across_id": 3}]})
    assert response.status_code == 200, response.get_json()
    assert [p["id"] for p in client.get("/v1/places?related_to=3").get_json()["items"]] == [2]
    response = client.patch("/v1/events/1", headers=headers, json={
        "other_places": [{"place_id": None, "relation": "east_of", "relative_to_id": 1, "role": "from"}],
        "figures": [{"id": 7, "quantity": "displaced", "unit": "people", "best": 300000, "with_surroundings": True,
                     "place_id": 1, "displaced_again": True, "source_ids": [1],
                     "places": [{"place_id": 2, "role": "to"}]}]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/events?relative_to=1").get_json()["items"]] == [1]
    assert [e["id"] for e in client.get("/v1/events?figure_place=2").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "figure_place" not in db.database.obj.get_tables()
        assert "dateline" not in {c.name for c in db.database.obj.get_columns("source")}
        assert "relative_to_id" not in {c.name for c in db.database.obj.get_columns("event_place")}
        assert "0042_places_as_reported" in migrations.upgrade()
        assert "figure_place" in db.database.obj.get_tables()
        assert "across_id" in {c.name for c in db.database.obj.get_columns("place_relation")}
    db.close_all()
    client = old_database.test_client()
    assert [f["best"] for f in client.get("/v1/events/1?include=figures").get_json()["figures"]] == [300000]
