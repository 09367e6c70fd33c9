"""Migration 0009 carries records of the old shapes forward on the engine under test: events, statements and
treaties get the EDTF form of the dates they had and null for the new parts; statements are dated to the
day; a source's title may now be null, with the rows citing the source, its ID counter and the foreign keys
intact (SQLite rebuilds the table); an old revision still restores."""
import orjson
import pytest

from api import db
from api.services import migrations
from old_databases import NOW, RECORD, STAMPS, database_at, old_token, serving

BEFORE = "0006_credentials_redaction"
SECRET = "old-secret-1-" + "x" * 30
# id -> (date_start, date_end, date_precision, the EDTF form expected)
EVENTS = {1: ("2020-09-27", "2020-11-10", "day", "2020-09-27/2020-11-10"),
          2: ("2020-10-28", "2020-10-28", "day", "2020-10-28"),
          3: ("2014-08-01", None, "month", "2014-08/"),
          4: ("2014-08-01", "2014-08-31", "month", "2014-08"),
          5: ("2016-01-01", "2017-12-31", "year", "2016/2017"),
          6: ("2020-10-05", "2020-10-11", "week", "2020-10-05/2020-10-11")}
OLD_EVENT_INPUT = {"title": "Old", "type": "FIGHT", "mode": None, "context": None, "date_start": "2020-09-27",
                   "date_end": "2020-11-10", "date_precision": "day", "place_id": None, "location_precision": None,
                   "summary": None, "parent_id": None, "participants": [], "treaties": [], "figures": [],
                   "source_ids": [7]}


@pytest.fixture
def old_database(dbs, shared_app):
    with database_at(dbs, BEFORE, "at_0006") as (name, url, table):
        source = table("source", *RECORD, "title", "url")
        source.insert(id=7, title="Report", **STAMPS).execute()
        source.insert(id=9, title="Highest", **STAMPS).execute()
        old_token(table, 1, SECRET)
        table("actor", *RECORD, "name", "kind").insert(id=3, name="Armenia", kind="state", **STAMPS).execute()
        event = table("event", *RECORD, "title", "type", "date_start", "date_end", "date_precision")
        links = table("event_source", "event_id", "source_id", "position")
        for ident, (start, end, precision, _) in EVENTS.items():
            event.insert(id=ident, title=f"Event {ident}", type="FIGHT", date_start=start, date_end=end,
                         date_precision=precision, **STAMPS).execute()
            links.insert(event_id=ident, source_id=7, position=0).execute()
        statement = table("statement", *RECORD, "speaker_id", "date", "medium")
        statement.insert(id=4, speaker_id=3, date="2020-10-31", medium="speech", **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(
            statement_id=4, source_id=7, position=0).execute()
        treaty = table("treaty", *RECORD, "name", "kind", "status", "signed_date", "in_force_date", "ended_date",
                       "date_precision")
        treaty.insert(id=5, name="Old pact", kind="ceasefire", status="collapsed", signed_date="2015-02-01",
                      in_force_date="2015-02-15", ended_date="2022-02-28", date_precision="month",
                      **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(
            treaty_id=5, source_id=7, position=0).execute()
        revision = table("revision", "kind", "record_id", "version", "action", "at", "data", "token_id",
                         "token_name", "note")
        revision.insert(kind="events", record_id=1, version=1, action="create", at=NOW, token_name="ana",
                        data=orjson.dumps({**OLD_EVENT_INPUT, "title": "Event 1"}).decode()).execute()
        if not db.is_sqlite():   # rows inserted with their IDs, as a database in use would have counted them
            for table_name, last in (("source", 9), ("event", 6), ("statement", 4), ("treaty", 5), ("actor", 3),
                                     ("token", 1)):
                db.database.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{table_name}\"', 'id'), {last})")
    assert "0009_dates" in migrations.upgrade()
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_events_get_the_edtf_of_their_dates_and_null_for_the_rest(old_database):
    client = old_database.test_client()
    for ident, (start, end, precision, edtf) in EVENTS.items():
        event = client.get(f"/v1/events/{ident}").get_json()
        assert (event["date_start"], event["date_end"], event["date_precision"]) == (start, end, precision)
        assert event["date_edtf"] == edtf
        assert [event[k] for k in ("time_start", "time_end", "time_zone", "date_bound")] == [None] * 4
        assert [s["id"] for s in event["sources"]] == [7]   # the rows citing the rebuilt source table are there


def test_statements_and_treaties_carry_forward(old_database):
    client = old_database.test_client()
    statement = client.get("/v1/statements/4").get_json()
    assert {k: statement[k] for k in ("date", "date_end", "date_precision", "time", "date_bound", "date_edtf")} == {
        "date": "2020-10-31", "date_end": None, "date_precision": "day", "time": None, "date_bound": None,
        "date_edtf": "2020-10-31"}
    treaty = client.get("/v1/treaties/5").get_json()
    assert (treaty["signed_edtf"], treaty["in_force_edtf"], treaty["ended_edtf"]) == ("2015-02", "2015-02-15", "2022-02")
    assert treaty["in_force_precision"] == "day" and treaty["signed_bound"] is None


def test_sources_may_be_untitled_keep_their_ids_and_are_still_protected(old_database):
    curator = old_database.test_client(token=f"cf_1_{SECRET}")
    assert curator.get("/v1/sources/7").get_json()["title"] == "Report"
    created = curator.post("/v1/sources", json={"title": None, "url": None})
    assert created.status_code == 201 and created.get_json()["id"] > 9   # the ID counter survived the rebuild
    assert curator.delete("/v1/sources/7", headers={"If-Match": "*"}).status_code == 409   # still cited


def test_an_old_revision_still_restores_and_every_record_can_be_written_again(old_database):
    curator = old_database.test_client(token=f"cf_1_{SECRET}")
    restored = curator.post("/v1/events/1/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert restored.get_json()["date_edtf"] == "2020-09-27/2020-11-10"
    for href in ("/v1/statements/4", "/v1/treaties/5", "/v1/events/3"):
        form = curator.get(href).get_json()
        assert curator.patch(href, json={"date_edtf" if "treaties" not in href else "signed_edtf": None},
                             content_type="application/merge-patch+json").status_code == 200
        assert curator.get(href).get_json() | {"version": 0, "updated_at": 0} == form | {"version": 0,
                                                                                       "updated_at": 0}


def test_down_and_up_again_keeps_the_records(old_database):
    db.close_all()
    with db.database.connection_context():
        # Down to the migration before this one: the later ones go first, then 0009.
        assert migrations.runner().down(target="0009_dates")[-1] == "0009_dates"
        assert migrations.pending_on_open_connection()[0] == "0009_dates"
        assert "date_edtf" not in {c.name for c in db.database.obj.get_columns("event")}
    assert "0009_dates" in migrations.upgrade()
    client = old_database.test_client()
    assert client.get("/v1/events/4").get_json()["date_edtf"] == "2014-08"
    assert [s["id"] for s in client.get("/v1/events/1").get_json()["sources"]] == [7]
