"""Migration 0017 carries figures and status histories forward on the engine under test: an existing figure
names no place, an existing status change no actors and no extension; the new links hold after it (a place a
figure names, an actor that made a change, cannot be deleted), and down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations
from old_databases import STAMPS, database_at, old_status_change, old_truce, serving

BEFORE = "0015_provision_details"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0015 holding an event with a figure and a treaty with a status change."""
    with database_at(dbs, BEFORE, "at_0015") as (name, url, table):
        table("source", "id", "version", "created_at", "updated_at", "title").insert(id=1, title="Report",
                                                                                  **STAMPS).execute()
        table("event", "id", "version", "created_at", "updated_at", "title", "type", "date_start", "date_end",
              "date_precision", "date_edtf").insert(
            id=1, title="Exchange", type="ASSAULT", date_start=datetime.date(2022, 9, 21),
            date_end=datetime.date(2022, 9, 21), date_precision="day", date_edtf="2022-09-21", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("figure", "id", "event_id", "quantity", "best", "unit", "category", "position", "published",
              "rank").insert(id=1, event_id=1, quantity="prisoners_exchanged", best=215, unit="people",
                             category="total", position=0, published=True, rank="normal").execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=1, source_id=1,
                                                                            position=0).execute()
        old_truce(table)
        old_status_change(table, "extended", datetime.date(2023, 5, 29))
        applied = migrations.upgrade()
    assert "0017_figure_place_extension" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_figures_and_status_changes_read_back_with_the_new_parts_empty(old_database):
    client = old_database.test_client()
    figure = client.get("/v1/events/1").get_json()["figures"][0]
    assert figure["place"] is None and figure["best"] == 215
    change = client.get("/v1/treaties/1").get_json()["status_history"][0]
    assert change["actors"] == [] and change["extension"] is None and change["status"] == "extended"


def test_down_and_up_again(old_database):
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        assert "place_id" not in {c.name for c in database.get_columns("figure")}
        assert "extension" not in {c.name for c in database.get_columns("treaty_status_change")}
        assert "treaty_status_change_actor" not in database.get_tables()
        assert "0017_figure_place_extension" in migrations.upgrade()
    assert old_database.test_client().get("/v1/events/1").get_json()["figures"][0]["best"] == 215
