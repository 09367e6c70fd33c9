"""Migration 0016 carries claims forward on the engine under test: each claim (a figure, an event claim, a
treaty status change, an implementation entry) gains `attribution`, `named` where it names a claimant and
`source` where it does not, so old data keeps its meaning."""
import datetime

import pytest

from api import db
from api.services import migrations
from old_databases import STAMPS, database_at, old_status_change, old_truce, serving

BEFORE = "0015_provision_details"
TABLES = ("figure", "event_claim", "treaty_status_change", "implementation")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0015 holding an event with two figures and a claim, and a treaty with a status
    change and a provision's implementation entry, then upgraded."""
    with database_at(dbs, BEFORE, "at_0015") as (name, url, table):
        table("source", "id", "version", "created_at", "updated_at", "title").insert(id=1, title="Report",
                                                                                  **STAMPS).execute()
        table("actor", "id", "version", "created_at", "updated_at", "name", "kind").insert(
            id=1, name="Sudan", kind="state", **STAMPS).execute()
        table("event", "id", "version", "created_at", "updated_at", "title", "type", "date_start",
              "date_precision").insert(id=1, title="Clashes", type="FIGHT", date_start=datetime.date(2023, 5, 1),
                                       date_precision="day", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        for figure_id, claimant in ((1, 1), (2, None)):
            table("figure", "id", "event_id", "quantity", "best", "unit", "category", "published", "claimant_id",
                  "rank", "position").insert(id=figure_id, event_id=1, quantity="deaths", best=10, unit="people",
                                             category="total", published=True, claimant_id=claimant,
                                             rank="normal", position=figure_id).execute()
            table("figure_source", "figure_id", "source_id", "position").insert(
                figure_id=figure_id, source_id=1, position=0).execute()
        table("event_claim", "id", "event_id", "place_id", "claimant_id", "rank", "position").insert(
            id=1, event_id=1, place_id=None, claimant_id=None, rank="normal", position=0).execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=1, source_id=1,
                                                                                position=0).execute()
        old_truce(table)
        old_status_change(table, "in_force", datetime.date(2023, 5, 22), claimant_id=1)
        applied = migrations.upgrade()
    assert "0016_attribution" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_claims_read_as_named_or_source(old_database):
    client = old_database.test_client()
    event = client.get("/v1/events/1").get_json()
    assert [f["attribution"] for f in event["figures"]] == ["named", "source"]
    assert [c["attribution"] for c in event["claims"]] == ["source"]
    treaty = client.get("/v1/treaties/1?include=status_history").get_json()
    assert [c["attribution"] for c in treaty["status_history"]] == ["named"]
    assert [e["id"] for e in client.get("/v1/events?attribution=source").get_json()["items"]] == [1]
    assert client.get("/v1/events?attribution=unnamed").get_json()["items"] == []


def test_down_and_up_again(old_database):
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        for table in TABLES:
            assert "attribution" not in {c.name for c in database.get_columns(table)}
        assert "0016_attribution" in migrations.upgrade()
    assert old_database.test_client().get("/v1/events/1").get_json()["figures"][0]["attribution"] == "named"
