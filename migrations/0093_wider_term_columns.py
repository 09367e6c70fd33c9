"""Columns of the open vocabularies wide enough for the local terms admins add (issue 10; migrations/0089).

Nine record columns hold terms of open vocabularies in 12 to 40 characters (a provision object's kind in 12: a
local term of six letters). PostgreSQL refuses a longer value, so the registry had to refuse local terms longer
than the narrowest column their vocabulary is stored in. They become VARCHAR(80), as wide as the registry's own
`term`. On PostgreSQL, ALTER COLUMN TYPE to a wider VARCHAR rewrites no rows and keeps the indexes and triggers;
SQLite does not enforce a VARCHAR's length, so there is nothing to do there.

down() narrows them again, which PostgreSQL refuses while a longer value is stored (then the terms must go first).
Migrations import nothing but peewee (and the standard library).
"""
from peewee import SqliteDatabase

WIDE = 80
COLUMNS = (("event_claim", "reason", 20), ("event_claim", "equipment_kind", 20), ("figure", "equipment_kind", 20),
           ("implementation", "reason", 20), ("provision_object", "kind", 12), ("provision", "type", 30),
           ("provision", "reason", 20), ("statement", "platform", 20), ("treaty", "kind", 40))


def _alter(db, width_of):
    if not isinstance(db, SqliteDatabase):
        for table, column, narrow in COLUMNS:
            db.execute_sql(f"ALTER TABLE {table} ALTER COLUMN {column} TYPE VARCHAR({width_of(narrow)})")


def up(migrator, db):
    _alter(db, lambda narrow: WIDE)


def down(migrator, db):
    _alter(db, lambda narrow: narrow)
