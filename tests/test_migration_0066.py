"""Migration 0066 on the engine under test: an existing statement's about_treaties item reads back with no link;
afterwards it takes built_on_by, the filter finds it, and down then up again keeps the old data."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0040_figures_as_said"
# The migration just before this one, whatever others were merged between (down stops there).
PREVIOUS = sorted(p.stem for p in (pathlib.Path(__file__).parents[1] / "migrations").glob("0*.py")
                  if p.stem < "0066")[-1]


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0040 holding a ceasefire and a statement about it."""
    with database_at(dbs, BEFORE, "at_0040") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(id=1, name="GNA", kind="state",
                                                                  unidentified=False, **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases").insert(
            id=1, name="Ceasefire", kind="ceasefire", status="signed", date_precision="day", phases="[]",
            **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("statement", *RECORD, "speaker_id", "date", "medium", "date_precision", "conditions", "quote",
              "stance", "other_quotes", "other_stances").insert(
            id=1, speaker_id=1, date=datetime.date(2020, 8, 21), medium="speech", date_precision="day",
            conditions="[]", quote="A ceasefire.", stance="request", other_quotes="[]", other_stances="[]",
            **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        table("statement_treaty", "id", "statement_id", "treaty_id", "position").insert(
            id=2, statement_id=1, treaty_id=1, position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0066_statements_built_on" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_items_read_without_a_link_and_take_one(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    assert client.get("/v1/statements/1?include=").get_json()["about_treaties"][0]["link"] is None
    assert client.get("/v1/statements?about_treaty_link=built_on_by").get_json()["items"] == []
    response = client.patch("/v1/statements/1", headers=headers, json={
        "about_treaties": [{"treaty_id": 1, "link": "built_on_by"}]})
    assert response.status_code == 200, response.get_json()
    found = client.get("/v1/statements?about_treaty=1&about_treaty_link=built_on_by").get_json()["items"]
    assert [s["id"] for s in found] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "link" not in {c.name for c in db.database.obj.get_columns("statement_treaty")}
        assert "0066_statements_built_on" in migrations.upgrade()
        assert "link" in {c.name for c in db.database.obj.get_columns("statement_treaty")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/statements/1?include=").get_json()["about_treaties"][0]["treaty"] == 1
