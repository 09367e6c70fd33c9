"""The events' rollup (issue 13): event_rollup holds the live events and their deaths summed per place, month
of date_start, type and month of date_end, so that the aggregates over all events read tens of thousands of
rows instead of every event (api/services/rollup.py, docs/performance.md "Aggregates (issue 13)").

It is kept exact in each write's own transaction, whatever the write path: triggers on event and figure add the
(place, month) keys a row's change touches, before and after it, to event_rollup_stale, and the write's commit
sums those keys again (api/services/rollup_upkeep.py). A migration cannot run the sums (the choice of figure is
the service's, and may need later columns): every key of the existing events is marked stale here, and
`migrations.upgrade()` sums them once every migration has run. Until then the aggregates read the events.

event_rollup_country sums those rows again per country of the place, month and how precisely the events are
dated (within their month, quarter, year, or none): the few thousand rows an aggregate by country and period
reads. A place's new country marks its keys stale too.

Also an index of event (place_id, date_start): the events of one place and month, which a write sums again.
down() drops all of it.
"""
from peewee import CharField, CompositeKey, DateField, DoubleField, IntegerField, Model, SqliteDatabase

CATEGORIES = ("side_a", "side_b", "civilians", "combatants", "unknown", "initiator", "target")
DEATHS = ("deaths", "deaths_low", "deaths_best", "deaths_high", *(f"deaths_{c}" for c in CATEGORIES))


def _tables(db):
    class EventRollup(Model):
        place_key = IntegerField()
        month_key = CharField(max_length=7)
        month = DateField(null=True)
        end_month = DateField(null=True)
        type = CharField(max_length=20)
        events = IntegerField()
        events_with_deaths = IntegerField()

        class Meta:
            database = db
            table_name = "event_rollup"
            legacy_table_names = False
            indexes = ((("place_key", "month_key", "type", "end_month"), False), (("month_key",), False))

    class EventRollupCountry(Model):
        country = CharField(max_length=3, null=True)
        month_key = CharField(max_length=7, index=True)
        month = DateField(null=True)
        within = IntegerField()
        events = IntegerField()
        events_with_deaths = IntegerField()

        class Meta:
            database = db
            table_name = "event_rollup_country"
            legacy_table_names = False

    for model in (EventRollup, EventRollupCountry):
        for name in DEATHS:
            model._meta.add_field(name, DoubleField())

    class EventRollupStale(Model):
        place_key = IntegerField()
        month_key = CharField(max_length=7)

        class Meta:
            database = db
            table_name = "event_rollup_stale"
            legacy_table_names = False
            primary_key = CompositeKey("place_key", "month_key")

    return [EventRollup, EventRollupCountry, EventRollupStale]


def _sqlite_key(row):
    return f"COALESCE({row}.place_id, 0), COALESCE(strftime('%Y-%m', {row}.date_start), '')"


# A place's new country moves its events' sums between the per-country rows: its keys are summed again.
OF_PLACE = "SELECT DISTINCT place_key, month_key FROM event_rollup WHERE place_key = {row}.id"

# What an event's bucket and its inclusion depend on; its other columns change nothing summed.
WATCHED = ("place_id", "type", "date_start", "date_end", "date_bound", "deleted_at")


def _sqlite_triggers():
    mark = "INSERT OR IGNORE INTO event_rollup_stale (place_key, month_key)"
    changed = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in WATCHED)
    of_figure = (f"{mark} SELECT {_sqlite_key('event')} FROM event WHERE event.id = {{row}}.event_id;")
    return [
        f"CREATE TRIGGER event_rollup_event_insert AFTER INSERT ON event BEGIN {mark} VALUES ({_sqlite_key('NEW')}); END",
        f"CREATE TRIGGER event_rollup_event_delete AFTER DELETE ON event BEGIN {mark} VALUES ({_sqlite_key('OLD')}); END",
        f"CREATE TRIGGER event_rollup_event_update AFTER UPDATE ON event WHEN {changed} BEGIN "
        f"{mark} VALUES ({_sqlite_key('OLD')}); {mark} VALUES ({_sqlite_key('NEW')}); END",
        f"CREATE TRIGGER event_rollup_figure_insert AFTER INSERT ON figure BEGIN {of_figure.format(row='NEW')} END",
        f"CREATE TRIGGER event_rollup_figure_delete AFTER DELETE ON figure BEGIN {of_figure.format(row='OLD')} END",
        f"CREATE TRIGGER event_rollup_figure_update AFTER UPDATE ON figure BEGIN {of_figure.format(row='OLD')} "
        f"{of_figure.format(row='NEW')} END",
        f"CREATE TRIGGER event_rollup_place_update AFTER UPDATE ON place WHEN OLD.country IS NOT NEW.country BEGIN "
        f"{mark} {OF_PLACE.format(row='NEW')}; END",
    ]


def _postgres_key(row):
    return f"COALESCE({row}.place_id, 0), COALESCE(to_char({row}.date_start, 'YYYY-MM'), '')"


def _postgres_triggers():
    mark = "INSERT INTO event_rollup_stale (place_key, month_key)"
    unchanged = " AND ".join(f"OLD.{column} IS NOT DISTINCT FROM NEW.{column}" for column in WATCHED)
    of_figure = f"{mark} SELECT {_postgres_key('e')} FROM event e WHERE e.id = {{row}}.event_id ON CONFLICT DO NOTHING;"
    return [
        f"""CREATE FUNCTION event_rollup_mark_event() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'UPDATE' AND {unchanged} THEN RETURN NULL; END IF;
          IF TG_OP <> 'INSERT' THEN {mark} VALUES ({_postgres_key('OLD')}) ON CONFLICT DO NOTHING; END IF;
          IF TG_OP <> 'DELETE' THEN {mark} VALUES ({_postgres_key('NEW')}) ON CONFLICT DO NOTHING; END IF;
          RETURN NULL;
        END $$""",
        f"""CREATE FUNCTION event_rollup_mark_figure() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP <> 'INSERT' THEN {of_figure.format(row='OLD')} END IF;
          IF TG_OP <> 'DELETE' THEN {of_figure.format(row='NEW')} END IF;
          RETURN NULL;
        END $$""",
        "CREATE TRIGGER event_rollup_event AFTER INSERT OR UPDATE OR DELETE ON event FOR EACH ROW "
        "EXECUTE PROCEDURE event_rollup_mark_event()",
        "CREATE TRIGGER event_rollup_figure AFTER INSERT OR UPDATE OR DELETE ON figure FOR EACH ROW "
        "EXECUTE PROCEDURE event_rollup_mark_figure()",
        f"""CREATE FUNCTION event_rollup_mark_place() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          {mark} {OF_PLACE.format(row='NEW')} ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $$""",
        "CREATE TRIGGER event_rollup_place AFTER UPDATE OF country ON place FOR EACH ROW "
        "WHEN (OLD.country IS DISTINCT FROM NEW.country) EXECUTE PROCEDURE event_rollup_mark_place()",
    ]


def _is_sqlite(db):
    return isinstance(db, SqliteDatabase)


def up(migrator, db):
    db.create_tables(_tables(db), safe=True)
    migrator.migrate(migrator.add_index("event", ("place_id", "date_start"), False))
    sqlite = _is_sqlite(db)
    for statement in _sqlite_triggers() if sqlite else _postgres_triggers():
        db.execute_sql(statement)
    key = _sqlite_key("event") if sqlite else _postgres_key("event")
    db.execute_sql(f"INSERT INTO event_rollup_stale (place_key, month_key) SELECT DISTINCT {key} FROM event")


def down(migrator, db):
    if _is_sqlite(db):
        for name in ("event_insert", "event_delete", "event_update", "figure_insert", "figure_delete",
                     "figure_update", "place_update"):
            db.execute_sql(f"DROP TRIGGER event_rollup_{name}")
    else:
        for table, name in (("event", "event"), ("figure", "figure"), ("place", "place")):
            db.execute_sql(f"DROP TRIGGER event_rollup_{name} ON {table}")
            db.execute_sql(f"DROP FUNCTION event_rollup_mark_{name}()")
    migrator.migrate(migrator.drop_index("event", "event_place_id_date_start"))
    db.drop_tables(_tables(db))
