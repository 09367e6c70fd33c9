"""Migration 0038 on the engine under test: a database at 0036 holding records gains stored_record, and the
migrate that applies it stores every live record (services/stored.py `refresh`), which GET then serves as
assembled; a deleted record gets none. Then down and up again."""
import pytest

from api import db
from api.models import Actor, Source
from api.services import migrations, stored
from api.services.kinds import KINDS
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0036_import_digests"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0036 holding a source, an actor and a deleted actor, migrated."""
    with database_at(dbs, BEFORE, "at_0036") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        actor = table("actor", *RECORD, "name", "kind", "unidentified", "deleted_at")
        actor.insert(id=3, name="Armenia", kind="state", unidentified=False, deleted_at=None, **STAMPS).execute()
        actor.insert(id=4, name="Gone", kind="state", unidentified=False, deleted_at=STAMPS["created_at"], **STAMPS).execute()
        db.reset_sequences([Source, Actor])
        applied = migrations.upgrade()
    assert "0038_stored_records" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_records_from_before_are_stored_and_served_as_assembled(old_database):
    client = old_database.test_client()
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        assert db.database.execute_sql("SELECT kind, record_id FROM stored_record ORDER BY kind").fetchall() == [
            ("actors", 3), ("sources", 1)]
        assert not any(stored.differences(kind) for kind in KINDS.values())
        assert stored.refresh() == {}   # nothing missing: the next migrate stores nothing
    assert client.get("/v1/actors/3").get_json()["name"] == "Armenia"
    assert client.get("/v1/actors/4").status_code == 410


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "stored_record" not in db.database.obj.get_tables()
        assert "0038_stored_records" in migrations.upgrade()
        assert db.database.execute_sql("SELECT COUNT(*) FROM stored_record").fetchone()[0] == 2
    db.close_all()
