"""The rollups sum what is nested too (issue 13: an aggregate over all events, or one actor's, under 300 ms and 50 ms
at 1,000,000 events). GET /v1/events/stats answers `nested_events` and `nested_deaths`: the events counted that are
part of another event counted, at any depth, and their deaths. Walked up from every event at each ask, that took
3.2 s at 1M events (236,000 of them inside a war) and 0.4 s for the busiest actor, more than the rest of the answer.
So the rollups (migrations/0050, 0051) hold them as two more sums of each row, summed with the others:

- event_rollup, event_rollup_country and event_rollup_actor gain `nested_events` (integer) and `nested_deaths`
  (double), 0 by default: right for every row whose events are part of none. Added by plain SQL with their
  default, so that SQLite adds them without rebuilding the tables. Every key is marked stale here (the events'
  and their actors'), so that `migrations.upgrade()` sums both rollups again whole once every migration ran:
  at 1,000,000 events, marking only the keys of events with a parent (85,681 and 18,285 keys) had them summed
  a hundred keys at a time, for over 20 minutes; summed whole, it takes a few.
- Whether an event is nested depends on the events above it, not only on its own row: a war deleted, put back or
  made planned, an operation moved under another war, an actor added to a war (for that actor's rows: its
  events inside an event it takes part in). The triggers here record such an event in event_rollup_moved (its
  ID), and the write's commit marks stale the keys of that event and of every event below it, before summing
  (api/services/rollup_nesting.py). An event with no sub-event is recorded only when its own parent changed.

down() drops the table, the triggers and the columns.
"""
from peewee import SqliteDatabase

TABLES = ("event_rollup", "event_rollup_country", "event_rollup_actor")


def _has_parts(row, column):
    return f"EXISTS (SELECT 1 FROM event c WHERE c.parent_id = {row}.{column})"


def _sqlite_triggers():
    record = "INSERT OR IGNORE INTO event_rollup_moved (event_id) VALUES ({row}.{column});"
    changed = ("OLD.deleted_at IS NOT NEW.deleted_at OR OLD.occurrence IS NOT NEW.occurrence")
    parts = _has_parts
    return {
        "event_update": (f"AFTER UPDATE ON event WHEN OLD.parent_id IS NOT NEW.parent_id OR (({changed}) AND "
                         f"{parts('NEW', 'id')})", record.format(row="NEW", column="id")),
        "event_insert": (f"AFTER INSERT ON event WHEN {parts('NEW', 'id')}", record.format(row="NEW", column="id")),
        "event_delete": (f"AFTER DELETE ON event WHEN {parts('OLD', 'id')}", record.format(row="OLD", column="id")),
        "participant_insert": (f"AFTER INSERT ON participant WHEN {parts('NEW', 'event_id')}",
                               record.format(row="NEW", column="event_id")),
        "participant_delete": (f"AFTER DELETE ON participant WHEN {parts('OLD', 'event_id')}",
                               record.format(row="OLD", column="event_id")),
        "participant_update": ("AFTER UPDATE ON participant WHEN OLD.actor_id IS NOT NEW.actor_id OR "
                               "OLD.event_id IS NOT NEW.event_id",
                               f"INSERT OR IGNORE INTO event_rollup_moved (event_id) SELECT OLD.event_id WHERE "
                               f"{parts('OLD', 'event_id')}; INSERT OR IGNORE INTO event_rollup_moved (event_id) "
                               f"SELECT NEW.event_id WHERE {parts('NEW', 'event_id')};"),
    }


def _postgres_statements():
    record = ("INSERT INTO event_rollup_moved (event_id) SELECT {row}.{column} WHERE "
              "{parts} ON CONFLICT DO NOTHING;")
    return [
        f"""CREATE FUNCTION event_rollup_nesting_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND OLD.parent_id IS DISTINCT FROM NEW.parent_id THEN
            INSERT INTO event_rollup_moved (event_id) VALUES (NEW.id) ON CONFLICT DO NOTHING;
            RETURN NULL;
          END IF;
          IF TG_OP = 'UPDATE' AND OLD.deleted_at IS NOT DISTINCT FROM NEW.deleted_at
             AND OLD.occurrence IS NOT DISTINCT FROM NEW.occurrence THEN RETURN NULL; END IF;
          IF TG_OP = 'DELETE' THEN {record.format(row='OLD', column='id', parts=_has_parts('OLD', 'id'))}
          ELSE {record.format(row='NEW', column='id', parts=_has_parts('NEW', 'id'))} END IF;
          RETURN NULL;
        END $$""",
        f"""CREATE FUNCTION event_rollup_nesting_participant() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND OLD.actor_id IS NOT DISTINCT FROM NEW.actor_id
             AND OLD.event_id IS NOT DISTINCT FROM NEW.event_id THEN RETURN NULL; END IF;
          IF TG_OP <> 'INSERT' THEN {record.format(row='OLD', column='event_id', parts=_has_parts('OLD', 'event_id'))}
          END IF;
          IF TG_OP <> 'DELETE' THEN {record.format(row='NEW', column='event_id', parts=_has_parts('NEW', 'event_id'))}
          END IF;
          RETURN NULL;
        END $$""",
        "CREATE TRIGGER event_rollup_nesting_event AFTER INSERT OR UPDATE OR DELETE ON event FOR EACH ROW "
        "EXECUTE PROCEDURE event_rollup_nesting_event()",
        "CREATE TRIGGER event_rollup_nesting_participant AFTER INSERT OR UPDATE OR DELETE ON participant "
        "FOR EACH ROW EXECUTE PROCEDURE event_rollup_nesting_participant()",
    ]


def _month(sqlite, row):
    if sqlite:
        return f"COALESCE(strftime('%Y-%m', {row}.date_start), '')"
    return f"COALESCE(to_char({row}.date_start, 'YYYY-MM'), '')"


def up(migrator, db):
    sqlite = isinstance(db, SqliteDatabase)
    for table in TABLES:
        if "nested_events" not in {column.name for column in db.get_columns(table)}:
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN nested_events INTEGER NOT NULL DEFAULT 0")
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN nested_deaths "
                           f"{'REAL' if sqlite else 'DOUBLE PRECISION'} NOT NULL DEFAULT 0")
    db.execute_sql("CREATE TABLE IF NOT EXISTS event_rollup_moved (event_id INTEGER NOT NULL PRIMARY KEY)")
    if sqlite:
        for name, (when, body) in _sqlite_triggers().items():
            db.execute_sql(f"CREATE TRIGGER event_rollup_nesting_{name} {when} BEGIN {body} END")
    else:
        for statement in _postgres_statements():
            db.execute_sql(statement)
    ignore = "INSERT OR IGNORE INTO" if sqlite else "INSERT INTO"
    tail = "" if sqlite else " ON CONFLICT DO NOTHING"
    month = _month(sqlite, "e")
    db.execute_sql(f"{ignore} event_rollup_stale (place_key, month_key) SELECT DISTINCT COALESCE(e.place_id, 0), "
                   f"{month} FROM event e{tail}")
    db.execute_sql(f"{ignore} event_rollup_actor_stale (actor_id, month_key) SELECT DISTINCT p.actor_id, {month} "
                   f"FROM event e JOIN participant p ON p.event_id = e.id{tail}")


def down(migrator, db):
    if isinstance(db, SqliteDatabase):
        for name in _sqlite_triggers():
            db.execute_sql(f"DROP TRIGGER event_rollup_nesting_{name}")
    else:
        for table in ("event", "participant"):
            db.execute_sql(f"DROP TRIGGER event_rollup_nesting_{table} ON {table}")
            db.execute_sql(f"DROP FUNCTION event_rollup_nesting_{table}()")
    db.execute_sql("DROP TABLE event_rollup_moved")
    for table in TABLES:
        migrator.migrate(migrator.drop_column(table, "nested_events"), migrator.drop_column(table, "nested_deaths"))
