"""Migration 0087 on the engine under test: a stored source's and treaty's date of precision week, written as
its first day alone, reads its bracket of seven days (as an event's week), and so does a reported date kept whole
in JSON (a status change's); a day stays a day; down() puts the first day back."""
import datetime
import json
from pathlib import Path

import pytest

from api import db
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at

TARGET = "0087_week_edtf"
BEFORE = max(path.stem for path in (Path(__file__).parent.parent / "migrations").glob("0*.py") if path.stem < TARGET)
MONDAY = datetime.date(1982, 1, 25)
NOT_NULL = {"phases": "[]", "unidentified": False}   # the treaty's columns with no default


@pytest.fixture
def at_0087(dbs):
    with database_at(dbs, BEFORE, "at_0086_week") as (name, url, table):
        source = table("source", *RECORD, "title", "published_date", "published_precision", "published_edtf")
        source.insert(id=1, title="Weekly", published_date=MONDAY, published_precision="week",
                      published_edtf="1982-01-25", **STAMPS).execute()
        source.insert(id=2, title="Daily", published_date=MONDAY, published_precision="day",
                      published_edtf="1982-01-25", **STAMPS).execute()
        treaty = {"id": 1, "name": "Truce", "kind": "ceasefire", "status": "signed", "signed_date": MONDAY,
                  "date_precision": "week", "signed_edtf": "1982-01-25", **NOT_NULL, **STAMPS}
        table("treaty", *treaty).insert(**treaty).execute()
        change = {"id": 1, "treaty_id": 1, "status": "signed", "day": MONDAY, "rank": "normal", "position": 0, "attribution": "named",
                  "date": '{"date":"1982-01-25","date_end":null,"precision":"week","bound":null,"edtf":"1982-01-25"}'}
        table("treaty_status_change", *change).insert(**change).execute()
        assert migrations.runner().up(target=TARGET)[-1] == TARGET
        yield
    db.close_all()
    dbs.drop(name)


def _edtf():
    sql = db.database.obj.execute_sql
    return ([row[0] for row in sql("SELECT published_edtf FROM source ORDER BY id").fetchall()],
            sql("SELECT signed_edtf FROM treaty WHERE id = 1").fetchone()[0])


def _nested():
    text = db.database.obj.execute_sql("SELECT date FROM treaty_status_change WHERE id = 1").fetchone()[0]
    return json.loads(text)


def test_a_stored_week_reads_its_days_and_down_puts_the_day_back(at_0087):
    with db.database.connection_context():
        assert _edtf() == (["1982-01-25/1982-01-31", "1982-01-25"], "1982-01-25/1982-01-31")
        assert _nested() == {"date": "1982-01-25", "date_end": None, "precision": "week", "bound": None,
                             "edtf": "1982-01-25/1982-01-31"}   # a reported date kept whole (JSON), keys in order
        migrations.runner().down(target=BEFORE)
        assert _edtf() == (["1982-01-25", "1982-01-25"], "1982-01-25")
        assert _nested()["edtf"] == "1982-01-25"
        assert migrations.runner().up(target=TARGET)[-1] == TARGET
        assert _edtf()[1] == "1982-01-25/1982-01-31" and _nested()["edtf"] == "1982-01-25/1982-01-31"
