"""Migration 0007 carries existing figures forward on the engine under test: same IDs, values, claimants and
sources; a figure of people counts everyone (category total), others have no category; all ranked normal,
published, qualifier not said. The death filters read the same figure a single figure always was, and an
old revision of the event (its figures in the old input form) still restores."""
import datetime

import orjson
import pytest

from api import db
from api.models import PORTABLE_MODELS, Revision, Token
from api.services import migrations
from old_databases import NOW, RECORD, STAMPS, database_at, old_token, serving

BEFORE = "0006_credentials_redaction"
SECRET = "old-secret-" + "x" * 40
# id -> (quantity, low, best, high, unit, claimant): the shapes version 0006 stored.
OLD_FIGURES = {41: ("deaths", None, 120, None, "people", 2), 42: ("deaths", 300, None, 500, "people", 1),
               43: ("area", None, 12.5, None, "km2", None), 44: ("count", None, 3, None, "items", None)}
OLD_INPUT = {"title": "Shelling", "type": "ASSAULT", "date_start": "2020-10-28", "date_end": None,
             "date_precision": "day", "place_id": None, "location_precision": None, "mode": None, "context": None,
             "summary": None, "parent_id": None, "participants": [], "treaties": [], "source_ids": [1],
             "figures": [{"id": i, "quantity": q, "low": lo, "best": b, "high": h, "unit": u, "as_of": None,
                          "claimant_id": c, "note": None, "source_ids": [1]}
                         for i, (q, lo, b, h, u, c) in OLD_FIGURES.items()]}


@pytest.fixture
def old_database(dbs, shared_app):
    with database_at(dbs, BEFORE, "at_0006") as (name, url, table):
        old_token(table, 1, SECRET, name="curator", role="admin")
        table("source", *RECORD, "title").insert(id=1, title="Report", **STAMPS).execute()
        actor = table("actor", *RECORD, "name", "kind")
        for actor_id in (1, 2):
            actor.insert(id=actor_id, name=f"Actor {actor_id}", kind="state", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision").insert(
            id=1, title="Shelling", type="ASSAULT", date_start=datetime.date(2020, 10, 28), date_precision="day",
            **(STAMPS | {"version": 2})).execute()
        table("event_source", "event_id", "source_id", "position").insert(
            event_id=1, source_id=1, position=0).execute()
        figure = table("figure", "id", "event_id", "quantity", "low", "best", "high", "unit", "claimant_id",
                       "position")
        figure_source = table("figure_source", "figure_id", "source_id", "position")
        for position, (figure_id, (q, lo, b, h, u, c)) in enumerate(OLD_FIGURES.items()):
            figure.insert(id=figure_id, event_id=1, quantity=q, low=lo, best=b, high=h, unit=u, claimant_id=c,
                          position=position).execute()
            figure_source.insert(figure_id=figure_id, source_id=1, position=0).execute()
        revision = table("revision", "id", "kind", "record_id", "version", "action", "at", "data", "token_id",
                         "token_name")
        for version in (1, 2):
            data = OLD_INPUT if version == 1 else {**OLD_INPUT, "title": "Shelling of the town"}
            revision.insert(id=version, kind="events", record_id=1, version=version, at=NOW, token_id=1,
                            action="create" if version == 1 else "update", token_name="curator",
                            data=orjson.dumps(data).decode()).execute()
    assert migrations.upgrade()[0] == "0007_claims"
    with db.database.connection_context():   # the rows above chose their IDs: move PostgreSQL's sequences on
        db.reset_sequences(PORTABLE_MODELS + [Revision, Token])
    with serving(shared_app, dbs, name, url) as app:
        yield app.test_client(token=f"cf_1_{SECRET}")


def test_figures_keep_ids_and_meaning(old_database):
    figures = old_database.get("/v1/events/1?include=figures").get_json()["figures"]
    assert [f["id"] for f in figures] == list(OLD_FIGURES)
    assert [(f["quantity"], f["low"], f["best"], f["high"], f["unit"]) for f in figures] == [
        (q, lo, b, h, u) for q, lo, b, h, u, _ in OLD_FIGURES.values()]
    assert [f["claimant"]["id"] if f["claimant"] else None for f in figures] == [2, 1, None, None]
    assert [f["category"] for f in figures] == ["total", "total", None, None]
    assert {(f["rank"], f["qualifier"], f["published"], f["suffered_by"], f["subset"]) for f in figures} == {
        ("normal", None, True, None, None)}
    assert [f["sources"][0]["id"] for f in figures] == [1, 1, 1, 1]


def test_death_filters_read_the_first_total_and_old_revisions_restore(old_database):
    assert [e["id"] for e in old_database.get("/v1/events?min_deaths=100").get_json()["items"]] == [1]
    assert old_database.get("/v1/events?min_deaths=300").get_json()["items"] == []
    restored = old_database.post("/v1/events/1/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code in (200, 201), restored.get_json()
    event = old_database.get("/v1/events/1?include=figures").get_json()
    assert event["title"] == "Shelling" and [f["id"] for f in event["figures"]] == list(OLD_FIGURES)
    assert [f["category"] for f in event["figures"]] == ["total", "total", None, None]
