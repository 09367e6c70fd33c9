"""Each event's own share of the rollups, kept so that a write sums again only what it changed (issue 14: creates
of an event kept at 80% of their throughput before the stored forms and the rollups).

Until now a write summed again every event of each (place, month) and (actor, month) key it touched, from the
events, their figures and the events above them: the busier the place, the month or the actor, the slower the
write (a create into a key of 500 events spent 7.5 ms of its 15 summing). Now:

- event_rollup_member holds each event's row of event_rollup (its keys and sums: one event), and
  event_rollup_actor_member each (event, actor) pair's row of event_rollup_actor. A rollup row is the sum of its
  members', read by an index of the members' keys: no figure ranked, no event walked up.
- event_rollup_changed holds the events whose share a write may have changed: triggers on event, figure,
  participant and place mark them, beside the triggers that mark the keys (migrations/0050, 0051, 0068), on the same
  columns; the events below a moved one are marked by the upkeep (api/services/rollup_nesting.py). At the write's
  commit only these events' members are summed again from the events, then the rows of their keys from the
  members (api/services/rollup_members.py).

A key marked stale that no changed event explains (every key, marked here) has all its events' members summed
again: so the migrate that applies this fills the members (summing everything once, past a few thousand keys).
down() drops the tables and the triggers.
"""
from peewee import CharField, CompositeKey, DateField, DoubleField, IntegerField, Model, SqliteDatabase

DEATHS = ("deaths", "deaths_low", "deaths_best", "deaths_high",
          *(f"deaths_{c}" for c in ("side_a", "side_b", "civilians", "combatants", "unknown", "initiator", "target")))
# An event's columns that decide its share (migrations/0050's WATCHED, and 0068's occurrence); its parent is 0072's.
WATCHED = ("place_id", "type", "date_start", "date_end", "date_bound", "deleted_at", "occurrence")


def _tables(db):
    class EventRollupMember(Model):
        event_id = IntegerField(primary_key=True)
        place_key = IntegerField()
        month_key = CharField(max_length=7)
        month = DateField(null=True)
        end_month = DateField(null=True)
        type = CharField(max_length=20)
        country = CharField(max_length=3, null=True)
        within = IntegerField()

        class Meta:
            database = db
            table_name = "event_rollup_member"
            legacy_table_names = False
            indexes = ((("place_key", "month_key"), False),)

    class EventRollupActorMember(Model):
        event_id = IntegerField()
        actor_id = IntegerField()
        country = CharField(max_length=3, null=True)
        month_key = CharField(max_length=7)
        month = DateField(null=True)
        within = IntegerField()
        type = CharField(max_length=20)

        class Meta:
            database = db
            table_name = "event_rollup_actor_member"
            legacy_table_names = False
            primary_key = CompositeKey("event_id", "actor_id")
            indexes = ((("actor_id", "month_key"), False),)

    for model in (EventRollupMember, EventRollupActorMember):
        model._meta.add_field("events", IntegerField())
        model._meta.add_field("events_with_deaths", IntegerField())
        for name in DEATHS:
            model._meta.add_field(name, DoubleField())
        model._meta.add_field("nested_events", IntegerField(default=0))
        model._meta.add_field("nested_deaths", DoubleField(default=0))

    class EventRollupChanged(Model):
        event_id = IntegerField(primary_key=True)

        class Meta:
            database = db
            table_name = "event_rollup_changed"
            legacy_table_names = False

    return [EventRollupMember, EventRollupActorMember, EventRollupChanged]


def _of(row, column):
    """The event `row` names, if any: a figure may be an actor's, a place's or a statement's (no event_id)."""
    return f"SELECT {row}.{column} WHERE {row}.{column} IS NOT NULL"


def _sqlite_triggers():
    mark = "INSERT OR IGNORE INTO event_rollup_changed (event_id)"
    changed = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in WATCHED)

    def both(column):
        return f"{mark} {_of('OLD', column)}; {mark} {_of('NEW', column)};"
    return {
        "event_insert": ("AFTER INSERT ON event", f"{mark} VALUES (NEW.id);"),
        "event_delete": ("AFTER DELETE ON event", f"{mark} VALUES (OLD.id);"),
        "event_update": (f"AFTER UPDATE ON event WHEN {changed}", both("id")),
        "figure_insert": ("AFTER INSERT ON figure", f"{mark} {_of('NEW', 'event_id')};"),
        "figure_delete": ("AFTER DELETE ON figure", f"{mark} {_of('OLD', 'event_id')};"),
        "figure_update": ("AFTER UPDATE ON figure", both("event_id")),
        "participant_insert": ("AFTER INSERT ON participant", f"{mark} {_of('NEW', 'event_id')};"),
        "participant_delete": ("AFTER DELETE ON participant", f"{mark} {_of('OLD', 'event_id')};"),
        "participant_update": ("AFTER UPDATE ON participant WHEN OLD.actor_id IS NOT NEW.actor_id OR "
                               "OLD.event_id IS NOT NEW.event_id", both("event_id")),
        "place_update": ("AFTER UPDATE ON place WHEN OLD.country IS NOT NEW.country",
                         f"{mark} SELECT id FROM event WHERE place_id = NEW.id;"),
    }


def _postgres_statements():
    mark = "INSERT INTO event_rollup_changed (event_id) {} ON CONFLICT DO NOTHING;"
    changed = " OR ".join(f"OLD.{column} IS DISTINCT FROM NEW.{column}" for column in WATCHED)

    def function(table, condition, column):
        return f"""CREATE FUNCTION event_rollup_change_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND NOT ({condition}) THEN RETURN NULL; END IF;
          IF TG_OP <> 'INSERT' THEN {mark.format(_of('OLD', column))} END IF;
          IF TG_OP <> 'DELETE' THEN {mark.format(_of('NEW', column))} END IF;
          RETURN NULL;
        END $$"""
    statements = [function("event", changed, "id"), function("figure", "TRUE", "event_id"),
                  function("participant", "OLD.actor_id IS DISTINCT FROM NEW.actor_id OR "
                           "OLD.event_id IS DISTINCT FROM NEW.event_id", "event_id"),
                  f"""CREATE FUNCTION event_rollup_change_place() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          {mark.format('SELECT id FROM event WHERE place_id = NEW.id')}
          RETURN NULL;
        END $$"""]
    for table in ("event", "figure", "participant"):
        statements.append(f"CREATE TRIGGER event_rollup_change_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                          f"FOR EACH ROW EXECUTE PROCEDURE event_rollup_change_{table}()")
    statements.append("CREATE TRIGGER event_rollup_change_place AFTER UPDATE OF country ON place FOR EACH ROW "
                      "WHEN (OLD.country IS DISTINCT FROM NEW.country) EXECUTE PROCEDURE event_rollup_change_place()")
    return statements


def _month(sqlite, row):
    if sqlite:
        return f"COALESCE(strftime('%Y-%m', {row}.date_start), '')"
    return f"COALESCE(to_char({row}.date_start, 'YYYY-MM'), '')"


def up(migrator, db):
    sqlite = isinstance(db, SqliteDatabase)
    db.create_tables(_tables(db), safe=True)
    if sqlite:
        for name, (when, body) in _sqlite_triggers().items():
            db.execute_sql(f"CREATE TRIGGER event_rollup_change_{name} {when} BEGIN {body} END")
    else:
        for statement in _postgres_statements():
            db.execute_sql(statement)
    # Every key stale and no event changed: the migrate's upkeep sums every event's members, then the rows.
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
            db.execute_sql(f"DROP TRIGGER event_rollup_change_{name}")
    else:
        for table in ("event", "figure", "participant", "place"):
            db.execute_sql(f"DROP TRIGGER event_rollup_change_{table} ON {table}")
            db.execute_sql(f"DROP FUNCTION event_rollup_change_{table}()")
    db.drop_tables(_tables(db))
