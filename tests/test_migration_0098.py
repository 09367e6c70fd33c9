"""Migration 0098 (figures28) on the engine under test: an existing figure (a place's) reads back with no as_of
bracket, no registration and no items, and an existing actor with no figures of its own. Afterwards the figure
takes them, the actor takes a figure, and the filters find both; down then up again keeps the old data (and drops
actors' figures, which had no place before). The new fields through HTTP: tests/test_figures28.py."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0096_treaty_precision_of_no_date"
APPLIED = "0098_actor_figures_as_of_brackets"
FIGURE = ("id", "owner_place_id", "quantity", "unit", "category", "attribution", "position", "published", "rank")
NOT_NULL = ("with_surroundings", "displaced_again", "other_subsets", "other_countries")   # a figure's at 0096


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0096 holding a place with a figure of two helicopters lost there, and an armed group."""
    with database_at(dbs, BEFORE, "at_0096_figures28") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        for actor_id, actor_name in ((1, "A rebel alliance"), (2, "A pilot")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=actor_id, name=actor_name, kind="non_state_armed_group" if actor_id == 1 else "person",
                unidentified=False, **STAMPS).execute()
        table("place", *RECORD, "name", "kind").insert(id=1, name="A province", kind="region", **STAMPS).execute()
        table("figure", *FIGURE, "best", "as_of", *NOT_NULL).insert(
            id=7, owner_place_id=1, quantity="equipment_lost", unit="items", category=None, attribution="source",
            position=0, published=True, rank="normal", best=2, as_of=datetime.date(2013, 5, 13),
            with_surroundings=False, displaced_again=False, other_subsets="[]", other_countries="[]").execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=7, source_id=1,
                                                                            position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_then_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    figure = client.get("/v1/places/1?include=figures").get_json()["figures"][0]
    assert (figure["best"], figure["as_of_end"], figure["registration"], figure["registered_with"],
            figure["items"]) == (2, None, None, None, [])
    assert client.get("/v1/actors/1?include=figures").get_json()["figures"] == []
    response = client.patch("/v1/places/1", headers=headers, json={"figures": [
        {"id": 7, "quantity": "equipment_lost", "unit": "items", "best": 2, "as_of": "2013-05-13",
         "as_of_end": "2013-05-15", "items": [{"key": "second"}], "aboard": [{"item_key": "second", "actor_id": 2}],
         "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/places?figure_as_of_from=2013-05-15").get_json()["items"]] == [1]
    assert [e["id"] for e in client.get("/v1/places?figure_aboard=2").get_json()["items"]] == [1]
    response = client.patch("/v1/actors/1", headers=headers, json={"figures": [
        {"quantity": "troops", "unit": "people", "high": 40000, "qualifier": "at_most", "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert [a["id"] for a in client.get("/v1/actors?figure_quantity=troops").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        columns = {c.name for c in db.database.obj.get_columns("figure")}
        assert not {"owner_actor_id", "as_of_end", "registration", "registered_with_id", "items"} & columns
        assert not db.database.obj.table_exists("figure_aboard")
        applied = migrations.upgrade()
        assert APPLIED in applied
    db.close_all()
    figure = old_database.test_client().get("/v1/places/1?include=figures").get_json()["figures"][0]
    assert (figure["best"], figure["as_of"], figure["items"]) == (2, "2013-05-13", [])
