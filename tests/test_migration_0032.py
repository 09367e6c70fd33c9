"""Migration 0032 on the engine under test: an existing figure reads back with verification null and takes one
afterwards; a provision's figure stored before provisions took every figure's fields (schemas/figure_values.py)
reads back unchanged, the new fields null, and is accepted again as it was read; down then up again keeps them."""
import datetime

import orjson
import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0030_import_jobs"
OLD_FIGURE = {"quantity": "zone_width", "qualifier": "at_least", "low": None, "best": 50, "high": None, "unit": "km",
              "actor_id": None, "note": "artillery of 100 mm calibre and more"}


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0030 holding an event with a figure and a treaty whose provision has a figure."""
    with database_at(dbs, BEFORE, "at_0030") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="UN report", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision").insert(
            id=1, title="Strike on the market", type="ASSAULT", date_start=datetime.date(2024, 2, 17),
            date_precision="day", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("figure", "id", "event_id", "quantity", "best", "unit", "category", "attribution", "position",
              "published", "rank").insert(id=7, event_id=1, quantity="deaths", best=30, unit="people",
                                          category="total", attribution="source", position=0, published=True,
                                          rank="normal").execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=7, source_id=1,
                                                                            position=0).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "in_force_precision", "phases").insert(phases="[]",
            id=1, name="A ceasefire", kind="ceasefire", status="in_force", date_precision="day",
            in_force_precision="day", **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("provision", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories").insert(treaty_id=1, type="weapons_withdrawal", summary="Guns pulled back.",
                                        position=0, figures=orjson.dumps([OLD_FIGURE]).decode(), deadlines="[]",
                                        conditions="[]", site_categories="[]").execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0032_figure_verification" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_figures_read_back_and_take_verification(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    event = client.get("/v1/events/1?include=figures").get_json()
    assert (event["figures"][0]["best"], event["figures"][0]["verification"]) == (30, None)
    provision = client.get("/v1/treaties/1").get_json()["provisions"][0]
    read = provision["figures"][0]
    assert {k: read[k] for k in OLD_FIGURE if k != "actor_id"} == {k: v for k, v in OLD_FIGURE.items() if k != "actor_id"}
    assert read["actors"] == []   # (actor_ids: 0113)
    assert all(read[k] is None for k in ("per", "counted", "vague", "category", "subset", "verification"))
    # the old provision, sent back as read, is accepted and unchanged
    again = {k: v for k, v in read.items() if k not in ("actors", "claimant", "sources")}
    response = client.patch("/v1/treaties/1", headers=headers, json={"provisions": [
        {"id": provision["id"], "type": "weapons_withdrawal", "summary": "Guns pulled back.", "figures": [again]}]})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["provisions"][0]["figures"] == [read]
    response = client.patch("/v1/events/1", headers=headers, json={"figures": [
        {"id": 7, "quantity": "deaths", "best": 30, "unit": "people", "source_ids": [1],
         "verification": "could_not_verify"}]})
    assert response.status_code == 200, response.get_json()
    assert client.get("/v1/events/1?include=figures").get_json()["figures"][0]["verification"] == "could_not_verify"


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "verification" not in {c.name for c in db.database.obj.get_columns("figure")}
        assert "0032_figure_verification" in migrations.upgrade()
        assert "verification" in {c.name for c in db.database.obj.get_columns("figure")}
    db.close_all()
