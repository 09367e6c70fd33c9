"""Migration 0112 (events33) on the engine under test: an event stored before reads no issues, its claim no
treatment, its covers item no issuer and its relation's elapsed start to start; then it takes them and is found by
issue= and claimed_treatment=; down to 0111 then up again keeps the old data. (The new fields through HTTP:
tests/test_events33.py.)"""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0111_agreed_at"
APPLIED = "0112_event_issues"
CLAIM_LISTS = ("site_categories", "manner", "targeted_groups", "more_equipment")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0111 holding a camp's captivity with a presence claim, and talks a week after it."""
    with database_at(dbs, BEFORE, "at_0111_events33") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(id=1, name="Prisoners", kind="group",
                                                                       unidentified=False, **STAMPS).execute()
        for ident, title, covers in ((1, "Prisoners held", '[{"item":"clothing","kind":"goods","excluded":false}]'),
                                     (2, "Talks stall", "[]")):
            table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories",
                  "covers").insert(id=ident, title=title, type="COERCE" if ident == 1 else "CONSULT",
                                   date_start=datetime.date(1953, 4, 10 * ident), date_precision="day",
                                   site_categories="[]", covers=covers, **STAMPS).execute()
            table("event_source", "event_id", "source_id", "position").insert(event_id=ident, source_id=1,
                                                                              position=0).execute()
        table("event_claim", "id", "event_id", "actor_id", "presence", "attribution", "rank", "position",
              *CLAIM_LISTS).insert(id=3, event_id=1, actor_id=1, presence="at_the_scene", attribution="source",
                                   rank="normal", position=0, **dict.fromkeys(CLAIM_LISTS, "[]")).execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=3, source_id=1,
                                                                                position=0).execute()
        table("event_relation", "subject_id", "event_id", "relation", "elapsed", "attribution", "position").insert(
            subject_id=2, event_id=1, relation="after", elapsed='{"amount":1,"unit":"weeks"}', attribution="source",
            position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _patch(app, path, changes):
    headers = {"Authorization": f"Bearer {app.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    return app.test_client().patch(path, headers=headers, json=changes)


def _ids(client, query):
    return [e["id"] for e in client.get(f"/v1/events?{query}").get_json()["items"]]


def test_old_records_read_the_defaults_then_take_the_new_fields(old_database):
    client = old_database.test_client()
    held = client.get("/v1/events/1?include=claims").get_json()
    assert held["issues"] == [] and held["covers"][0]["issued_by"] is None
    assert (held["claims"][0]["treatment"], held["claims"][0]["treatment_words"]) == ([], None)
    assert held["claims"][0]["presence"] == "at_the_scene"
    elapsed = client.get("/v1/events/2?include=").get_json()["relations"][0]["elapsed"]
    assert (elapsed["amount"], elapsed["unit"], elapsed["counted_from"], elapsed["counted_to"]) == (
        1, "weeks", "start", "start")
    assert _ids(client, "issue=prisoner_release") == [] and _ids(client, "claimed_treatment=humane") == []
    claim = {"id": 3, "actor_id": 1, "presence": "at_the_scene", "attribution": "source", "rank": "normal",
             "source_ids": [1]}
    fair = {"actor_id": 1, "treatment": ["humane"], "attribution": "source", "rank": "normal", "source_ids": [1]}
    patched = _patch(old_database, "/v1/events/1", {"claims": [claim, fair],
                                                    "issues": [{"type": "prisoner_release", "words": None}]})
    assert patched.status_code == 200, patched.get_json()
    assert [c["treatment"] for c in patched.get_json()["claims"]] == [[], ["humane"]]
    assert _ids(client, "issue=prisoner_release") == [1] and _ids(client, "claimed_treatment=humane") == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "issues" not in {c.name for c in db.database.obj.get_columns("event")}
        assert not {"treatment", "treatment_words"} & {c.name for c in db.database.obj.get_columns("event_claim")}
        assert APPLIED in migrations.upgrade()
    db.close_all()
    client = old_database.test_client()
    held = client.get("/v1/events/1?include=claims").get_json()
    assert (held["title"], held["covers"][0]["item"], held["claims"][0]["presence"]) == (
        "Prisoners held", "clothing", "at_the_scene")
    assert client.get("/v1/events/2?include=").get_json()["relations"][0]["elapsed"]["amount"] == 1
