"""Migration 0048 on the engine under test: an existing equipment figure reads back with no equipment, no one
who inflicted it and no further subsets, countries or ages; an existing event and claim name no kinds of site;
an existing presence claim's equipment reads maker_country null. Afterwards each takes the new parts and the
filters find them; down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from helpers import UNNAMED_CRAFT
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0040_figures_as_said"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0040 holding an event with a figure of five aircraft lost, and a presence claim
    naming two Su-24s."""
    with database_at(dbs, BEFORE, "at_0040") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        for actor_id, actor_name in ((1, "India"), (2, "Pakistan Armed Forces")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=actor_id, name=actor_name, kind="state", unidentified=False, **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision").insert(
            id=1, title="Air battle", type="FIGHT", date_start=datetime.date(2025, 5, 7), date_precision="day",
            **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("figure", *FIGURE, "best", "counted").insert(
            id=7, event_id=1, quantity="equipment_lost", unit="items", category="total", attribution="source",
            position=0, published=True, rank="normal", best=5, counted="Indian aircraft").execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=7, source_id=1,
                                                                            position=0).execute()
        table("event_claim", "id", "event_id", "actor_id", "presence", "equipment", "equipment_kind",
              "attribution", "rank", "position").insert(
            id=3, event_id=1, actor_id=2, presence="at_the_scene", attribution="source", rank="normal", position=0,
            equipment='{"kind":"aircraft","model":"J-10","count":2,"qualifier":null}',
            equipment_kind="aircraft").execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=3, source_id=1,
                                                                                position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0048_figures_what_and_whom" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_records_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    event = client.get("/v1/events/1?include=figures,claims").get_json()
    figure, claim = event["figures"][0], event["claims"][0]
    assert (figure["best"], figure["counted"], figure["equipment"], figure["inflicted_by"], figure["inflicted_with"],
            figure["other_subsets"], figure["age"], figure["other_countries"]) == (
        5, "Indian aircraft", None, None, None, [], None, [])
    assert event["site_categories"] == []
    assert (claim["equipment"], claim["site_categories"], claim["site_actor"]) == (
        {"kind": "aircraft", "model": "J-10", "maker_country": None, "count": 2, "qualifier": None, **UNNAMED_CRAFT}, [],
        None)
    assert [e["id"] for e in client.get("/v1/events?claimed_equipment=aircraft").get_json()["items"]] == [1]
    response = client.patch("/v1/events/1", headers=headers, json={
        "site_categories": ["military_sites"],
        "figures": [{"id": 7, "quantity": "equipment_lost", "unit": "items", "best": 5, "source_ids": [1],
                     "equipment": {"kind": "aircraft", "model": "Rafale", "maker_country": "FRA"},
                     "inflicted_by_id": 2}],
        "claims": [{"id": 3, "actor_id": 2, "presence": "at_the_scene", "source_ids": [1],
                    "equipment": {"kind": "aircraft", "model": "J-10", "maker_country": "CHN", "count": 2}},
                   {"site_categories": ["militant_sites"], "site_actor_id": 2, "claimant_id": 1,
                    "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    for query in ("figure_equipment=aircraft", "figure_inflicted_by=2", "site_category=military_sites",
                  "site_category=militant_sites", "site_actor=2"):
        assert [e["id"] for e in client.get(f"/v1/events?{query}").get_json()["items"]] == [1], query


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "equipment" not in {c.name for c in db.database.obj.get_columns("figure")}
        assert "site_categories" not in {c.name for c in db.database.obj.get_columns("event")}
        assert "site_actor_id" not in {c.name for c in db.database.obj.get_columns("event_claim")}
        assert "0048_figures_what_and_whom" in migrations.upgrade()
        assert "inflicted_by_id" in {c.name for c in db.database.obj.get_columns("figure")}
        assert "site_categories" in {c.name for c in db.database.obj.get_columns("event_claim")}
    db.close_all()
    client = old_database.test_client()
    assert [f["best"] for f in client.get("/v1/events/1?include=figures").get_json()["figures"]] == [5]
