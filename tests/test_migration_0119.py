"""Migration 0119 (places35) on the engine under test: a place, its relation and a statement stored before read no
terrain, no travel time or mode and no actors standing with the speaker; then they take them and are found by
terrain=, relation_travel_mode= and accompanied_by=; down to 0117 then up again keeps the old data. (The new fields
through HTTP: tests/test_places35.py.)"""
import datetime

import pytest

from api import db
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, serving, upgrade_with_curator

LISTS = ("conditions", "other_quotes", "other_stances", "requests", "offers", "other_languages", "refusals",
         "not_agreed", "not_said", "announcements", "pledges", "threats", "intentions")   # a statement's, JSON
BEFORE = "0117_places_scopes"
APPLIED = "0119_terrain_travel_company"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0117 holding a road, a village 10 km from it, and a minister's statement."""
    with database_at(dbs, BEFORE, "at_0117_places35") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            [{"id": n, "name": named, "kind": "person", "unidentified": False, **STAMPS}
             for n, named in ((1, "A minister"), (2, "An army chief"))]).execute()
        table("place", *RECORD, "name", "kind", "country").insert(
            [{"id": 4, "name": "The road", "kind": "road", "country": None, **STAMPS},
             {"id": 5, "name": "The village", "kind": "site", "country": None, **STAMPS}]).execute()
        table("place_relation", "subject_id", "place_id", "relation", "distance_km", "position",
              "attribution").insert(subject_id=5, place_id=4, relation="distance_from", distance_km=10.0,
                                    position=0, attribution="source").execute()
        table("statement", *RECORD, "speaker_id", "date", "date_precision", "medium", "quote", *LISTS).insert(
            id=1, speaker_id=1, date=datetime.date(2020, 5, 1), date_precision="day", medium="speech",
            quote="We will not give up.", **dict.fromkeys(LISTS, "[]"), **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(
            statement_id=1, source_id=1, position=0).execute()
        applied = upgrade_with_curator(shared_app)
    assert APPLIED in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _read(client):
    village = client.get("/v1/places/5?include=relations").get_json()
    return village, village["relations"][0], client.get("/v1/statements/1?include=").get_json()


def _ids(client, query):
    return [r["id"] for r in client.get(query).get_json()["items"]]


def test_old_records_read_the_new_fields_empty_then_take_them(old_database):
    client = old_database.test_client()
    village, relation, statement = _read(client)
    assert (village["terrain"], relation["travel_time"], relation["travel_mode"], relation["distance_km"]) == (
        [], None, None, 10)
    assert statement["accompanied_by_actors"] == []
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    for path, body in (
            ("/v1/places/5", {"terrain": ["mountain"], "relations": [
                {"place_id": 4, "relation": "distance_from", "travel_time": {"vague": "several", "unit": "days"},
                 "travel_mode": "foot", "source_ids": [1]}]}),
            ("/v1/statements/1", {"accompanied_by_actor_ids": [2]})):
        patched = client.patch(path, headers=headers, json=body)
        assert patched.status_code == 200, patched.get_json()
    assert _ids(client, "/v1/places?terrain=mountain") == [5]
    assert _ids(client, "/v1/places?relation_travel_mode=foot") == [5]
    assert _ids(client, "/v1/statements?accompanied_by=2") == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        columns = {table: {c.name for c in db.database.obj.get_columns(table)}
                   for table in ("place", "place_relation")}
        assert "terrain" not in columns["place"] and not {"travel_time", "travel_mode"} & columns["place_relation"]
        assert "statement_companion" not in db.database.obj.get_tables()
        assert db.database.obj.execute_sql("SELECT relation FROM place_relation").fetchall() == [("distance_from",)]
        assert APPLIED in migrations.upgrade()
    db.close_all()
    village, relation, statement = _read(old_database.test_client())
    assert (village["name"], relation["relation"], relation["distance_km"], statement["quote"]) == (
        "The village", "distance_from", 10, "We will not give up.")
    assert (village["terrain"], relation["travel_time"], statement["accompanied_by_actors"]) == ([], None, [])
