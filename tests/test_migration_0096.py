"""Migration 0096 on the engine under test: a treaty stored with no dates and the old default precision day reads
date_precision null; a dated one keeps day, an undated one said unknown keeps unknown; down puts day back. (Through
HTTP: tests/test_batch27_mends.py.)"""
import pathlib

from api import db
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at

TARGET = "0096_treaty_precision_of_no_date"
BEFORE = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("0*.py")
             if path.stem < TARGET)


def _precisions(table):
    rows = table("treaty", "id", "date_precision").select().order_by(table("treaty", "id").id).tuples()
    return [precision for _, precision in rows]


def test_up_nulls_the_day_of_no_date_and_down_puts_it_back(dbs):
    with database_at(dbs, BEFORE, "at_0095_precision") as (name, url, table):
        treaties = table("treaty", *RECORD, "name", "kind", "status", "signed_date", "date_precision", "phases",
                         "unidentified")
        for ident, signed, precision in ((1, None, "day"), (2, "2014-09-05", "day"), (3, None, "unknown")):
            treaties.insert(id=ident, name=f"Treaty {ident}", kind="ceasefire", status="proposed",
                            signed_date=signed, date_precision=precision, phases="[]", unidentified=False,
                            **STAMPS).execute()
        assert TARGET in migrations.upgrade()
        assert _precisions(table) == [None, "day", "unknown"]
        migrations.runner().down(target=BEFORE)
        assert _precisions(table) == ["day", "day", "unknown"]
        assert TARGET in migrations.upgrade()
    db.close_all()
    dbs.drop(name)
