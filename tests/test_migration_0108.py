"""Migration 0108 (batch31) on the engine under test: an event's figure stored before reads as_of_relative null,
then takes one placed against another figure of the event, read back as given; down to 0104 then up again keeps
the old data. (The new field through HTTP: tests/test_figure_relative_as_of.py.)"""
import datetime

import pytest

from api import db
from api.models import Event
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0104_event_sites_near"
APPLIED = "0108_figure_relative_as_of"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank", "best",
          "as_of", "key")
NOT_NULL = ("with_surroundings", "displaced_again", "other_subsets", "other_countries", "travel_means", "items")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0104 holding a shelling with a first count of the dead."""
    with database_at(dbs, BEFORE, "at_0104_batch31") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        Event.insert(id=1, title="Shelling of a town", type="ASSAULT", date_start=datetime.date(2016, 3, 1),
                     date_precision="day", **STAMPS).execute()   # 0104's shape: the model's defaults fill the rest
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


def test_an_old_figure_reads_no_relative_as_of_then_takes_one(old_database):
    client = old_database.test_client()
    figure = client.get("/v1/events/1?include=figures").get_json()["figures"][0]
    assert (figure["best"], figure["as_of"], figure["as_of_relative"]) == (20, "2016-03-01", None)
    later = {"relation": "after", "anchor": "figure", "figure_id": 7, "elapsed": {"amount": 1, "unit": "weeks"},
             "words": "a week after the first count"}
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    response = client.patch("/v1/events/1", headers=headers, json={"figures": [
        {"id": 7}, {"quantity": "deaths", "unit": "people", "best": 40, "as_of_relative": later, "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    relative = client.get("/v1/events/1?include=figures").get_json()["figures"][1]["as_of_relative"]
    assert {k: relative[k] for k in later} == {**later, "elapsed": {**later["elapsed"], "amount_max": None,
                                                                     "nearness": None, "qualifier": None}}


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "as_of_relative" not in {c.name for c in db.database.obj.get_columns("figure")}
        applied = migrations.upgrade()
        assert APPLIED in applied
    db.close_all()
    figure = old_database.test_client().get("/v1/events/1?include=figures").get_json()["figures"][0]
    assert (figure["best"], figure["key"], figure["as_of_relative"]) == (20, "first", None)
