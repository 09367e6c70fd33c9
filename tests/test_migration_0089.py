"""Migration 0089 on the engine under test: the registry of local terms starts empty; an existing event (written
before local terms existed) reads as it did, and then takes a local term an admin registers; down() drops the table
and up() makes it again."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import NOW, RECORD, STAMPS, database_at, serving

TARGET = "0089_vocabulary_terms"
BEFORE = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("00*.py")
             if path.stem < TARGET)
TABLE = "vocabulary_term"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at the migration before 0089 holding a source and an event citing it, with its revision."""
    with database_at(dbs, BEFORE, "at_0089") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Pipeline shut", type="COERCE", date_start=datetime.date(2008, 8, 12),
            date_precision="day", site_categories='["infrastructure"]', **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("revision", "id", "kind", "record_id", "version", "action", "at", "data", "token_name").insert(
            id=1000, kind="events", record_id=1, version=1, action="create", at=NOW, token_name="old",
            data='{"title": "Pipeline shut", "type": "COERCE", "date_start": "2008-08-12", "source_ids": [1], '
                 '"site_categories": ["infrastructure"]}').execute()
        assert TABLE not in db.database.obj.get_tables()
        applied = migrations.upgrade()
        curator = tokens.create("migration curator", "curator")[1]
        admin = tokens.create("migration admin", "admin")[1]
    assert TARGET in applied
    shared_app.config.update(TEST_CURATOR=curator, TEST_ADMIN=admin)
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _as(app, role):
    return {"Authorization": f"Bearer {app.config[f'TEST_{role}']}", "If-Match": "*"}


def test_old_rows_read_as_before_and_take_local_terms(old_database):
    client = old_database.test_client()
    assert client.get("/v1/events/1").get_json()["site_categories"] == ["infrastructure"]
    assert all(not term.get("local") for terms in client.get("/v1/vocabularies").get_json()["vocabularies"].values()
               for term in terms)
    registered = client.post("/v1/vocabularies/site_categories/terms", headers=_as(old_database, "ADMIN"), json={
        "term": "local:pipelines", "description": "Oil and gas pipelines.", "broader": "infrastructure"})
    assert registered.status_code == 201, registered.get_json()
    patched = client.patch("/v1/events/1", headers=_as(old_database, "CURATOR"),
                           json={"site_categories": ["local:pipelines"]})
    assert patched.status_code == 200, patched.get_json()
    assert client.get("/v1/events?site_category=local:pipelines").get_json()["items"][0]["id"] == 1
    restored = client.post("/v1/events/1/revisions/1/restore", headers=_as(old_database, "CURATOR"))
    assert restored.status_code == 200 and restored.get_json()["site_categories"] == ["infrastructure"]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        assert TABLE in db.database.obj.get_tables()
        migrations.runner().down(target=BEFORE)
        assert TABLE not in db.database.obj.get_tables()
        assert migrations.runner().up(target=TARGET)[-1] == TARGET
        assert TABLE in db.database.obj.get_tables()
    assert old_database.test_client().get("/v1/events/1").get_json()["title"] == "Pipeline shut"
