"""Migration 0052 on the engine under test: an existing actor with a seat reads back with no places (where it
is based) and its seat as before; afterwards it takes places, found by based_in=, and the place they name cannot
be deleted; down then up again keeps the old data."""
import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0051_event_rollup_actor"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0051: an armed group seated in a city inside a country, and a source."""
    with database_at(dbs, BEFORE, "at_0051") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        table("place", *RECORD, "name", "kind", "country").insert(id=1, name="Pakistan", kind="country",
                                                                  country="PAK", **STAMPS).execute()
        table("place", *RECORD, "name", "kind", "country", "parent_id").insert(
            id=2, name="Muridke", kind="city", country="PAK", parent_id=1, **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified", "seat_id").insert(
            id=1, name="Lashkar-e-Taiba", kind="non_state_armed_group", unidentified=False, seat_id=2,
            **STAMPS).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0052_actor_places" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_actors_have_no_places_and_take_them(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    actor = client.get("/v1/actors/1?include=").get_json()
    assert (actor["seat"], actor["places"]) == (2, [])
    assert client.get("/v1/actors?based_in=1").get_json()["items"] == []
    response = client.patch("/v1/actors/1", headers=headers, json={"places": [
        {"place_id": 2, "relation": "based_in", "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert [a["id"] for a in client.get("/v1/actors?based_in=1").get_json()["items"]] == [1]
    assert client.delete("/v1/places/2", headers=headers).status_code == 409


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "actor_place" not in db.database.obj.get_tables()
        assert "0052_actor_places" in migrations.upgrade()
        assert {"actor_place", "actor_place_source"} <= set(db.database.obj.get_tables())
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/actors/1?include=").get_json()["places"] == []
