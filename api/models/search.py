"""Full-text search tables, one per searchable kind, keyed by the record's ID (`rowid`).

Each engine has its own form of the same tables: SQLite FTS5 virtual tables (Porter stemming, bm25), and
on PostgreSQL plain tables holding a tsvector under a GIN index. api/services/search.py writes and queries
them in the same transaction as the record, never by hand.
"""
from peewee import BigIntegerField, BooleanField, CharField, SqliteDatabase, TextField
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


# --- names: what GET /v1/search matches exactly and by prefix (api/services/names.py) --------------------------

class CodepointTextField(TextField):
    """Text ordered by Unicode code point on both engines, so that a range `prefix <= x < prefix + U+10FFFF`
    is exactly the values starting with the prefix and is read off the index: SQLite compares text by its
    bytes (BINARY, UTF-8 keeps code-point order); PostgreSQL compares by the column's collation, which may
    be a language's (en_US ignores spaces and punctuation at first), so the column takes ucs_basic."""

    def ddl(self, ctx):
        self.collation = None if isinstance(database.obj, SqliteDatabase) else "ucs_basic"
        return super().ddl(ctx)


class SearchName(BaseModel):
    """A name or an alias of a record, folded (case, diacritics, punctuation), once whole and once from each
    later word on ("ilham aliyev", "aliyev"): an exact name is one index lookup, a prefix one index range,
    a word of the name as it is being typed too. Derived like the full-text tables: written in the record's
    transaction, never exported."""

    kind = CharField(max_length=12)
    record_id = BigIntegerField()
    field = CharField(max_length=5)   # name (the record's name or title) or alias
    language = CharField(max_length=2, null=True)   # an alias's language
    text = TextField()   # the name or alias as written
    whole = BooleanField()   # folded holds the whole name (else: from a later word on)
    folded = CodepointTextField()

    class Meta:
        table_name = "search_name"
        indexes = ((("kind", "whole", "folded"), False), (("kind", "record_id"), False))
