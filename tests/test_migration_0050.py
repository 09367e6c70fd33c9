"""Migration 0050 on the engine under test: a database at 0040 holding events (one deleted, one with no place)
and their deaths figures gains the events' rollup, and the migrate that applies it sums it (every existing key
marked stale, then summed: services/rollup_upkeep.py), so the aggregates it answers read it and give what
summing the events gives; later writes keep it exact. Then down and up again."""
import datetime

import pytest

from api import db
from api.models import Event, Figure, Place, Source
from api.services import migrations, rollup, rollup_upkeep
from old_databases import RECORD, STAMPS, database_at, serving
from schemas.stats import EventsStatsQuery

BEFORE = "0040_figures_as_said"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank", "best")
EVENT = (*RECORD, "title", "type", "date_start", "date_end", "date_precision", "place_id", "deleted_at")


@pytest.fixture
def old_database(dbs, shared_app):
    with database_at(dbs, BEFORE, "at_0040") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="UN report", **STAMPS).execute()
        table("place", *RECORD, "name", "kind", "country").insert(id=1, name="Aleppo", kind="city", country="SYR",
                                                                 **STAMPS).execute()
        event = table("event", *EVENT)
        for ident, place, day, gone in ((1, 1, datetime.date(2016, 9, 19), None), (2, 1, datetime.date(2016, 9, 25), None),
                                        (3, None, datetime.date(2017, 1, 2), None),
                                        (4, 1, datetime.date(2016, 9, 20), STAMPS["created_at"])):
            event.insert(id=ident, title=f"Event {ident}", type="ASSAULT", date_start=day, date_end=day,
                         date_precision="day", place_id=place, deleted_at=gone, **STAMPS).execute()
            table("event_source", "event_id", "source_id", "position").insert(event_id=ident, source_id=1,
                                                                              position=0).execute()
            table("figure", *FIGURE).insert(id=ident, event_id=ident, quantity="deaths", unit="people",
                                             category="total", attribution="source", position=0, published=True,
                                             rank="normal", best=10 * ident).execute()
        db.reset_sequences([Source, Place, Event, Figure])
        applied = migrations.upgrade()
    assert "0050_event_rollup" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_existing_events_are_summed_and_served_from_the_rollup(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        assert rollup_upkeep.differences() == ([], 0)
        assert db.database.execute_sql("SELECT SUM(events), SUM(deaths) FROM event_rollup").fetchone() == (3, 60)
        assert rollup.answers(EventsStatsQuery().load({"group_by": "country,time"}))
    client = old_database.test_client()
    answer = client.get("/v1/events/stats?group_by=country,time&interval=month").get_json()
    assert [(b["country"], b["time"], b["events"], b["deaths"]) for b in answer["buckets"] if b["events"]] == [
        ("SYR", "2016-09-01", 2, 30), (None, "2017-01-01", 1, 30)]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "event_rollup" not in db.database.obj.get_tables()
        db.database.execute_sql("UPDATE event SET type = 'FIGHT' WHERE id = 1")   # no trigger left behind
        assert "0050_event_rollup" in migrations.upgrade()
        assert rollup_upkeep.differences() == ([], 0)
        assert db.database.execute_sql("SELECT COUNT(*) FROM event_rollup").fetchone()[0] == 3
    db.close_all()
