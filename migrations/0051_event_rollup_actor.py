"""The events' rollup per actor (issue 13: one actor's aggregate under 50 ms): event_rollup_actor holds, per actor,
country of the event's place, month of date_start, how precisely the events are dated (`within`, as
event_rollup_country's) and type, the live events the actor takes part in, in any role (each event once, however
many roles the actor plays in it: the actor= filter's events), and their deaths.

Kept like 0050's rollup: triggers add the (actor, month) keys a change touches to event_rollup_actor_stale, and
the write's commit sums them again (api/services/rollup_actors.py). What marks a key: a participant added,
removed or moved to another actor or event (a role change alone changes nothing summed); an event's place,
type, dates or deletion (every actor of it, before and after); a figure of the event; a place's new country
(every actor of its events). A participant whose event is already gone marks (actor, '*'): the whole actor.
Every key of the existing participations is marked stale here, and `migrations.upgrade()` sums them.
down() drops all of it.
"""
from peewee import CharField, CompositeKey, DateField, DoubleField, IntegerField, Model, SqliteDatabase

CATEGORIES = ("side_a", "side_b", "civilians", "combatants", "unknown", "initiator", "target")
DEATHS = ("deaths", "deaths_low", "deaths_best", "deaths_high", *(f"deaths_{c}" for c in CATEGORIES))
WATCHED = ("place_id", "type", "date_start", "date_end", "date_bound", "deleted_at")


def _tables(db):
    class EventRollupActor(Model):
        actor_id = IntegerField()
        country = CharField(max_length=3, null=True)
        month_key = CharField(max_length=7)
        month = DateField(null=True)
        within = IntegerField()
        type = CharField(max_length=20)
        events = IntegerField()
        events_with_deaths = IntegerField()

        class Meta:
            database = db
            table_name = "event_rollup_actor"
            legacy_table_names = False
            indexes = ((("actor_id", "month_key"), False),)

    for name in DEATHS:
        EventRollupActor._meta.add_field(name, DoubleField())

    class EventRollupActorStale(Model):
        actor_id = IntegerField()
        month_key = CharField(max_length=7)

        class Meta:
            database = db
            table_name = "event_rollup_actor_stale"
            legacy_table_names = False
            primary_key = CompositeKey("actor_id", "month_key")

    return [EventRollupActor, EventRollupActorStale]


def _month(sqlite, row):
    if sqlite:
        return f"COALESCE(strftime('%Y-%m', {row}.date_start), '')"
    return f"COALESCE(to_char({row}.date_start, 'YYYY-MM'), '')"


def _statements(sqlite):
    """(what marks keys, as SQL statements with {row} for NEW or OLD) per table."""
    mark = "INSERT OR IGNORE INTO event_rollup_actor_stale (actor_id, month_key)" if sqlite else \
        "INSERT INTO event_rollup_actor_stale (actor_id, month_key)"
    tail = "" if sqlite else " ON CONFLICT DO NOTHING"
    of_event = f"{mark} SELECT DISTINCT p.actor_id, {_month(sqlite, '{row}')} FROM participant p " \
               f"WHERE p.event_id = {{row}}.id{tail};"
    of_participant = f"{mark} SELECT {{row}}.actor_id, COALESCE((SELECT {_month(sqlite, 'e')} FROM event e " \
                     f"WHERE e.id = {{row}}.event_id), '*'){tail};"
    of_figure = f"{mark} SELECT DISTINCT p.actor_id, {_month(sqlite, 'e')} FROM participant p JOIN event e " \
                f"ON e.id = p.event_id WHERE p.event_id = {{row}}.event_id{tail};"
    of_place = f"{mark} SELECT DISTINCT p.actor_id, {_month(sqlite, 'e')} FROM event e JOIN participant p " \
               f"ON p.event_id = e.id WHERE e.place_id = {{row}}.id{tail};"
    return of_event, of_participant, of_figure, of_place


def _sqlite_triggers():
    of_event, of_participant, of_figure, of_place = _statements(True)
    changed = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in WATCHED)
    moved = "OLD.actor_id IS NOT NEW.actor_id OR OLD.event_id IS NOT NEW.event_id"
    both = "{} {}"
    return [
        ("event_insert", "AFTER INSERT ON event", of_event.format(row="NEW")),
        ("event_delete", "AFTER DELETE ON event", of_event.format(row="OLD")),
        ("event_update", f"AFTER UPDATE ON event WHEN {changed}",
         both.format(of_event.format(row="OLD"), of_event.format(row="NEW"))),
        ("participant_insert", "AFTER INSERT ON participant", of_participant.format(row="NEW")),
        ("participant_delete", "AFTER DELETE ON participant", of_participant.format(row="OLD")),
        ("participant_update", f"AFTER UPDATE ON participant WHEN {moved}",
         both.format(of_participant.format(row="OLD"), of_participant.format(row="NEW"))),
        ("figure_insert", "AFTER INSERT ON figure", of_figure.format(row="NEW")),
        ("figure_delete", "AFTER DELETE ON figure", of_figure.format(row="OLD")),
        ("figure_update", "AFTER UPDATE ON figure",
         both.format(of_figure.format(row="OLD"), of_figure.format(row="NEW"))),
        ("place_update", "AFTER UPDATE ON place WHEN OLD.country IS NOT NEW.country", of_place.format(row="NEW")),
    ]


def _postgres_function(table, condition, marks):
    return f"""CREATE FUNCTION event_rollup_actor_mark_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND NOT ({condition}) THEN RETURN NULL; END IF;
          {marks}
          RETURN NULL;
        END $$"""


def _postgres_triggers():
    of_event, of_participant, of_figure, of_place = _statements(False)
    changed = " OR ".join(f"OLD.{column} IS DISTINCT FROM NEW.{column}" for column in WATCHED)
    moved = "OLD.actor_id IS DISTINCT FROM NEW.actor_id OR OLD.event_id IS DISTINCT FROM NEW.event_id"

    def both_ways(statement):
        return (f"IF TG_OP <> 'INSERT' THEN {statement.format(row='OLD')} END IF;\n"
                f"          IF TG_OP <> 'DELETE' THEN {statement.format(row='NEW')} END IF;")
    statements = [_postgres_function("event", changed, both_ways(of_event)),
                  _postgres_function("participant", moved, both_ways(of_participant)),
                  _postgres_function("figure", "TRUE", both_ways(of_figure)),
                  _postgres_function("place", "OLD.country IS DISTINCT FROM NEW.country", of_place.format(row="NEW"))]
    for table in ("event", "participant", "figure"):
        statements.append(f"CREATE TRIGGER event_rollup_actor_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                          f"FOR EACH ROW EXECUTE PROCEDURE event_rollup_actor_mark_{table}()")
    statements.append("CREATE TRIGGER event_rollup_actor_place AFTER UPDATE OF country ON place FOR EACH ROW "
                      "EXECUTE PROCEDURE event_rollup_actor_mark_place()")
    return statements


def _is_sqlite(db):
    return isinstance(db, SqliteDatabase)


def up(migrator, db):
    db.create_tables(_tables(db), safe=True)
    sqlite = _is_sqlite(db)
    if sqlite:
        for name, when, body in _sqlite_triggers():
            db.execute_sql(f"CREATE TRIGGER event_rollup_actor_{name} {when} BEGIN {body} END")
    else:
        for statement in _postgres_triggers():
            db.execute_sql(statement)
    db.execute_sql("INSERT INTO event_rollup_actor_stale (actor_id, month_key) SELECT DISTINCT p.actor_id, "
                   f"{_month(sqlite, 'e')} FROM participant p JOIN event e ON e.id = p.event_id")


def down(migrator, db):
    if _is_sqlite(db):
        for name, _, _ in _sqlite_triggers():
            db.execute_sql(f"DROP TRIGGER event_rollup_actor_{name}")
    else:
        for table in ("event", "participant", "figure", "place"):
            db.execute_sql(f"DROP TRIGGER event_rollup_actor_{table} ON {table}")
            db.execute_sql(f"DROP FUNCTION event_rollup_actor_mark_{table}()")
    db.drop_tables(_tables(db))
