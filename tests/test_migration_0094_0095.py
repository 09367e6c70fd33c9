"""Migrations 0094 (events27) and 0095 (figures27) on the engine under test: an actor relation and a treaty's
status change stored before read back as before, with the new parts empty (no seniority said; the status not
marked de facto); afterwards they take them; down past both then up again keeps the old data. (The new fields
through HTTP: tests/test_events27.py, tests/test_figures27.py.)"""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, old_status_change, serving

BEFORE = "0093_wider_term_columns"
APPLIED = ("0094_claimed_outcomes_in_force_seniority", "0095_figure_comparison_by")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0093 holding an adviser relation and a ceasefire with one status change."""
    with database_at(dbs, BEFORE, "at_0093_round27") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        for actor_id, actor_name in ((1, "A faction leader"), (2, "His aide")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=actor_id, name=actor_name, kind="person", unidentified=False, **STAMPS).execute()
        table("actor_relation", "subject_id", "actor_id", "relation", "position", "attribution",
              "support_kinds").insert(subject_id=2, actor_id=1, relation="adviser_to", position=0,
                                      attribution="source", support_kinds="[]").execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases", "unidentified").insert(
            id=1, name="A truce", kind="ceasefire", status="collapsed", date_precision="day", phases="[]", unidentified=False,
            **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        old_status_change(table, "collapsed", datetime.date(1998, 12, 5), attribution="source")
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert set(APPLIED) <= set(applied)
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _old_parts(client):
    [relation] = client.get("/v1/actors/2?include=relations").get_json()["relations"]
    [change] = client.get("/v1/treaties/1").get_json()["status_history"]
    return relation, change


def test_old_rows_read_as_before_and_then_take_the_new_parts(old_database):
    client = old_database.test_client()
    relation, change = _old_parts(client)
    assert (relation["relation"], relation["seniority"]) == ("adviser_to", None)
    assert (change["status"], change["de_facto"]) == ("collapsed", False)
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    relations = [{"actor_id": 1, "relation": "adviser_to", "seniority": "senior", "source_ids": [1]}]
    patched = client.patch("/v1/actors/2", headers=headers, json={"relations": relations})
    assert patched.status_code == 200, patched.get_json()["errors"]
    assert client.get("/v1/actors?relation_seniority=senior").get_json()["items"][0]["id"] == 2


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert not {"seniority"} & {c.name for c in db.database.obj.get_columns("actor_relation")}
        assert not {"de_facto"} & {c.name for c in db.database.obj.get_columns("treaty_status_change")}
        applied = migrations.upgrade()
        assert set(APPLIED) <= set(applied)
    db.close_all()
    relation, change = _old_parts(old_database.test_client())
    assert (relation["seniority"], change["de_facto"]) == (None, False)
