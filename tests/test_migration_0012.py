"""Migration 0012 carries sources forward on the engine under test: each gets the EDTF form of its published
day (null where it had none), day precision, no bracket and no bound; a source revision in the old shape still
restores; times are kept; down gives the old shape back (a bracket keeps its first day, a part of the day
goes) and up again works."""
import datetime

import pytest

from api import db
from api.services import migrations
from old_databases import STAMPS, database_at, old_revision, serving

BEFORE = "0011_treaty_structure"
OLD_INPUT = {"url": None, "title": "Report", "publisher": "Example News", "published_date": "2023-01-13",
             "retrieved_date": None, "excerpt": None}
PUBLISHED = ("published_date", "published_end", "published_precision", "published_bound", "published_edtf")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0011 holding two sources (one dated), an event at a clock time and a source
    revision, then upgraded."""
    with database_at(dbs, BEFORE, "at_0011") as (name, url, table):
        source = table("source", "id", "version", "created_at", "updated_at", "title", "publisher", "published_date")
        source.insert(id=1, title="Report", publisher="Example News", published_date=datetime.date(2023, 1, 13),
                      **STAMPS).execute()
        source.insert(id=2, title=None, publisher="Reuters", published_date=None, **STAMPS).execute()
        table("event", "id", "version", "created_at", "updated_at", "title", "type", "date_start", "date_end",
              "date_precision", "time_start", "time_zone", "date_edtf").insert(
            id=1, title="Old", type="FIGHT", date_start=datetime.date(2023, 1, 12), date_end=None,
            date_precision="day", time_start="18:30", time_zone="+03:00", date_edtf="2023-01-12T18:30:00+03:00/",
            **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        old_revision(table, "sources", OLD_INPUT)
        applied = migrations.upgrade()
        from api.models import Event, Revision, Source
        db.reset_sequences([Source, Event, Revision])
    assert applied[0] == "0012_source_dates"   # and whatever follows it
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _curator(app):
    from api.services import tokens as token_service

    with db.database.connection_context():
        _, secret = token_service.create("migration curator", "curator")
    return {"Authorization": f"Bearer {secret}"}


def test_sources_get_the_edtf_of_their_day_and_nothing_else(old_database):
    client = old_database.test_client()
    one, two = (client.get(f"/v1/sources/{i}").get_json() for i in (1, 2))
    assert [one[n] for n in PUBLISHED] == ["2023-01-13", None, "day", None, "2023-01-13"]
    assert [two[n] for n in PUBLISHED] == [None, None, "day", None, None]
    event = client.get("/v1/events/1").get_json()
    assert (event["time_start"], event["date_edtf"]) == ("18:30", "2023-01-12T18:30:00+03:00/")


def test_an_old_revision_restores_and_a_bracket_can_be_written(old_database):
    client = old_database.test_client()
    headers = _curator(old_database)
    restored = client.post("/v1/sources/1/revisions/1/restore", headers={**headers, "If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert restored.get_json()["published_edtf"] == "2023-01-13"
    patched = client.patch("/v1/sources/1", json={"published_edtf": "2023-01-10/2023-01-26"},
                           headers={**headers, "If-Match": "*"})
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["published_end"] == "2023-01-26"


def test_down_gives_the_old_shape_back_and_up_again_works(old_database):
    client = old_database.test_client()
    headers = {**_curator(old_database), "If-Match": "*"}
    assert client.patch("/v1/sources/1", json={"published_end": "2023-01-26"}, headers=headers).status_code == 200
    assert client.patch("/v1/events/1", json={"time_start": "evening"}, headers=headers).status_code == 200
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        assert "published_edtf" not in {c.name for c in database.get_columns("source")}
        assert database.execute_sql("SELECT published_date FROM source WHERE id = 1").fetchone()[0] is not None
        assert database.execute_sql("SELECT time_start FROM event WHERE id = 1").fetchone()[0] is None
        assert "0012_source_dates" in migrations.upgrade()
    again = client.get("/v1/sources/1").get_json()
    assert [again[n] for n in PUBLISHED] == ["2023-01-13", None, "day", None, "2023-01-13"]
