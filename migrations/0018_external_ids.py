"""External IDs on every kind (issues 11 and 12): events, treaties, statements and sources get the
`external_ids` that actors and places have always had, stored the same way: a table per kind, one row per
(record, scheme), owned by the record (ON DELETE CASCADE). New and empty: source_external_id,
event_external_id, treaty_external_id, statement_external_id. The actors' and places' rows stay where they are.

ACLED's scheme now names ACLED events (event_id_cnty). An actor's `acled` entry held an ACLED actor name,
which is a name, not an identifier (ACLED has no actor IDs): each becomes one of the actor's aliases (language
unknown; not added twice when the actor already has that alias), and the actor's search entry is made again
from its name and aliases so that the name still finds it. Down drops the new tables and leaves the aliases:
they say nothing false.
"""
from peewee import *
from peewee import SQL, NodeList

TABLES = {"source_external_id": ("source", "source"), "event_external_id": ("event", "event"),
          "treaty_external_id": ("treaty", "treaty"), "statement_external_id": ("statement", "statement")}
TEXT_SEARCH_CONFIG = "english"


def _tables(db):
    class StableIdField(AutoField):
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    models = []
    for table, (owner, owner_table) in TABLES.items():
        record = type(owner_table, (Model,), {"id": StableIdField(), "Meta": type("Meta", (), {
            "database": db, "table_name": owner_table})})
        models.append(type(table, (Model,), {
            "id": StableIdField(), owner: ForeignKeyField(record, on_delete="CASCADE", index=False),
            "scheme": CharField(max_length=20), "value": TextField(),
            "Meta": type("Meta", (), {"database": db, "table_name": table, "legacy_table_names": False,
                                      "indexes": (((owner, "scheme"), True), (("scheme", "value"), False))})}))
    return models


def _acled_names_to_aliases(db):
    actors = [row[0] for row in db.execute_sql(
        "SELECT DISTINCT actor_id FROM actor_external_id WHERE scheme = 'acled' ORDER BY actor_id").fetchall()]
    for actor_id in actors:
        (name,) = db.execute_sql("SELECT value FROM actor_external_id WHERE scheme = 'acled' AND actor_id = %s"
                                 .replace("%s", db.param), (actor_id,)).fetchone()
        known = db.execute_sql("SELECT 1 FROM actor_alias WHERE actor_id = {0} AND alias = {0}".format(db.param),
                               (actor_id, name)).fetchone()
        if known is None:
            (last,) = db.execute_sql("SELECT max(position) FROM actor_alias WHERE actor_id = " + db.param,
                                     (actor_id,)).fetchone()
            db.execute_sql("INSERT INTO actor_alias (actor_id, alias, language, position) VALUES ({0}, {0}, NULL, {0})"
                           .format(db.param), (actor_id, name, 0 if last is None else last + 1))
    db.execute_sql("DELETE FROM actor_external_id WHERE scheme = 'acled'")
    for actor_id in actors:   # the search entry from the name and aliases, as migrations/0002 made it
        db.execute_sql("DELETE FROM actor_search WHERE rowid = " + db.param, (actor_id,))
        if isinstance(db, SqliteDatabase):
            db.execute_sql("INSERT INTO actor_search (rowid, name, aliases) SELECT a.id, a.name, coalesce((SELECT "
                           "group_concat(alias, ' | ') FROM actor_alias WHERE actor_id = a.id), '') FROM actor a "
                           "WHERE a.id = ?", (actor_id,))
        else:
            db.execute_sql(f"INSERT INTO actor_search (rowid, document) SELECT a.id, to_tsvector('{TEXT_SEARCH_CONFIG}', "
                           "a.name || ' ' || coalesce((SELECT string_agg(alias, ' | ') FROM actor_alias WHERE "
                           "actor_id = a.id), '')) FROM actor a WHERE a.id = %s", (actor_id,))


def up(migrator, db):
    db.create_tables(_tables(db))
    _acled_names_to_aliases(db)


def down(migrator, db):
    db.drop_tables(_tables(db))
