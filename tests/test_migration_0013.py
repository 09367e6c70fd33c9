"""Migration 0013 carries figures forward on the engine under test: every existing figure keeps its values and
reads back with no country, no period, no key and no whole; a count of people keeps its null category; the
event is written again unchanged; the migration can be undone and applied again."""
import datetime

import pytest

from api import db
from api.models import PORTABLE_MODELS, Revision
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0011_treaty_structure"
OLD_FIGURES = {41: ("deaths", 120, "people", "total"), 42: ("count", 10, "people", None),
               43: ("area", 12.5, "km2", None)}


@pytest.fixture
def old_database(dbs, shared_app):
    with database_at(dbs, BEFORE, "at_0011") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Report", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_end", "date_precision", "date_edtf").insert(
            id=1, title="Shelling", type="ASSAULT", date_start=datetime.date(2020, 10, 28),
            date_end=datetime.date(2020, 10, 28), date_precision="day", date_edtf="2020-10-28", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(
            event_id=1, source_id=1, position=0).execute()
        figure = table("figure", "id", "event_id", "quantity", "best", "unit", "category", "position",
                       "published", "rank")
        figure_source = table("figure_source", "figure_id", "source_id", "position")
        for position, (figure_id, (q, b, u, c)) in enumerate(OLD_FIGURES.items()):
            figure.insert(id=figure_id, event_id=1, quantity=q, best=b, unit=u, category=c, position=position,
                          published=True, rank="normal").execute()
            figure_source.insert(figure_id=figure_id, source_id=1, position=0).execute()
    assert "0013_figure_details" in migrations.upgrade()
    with db.database.connection_context():
        db.reset_sequences(PORTABLE_MODELS + [Revision])
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_figures_read_back_with_no_new_details(old_database):
    client = old_database.test_client()
    figures = client.get("/v1/events/1?include=figures").get_json()["figures"]
    assert [(f["id"], f["quantity"], f["best"], f["unit"], f["category"]) for f in figures] == [
        (i, q, b, u, c) for i, (q, b, u, c) in OLD_FIGURES.items()]
    assert all((f["country"], f["period"], f["key"], f["part_of_id"], f["part_of_key"]) == (None,) * 5
               for f in figures)
    assert client.get("/v1/events?figure_country=GBR").get_json()["items"] == []


def test_down_and_up_again(old_database):
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "country" not in {c.name for c in db.database.obj.get_columns("figure")}
        assert "0013_figure_details" in migrations.upgrade()
    figures = old_database.test_client().get("/v1/events/1?include=figures").get_json()["figures"]
    assert [f["id"] for f in figures] == list(OLD_FIGURES)
