"""Full-text search: one FTS5 table per searchable kind (rowid = the record's ID), filled from the records
already stored, so a database migrated with data in it is searchable at once.

Frozen copies of the search tables, as in every migration; written by hand because peewee's generator
leaves virtual tables out.
"""
from peewee import *
from playhouse.sqlite_ext import FTS5Model, SearchField

TOKENIZE = "porter unicode61 remove_diacritics 2"

# table -> (columns, SQL selecting rowid and those columns from the stored records)
TABLES = {
    "source_search": (("title", "publisher", "excerpt"),
                      "SELECT id, title, coalesce(publisher, ''), coalesce(excerpt, '') FROM source"),
    "actor_search": (("name", "aliases"),
                     "SELECT a.id, a.name, coalesce((SELECT group_concat(alias, ' | ') FROM actor_alias "
                     "WHERE actor_id = a.id), '') FROM actor a"),
    "place_search": (("name",), "SELECT id, name FROM place"),
    "event_search": (("title", "summary"), "SELECT id, title, coalesce(summary, '') FROM event"),
    "treaty_search": (("name", "summary"), "SELECT id, name, coalesce(summary, '') FROM treaty"),
    "statement_search": (("quote", "summary"),
                         "SELECT id, coalesce(quote, ''), coalesce(summary, '') FROM statement"),
}


def _model(db, table, columns):
    meta = type("Meta", (), {"database": db, "table_name": table, "options": {"tokenize": TOKENIZE}})
    return type(table, (FTS5Model,), {**{column: SearchField() for column in columns}, "Meta": meta})


def up(migrator, db):
    for table, (columns, fill) in TABLES.items():
        model = _model(db, table, columns)
        db.create_tables([model])
        db.execute_sql(f'INSERT INTO "{table}" (rowid, {", ".join(columns)}) {fill}')


def down(migrator, db):
    for table in TABLES:
        db.execute_sql(f'DROP TABLE "{table}"')
