"""Migration 0107 (acts31) on the engine under test: a provision and an event's treaty link stored before read no
claimant words, a statement's act items read no target and its actor_action condition no actor_words; afterwards
they take them and are found by them; down to 0104 then up again keeps the old data. (The new fields through HTTP:
tests/test_acts31.py.)"""
import datetime

import pytest

from api import db
from api.models import Statement
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, serving, upgrade_with_curator

BEFORE = "0104_event_sites_near"
APPLIED = ("0107_act_targets_and_unnamed_claimants",)
WORDS = ("claimant_words", "claimant_kind", "claimant_country")
UNNAMED = {"attribution": "unnamed", "claimant_words": "diplomats", "claimant_kind": "government_body"}


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0104 holding a truce with a conditioned provision, an event breaching it (said by the truce's
    first party) and a threat with a condition."""
    with database_at(dbs, BEFORE, "at_0104_acts31") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            [{"id": n, "name": named, "kind": "state", "unidentified": False, **STAMPS}
             for n, named in ((1, "Government"), (2, "Front"))]).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases", "unidentified").insert(
            id=1, name="Truce", kind="ceasefire", status="signed", date_precision=None, phases="[]",
            unidentified=False, **STAMPS).execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories", "covers", "links", "source_ids", "claimant_id", "attribution").insert(
            id=5, treaty_id=1, type="prisoner_release", summary="Prisoners are freed.", position=0,
            conditions='[{"type":"actor_action","actor_id":2,"action":"lays down arms"}]', claimant_id=1,
            attribution="named", **dict.fromkeys(("figures", "deadlines", "site_categories", "covers", "links",
                                                  "source_ids"), "[]")).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Shelling", type="ASSAULT", date_start=datetime.date(2021, 3, 5), date_precision="day",
            site_categories="[]", **STAMPS).execute()
        table("event_treaty", "id", "event_id", "treaty_id", "link", "position", "claimant_id", "attribution").insert(
            id=3, event_id=1, treaty_id=1, link="breaches", position=0, claimant_id=1, attribution="named").execute()
        Statement.insert(id=1, speaker=2, date=datetime.date(2021, 3, 2), date_precision="day", medium="video",
                         threats='[{"action":"military_operations","about_actor_ids":[]}]',
                         conditions='[{"type":"actor_action","actor_id":1,"action":"attacks"}]', **STAMPS).execute()
        for kind, owner in (("treaty", "treaty_id"), ("statement", "statement_id"), ("event", "event_id")):
            table(f"{kind}_source", owner, "source_id", "position").insert(**{owner: 1}, source_id=1,
                                                                          position=0).execute()
        applied = upgrade_with_curator(shared_app)
    assert set(APPLIED) <= set(applied)
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _read(client):
    provision = client.get("/v1/treaties/1?include=provisions").get_json()["provisions"][0]
    link = client.get("/v1/events/1").get_json()["treaties"][0]
    statement = client.get("/v1/statements/1").get_json()
    return provision, link, statement


def test_old_records_read_the_new_fields_empty_then_take_them(old_database):
    client = old_database.test_client()
    provision, link, statement = _read(client)
    assert [provision[name] for name in WORDS] == [None, None, None]
    assert (provision["claimant"], provision["attribution"], provision["conditions"][0]["actor_words"]) == (
        1, "named", None)
    assert ([link[name] for name in WORDS], link["claimant"], link["link"]) == ([None, None, None], 1, "breaches")
    threat = statement["threats"][0]
    assert (threat["target_actors"], threat["target_groups"], threat["target_words"]) == ([], [], None)
    assert statement["conditions"][0]["actor_words"] is None
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    for path, body in (
            ("/v1/treaties/1", {"provisions": [{"id": 5, "type": "prisoner_release", "summary": "Prisoners are freed.",
                                                "conditions": [{"type": "actor_action", "actor_words": "any freed "
                                                                "prisoner", "action": "returns to violence"}],
                                                "claimant_id": 1, **UNNAMED}]}),
            ("/v1/events/1", {"treaties": [{"treaty_id": 1, "link": "breaches", **UNNAMED}]}),
            ("/v1/statements/1", {"about_actor_ids": [1], "threats": [
                {"action": "military_operations", "target_actor_ids": [1], "target_groups": ["hostages"]}]})):
        patched = client.patch(path, headers=headers, json=body)
        assert patched.status_code == 200, patched.get_json()
    for kind, query in (("treaties", "claimant_kind=government_body"), ("treaties", "condition_actor_known=false"),
                        ("events", "claimant_kind=government_body"), ("statements", "act_target=1"),
                        ("statements", "act_target_group=hostages"), ("statements", "condition_actor_known=true")):
        assert [r["id"] for r in client.get(f"/v1/{kind}?{query}").get_json()["items"]] == [1], query


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        for table in ("provision", "event_treaty"):
            assert not set(WORDS) & {c.name for c in db.database.obj.get_columns(table)}
        rows = db.database.obj.execute_sql("SELECT id, claimant_id, attribution FROM event_treaty").fetchall()
        assert rows == [(3, 1, "named")]
        applied = migrations.upgrade()
        assert set(APPLIED) <= set(applied)
    db.close_all()
    provision, link, statement = _read(old_database.test_client())
    assert (provision["summary"], provision["claimant"], provision["claimant_words"]) == ("Prisoners are freed.", 1, None)
    assert (link["claimant"], link["claimant_words"]) == (1, None)
    assert statement["threats"][0]["action"] == "military_operations"
