"""Full-text search: one table per searchable kind (rowid = the record's ID), filled from the records already
stored, so a database migrated with data in it is searchable at once.

SQLite: FTS5 virtual tables with the Porter stemmer. PostgreSQL: a tsvector per record ('english'
configuration) under a GIN index. Frozen copies of the tables, as in every migration; written by hand because
peewee's generator leaves virtual tables out.
"""
from peewee import *
from playhouse.postgres_ext import TSVectorField
from playhouse.sqlite_ext import FTS5Model, SearchField

TOKENIZE = "porter unicode61 remove_diacritics 2"
TEXT_SEARCH_CONFIG = "english"

# table -> (columns, SQL selecting rowid and those columns from the stored records)
TABLES = {
    "source_search": (("title", "publisher", "excerpt"),
                      "SELECT id, title, coalesce(publisher, ''), coalesce(excerpt, '') FROM source"),
    "actor_search": (("name", "aliases"),
                     "SELECT a.id, a.name, coalesce((SELECT {aggregate} FROM actor_alias "
                     "WHERE actor_id = a.id), '') FROM actor a"),
    "place_search": (("name",), "SELECT id, name FROM place"),
    "event_search": (("title", "summary"), "SELECT id, title, coalesce(summary, '') FROM event"),
    "treaty_search": (("name", "summary"), "SELECT id, name, coalesce(summary, '') FROM treaty"),
    "statement_search": (("quote", "summary"),
                         "SELECT id, coalesce(quote, ''), coalesce(summary, '') FROM statement"),
}


def _sqlite_model(db, table, columns):
    meta = type("Meta", (), {"database": db, "table_name": table, "options": {"tokenize": TOKENIZE}})
    return type(table, (FTS5Model,), {**{column: SearchField() for column in columns}, "Meta": meta})


def _postgres_model(db, table):
    meta = type("Meta", (), {"database": db, "table_name": table, "legacy_table_names": False})
    return type(table, (Model,), {"rowid": BigIntegerField(primary_key=True), "document": TSVectorField(),
                                  "Meta": meta})


def up(migrator, db):
    sqlite = isinstance(db, SqliteDatabase)
    for table, (columns, fill) in TABLES.items():
        if sqlite:
            db.create_tables([_sqlite_model(db, table, columns)])
            select = fill.format(aggregate="group_concat(alias, ' | ')")
            db.execute_sql(f'INSERT INTO "{table}" (rowid, {", ".join(columns)}) {select}')
        else:
            db.create_tables([_postgres_model(db, table)])
            select = fill.format(aggregate="string_agg(alias, ' | ')")
            texts = " || ' ' || ".join(f"t.c{i}" for i in range(len(columns)))
            names = ", ".join(f"c{i}" for i in range(len(columns)))
            db.execute_sql(f'INSERT INTO "{table}" (rowid, document) SELECT t.id, '
                           f"to_tsvector('{TEXT_SEARCH_CONFIG}', {texts}) FROM ({select}) AS t(id, {names})")


def down(migrator, db):
    for table in TABLES:
        db.execute_sql(f'DROP TABLE "{table}"')
