"""Migration 0120 (acts35) on the engine under test: a statement whose refusal and an event whose issues were stored
before read no subject_types and no actors or event for their items; then they take them and are found by
act_subject= and issue_actor=, and the actor and event named cannot be deleted; down to 0117 then up again keeps the
old data. (The new fields through HTTP: tests/test_acts35.py.)"""
import datetime

import pytest

from api import db
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, serving, upgrade_with_curator

BEFORE = "0117_places_scopes"
APPLIED = "0120_act_subjects_issue_refs"
REFUSAL = '[{"action":"further_negotiations","addressee_ids":[],"addressee_words":null,"words":"will not talk"}]'
ISSUES = '[{"type":"sanctions_relief","words":"lifting the arms embargo"}]'


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0117 holding a government, an embargo, talks over lifting it, and a refusal to talk."""
    with database_at(dbs, BEFORE, "at_0117_acts35") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(id=1, name="Government", kind="state",
                                                                       unidentified=False, **STAMPS).execute()
        for ident, title, kind, issues in ((1, "Embargo imposed", "SANCTION", None),
                                           (2, "Talks on the embargo", "CONSULT", ISSUES)):
            table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories",
                  "issues").insert(id=ident, title=title, type=kind, date_start=datetime.date(1999, 5, ident),
                                   date_precision="day", site_categories="[]", issues=issues, **STAMPS).execute()
            table("event_source", "event_id", "source_id", "position").insert(event_id=ident, source_id=1,
                                                                              position=0).execute()
        table("statement", *RECORD, "speaker_id", "date", "date_precision", "medium", "requests", "offers",
              "conditions", "other_quotes", "other_stances", "other_languages", "refusals", "not_agreed",
              "not_said").insert(
            id=1, speaker_id=1, date=datetime.date(1999, 5, 3), date_precision="day", medium="speech",
            requests="[]", offers="[]", conditions="[]", other_quotes="[]", other_stances="[]",
            other_languages="[]", refusals=REFUSAL, not_agreed="[]", not_said="[]", **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        applied = upgrade_with_curator(shared_app)
    assert APPLIED in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _ids(client, query):
    response = client.get(query)
    assert response.status_code == 200, response.get_json()
    return [r["id"] for r in response.get_json()["items"]]


def _read(client):
    return client.get("/v1/statements/1").get_json(), client.get("/v1/events/2").get_json()


def test_old_records_read_the_new_fields_empty_then_take_them(old_database):
    client = old_database.test_client()
    said, talks = _read(client)
    assert (said["refusals"][0]["action"], said["refusals"][0]["subject_types"]) == ("further_negotiations", [])
    assert talks["issues"] == [{"type": "sanctions_relief", "words": "lifting the arms embargo", "actors": [],
                                "event": None}]
    assert _ids(client, "/v1/statements?act_subject=withdrawal") == []
    assert _ids(client, "/v1/events?issue_actor=1") == []
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    for path, body in (
            ("/v1/statements/1", {"refusals": [{"action": "further_negotiations", "subject_types": ["withdrawal"]}]}),
            ("/v1/events/2", {"issues": [{"type": "sanctions_relief", "actor_ids": [1], "event_id": 1}]})):
        patched = client.patch(path, headers=headers, json=body)
        assert patched.status_code == 200, patched.get_json()
    assert _ids(client, "/v1/statements?act_subject=withdrawal") == [1]
    assert _ids(client, "/v1/events?issue_actor=1") == [2]
    for path in ("/v1/events/1", "/v1/actors/1"):
        assert client.delete(path, headers=headers).status_code == 409


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert APPLIED not in migrations.runner().applied()
        assert db.database.obj.execute_sql("SELECT issues FROM event WHERE id = 2").fetchall() == [(ISSUES,)]
        assert APPLIED in migrations.upgrade()
    db.close_all()
    said, talks = _read(old_database.test_client())
    assert (said["refusals"][0]["words"], said["refusals"][0]["subject_types"]) == ("will not talk", [])
    assert (talks["issues"][0]["words"], talks["issues"][0]["actors"], talks["issues"][0]["event"]) == (
        "lifting the arms embargo", [], None)
