"""Migration 0105 (open31) on the engine under test: the record columns of the vocabularies it opens (kinds, roles,
relations, stances, causes, subsets) become 80 characters wide on PostgreSQL (a statement's stance and every
relation were 20, an actor's kind 40); down narrows them again; an actor and a statement stored before keep their
terms and take an 80-character local term after. (Every field of every open vocabulary taking such a term through
HTTP, on both engines: tests/test_local_terms.py.)"""
import datetime
import importlib

import pytest

from api.models import Actor, Statement
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving, widens_and_narrows

BEFORE = "0104_event_sites_near"
TARGET = "0105_open_vocabularies"
COLUMNS = importlib.import_module("migrations." + TARGET).COLUMNS
LONG = ("local:" + "x" * 80)[:80]


def test_up_widens_the_columns_and_down_narrows_them(dbs):
    widens_and_narrows(dbs, BEFORE, TARGET, {(table, column): narrow for table, column, narrow in COLUMNS})


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0104 holding an actor of kind non_state_armed_group and a statement of stance support."""
    with database_at(dbs, BEFORE, "at_0104_open31") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        # the models are 0104's shape (0105 adds no column): their defaults fill the other columns
        Actor.insert(id=1, name="A militia", kind="non_state_armed_group", **STAMPS).execute()
        Statement.insert(id=1, speaker=1, date=datetime.date(2024, 5, 1), date_precision="day", medium="speech",
                         stance="support", **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                   position=0).execute()
        assert TARGET in migrations.upgrade()
        shared_app.config["TEST_ADMIN"] = tokens.create("migration admin", "admin")[1]
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_records_keep_their_terms_then_take_long_local_ones(old_database):
    client = old_database.test_client()
    admin = {"Authorization": f"Bearer {old_database.config['TEST_ADMIN']}"}
    assert client.get("/v1/actors/1").get_json()["kind"] == "non_state_armed_group"
    assert client.get("/v1/statements/1").get_json()["stance"] == "support"
    for vocabulary in ("actor_kinds", "stances"):
        registered = client.post(f"/v1/vocabularies/{vocabulary}/terms", headers=admin,
                                 json={"term": LONG, "description": "A term as long as the columns hold."})
        assert registered.status_code == 201, registered.get_json()
    patch = {**admin, "If-Match": "*", "Content-Type": "application/merge-patch+json"}
    for path, body in (("/v1/actors/1", {"kind": LONG}), ("/v1/statements/1", {"stance": LONG})):
        patched = client.patch(path, headers=patch, json=body)
        assert patched.status_code == 200, patched.get_json()
    assert client.get("/v1/actors/1").get_json()["kind"] == LONG
    assert [s["id"] for s in client.get(f"/v1/statements?stance={LONG}").get_json()["items"]] == [1]
