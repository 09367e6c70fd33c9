"""Migration 0020 carries figures, sources, events and claims forward on the engine under test: an existing
figure keeps its one suffered_by and has no sufferers, a source keeps its publisher and has no publishers, an
event has no legal action and a claim no superlative; the new links hold after it, and down then up again
keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations
from old_databases import STAMPS, database_at, serving

BEFORE = "0017_figure_place_extension"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0017 holding a source, an actor, an event with a figure of its losses and a claim."""
    with database_at(dbs, BEFORE, "at_0017") as (name, url, table):
        table("source", "id", "version", "created_at", "updated_at", "title", "publisher").insert(
            id=1, title="Report", publisher="Reuters", **STAMPS).execute()
        table("actor", "id", "version", "created_at", "updated_at", "name", "kind").insert(
            id=1, name="Russia", kind="state", **STAMPS).execute()
        table("event", "id", "version", "created_at", "updated_at", "title", "type", "date_start", "date_end",
              "date_precision", "date_edtf").insert(
            id=1, title="Battle", type="FIGHT", date_start=datetime.date(2023, 1, 10),
            date_end=datetime.date(2023, 1, 12), date_precision="day", date_edtf="2023-01-10/2023-01-12",
            **STAMPS).execute()
        table("participant", "event_id", "actor_id", "role", "position").insert(
            event_id=1, actor_id=1, role="side_a", position=0).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("figure", "id", "event_id", "quantity", "best", "unit", "category", "suffered_by_id", "position",
              "published", "rank", "attribution").insert(attribution="source", id=1, event_id=1, quantity="deaths", best=300, unit="people",
                                          category="side_a", suffered_by_id=1, position=0, published=True,
                                          rank="normal").execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=1, source_id=1,
                                                                            position=0).execute()
        table("event_claim", "id", "event_id", "actor_id", "role", "took_part", "rank", "position",
              "attribution").insert(attribution="source", id=1, event_id=1, actor_id=1, role="side_a", took_part=True, rank="normal", position=0).execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=1, source_id=1,
                                                                                position=0).execute()
        applied = migrations.upgrade()
    assert "0020_sufferers_publishers_legal" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_records_read_back_with_the_new_parts_empty(old_database):
    client = old_database.test_client()
    event = client.get("/v1/events/1?include=figures,claims").get_json()
    figure = event["figures"][0]
    assert figure["suffered_by"]["id"] == 1 and figure["sufferers"] == [] and figure["best"] == 300
    assert event["legal"] is None and event["claims"][0]["superlative"] is None
    source = client.get("/v1/sources/1").get_json()
    assert source["publisher"] == "Reuters" and source["publishers"] == []
    assert client.get("/v1/events?suffered_by=1").get_json()["items"][0]["id"] == 1


def test_down_and_up_again(old_database):
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        assert "publishers" not in {c.name for c in database.get_columns("source")}
        assert "legal" not in {c.name for c in database.get_columns("event")}
        assert "superlative" not in {c.name for c in database.get_columns("event_claim")}
        assert "figure_sufferer" not in database.get_tables()
        assert "0020_sufferers_publishers_legal" in migrations.upgrade()
    assert old_database.test_client().get("/v1/events/1").get_json()["title"] == "Battle"
