"""Whether an event happened, as the reporting gives it (issue 10, mending round 3, mend-occur; trials t21 #37, #38,
#40, #48/#49, t20 #45: "some officials said weapons had been stockpiled", "the raid pre-empted an attack planned
for the start of Ramadan", "a police chief beheaded" / "police said it was not so", "suspended the planned
return of workers"; docs/api.md "Events that did not happen").

- event gains `occurrence` (occurred, alleged, planned, threatened, prevented, suspended, cancelled,
  did_not_occur): 'occurred' for every existing event, which was stored as a fact that happened. Added by plain
  SQL with its default (NOT NULL DEFAULT 'occurred'), so that SQLite adds it without rebuilding the event table
  and the rollups' triggers on it. Not indexed: nearly every row holds one value, and the default filter
  (occurred or alleged) is checked per row.
- event gains `occasion_timing` (JSON, the shape of a statement's, migrations/0063): null for every existing
  event.
- event_claim gains `occurrence` (whether the claimant says it happened): null for every existing claim.
- The rollups (migrations/0050, 0051) sum only the events GET /v1/events lists by default (occurred, alleged):
  new triggers mark an event's keys stale when its occurrence alone changes (the old triggers watch place,
  type, dates and deletion). Existing events are all occurred, so no sum changes here.

Old revisions stay valid input: occurrence defaults to occurred, the others to null. down() drops it all.
"""
from peewee import CharField, SqliteDatabase, TextField

ROLLUP_MARK = ("INSERT INTO event_rollup_stale (place_key, month_key) VALUES ({place}, {month})")
ACTOR_MARK = ("INSERT INTO event_rollup_actor_stale (actor_id, month_key) SELECT DISTINCT p.actor_id, {month} "
              "FROM participant p WHERE p.event_id = NEW.id")


def _keys(sqlite):
    month = "strftime('%Y-%m', NEW.date_start)" if sqlite else "to_char(NEW.date_start, 'YYYY-MM')"
    return {"place": "COALESCE(NEW.place_id, 0)", "month": f"COALESCE({month}, '')"}


def _marks(sqlite):
    keys = _keys(sqlite)
    marks = [ROLLUP_MARK.format(**keys), ACTOR_MARK.format(**keys)]
    if sqlite:
        return [mark.replace("INSERT INTO", "INSERT OR IGNORE INTO", 1) for mark in marks]
    return [f"{mark} ON CONFLICT DO NOTHING" for mark in marks]


def _missing(db, table, column):
    return column not in {c.name for c in db.get_columns(table)}


def up(migrator, db):
    sqlite = isinstance(db, SqliteDatabase)
    if _missing(db, "event", "occurrence"):
        db.execute_sql("ALTER TABLE event ADD COLUMN occurrence VARCHAR(14) NOT NULL DEFAULT 'occurred'")
        migrator.migrate(migrator.add_column("event", "occasion_timing", TextField(null=True)),
                         migrator.add_column("event_claim", "occurrence", CharField(max_length=14, null=True)),
                         migrator.add_index("event_claim", ("occurrence",), False))
    marks = _marks(sqlite)
    if sqlite:
        db.execute_sql("CREATE TRIGGER event_rollup_event_occurrence AFTER UPDATE OF occurrence ON event "
                       f"WHEN OLD.occurrence IS NOT NEW.occurrence BEGIN {'; '.join(marks)}; END")
    else:
        db.execute_sql(f"""CREATE FUNCTION event_rollup_mark_occurrence() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          {'; '.join(marks)};
          RETURN NULL;
        END $$""")
        db.execute_sql("CREATE TRIGGER event_rollup_occurrence AFTER UPDATE OF occurrence ON event FOR EACH ROW "
                       "WHEN (OLD.occurrence IS DISTINCT FROM NEW.occurrence) "
                       "EXECUTE PROCEDURE event_rollup_mark_occurrence()")


def down(migrator, db):
    if isinstance(db, SqliteDatabase):
        db.execute_sql("DROP TRIGGER event_rollup_event_occurrence")
    else:
        db.execute_sql("DROP TRIGGER event_rollup_occurrence ON event")
        db.execute_sql("DROP FUNCTION event_rollup_mark_occurrence()")
    migrator.migrate(migrator.drop_index("event_claim", "event_claim_occurrence"),
                     migrator.drop_column("event_claim", "occurrence"),
                     migrator.drop_column("event", "occasion_timing"),
                     migrator.drop_column("event", "occurrence"))
