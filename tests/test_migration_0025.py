"""Migration 0025 carries dates and statements forward on the engine under test: an existing event, statement and
source keep their bracket, with an end as precise as their start (date_end_precision null) and the same EDTF; an
existing statement keeps its date and was said nowhere recorded (said_at null). Afterwards a statement may have an
unknown date and a place where it was made; down refuses while a statement has no date, and runs once it has."""
import datetime

import pytest

from api import db
from api.models import Actor, Event, Place, Source, Statement
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0024_sourced_relations"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0024 holding a source, an actor, a place, an event over two months and a statement."""
    with database_at(dbs, BEFORE, "at_0024") as (name, url, table):
        table("source", *RECORD, "title", "published_date", "published_end", "published_precision",
              "published_edtf").insert(id=1, title="Reuters report", published_date=datetime.date(2024, 2, 1),
                                       published_end=datetime.date(2024, 2, 29), published_precision="month",
                                       published_edtf="2024-02", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind").insert(id=1, name="Qatar", kind="state", **STAMPS).execute()
        table("place", *RECORD, "name", "kind").insert(id=1, name="Doha", kind="city", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_end", "date_precision", "date_edtf").insert(
            id=1, title="Talks in Doha", type="CONSULT", date_start=datetime.date(2023, 10, 1),
            date_end=datetime.date(2024, 2, 29), date_precision="month", date_edtf="2023-10/2024-02",
            **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("statement", *RECORD, "speaker_id", "date", "medium", "date_precision", "date_edtf", "conditions").insert(
            id=1, speaker_id=1, date=datetime.date(2024, 2, 19), medium="speech", date_precision="day",
            date_edtf="2024-02-19", conditions="[]", **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        applied = migrations.upgrade()
        db.reset_sequences([Source, Actor, Place, Event, Statement])   # the IDs given above, as if used
        secret = tokens.create("migration curator", "curator")[1]
    assert "0025_dates_said_at" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _headers(app):
    return {"Authorization": f"Bearer {app.config['TEST_CURATOR']}", "If-Match": "*"}


def test_old_dates_read_back_unchanged_and_take_the_new_fields(old_database):
    client = old_database.test_client()
    event = client.get("/v1/events/1").get_json()
    assert (event["date_end_precision"], event["date_edtf"]) == (None, "2023-10/2024-02")
    source = client.get("/v1/sources/1").get_json()
    assert (source["published_end_precision"], source["published_edtf"]) == (None, "2024-02")
    statement = client.get("/v1/statements/1").get_json()
    assert (statement["date"], statement["date_end_precision"], statement["said_at"]) == ("2024-02-19", None, None)
    patched = client.patch("/v1/events/1", headers=_headers(old_database), json={"date_edtf": "2023-10/2024-02-19"},
                           content_type="application/merge-patch+json")
    assert patched.get_json()["date_end_precision"] == "day", patched.get_json()
    made = client.post("/v1/statements", headers=_headers(old_database), json={
        "speaker_id": 1, "date": None, "date_precision": "unknown", "medium": "speech", "said_at_id": 1,
        "source_ids": [1]})
    assert made.status_code == 201, made.get_json()
    assert [s["id"] for s in client.get("/v1/statements?said_at=1&fields=id").get_json()["items"]] == [2]
    assert [s["id"] for s in client.get("/v1/statements?sort=date").get_json()["items"]] == [2, 1]
    assert client.post("/v1/statements", headers=_headers(old_database), json={
        "speaker_id": 1, "date": "2024-02-20", "medium": "speech", "source_ids": [1]}).get_json()["id"] == 3


def test_down_refuses_an_undated_statement_then_goes_down_and_up_again(old_database):
    client = old_database.test_client()
    made = client.post("/v1/statements", headers=_headers(old_database), json={
        "speaker_id": 1, "date": None, "date_precision": "unknown", "medium": "speech", "source_ids": [1]})
    assert made.status_code == 201, made.get_json()
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        with pytest.raises(RuntimeError, match="1 statements have no date"):
            migrations.runner().down(target=BEFORE)
        db.database.execute_sql("DELETE FROM statement_source WHERE statement_id = 2")
        db.database.execute_sql("DELETE FROM statement WHERE id = 2")
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        assert "said_at_id" not in {c.name for c in database.get_columns("statement")}
        assert "date_end_precision" not in {c.name for c in database.get_columns("event")}
        assert "0025_dates_said_at" in migrations.upgrade()
    db.close_all()
    assert client.get("/v1/statements/1").get_json()["date"] == "2024-02-19"
