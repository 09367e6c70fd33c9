"""Migration 0086 on the engine under test: the registry of properties and the values' tables start empty; an
existing event and an old revision of it (written before `properties` existed) read with no values, and the event
then takes values of a property an admin declares; down() drops the three tables and up() makes them again."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import NOW, RECORD, STAMPS, database_at, serving

TARGET = "0086_properties"
BEFORE = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("00*.py")
             if path.stem < TARGET)
TABLES = ("property", "property_value", "property_value_source")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at the migration before 0086 holding a source and an event citing it, with its revision."""
    with database_at(dbs, BEFORE, "at_0086") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Helsinki talks", type="CONSULT", date_start=datetime.date(2005, 7, 17),
            date_precision="day", site_categories="[]", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        # revision 1 of the event, in the form before 0086 (no properties); an ID the sequences will not give
        table("revision", "id", "kind", "record_id", "version", "action", "at", "data", "token_name").insert(
            id=1000, kind="events", record_id=1, version=1, action="create", at=NOW, token_name="old",
            data='{"title": "Helsinki talks", "type": "CONSULT", "date_start": "2005-07-17", "source_ids": [1]}'
        ).execute()
        assert not set(TABLES) & set(db.database.obj.get_tables())
        applied = migrations.upgrade()
        curator = tokens.create("migration curator", "curator")[1]
        admin = tokens.create("migration admin", "admin")[1]
    assert TARGET in applied
    shared_app.config.update(TEST_CURATOR=curator, TEST_ADMIN=admin)
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _as(app, role):
    return {"Authorization": f"Bearer {app.config[f'TEST_{role}']}", "If-Match": "*"}


def test_old_rows_read_with_no_values_and_take_them(old_database):
    client = old_database.test_client()
    assert client.get("/v1/events/1").get_json()["properties"] == []
    assert client.get("/v1/properties").get_json()["items"] == []
    declared = client.post("/v1/properties", headers=_as(old_database, "ADMIN"), json={
        "name": "venue_host", "label": "hosted by", "description": "Who hosted the talks.", "applies_to": ["events"],
        "value_type": "words"})
    assert declared.status_code == 201, declared.get_json()
    patched = client.patch("/v1/events/1", headers=_as(old_database, "CURATOR"), json={"properties": [
        {"property": "venue_host", "value": "Crisis Management Initiative", "source_ids": [1]}]})
    assert patched.status_code == 200, patched.get_json()
    restored = client.post("/v1/events/1/revisions/1/restore", headers=_as(old_database, "CURATOR"))
    assert restored.status_code == 200 and restored.get_json()["properties"] == []


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        assert set(TABLES) <= set(db.database.obj.get_tables())
        migrations.runner().down(target=BEFORE)
        assert not set(TABLES) & set(db.database.obj.get_tables())
        assert migrations.runner().up(target=TARGET)[-1] == TARGET
        assert set(TABLES) <= set(db.database.obj.get_tables())
    assert old_database.test_client().get("/v1/events/1").get_json()["title"] == "Helsinki talks"
