"""Migration 0080 on the engine under test: event_rollup_type is filled from the rollup's rows as they stand, each
summed under its type, month and how precisely its events are dated (`within`), as the upkeep sums them; down()
drops it."""
import datetime
from pathlib import Path

import pytest

from api import db, stats_sql
from api.models import EventRollupType
from api.services import migrations, rollup_upkeep
from old_databases import database_at

TARGET = "0080_event_rollup_type"
BEFORE = max(path.stem for path in (Path(__file__).parent.parent / "migrations").glob("0*.py") if path.stem < TARGET)
SUMS = {"events": 1, "events_with_deaths": 1, "deaths": 10, "deaths_low": 5, "deaths_best": 10, "deaths_high": 15,
        **{f"deaths_{c}": 0 for c in ("side_a", "side_b", "civilians", "combatants", "unknown", "initiator", "target")},
        "nested_events": 0, "nested_deaths": 0}
# (place, month, end month, type): within its month (3), its quarter (2), its year (1), across years or open (0)
ROWS = [(1, "2020-02", datetime.date(2020, 2, 1), "FIGHT"), (2, "2020-02", datetime.date(2020, 2, 1), "FIGHT"),
        (1, "2020-02", datetime.date(2020, 3, 1), "FIGHT"), (1, "2020-02", datetime.date(2020, 11, 1), "FIGHT"),
        (1, "2020-02", datetime.date(2021, 1, 1), "ASSAULT"), (1, "2020-02", None, "ASSAULT"),
        (0, "", None, "PROTEST")]


@pytest.fixture
def at_0080(dbs):
    with database_at(dbs, BEFORE, "at_0079") as (name, url, table):
        rollup = table("event_rollup", "place_key", "month_key", "month", "end_month", "type", *SUMS)
        for place, month_key, end_month, kind in ROWS:
            month = datetime.date.fromisoformat(f"{month_key}-01") if month_key else None
            rollup.insert(place_key=place, month_key=month_key, month=month, end_month=end_month, type=kind,
                          **SUMS).execute()
        assert migrations.runner().up(target=TARGET)[-1] == TARGET
        yield
    db.close_all()
    dbs.drop(name)


def test_the_rollup_is_summed_per_type_month_and_within(at_0080):
    got = {(row.type, row.month_key, row.within): (row.events, row.deaths)
           for row in EventRollupType.select()}
    assert got == {("FIGHT", "2020-02", 3): (2, 20), ("FIGHT", "2020-02", 2): (1, 10), ("FIGHT", "2020-02", 1): (1, 10),
                   ("ASSAULT", "2020-02", 0): (2, 20), ("PROTEST", "", 0): (1, 10)}
    # what the upkeep sums from the same rows
    upkeep = stats_sql.rows(rollup_upkeep.summed_again(EventRollupType))
    assert {(row["type"], row["month_key"], row["within"]): (row["events"], row["deaths"]) for row in upkeep} == got
    migrations.runner().down(target=BEFORE)
    assert not EventRollupType.table_exists()
