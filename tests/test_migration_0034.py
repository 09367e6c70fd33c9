"""Migration 0034 on the engine under test: an existing event keeps its date and reads back with date_part null;
its figure reads trend and cause null, its claim reason null, and an old nested claimed date no part; afterwards
each takes the new values, and an event may lose its date (unknown); down refuses while an event has no date,
and runs (then up again) once it has one."""
import datetime

import orjson
import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0032_figure_verification"
OLD_DATES = {"date": "2024-02-17", "date_end": None, "precision": "day", "time": None, "time_end": None,
             "time_zone": None, "bound": None, "edtf": "2024-02-17/"}
# A merge patch's null removes a field (RFC 7396): a JSON Patch sets date_start to null.
UNDATE = [{"op": "replace", "path": "/date_start", "value": None},
          {"op": "replace", "path": "/date_precision", "value": "unknown"},
          {"op": "replace", "path": "/date_edtf", "value": None}]


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0032 holding an event with a figure and a claim about its dates."""
    with database_at(dbs, BEFORE, "at_0032") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="UN report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(id=1, name="Ministry", kind="state",
                                                                  unidentified=False, **STAMPS).execute()
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
        table("event_claim", "id", "event_id", "dates", "claimant_id", "attribution", "rank", "position").insert(
            id=3, event_id=1, dates=orjson.dumps(OLD_DATES).decode(), claimant_id=1, attribution="named",
            rank="normal", position=0).execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=3, source_id=1,
                                                                                position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0034_events_as_reported" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_events_keep_their_meaning_and_take_the_new_fields(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    event = client.get("/v1/events/1?include=figures,claims").get_json()
    assert (event["date_start"], event["date_precision"], event["date_part"]) == ("2024-02-17", "day", None)
    assert (event["figures"][0]["best"], event["figures"][0]["trend"], event["figures"][0]["cause"]) == (30, None, None)
    claim = event["claims"][0]
    assert claim["reason"] is None and claim["dates"]["date"] == "2024-02-17" and not claim["dates"].get("part")
    response = client.patch("/v1/events/1", headers={**headers, "Content-Type": "application/json-patch+json"},
                            json=UNDATE + [{"op": "replace", "path": "/figures", "value": [
        {"id": 7, "quantity": "deaths", "best": 30, "unit": "people", "source_ids": [1], "cause": "missile"}]},
        {"op": "replace", "path": "/claims", "value": [
            {"id": 3, "reason": "military_target", "claimant_id": 1, "source_ids": [1]}]}])
    assert response.status_code == 200, response.get_json()
    event = client.get("/v1/events/1?include=figures,claims").get_json()
    assert (event["date_start"], event["figures"][0]["cause"], event["claims"][0]["reason"]) == (
        None, "missile", "military_target")


def test_down_refuses_while_an_event_has_no_date_then_runs_and_up_again(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/json-patch+json"}
    assert client.patch("/v1/events/1", headers=headers, json=UNDATE).status_code == 200
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        with pytest.raises(RuntimeError, match="no date"):
            migrations.runner().down(target=BEFORE)
        db.database.execute_sql("UPDATE event SET date_start = '2024-02-17', date_precision = 'day'")
        migrations.runner().down(target=BEFORE)
        assert "date_part" not in {c.name for c in db.database.obj.get_columns("event")}
        assert "0034_events_as_reported" in migrations.upgrade()
        assert "reason" in {c.name for c in db.database.obj.get_columns("event_claim")}
    db.close_all()
