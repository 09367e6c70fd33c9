"""Migration 0083 on the engine under test: an existing event reads no recurrence and an existing figure no
comparison_degree (both null: not said); down() drops both columns, up() adds them again."""
import datetime
from pathlib import Path

import pytest

from api import db
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at

TARGET = "0083_event_recurrence"
BEFORE = max(path.stem for path in (Path(__file__).parent.parent / "migrations").glob("0*.py") if path.stem < TARGET)


def columns(table):
    return {column.name for column in db.database.obj.get_columns(table)}


@pytest.fixture
def at_0083(dbs):
    with database_at(dbs, BEFORE, "at_0080_time5") as (name, url, table):
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Protests at the trial", type="PROTEST", date_start=datetime.date(2005, 5, 12),
            date_precision="day", site_categories="[]", **STAMPS).execute()
        assert migrations.runner().up(target=TARGET)[-1] == TARGET
        yield
    db.close_all()
    dbs.drop(name)


def test_existing_rows_read_null_and_down_drops_the_columns(at_0083):
    with db.database.connection_context():
        assert "recurrence" in columns("event") and "comparison_degree" in columns("figure")
        assert db.database.obj.execute_sql("SELECT recurrence FROM event WHERE id = 1").fetchone() == (None,)
        migrations.runner().down(target=BEFORE)
        assert "recurrence" not in columns("event") and "comparison_degree" not in columns("figure")
        assert migrations.runner().up(target=TARGET)[-1] == TARGET
        assert "recurrence" in columns("event")
