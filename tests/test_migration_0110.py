"""Migration 0110 (figs32) on the engine under test: an event's figure stored before reads status null, then takes
one (provisional) that figure_status= finds; a place's alias and relation stored before read no claimant and no
sides, then the place takes an alias with who uses it and a relation between two sides; down to 0108 then up again
keeps the old data (the relation without a place goes). (Through HTTP: tests/test_figures32.py,
tests/test_aliases32.py, tests/test_place_between32.py.)"""
import datetime

import pytest

from api import db
from api.models import Actor, Event, Place
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0108_figure_relative_as_of"
APPLIED = "0110_figure_status"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank", "best",
          "as_of", "key")
NOT_NULL = ("with_surroundings", "displaced_again", "other_subsets", "other_countries", "travel_means", "items")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0108 holding a shelling with a count of the dead, two actors, and a town with an alias and a
    relation to the region it lies near."""
    with database_at(dbs, BEFORE, "at_0108_figs32") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        Event.insert(id=1, title="Shelling of a town", type="ASSAULT", date_start=datetime.date(2016, 3, 1),
                     date_precision="day", **STAMPS).execute()   # 0108's shape: the model's defaults fill the rest
        table("figure", *FIGURE, *NOT_NULL).insert(
            id=7, event_id=1, quantity="deaths", unit="people", category="total", attribution="source", position=0,
            published=True, rank="normal", best=20, as_of=datetime.date(2016, 3, 1), key="first",
            with_surroundings=False, displaced_again=False, other_subsets="[]", other_countries="[]",
            travel_means="[]", items="[]").execute()
        for owner, owner_id in (("figure", 7), ("event", 1)):
            table(f"{owner}_source", f"{owner}_id", "source_id", "position").insert(
                **{f"{owner}_id": owner_id}, source_id=1, position=0).execute()
        for ident, name in ((1, "Government forces"), (2, "Rebels")):
            Actor.insert(id=ident, name=name, kind="armed_force", **STAMPS).execute()
        for ident, name in ((3, "North"), (4, "Buffer town")):
            Place.insert(id=ident, name=name, kind="region" if ident == 3 else "city", **STAMPS).execute()
        table("place_alias", "id", "place_id", "name", "language", "position").insert(
            id=1, place_id=4, name="Ville tampon", language="fr", position=0).execute()
        table("place_relation", "id", "subject_id", "place_id", "relation", "position", "attribution").insert(
            id=1, subject_id=4, place_id=3, relation="near", position=0, attribution="source").execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_an_old_figure_reads_no_status_then_takes_one(old_database):
    client = old_database.test_client()
    figure = client.get("/v1/events/1?include=figures").get_json()["figures"][0]
    assert (figure["best"], figure["key"], figure["status"]) == (20, "first", None)
    assert client.get("/v1/events?figure_status=provisional").get_json()["items"] == []
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    response = client.patch("/v1/events/1", headers=headers, json={"figures": [
        {"id": 7, "quantity": "deaths", "unit": "people", "best": 20, "key": "first", "status": "provisional",
         "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert client.get("/v1/events/1?include=figures").get_json()["figures"][0]["status"] == "provisional"
    assert [e["id"] for e in client.get("/v1/events?figure_status=provisional").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "status" not in {c.name for c in db.database.obj.get_columns("figure")}
        applied = migrations.upgrade()
        assert APPLIED in applied
    db.close_all()
    figure = old_database.test_client().get("/v1/events/1?include=figures").get_json()["figures"][0]
    assert (figure["best"], figure["key"], figure["status"]) == (20, "first", None)


def test_old_aliases_and_relations_read_no_claimant_then_take_them(old_database):
    client = old_database.test_client()
    town = client.get("/v1/places/4").get_json()
    assert [(a["name"], a["language"], a["claimant"], a["attribution"], a["sources"]) for a in town["aliases"]] == [
        ("Ville tampon", "fr", None, "source", [])]
    near = town["relations"][0]
    assert (near["relation"], near["place"]["id"], near["actor"], near["and_actor"]) == ("near", 3, None, None)
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    response = client.patch("/v1/places/4", headers=headers, json={
        "aliases": ["Ville tampon", {"name": "the occupied zone", "claimant_id": 1, "source_ids": [1]}],
        "relations": [{"place_id": 3, "relation": "near"},
                      {"place_id": None, "relation": "between", "actor_id": 1, "and_actor_id": 2}]})
    assert response.status_code == 200, response.get_json()
    assert [p["id"] for p in client.get("/v1/places?alias_claimant=1").get_json()["items"]] == [4]
    assert [p["id"] for p in client.get("/v1/places?relation_actor=2").get_json()["items"]] == [4]
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        sql = db.database.obj.execute_sql
        assert [r[0] for r in sql("SELECT relation FROM place_relation ORDER BY position").fetchall()] == ["near"]
        migrations.upgrade()   # the names stay; who uses them went with the columns
        assert sql("SELECT name, claimant_id, attribution FROM place_alias ORDER BY position").fetchall() == [
            ("Ville tampon", None, "source"), ("the occupied zone", None, "source")]
        assert sql("SELECT relation, place_id, actor_id FROM place_relation").fetchall() == [("near", 3, None)]
    db.close_all()
