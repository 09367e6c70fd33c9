"""The rollup summed again per type (issue 13: aggregates within the query time limit at 1,000,000 events).

GET /v1/events/stats?group_by=type,time over all events summed the rollup's own rows (migrations/0050), 592,000 of
them at a million events: about a second, past the query time limit on both engines (a 503). event_rollup_type
holds them summed per type, month of date_start and `within` (how precisely the events are dated, as
event_rollup_country's: 3 within their month, 2 their quarter, 1 their year, else 0), as event_rollup_country
does per country: some thousands of rows, what an aggregate by type or quad class and period reads. Kept by the
same upkeep (api/services/rollup_upkeep.py): a stale key's month is summed again from the rollup's rows.

Filled here from event_rollup as it stands (the rollup is exact whenever no write is under way). down() drops it.
"""
from peewee import CharField, DateField, DoubleField, IntegerField, Model, SqliteDatabase

DEATHS = ("deaths", "deaths_low", "deaths_best", "deaths_high",
          *(f"deaths_{c}" for c in ("side_a", "side_b", "civilians", "combatants", "unknown", "initiator", "target")))
SUMS = ("events", "events_with_deaths", *DEATHS, "nested_events", "nested_deaths")


def _table(db):
    class EventRollupType(Model):
        type = CharField(max_length=20)
        month_key = CharField(max_length=7, index=True)
        month = DateField(null=True)
        within = IntegerField()
        events = IntegerField()
        events_with_deaths = IntegerField()

        class Meta:
            database = db
            table_name = "event_rollup_type"
            legacy_table_names = False

    for name in DEATHS:
        EventRollupType._meta.add_field(name, DoubleField())
    EventRollupType._meta.add_field("nested_events", IntegerField(default=0))
    EventRollupType._meta.add_field("nested_deaths", DoubleField(default=0))
    return EventRollupType


def _within(sqlite):
    """SQL of a rollup row's `within`: its end month in the same month, quarter or year as its month."""
    if sqlite:
        same = {"month": "strftime('%Y-%m', end_month) = strftime('%Y-%m', month)",
                "quarter": "strftime('%Y', end_month) = strftime('%Y', month) AND "
                           "(CAST(strftime('%m', end_month) AS INTEGER) - 1) / 3 = "
                           "(CAST(strftime('%m', month) AS INTEGER) - 1) / 3",
                "year": "strftime('%Y', end_month) = strftime('%Y', month)"}
    else:
        same = {interval: f"date_trunc('{interval}', end_month) = date_trunc('{interval}', month)"
                for interval in ("month", "quarter", "year")}
    levels = " ".join(f"WHEN end_month IS NOT NULL AND {same[interval]} THEN {level}"
                      for interval, level in (("month", 3), ("quarter", 2), ("year", 1)))
    return f"CASE {levels} ELSE 0 END"


def up(migrator, db):
    table = _table(db)
    if table.table_exists():
        return
    table.create_table()
    within = _within(isinstance(db, SqliteDatabase))
    sums = ", ".join(SUMS)
    db.execute_sql(f"INSERT INTO event_rollup_type (type, month_key, month, within, {sums}) "
                   f"SELECT type, month_key, month, {within}, {', '.join(f'SUM({name})' for name in SUMS)} "
                   "FROM event_rollup GROUP BY 1, 2, 3, 4")


def down(migrator, db):
    _table(db).drop_table(safe=True)
