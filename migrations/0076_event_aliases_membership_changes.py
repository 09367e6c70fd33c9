"""What events are and are called, and what became of memberships (issue 10, mend-acts4; trials t24 #8
"code-named Operation Vigilant Resolve", #48 "mortar, rocket-propelled grenade and small-arms fire", #63 "the worst
wave of violence since the 2003 invasion", t25 #3 "the African Union suspended the country", #18 "in a 2003 coup",
#19 "fled the city as the rebels advanced"; docs/api.md "Ambushes, coups, looting, sanctions; an event's other
names; a suspended membership").

- event_alias is new and starts empty: an event's other names ("Operation Vigilant Resolve"), each with its
  language, as actor_alias, place_alias and treaty_alias hold theirs. They are searched (q=) in the title's column
  of event_search, so that table keeps its columns; every existing event has none.
- event gains `extent` (widespread, scattered, isolated; t25 #60 "widespread looting"): null for every existing
  event (not said); nullable, so that SQLite adds it without rebuilding the event table and its rollup triggers.
- participant gains `actor_part` (leadership, members, supporters, officials; t25 #77 "on Seleka leaders"): null
  for every existing participant (the actor as a whole); nullable, so that no table and no trigger is rebuilt.
- actor_membership gains `changes` (a JSON list of {change, date, by_id, event_id, note}): [] for every existing
  membership (plain SQL with a default: the table has no triggers, but no table is rebuilt either).
- event_claim gains `since_event_id` (the event a superlative counts since; a foreign key, indexed by
  add_column) and `more_equipment` (a JSON list beside `equipment`, [] for every existing claim).
- actor_position gains `since_event_id` and `until_event_id` (the events that began and ended the holding):
  null for every existing position (not said).

The new vocabulary terms (modes ambush, desecration, looting, coup, flee, travel_ban, asset_freeze, arms_embargo,
embargo, suspend_membership; equipment kind rpg; superlative measures most_intense, heaviest_losses, worst; the
leaving fled) need no column: they are values of existing ones (equipment_kind and superlative_measure are
VARCHAR(20); every new term is shorter). Old revisions stay valid input: the new fields have defaults ([], null).
down() drops them.
"""
from peewee import SQL, AutoField, CharField, ForeignKeyField, IntegerField, Model, NodeList, SqliteDatabase, TextField

JSON_LISTS = (("actor_membership", "changes"), ("event_claim", "more_equipment"))
EVENT_LINKS = (("event_claim", "since_event_id"), ("actor_position", "since_event_id"),
               ("actor_position", "until_event_id"))


def _frozen(db, name):
    """A stand-in for an existing table, enough to point a foreign key at it."""
    meta = type("Meta", (), {"database": db, "table_name": name})
    return type(name, (Model,), {"Meta": meta, "__module__": __name__})


def _tables(db):
    event_t = _frozen(db, "event")

    class StableIdField(AutoField):   # as api/models/base.py: an ID never reused
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    class EventAlias(Model):
        id = StableIdField()
        event = ForeignKeyField(event_t, on_delete="CASCADE", field=event_t._meta.primary_key)
        name = TextField()
        language = CharField(max_length=2, null=True)
        position = IntegerField()

        class Meta:
            database = db
            table_name = "event_alias"
            legacy_table_names = False

    return [EventAlias]


def _present(db, table):
    return {column.name for column in db.get_columns(table)}


def up(migrator, db):
    db.create_tables(_tables(db), safe=True)
    for table, column in JSON_LISTS:
        if column not in _present(db, table):
            db.execute_sql(f"ALTER TABLE {table} ADD COLUMN {column} TEXT NOT NULL DEFAULT '[]'")
    event = _frozen(db, "event")
    if "extent" not in _present(db, "event"):   # nullable: SQLite adds it without rebuilding the event table
        migrator.migrate(migrator.add_column("event", "extent", CharField(max_length=12, null=True)),
                         migrator.add_column("participant", "actor_part", CharField(max_length=12, null=True)))
    missing = [migrator.add_column(table, column, ForeignKeyField(event, null=True, on_delete="RESTRICT",
                                                                  field=event._meta.primary_key))
               for table, column in EVENT_LINKS if column not in _present(db, table)]
    if missing:   # add_column indexes a foreign key itself (event_claim_since_event_id, ...)
        migrator.migrate(*missing)


def down(migrator, db):
    db.drop_tables(_tables(db))
    migrator.migrate(*[migrator.drop_index(table, f"{table}_{column}") for table, column in EVENT_LINKS],
                     *[migrator.drop_column(table, column) for table, column in EVENT_LINKS + JSON_LISTS],
                     migrator.drop_column("event", "extent"), migrator.drop_column("participant", "actor_part"))
