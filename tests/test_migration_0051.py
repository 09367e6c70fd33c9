"""Migration 0051 on the engine under test: a database at 0040 (before both rollups) holding events with participants (an actor in two
roles of one event, a deleted event) and deaths figures gains the rollup per actor, and the migrate that applies
it sums it (every existing (actor, month) key marked stale, then summed: services/rollup_actors.py), so one
actor's aggregate reads it and gives what summing the actor's events gives; later writes keep it exact. Then
down and up again."""
import datetime

import pytest

from api import db
from api.models import Actor, Event, Figure, Participant, Place, Source
from api.services import migrations, rollup, rollup_upkeep
from old_databases import RECORD, STAMPS, database_at, serving
from schemas.stats import EventsStatsQuery

BEFORE = "0040_figures_as_said"   # before both rollups (0050, 0051) and the migrations between
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank", "best")
EVENT = (*RECORD, "title", "type", "date_start", "date_end", "date_precision", "place_id", "deleted_at")
ONE_ACTOR = "/v1/events/stats?actor=7&group_by=country,time&interval=month"


@pytest.fixture
def old_database(dbs, shared_app):
    with database_at(dbs, BEFORE, "at_0040") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="UN report", **STAMPS).execute()
        table("place", *RECORD, "name", "kind", "country").insert(id=1, name="Aleppo", kind="city", country="SYR",
                                                                 **STAMPS).execute()
        for ident, actor in ((7, "Syria"), (8, "Turkey")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(id=ident, name=actor, kind="state",
                                                                   unidentified=False, **STAMPS).execute()
        event, participant = table("event", *EVENT), table("participant", *RECORD[:1], "event_id", "actor_id", "role",
                                                           "position")
        rows = ((1, 1, datetime.date(2016, 9, 19), None, [(7, "side_a"), (7, "initiator"), (8, "side_b")]),
                (2, 1, datetime.date(2016, 9, 25), None, [(8, "side_a")]),
                (3, None, datetime.date(2017, 1, 2), None, [(7, "side_a")]),
                (4, 1, datetime.date(2016, 9, 20), STAMPS["created_at"], [(7, "side_a")]))
        for ident, place, day, gone, people in rows:
            event.insert(id=ident, title=f"Event {ident}", type="ASSAULT", date_start=day, date_end=day,
                         date_precision="day", place_id=place, deleted_at=gone, **STAMPS).execute()
            table("event_source", "event_id", "source_id", "position").insert(event_id=ident, source_id=1,
                                                                              position=0).execute()
            for position, (actor, role) in enumerate(people):
                participant.insert(id=ident * 10 + position, event_id=ident, actor_id=actor, role=role,
                                   position=position).execute()
            table("figure", *FIGURE).insert(id=ident, event_id=ident, quantity="deaths", unit="people",
                                             category="total", attribution="source", position=0, published=True,
                                             rank="normal", best=10 * ident).execute()
        db.reset_sequences([Source, Place, Actor, Event, Participant, Figure])
        applied = migrations.upgrade()
    assert "0051_event_rollup_actor" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_existing_participations_are_summed_and_served_from_the_actor_rollup(old_database, monkeypatch):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        assert rollup_upkeep.differences() == ([], 0)
        assert db.database.execute_sql("SELECT actor_id, SUM(events), SUM(deaths) FROM event_rollup_actor "
                                       "GROUP BY actor_id ORDER BY actor_id").fetchall() == [(7, 2, 40), (8, 2, 30)]
        assert rollup.answers(EventsStatsQuery().load({"actor": "7", "group_by": "country,time"}))
    client = old_database.test_client()
    answer = client.get(ONE_ACTOR).get_json()
    assert [(b["country"], b["time"], b["events"], b["deaths"]) for b in answer["buckets"] if b["events"]] == [
        ("SYR", "2016-09-01", 1, 10), (None, "2017-01-01", 1, 30)]
    with db.database.connection_context(), db.write_transaction():   # the participant of event 2 becomes actor 7
        db.database.execute_sql("UPDATE participant SET actor_id = 7 WHERE id = 20")
    # A write in plain SQL does not move the change feed, which the page cache's keys follow: ask afresh.
    monkeypatch.setitem(old_database.extensions, "page_cache", None)
    answer = client.get(ONE_ACTOR).get_json()
    assert [(b["country"], b["time"], b["events"], b["deaths"]) for b in answer["buckets"] if b["events"]] == [
        ("SYR", "2016-09-01", 2, 30), (None, "2017-01-01", 1, 30)]
    with db.database.connection_context():
        assert rollup_upkeep.differences() == ([], 0)


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "event_rollup_actor" not in db.database.obj.get_tables()
        db.database.execute_sql("DELETE FROM participant WHERE id = 20")   # no trigger left behind
        assert "0051_event_rollup_actor" in migrations.upgrade()
        assert rollup_upkeep.differences() == ([], 0)
        assert db.database.execute_sql("SELECT SUM(events) FROM event_rollup_actor").fetchone()[0] == 3
    db.close_all()
