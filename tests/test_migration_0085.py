"""Migration 0085 on the engine under test: an existing stored form reads `since` null (which write stored it
is not known) and stored_past is there, empty; down() drops both, up() adds them again."""
from pathlib import Path

import pytest

from api import db
from api.services import migrations
from old_databases import database_at

TARGET = "0085_past_stored_forms"
BEFORE = max(path.stem for path in (Path(__file__).parent.parent / "migrations").glob("0*.py") if path.stem < TARGET)


def columns(table):
    return {column.name for column in db.database.obj.get_columns(table)}


@pytest.fixture
def at_0085(dbs):
    with database_at(dbs, BEFORE, "at_0084_past_forms") as (name, url, table):
        table("stored_record", "kind", "record_id", "form", "etag", "body").insert(
            kind="events", record_id=1, form=29, etag="1-abc", body=b'{"id": 1}').execute()
        assert migrations.runner().up(target=TARGET)[-1] == TARGET
        yield
    db.close_all()
    dbs.drop(name)


def test_an_existing_form_has_no_known_start_and_down_drops_the_past(at_0085):
    with db.database.connection_context():
        assert db.database.obj.execute_sql("SELECT since FROM stored_record WHERE record_id = 1").fetchone() == (None,)
        assert db.database.obj.execute_sql("SELECT COUNT(*) FROM stored_past").fetchone() == (0,)
        migrations.runner().down(target=BEFORE)
        assert "since" not in columns("stored_record") and "stored_past" not in db.database.obj.get_tables()
        assert db.database.obj.execute_sql("SELECT etag FROM stored_record WHERE record_id = 1").fetchone() == ("1-abc",)
        assert migrations.runner().up(target=TARGET)[-1] == TARGET
        assert "since" in columns("stored_record") and "stored_past" in db.database.obj.get_tables()
