"""Migration 0110 (figs32) on the engine under test: an event's figure stored before reads status null, then takes
one (provisional) that figure_status= finds; down to 0108 then up again keeps the old data. (The new field and
figs32's rules through HTTP: tests/test_figures32.py.)"""
import datetime

import pytest

from api import db
from api.models import Event
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0108_figure_relative_as_of"
APPLIED = "0110_figure_status"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank", "best",
          "as_of", "key")
NOT_NULL = ("with_surroundings", "displaced_again", "other_subsets", "other_countries", "travel_means", "items")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0108 holding a shelling with a count of the dead."""
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
