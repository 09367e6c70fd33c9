"""Full-text search behind one interface, kept in sync with every write.

The rest of the service knows three calls: `index(kind, record)` and `remove(kind, id)` inside a write's
transaction, and `matching(kind, q)` for queries, which gives a subquery of (id, rank) rows, best first
when ordered by rank ascending. This module implements them with SQLite FTS5 (porter stemming, bm25
ranking); a PostgreSQL implementation (tsvector with a GIN index, ts_rank) can sit behind the same calls.
"""
from playhouse.sqlite_ext import FTS5Model

from ..models import ActorSearch, EventSearch, PlaceSearch, SourceSearch, StatementSearch, TreatySearch
from .exceptions import InvalidParameter

TABLES = {"sources": SourceSearch, "actors": ActorSearch, "places": PlaceSearch, "events": EventSearch,
          "treaties": TreatySearch, "statements": StatementSearch}


def _text(value):
    if value is None:
        return ""
    if isinstance(value, list):
        return " | ".join(value)
    return value


def index(kind, record):
    """(Re)index one record from its representation."""
    table = TABLES[kind]
    values = {field.name: _text(record[field.name]) for field in table._meta.sorted_fields
              if field.name != "rowid"}
    table.delete().where(table.rowid == record["id"]).execute()
    table.insert(rowid=record["id"], **values).execute()


def remove(kind, record_id):
    table = TABLES[kind]
    table.delete().where(table.rowid == record_id).execute()


def parse(q):
    """A search-box query -> an FTS5 query: words, "phrases", prefix*, OR, NOT; FTS5's own syntax
    characters are quoted away, so no input makes the query fail to parse."""
    query = FTS5Model.web_query(q)
    if query.strip('"') == "":
        raise InvalidParameter({"q": ["Has no words to search for."]})
    return query


def matching(kind, q):
    """SELECT rowid AS id, rank of the records matching q; lower rank is more relevant (bm25)."""
    table = TABLES[kind]
    return (table.select(table.rowid.alias("id"), table.rank().alias("rank"))
            .where(table.match(parse(q))))
