"""Migration 0092 on the engine under test: an actor stored before reads back with no aims (not said); afterwards it
takes them and aim= finds it; down then up again keeps the old actor. (Aims through HTTP: tests/test_actor_aims.py.)"""
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

TARGET = "0092_actor_aims"
BEFORE = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("0*.py")
             if path.stem < TARGET)


def _columns():
    return {column.name for column in db.database.obj.get_columns("actor")}


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at the migration before 0092 holding one actor."""
    with database_at(dbs, BEFORE, "at_0091_aims") as (name, url, table):
        assert "aims" not in _columns()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="Kosovo Liberation Army", kind="non_state_armed_group", unidentified=False, **STAMPS).execute()
        assert TARGET in migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_an_old_actor_reads_with_no_aims_and_takes_them(old_database):
    client = old_database.test_client()
    assert client.get("/v1/actors/1").get_json()["aims"] == []
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    response = client.patch("/v1/actors/1", headers=headers, json={"aims": ["secession"]})
    assert response.status_code == 200, response.get_data(as_text=True)
    assert [a["id"] for a in client.get("/v1/actors?aim=secession").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "aims" not in _columns()
        assert TARGET in migrations.upgrade()
        assert "aims" in _columns()
    db.close_all()
    assert old_database.test_client().get("/v1/actors/1").get_json()["name"] == "Kosovo Liberation Army"
