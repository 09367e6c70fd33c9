"""External IDs on every kind (issues 11 and 12): events, treaties, statements and sources get the
`external_ids` that actors and places have always had, stored the same way: a table per kind, one row per
(record, scheme), owned by the record (ON DELETE CASCADE). New and empty: source_external_id,
event_external_id, treaty_external_id, statement_external_id. The actors' and places' rows stay where they are.

ACLED's scheme now names ACLED events (event_id_cnty). An actor's `acled` entry held an ACLED actor name,
which is a name, not an identifier (ACLED has no actor IDs): each becomes one of the actor's aliases (language
unknown; not added twice when the actor already has that alias), and the actor's search entry is made again
from its name and aliases so that the name still finds it; the same for a place's `acled` entry (an ACLED
location name). An actor's `geonames` or a place's `ucdp` entry identifies nothing of its kind: each is dropped
and named on standard error (the record's revisions keep it). Down drops the new tables and leaves the
aliases: they say nothing false.
"""
import sys

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


# The search entry of an actor or a place from its name, aliases (and description), as migrations/0002, 0008
# and 0014 made it, by engine.
SEARCH_SQLITE = {
    "actor": "INSERT INTO actor_search (rowid, name, aliases) SELECT a.id, a.name, coalesce((SELECT "
             "group_concat(alias, ' | ') FROM actor_alias WHERE actor_id = a.id), '') FROM actor a WHERE a.id = ?",
    "place": "INSERT INTO place_search (rowid, name, aliases, description) SELECT p.id, p.name, coalesce((SELECT "
             "group_concat(name, ' | ') FROM place_alias WHERE place_id = p.id), ''), coalesce(p.description, '') "
             "FROM place p WHERE p.id = ?",
}
SEARCH_POSTGRES = {
    "actor": f"INSERT INTO actor_search (rowid, document) SELECT a.id, to_tsvector('{TEXT_SEARCH_CONFIG}', "
             "a.name || ' ' || coalesce((SELECT string_agg(alias, ' | ') FROM actor_alias WHERE "
             "actor_id = a.id), '')) FROM actor a WHERE a.id = %s",
    "place": f"INSERT INTO place_search (rowid, document) SELECT p.id, to_tsvector('{TEXT_SEARCH_CONFIG}', "
             "p.name || ' ' || coalesce((SELECT string_agg(name, ' | ') FROM place_alias WHERE "
             "place_id = p.id), '') || ' ' || coalesce(p.description, '')) FROM place p WHERE p.id = %s",
}
# Schemes an actor or a place may no longer carry, ACLED's aside: they identify no record of that kind (a
# GeoNames feature is a place, a UCDP id an actor), so no reference or filter could ever use them.
NOT_OF_KIND = {"actor": ("geonames",), "place": ("ucdp",)}
ALIAS_COLUMN = {"actor": "alias", "place": "name"}   # as migrations/0001 and 0008 named them


def _acled_names_to_aliases(db, owner):
    """An `acled` entry of an actor or a place held an ACLED name (ACLED has no actor or location IDs): it
    becomes one of the record's aliases (language unknown; not added twice), and its search entry is made
    again so the name still finds it."""
    param, alias = db.param, ALIAS_COLUMN[owner]
    owners = [row[0] for row in db.execute_sql(
        f"SELECT DISTINCT {owner}_id FROM {owner}_external_id WHERE scheme = 'acled' ORDER BY {owner}_id").fetchall()]
    for ident in owners:
        (name,) = db.execute_sql(f"SELECT value FROM {owner}_external_id WHERE scheme = 'acled' AND {owner}_id = "
                                 + param, (ident,)).fetchone()
        known = db.execute_sql(f"SELECT 1 FROM {owner}_alias WHERE {owner}_id = {param} AND {alias} = {param}",
                               (ident, name)).fetchone()
        if known is None:
            (last,) = db.execute_sql(f"SELECT max(position) FROM {owner}_alias WHERE {owner}_id = " + param,
                                     (ident,)).fetchone()
            db.execute_sql(f"INSERT INTO {owner}_alias ({owner}_id, {alias}, language, position) "
                           f"VALUES ({param}, {param}, NULL, {param})", (ident, name, 0 if last is None else last + 1))
    db.execute_sql(f"DELETE FROM {owner}_external_id WHERE scheme = 'acled'")
    search = SEARCH_SQLITE if isinstance(db, SqliteDatabase) else SEARCH_POSTGRES
    for ident in owners:
        db.execute_sql(f"DELETE FROM {owner}_search WHERE rowid = " + param, (ident,))
        db.execute_sql(search[owner], (ident,))


def _drop_schemes_not_of_kind(db, owner):
    """Entries no scheme of the kind takes are dropped, each named on standard error (the records' revisions
    still hold them); left in place, they would make every later write of the record a 422."""
    schemes = NOT_OF_KIND[owner]
    marks = ", ".join([db.param] * len(schemes))
    for ident, scheme, value in db.execute_sql(
            f"SELECT {owner}_id, scheme, value FROM {owner}_external_id WHERE scheme IN ({marks}) "
            f"ORDER BY {owner}_id, scheme", schemes).fetchall():
        print(f"0018: dropped {owner} {ident}'s external ID {scheme}:{value} ({scheme} does not identify "
              f"{owner}s)", file=sys.stderr)
    db.execute_sql(f"DELETE FROM {owner}_external_id WHERE scheme IN ({marks})", schemes)


def up(migrator, db):
    db.create_tables(_tables(db))
    for owner in ("actor", "place"):
        _acled_names_to_aliases(db, owner)
        _drop_schemes_not_of_kind(db, owner)


def down(migrator, db):
    db.drop_tables(_tables(db))
