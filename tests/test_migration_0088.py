"""Migration 0088 on the engine under test: property_value gains as_of_precision, null for a value stored before
(its as_of a day, as it was); the column then takes a month; down() drops it and keeps the values; up() again
adds it back empty. (Reading values with a precision through HTTP: tests/test_mend_small.py.)"""
from pathlib import Path

import pytest

from api import db
from api.services import migrations
from old_databases import STAMPS, database_at

TARGET = "0088_property_as_of_precision"
BEFORE = max(path.stem for path in (Path(__file__).parent.parent / "migrations").glob("0*.py") if path.stem < TARGET)


def _columns():
    return {column.name for column in db.database.obj.get_columns("property_value")}


@pytest.fixture
def at_0088(dbs):
    with database_at(dbs, BEFORE, "at_0087_props") as (name, url, table):
        assert "as_of_precision" not in _columns()
        table("property", "id", "name", "label", "description", "applies_to", "value_type", "created_at",
              "updated_at").insert(id=1, name="annual_inflation_rate", label="inflation", description="Inflation.",
                                   applies_to='["events"]', value_type="words", created_at=STAMPS["created_at"],
                                   updated_at=STAMPS["updated_at"]).execute()
        row = {"id": 1, "property": "annual_inflation_rate", "value": '"nearly 300 percent"',
               "value_text": "nearly 300 percent", "as_of": "2016-05-12", "position": 0, "rank": "normal",
               "attribution": "source"}
        table("property_value", *row).insert(**row).execute()
        assert migrations.runner().up(target=TARGET)[-1] == TARGET
        yield name, url
    db.close_all()
    dbs.drop(name)


def test_a_stored_value_reads_as_a_day_and_down_drops_the_column(at_0088):
    with db.database.connection_context():
        assert "as_of_precision" in _columns()
        sql = db.database.obj.execute_sql
        assert sql("SELECT as_of_precision FROM property_value WHERE id = 1").fetchone() == (None,)
        sql("UPDATE property_value SET as_of_precision = 'month', as_of = '2016-05-01' WHERE id = 1")
        assert sql("SELECT as_of_precision FROM property_value WHERE id = 1").fetchone() == ("month",)
        migrations.runner().down(target=BEFORE)
        assert "as_of_precision" not in _columns()
        assert sql("SELECT value_text FROM property_value WHERE id = 1").fetchone() == ("nearly 300 percent",)
        assert migrations.runner().up(target=TARGET)[-1] == TARGET
        assert sql("SELECT as_of_precision FROM property_value WHERE id = 1").fetchone() == (None,)
