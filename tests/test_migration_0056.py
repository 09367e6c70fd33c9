"""Migration 0056 on the engine under test: a database of older shapes (at 0040) holding events with
participants (one deleted) gains stored_shape, and the migrate that applies it stores each live event with
include=participants (stored.refresh), so a GET, a page and a fields= cut in that shape answer what assembling
gives; the deleted event has no stored shape. A database whose full forms are stored but not its shapes (as at
0051) gets only the shapes from a refresh. Then down and up again."""
import datetime

import pytest

from api import db, jsonio
from api.models import Actor, Event, Participant, Place, Source
from api.representations import Shape
from api.services import migrations, records, stored
from api.services.kinds import KINDS
from old_databases import RECORD, STAMPS, database_at, serving

OLD = "0040_figures_as_said"   # events written in this shape
BEFORE = "0051_event_rollup_actor"
EVENT = (*RECORD, "title", "type", "date_start", "date_end", "date_precision", "place_id", "deleted_at")
PARTICIPANTS = Shape(include=frozenset({"participants"}))


@pytest.fixture
def old_database(dbs, shared_app):
    with database_at(dbs, OLD, "at_0040") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="UN report", **STAMPS).execute()
        table("place", *RECORD, "name", "kind", "country").insert(id=1, name="Aleppo", kind="city", country="SYR",
                                                                 **STAMPS).execute()
        for ident, actor in ((7, "Syria"), (8, "Turkey")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(id=ident, name=actor, kind="state",
                                                                   unidentified=False, **STAMPS).execute()
        event, participant = table("event", *EVENT), table("participant", *RECORD[:1], "event_id", "actor_id", "role",
                                                           "position")
        for ident, gone, people in ((1, None, [(7, "side_a"), (8, "side_b")]), (2, None, [(8, "side_a")]),
                                    (3, STAMPS["created_at"], [(7, "side_a")])):
            day = datetime.date(2016, 9, 18 + ident)
            event.insert(id=ident, title=f"Event {ident}", type="ASSAULT", date_start=day, date_end=day,
                         date_precision="day", place_id=1, deleted_at=gone, **STAMPS).execute()
            table("event_source", "event_id", "source_id", "position").insert(event_id=ident, source_id=1,
                                                                              position=0).execute()
            for position, (actor, role) in enumerate(people):
                participant.insert(id=ident * 10 + position, event_id=ident, actor_id=actor, role=role,
                                   position=position).execute()
        db.reset_sequences([Source, Place, Actor, Event, Participant])
        applied = migrations.upgrade()
    assert "0056_stored_shapes" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_live_events_are_stored_with_their_participants(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        assert not stored.differences(KINDS["events"])
        assert db.database.execute_sql("SELECT kind, shape, record_id FROM stored_shape ORDER BY record_id"
                                       ).fetchall() == [("events", "include=participants", 1),
                                                        ("events", "include=participants", 2)]
        assembled = records.get(KINDS["events"], 1, PARTICIPANTS)
    client = old_database.test_client()
    assert client.get("/v1/events/1?include=participants").get_data() == jsonio.dumps(assembled)
    assert client.get("/v1/events?include=participants").get_json()["items"][0] == jsonio.plain(assembled)
    assert client.get("/v1/events/1?include=participants&fields=participants").get_json() == {
        key: jsonio.plain(assembled)[key] for key in ("id", "href", "participants")}
    assert client.get("/v1/events/3?include=participants").status_code == 410


def test_a_refresh_stores_the_shapes_alone_when_the_full_forms_are_there(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        db.database.execute_sql("DELETE FROM stored_shape")
        assert stored.refresh() == {"events": 2}
        assert stored.refresh() == {}
        assert not stored.differences(KINDS["events"])


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "stored_shape" not in db.database.obj.get_tables()
        assert "0056_stored_shapes" in migrations.upgrade()
        assert not stored.differences(KINDS["events"])
    db.close_all()
