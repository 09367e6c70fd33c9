"""Migration 0106 (rel31) on the engine under test: every relation stored before (event, statement, treaty, event ->
statement, statement -> event, actor, place) reads back with no claim said (claimant null, attribution source, no
sources, no degree), then takes a claim and stands twice with two claimants, and is found by the claim filters;
down to 0104 keeps the old relations (the first of a relation listed twice), and up again reads them as before.
(The claim through HTTP: tests/test_relation_claims.py.)"""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from helpers import NO_CLAIM
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0104_event_sites_near"
APPLIED = "0106_relation_claims"
# record path, list, the other record's key as shown, its ID: one relation of each kind, from record 2 to record 1
RELATIONS = (("events/2", "relations", "event"), ("events/2", "statement_relations", "statement"),
             ("statements/2", "relations", "statement"), ("statements/2", "event_relations", "event"),
             ("treaties/2", "relations", "treaty"), ("actors/2", "relations", "actor"),
             ("places/2", "relations", "place"))
LISTS = ("conditions", "other_quotes", "other_stances", "requests", "offers", "other_languages", "refusals",
         "not_agreed", "not_said", "announcements", "pledges", "threats", "intentions")   # a statement's, JSON
TABLES = ("event_relation", "event_statement_relation", "statement_relation", "statement_event_relation",
          "treaty_relation", "actor_relation", "place_relation")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0104 holding two records of each kind, the second related to the first."""
    with database_at(dbs, BEFORE, "at_0104_rel31") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        for ident in (1, 2):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=ident, name=f"Actor {ident}", kind="state", unidentified=False, **STAMPS).execute()
            table("place", *RECORD, "name", "kind").insert(id=ident, name=f"Place {ident}", kind="city",
                                                          **STAMPS).execute()
            table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
                id=ident, title=f"Talks {ident}", type="CONSULT", date_start=datetime.date(2020, 1, ident),
                date_precision="day", site_categories="[]", **STAMPS).execute()
            table("event_source", "event_id", "source_id", "position").insert(event_id=ident, source_id=1,
                                                                              position=0).execute()
            table("statement", *RECORD, "speaker_id", "date", "medium", "date_precision", *LISTS).insert(
                id=ident, speaker_id=1, date=datetime.date(2020, 1, ident), medium="speech", date_precision="day",
                **dict.fromkeys(LISTS, "[]"), **STAMPS).execute()
            table("statement_source", "statement_id", "source_id", "position").insert(
                statement_id=ident, source_id=1, position=0).execute()
            table("treaty", *RECORD, "name", "kind", "status", "phases", "unidentified").insert(
                id=ident, name=f"Accord {ident}", kind="ceasefire", status="agreed", phases="[]", unidentified=False,
                **STAMPS).execute()
            table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=ident, source_id=1,
                                                                                position=0).execute()
        rows = {"event_relation": {"subject_id": 2, "event_id": 1, "relation": "in_response_to"},
                "event_statement_relation": {"subject_id": 2, "statement_id": 1, "relation": "in_response_to"},
                "statement_relation": {"subject_id": 2, "statement_id": 1, "relation": "confirms"},
                "statement_event_relation": {"subject_id": 2, "event_id": 1, "relation": "in_response_to"},
                "treaty_relation": {"owner_id": 2, "treaty_id": 1, "relation": "builds_on"},
                "actor_relation": {"subject_id": 2, "actor_id": 1, "relation": "backed_by", "attribution": "source",
                                   "support_kinds": "[]"},
                "place_relation": {"subject_id": 2, "place_id": 1, "relation": "near", "attribution": "source"}}
        for name_, row in rows.items():
            table(name_, *row, "position").insert(**row, position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _headers(app):
    return {"Authorization": f"Bearer {app.config['TEST_CURATOR']}", "If-Match": "*"}


def _claims(client):
    found = []
    for path, field, _ in RELATIONS:
        items = client.get(f"/v1/{path}?include=").get_json()[field]
        found.append([{key: item[key] for key in NO_CLAIM} for item in items])
    return found


def test_old_relations_read_with_no_claim_then_take_one_twice(old_database):
    client = old_database.test_client()
    assert _claims(client) == [[NO_CLAIM]] * len(RELATIONS)
    for path, field, other in RELATIONS:
        relation = client.get(f"/v1/{path}?include=").get_json()[field][0]["relation"]
        said = {f"{other}_id": 1, "relation": relation, "degree": "partly", "source_ids": [1]}
        response = client.patch(f"/v1/{path}", headers=_headers(old_database), json={field: [
            {**said, "claimant_id": 1}, {**said, "attribution": "unnamed", "claimant_words": "officials"}]})
        assert response.status_code == 200, (path, response.get_json())
    assert _claims(client)[0] == [
        {**NO_CLAIM, "claimant": 1, "attribution": "named", "degree": "partly", "sources": [1]},
        {**NO_CLAIM, "attribution": "unnamed", "claimant_words": "officials", "degree": "partly", "sources": [1]}]
    for kind, prefix in (("events", "relation"), ("events", "statement_relation"), ("statements", "relation"),
                         ("statements", "event_relation"), ("treaties", "relation"), ("actors", "relation"),
                         ("places", "relation")):
        found = client.get(f"/v1/{kind}?{prefix}_claimant=1&{prefix}_degree=partly&{prefix}_source=1").get_json()
        assert [item["id"] for item in found["items"]] == [2], (kind, prefix)


def test_down_and_up_again(old_database):
    client = old_database.test_client()
    response = client.patch("/v1/treaties/2", headers=_headers(old_database), json={"relations": [
        {"treaty_id": 1, "relation": "builds_on", "claimant_id": 1},
        {"treaty_id": 1, "relation": "builds_on", "claimant_id": 2}]})
    assert response.status_code == 200, response.get_json()
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        for table in TABLES:
            assert "degree" not in {c.name for c in database.get_columns(table)}, table
            assert database.execute_sql(f"SELECT relation FROM {table}").fetchall(), table
        assert not database.table_exists("treaty_relation_source")
        assert database.execute_sql("SELECT owner_id, treaty_id FROM treaty_relation").fetchall() == [(2, 1)]
        assert APPLIED in migrations.upgrade()
    db.close_all()
    assert _claims(client) == [[NO_CLAIM]] * len(RELATIONS)
