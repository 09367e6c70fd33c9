"""Migration 0122 (treaties37) on the engine under test: a party's participation and a status change stored before,
each with a date given only relative to the entry before it ("date": null with the default "precision": "day"),
read precision unknown afterwards, while dated ones keep day; a provision stored before reads no degree, then takes
one and is found by it; down to 0120 puts day back and drops the column, up again reads unknown. (The new fields
through HTTP: tests/test_treaties37.py.)"""
import json

import pytest

from api import db
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, serving, upgrade_with_curator

BEFORE = "0120_act_subjects_issue_refs"
APPLIED = "0122_participation_covers_undated"
DATED = {"date": "2024-03-01", "date_end": None, "precision": "day", "precision_end": None, "time": None,
         "time_end": None, "time_zone": None, "bound": None, "part": None, "part_end": None, "relative": None,
         "edtf": "2024-03-01"}
LATER = {**DATED, "date": None, "edtf": None, "relative": {
    "relation": "after", "anchor": "previous_entry", "event_id": None, "treaty_id": None, "treaty_status": None,
    "elapsed": None, "words": "later"}}


def _text(value):
    return json.dumps(value, separators=(",", ":"))


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0120 holding a treaty whose party joined, then withdrew later, and whose status changed later."""
    with database_at(dbs, BEFORE, "at_0120_treaties37") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="Government", kind="state", unidentified=False, **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases", "unidentified").insert(
            id=1, name="Plan", kind="ceasefire", status="in_force", date_precision=None, phases="[]",
            unidentified=False, **STAMPS).execute()
        participation = [{"change": "joined", "date": DATED, "source_ids": [1], "note": None},
                         {"change": "withdrew", "date": LATER, "source_ids": [1], "note": None}]
        table("treaty_party", "id", "treaty_id", "actor_id", "position", "role", "participation", "source_ids").insert(
            id=1, treaty_id=1, actor_id=1, position=0, role="party", participation=_text(participation),
            source_ids="[]").execute()
        table("treaty_status_change", "id", "treaty_id", "status", "date", "day", "attribution", "rank",
              "position").insert(
            [{"id": 1, "treaty_id": 1, "status": "in_force", "date": _text(DATED), "day": "2024-03-01",
              "attribution": "source", "rank": "normal", "position": 0},
             {"id": 2, "treaty_id": 1, "status": "extended", "date": _text(LATER), "day": None,
              "attribution": "source", "rank": "normal", "position": 1}]).execute()
        table("treaty_status_change_source", "change_id", "source_id", "position").insert(
            [{"change_id": n, "source_id": 1, "position": 0} for n in (1, 2)]).execute()
        empty = dict.fromkeys(("figures", "deadlines", "site_categories", "covers", "source_ids", "links",
                               "conditions"), "[]")
        table("provision", "id", "treaty_id", "type", "summary", "position", *empty).insert(
            id=5, treaty_id=1, type="autonomy", summary="Provinces govern themselves.", position=0,
            **empty).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        applied = upgrade_with_curator(shared_app)
    assert APPLIED in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _reads_after(client):
    got = client.get("/v1/treaties/1?include=parties,status_history,provisions").get_json()
    joined, withdrew = got["parties"][0]["participation"]
    assert (joined["date"]["precision"], joined["date"]["date"]) == ("day", "2024-03-01")
    assert (withdrew["date"]["precision"], withdrew["date"]["relative"]["words"]) == ("unknown", "later")
    assert (withdrew["covers_proportion"], withdrew["provisions"]) == (None, [])
    assert [c["date"]["precision"] for c in got["status_history"]] == ["day", "unknown"]
    assert got["provisions"][0]["degree"] is None
    return got


def test_old_records_read_unknown_and_the_new_fields_empty_then_take_them(old_database):
    client = old_database.test_client()
    got = _reads_after(client)
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    response = client.patch("/v1/treaties/1", headers=headers, json={"provisions": [{
        "id": got["provisions"][0]["id"], "type": "autonomy", "summary": "Provinces govern themselves.",
        "degree": "largely"}]})
    assert response.status_code == 200, response.get_json()["errors"]
    assert response.get_json()["provisions"][0]["degree"] == "largely"
    assert [t["id"] for t in client.get("/v1/treaties?provision_degree=largely").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "degree" not in {c.name for c in db.database.obj.get_columns("provision")}
        stored = db.database.obj.execute_sql("SELECT participation FROM treaty_party WHERE id = 1").fetchone()[0]
        assert [c["date"]["precision"] for c in json.loads(stored)] == ["day", "day"]
        stored = db.database.obj.execute_sql("SELECT date FROM treaty_status_change WHERE id = 2").fetchone()[0]
        assert json.loads(stored) == LATER
        applied = migrations.upgrade()
        assert APPLIED in applied
    db.close_all()
    _reads_after(old_database.test_client())
