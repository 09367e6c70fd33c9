"""Full-text search tables, one per searchable kind, keyed by the record's ID (`rowid`).

Each engine has its own form of the same tables: SQLite FTS5 virtual tables (Porter stemming, bm25), and
on PostgreSQL plain tables holding a tsvector under a GIN index. api/services/search.py writes and queries
them in the same transaction as the record, never by hand.
"""
from peewee import BigIntegerField
from playhouse.postgres_ext import TSVectorField
from playhouse.sqlite_ext import FTS5Model, SearchField

from .base import BaseModel, database

# Porter stemming over unicode61: "fought" and "fighting" meet their stems; accents fold.
TOKENIZE = "porter unicode61 remove_diacritics 2"

# kind -> the record fields that are searched, in order
SEARCHED_FIELDS = {
    "sources": ("title", "publisher", "excerpt"),
    "actors": ("name", "aliases"),
    "places": ("name", "aliases", "description"),   # aliases: migrations/0008; description: 0014
    "events": ("title", "summary"),
    "treaties": ("name", "summary"),
    "statements": ("quote", "summary"),
}

TABLE_NAMES = {"sources": "source_search", "actors": "actor_search", "places": "place_search",
               "events": "event_search", "treaties": "treaty_search", "statements": "statement_search"}


class SqliteSearchModel(FTS5Model):
    class Meta:
        database = database
        legacy_table_names = False
        options = {"tokenize": TOKENIZE}


class PostgresSearchModel(BaseModel):
    rowid = BigIntegerField(primary_key=True)
    document = TSVectorField()   # GIN-indexed


def _sqlite_model(kind):
    fields = {name: SearchField() for name in SEARCHED_FIELDS[kind]}
    meta = type("Meta", (), {"table_name": TABLE_NAMES[kind]})
    return type(f"{kind.title()}Fts5", (SqliteSearchModel,), {**fields, "Meta": meta})


def _postgres_model(kind):
    meta = type("Meta", (), {"table_name": TABLE_NAMES[kind]})
    return type(f"{kind.title()}TsVector", (PostgresSearchModel,), {"Meta": meta})


SQLITE_TABLES = {kind: _sqlite_model(kind) for kind in SEARCHED_FIELDS}
POSTGRES_TABLES = {kind: _postgres_model(kind) for kind in SEARCHED_FIELDS}
