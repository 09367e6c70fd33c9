"""Migration 0026 carries figures forward on the engine under test: an existing figure keeps its ID, its number
and its claimant, now the first (and only) of its claimants, and says nothing vague, no rate, no share, no
relative span; figures may then belong to statements and places, their IDs after the old ones (the counter
kept through SQLite's table rebuild); down then up again keeps the events' figures."""
import datetime

import pytest

from api import db
from api.models import PORTABLE_MODELS
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0024_sourced_relations"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0024 holding an event with two figures (one claimed), a statement and a place."""
    with database_at(dbs, BEFORE, "at_0024") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="UN report", **STAMPS).execute()
        for ident, actor_name in ((1, "United Nations"), (2, "Ministry of Health")):
            table("actor", *RECORD, "name", "kind").insert(id=ident, name=actor_name, kind="state",
                                                           **STAMPS).execute()
        table("place", *RECORD, "name", "kind").insert(id=1, name="Avdiivka", kind="city", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision").insert(
            id=1, title="Strike on the market", type="ASSAULT", date_start=datetime.date(2024, 2, 17),
            date_precision="day", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        figure = table("figure", "id", "event_id", "quantity", "best", "unit", "category", "claimant_id",
                       "attribution", "position", "published", "rank")
        figure.insert(id=7, published=True, rank="normal", event_id=1, quantity="deaths", best=30, unit="people", category="total", claimant_id=2,
                      attribution="named", position=0).execute()
        figure.insert(id=9, published=True, rank="normal", event_id=1, quantity="injured", best=50, unit="people", category="total",
                      attribution="source", position=1).execute()
        for ident in (7, 9):
            table("figure_source", "figure_id", "source_id", "position").insert(figure_id=ident, source_id=1,
                                                                                position=0).execute()
        table("statement", *RECORD, "speaker_id", "date", "medium", "date_precision", "conditions").insert(conditions="[]",
            id=1, speaker_id=2, date=datetime.date(2024, 2, 17), medium="press_release", date_precision="day",
            **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        applied = migrations.upgrade()
        db.reset_sequences(PORTABLE_MODELS)   # past the IDs written above, as a live database's are
        secret = tokens.create("migration curator", "curator")[1]
    assert "0026_figures_as_reported" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _headers(app):
    return {"Authorization": f"Bearer {app.config['TEST_CURATOR']}", "If-Match": "*"}


def test_old_figures_read_back_with_their_claimant_and_nothing_new(old_database):
    client = old_database.test_client()
    claimed, unclaimed = client.get("/v1/events/1?include=figures").get_json()["figures"]
    assert (claimed["id"], claimed["best"], claimed["claimant"]["id"]) == (7, 30, 2)
    assert [c["id"] for c in claimed["claimants"]] == [2] and unclaimed["claimants"] == []
    for name in ("vague", "vague_words", "per", "share_of", "share_of_id", "share_of_key", "period_last",
                 "period_since_event"):
        assert claimed[name] is None and unclaimed[name] is None
    assert [e["id"] for e in client.get("/v1/events?min_deaths=30&max_deaths=30").get_json()["items"]] == [1]
    assert [e["id"] for e in client.get("/v1/events?claimant=2").get_json()["items"]] == [1]
    # a second claimant, and a figure on the statement: a new ID after the old ones
    response = client.patch("/v1/events/1", headers=_headers(old_database), json={"figures": [
        {"id": 7, "quantity": "deaths", "best": 30, "unit": "people", "claimant_ids": [2, 1], "source_ids": [1]},
        {"id": 9}]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/events?claimant=1").get_json()["items"]] == [1]
    response = client.patch("/v1/statements/1", headers=_headers(old_database), json={"figures": [
        {"quantity": "deaths", "vague": "dozens", "unit": "people", "claimant_id": 2, "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["figures"][0]["id"] > 9


def test_down_and_up_again(old_database):
    client = old_database.test_client()
    assert client.patch("/v1/places/1", headers=_headers(old_database), json={"figures": [
        {"quantity": "displaced", "best": 2000, "unit": "people", "source_ids": [1]}]}).status_code == 200
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        assert "figure_claimant" not in database.get_tables()
        assert not {"vague", "statement_id", "owner_place_id"} & {c.name for c in database.get_columns("figure")}
        assert [row[0] for row in database.execute_sql("SELECT id FROM figure ORDER BY id").fetchall()] == [7, 9]
        assert "0026_figures_as_reported" in migrations.upgrade()
    db.close_all()
    claimed = client.get("/v1/events/1?include=figures").get_json()["figures"][0]
    assert [c["id"] for c in claimed["claimants"]] == [2]
