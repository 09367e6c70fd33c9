"""Migration 0061 on the engine under test: a treaty stored before reads as identified (unidentified false), and
afterwards takes the flag and unidentified= finds it; down then up again keeps the old data."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0056_stored_shapes"
NAME = "0061_unidentified_treaties"
# The migration just before this one, whatever others were merged between (down stops there).
PREVIOUS = sorted(p.stem for p in (pathlib.Path(__file__).parents[1] / "migrations").glob("0*.py")
                  if p.stem < NAME)[-1]


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0056 holding one ceasefire."""
    with database_at(dbs, BEFORE, "at_0056") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "signed_date", "date_precision", "phases").insert(
            id=1, name="Old truce", kind="ceasefire", status="in_force", signed_date=datetime.date(2023, 5, 20),
            date_precision="day", phases="[]", **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert NAME in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_an_old_treaty_reads_identified_and_takes_the_flag(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    assert client.get("/v1/treaties/1").get_json()["unidentified"] is False
    assert [t["id"] for t in client.get("/v1/treaties?unidentified=false").get_json()["items"]] == [1]
    response = client.patch("/v1/treaties/1", headers=headers, json={"unidentified": True})
    assert response.status_code == 200, response.get_json()
    assert [t["id"] for t in client.get("/v1/treaties?unidentified=true").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "unidentified" not in {c.name for c in db.database.obj.get_columns("treaty")}
        assert NAME in migrations.upgrade()
        assert "unidentified" in {c.name for c in db.database.obj.get_columns("treaty")}
    db.close_all()
    assert old_database.test_client().get("/v1/treaties/1").get_json()["name"] == "Old truce"
