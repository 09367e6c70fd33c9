"""Migration 0053 on the engine under test: an existing figure of people freed reads back held as nothing said
and held by no one named (a figure coded before kept "hostages" in `counted`). Afterwards it takes held_as and
holder_ids and the filters find it; a holder cannot be deleted; down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0040_figures_as_said"
PREVIOUS = "0051_event_rollup_actor"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0040 holding an event with a figure of "105 hostages freed"."""
    with database_at(dbs, BEFORE, "at_0040") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="Hamas", kind="non_state_armed_group", unidentified=False, **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision").insert(
            id=1, title="Releases during the truce", type="RETREAT", date_start=datetime.date(2023, 11, 24),
            date_precision="day", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("figure", *FIGURE, "best", "counted").insert(
            id=7, event_id=1, quantity="prisoners_released", unit="people", category="total", attribution="source",
            position=0, published=True, rank="normal", best=105, counted="hostages").execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=7, source_id=1,
                                                                            position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0053_figures_held" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_figures_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    figure = client.get("/v1/events/1?include=figures").get_json()["figures"][0]
    assert (figure["best"], figure["counted"], figure["held_as"], figure["holders"]) == (105, "hostages", None, [])
    assert client.get("/v1/events?figure_held_as=hostages").get_json()["items"] == []
    response = client.patch("/v1/events/1", headers=headers, json={"figures": [
        {"id": 7, "quantity": "prisoners_released", "unit": "people", "best": 105, "counted": "hostages",
         "held_as": "hostages", "holder_ids": [1], "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    for query in ("figure_held_as=hostages", "figure_held_by=1"):
        assert [e["id"] for e in client.get(f"/v1/events?{query}").get_json()["items"]] == [1], query
    assert client.delete("/v1/actors/1", headers=headers).status_code == 409
    assert client.get("/v1/events/1?include=figures").get_json()["figures"][0]["covers_events"] == []


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "held_as" not in {c.name for c in db.database.obj.get_columns("figure")}
        assert "figure_holder" not in db.database.obj.get_tables()
        assert "figure_covered_event" not in db.database.obj.get_tables()
        assert "0053_figures_held" in migrations.upgrade()
        assert "held_as" in {c.name for c in db.database.obj.get_columns("figure")}
        assert "figure_holder" in db.database.obj.get_tables()
        assert "figure_covered_event" in db.database.obj.get_tables()
    db.close_all()
    client = old_database.test_client()
    assert [f["best"] for f in client.get("/v1/events/1?include=figures").get_json()["figures"]] == [105]
