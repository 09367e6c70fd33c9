"""Full-text search behind one interface, kept in sync with every write.

The rest of the service knows four calls: `index(kind, record)` and `remove(kind, id)` inside a write's
transaction (a deleted record leaves the index, so every match is a live record), and for queries
`matching(kind, q)`, which gives a subquery of (id, rank) rows, most relevant first when ordered by rank
ascending, and `top(kind, q, limit, after)`, the same rows already ordered by (rank, id) and cut to one
page after a cursor's position. Two implementations sit behind them:

- SQLite: FTS5 tables with the Porter stemmer, ranked by bm25;
- PostgreSQL: a tsvector per record (the 'english' configuration: Snowball stemming; it also drops
  English stop words such as "the") under a GIN index, ranked by ts_rank.

A search-box query is parsed once, by peewee's FTS5 query parser (words, "phrases", prefix*, OR, NOT, with
the engines' own syntax characters quoted away), and the PostgreSQL side translates that into a tsquery,
so `q` means the same on both engines.
"""
import re

from peewee import Expression, fn
from playhouse.sqlite_ext import FTS5Model

from .. import write_sql
from ..db import is_sqlite
from ..models.search import POSTGRES_TABLES, SEARCHED_FIELDS, SQLITE_TABLES
from . import names
from .exceptions import InvalidParameter

TEXT_SEARCH_CONFIG = "english"


def _text(value):
    if value is None:
        return ""
    if isinstance(value, list):   # aliases: objects {name, language} (strings before migrations/0008)
        return " | ".join(item["name"] if isinstance(item, dict) else item for item in value)
    return value


# A field searched in another's column (no new search column to migrate): a source's co-publishers
# (migrations/0020) are searched as its publisher, a statement's further quotes as its quote.
ALSO_SEARCHED = {("sources", "publisher"): "publishers",
                 ("statements", "quote"): "other_quotes",   # passages quoted after the first (migrations/0040)
                 ("treaties", "name"): "aliases",   # a treaty's other names (migrations/0058)
                 ("events", "title"): "aliases"}   # an event's other names (migrations/0076)


def index(kind, record, fresh=False):
    """(Re)index one record from its representation: its full text, and its names (GET /v1/search).
    `fresh`: the record was inserted just now, so it has no entries to replace."""
    names.index(kind, record, fresh)
    texts = [" | ".join(filter(None, (_text(record[name]), _text(record.get(ALSO_SEARCHED.get((kind, name)))))))
             for name in SEARCHED_FIELDS[kind]]
    if is_sqlite():
        table = SQLITE_TABLES[kind]
        if not fresh:
            write_sql.delete_where(table, rowid=record["id"])
        write_sql.insert(table, {"rowid": record["id"], **dict(zip(SEARCHED_FIELDS[kind], texts))})
        return
    table = POSTGRES_TABLES[kind]
    document = fn.to_tsvector(TEXT_SEARCH_CONFIG, " ".join(texts))
    (table.insert(rowid=record["id"], document=document)
     .on_conflict(conflict_target=[table.rowid], update={table.document: document}).execute())


def remove(kind, record_id):
    names.remove(kind, record_id)
    table = (SQLITE_TABLES if is_sqlite() else POSTGRES_TABLES)[kind]
    table.delete().where(table.rowid == record_id).execute()


# The most words a query may have (MAX_SEARCH_TERMS; the app factory sets it): each word is one more index
# lookup and merge, and a prefix* one more scan over the index's terms.
MAX_TERMS = 16
_OPERATORS = frozenset(("AND", "OR", "NOT"))


def parse(q):
    """A search-box query -> an FTS5 query, the common form both engines work from."""
    terms = sum(1 for word in re.findall(r"\w+", q) if word not in _OPERATORS)
    if terms > MAX_TERMS:
        raise InvalidParameter({"q": [f"Has {terms} words; a search may have at most {MAX_TERMS}."]})
    query = FTS5Model.web_query(q)
    if query.strip('"') == "":
        raise InvalidParameter({"q": ["Has no words to search for."]})
    return query


_TOKEN = re.compile(r'"((?:[^"]|"")*)"(\*?)|(\()|(\))|\b(AND|OR|NOT)\b')


def to_tsquery(fts5_query):
    """The FTS5 query peewee's parser makes -> PostgreSQL tsquery syntax.

    "a b" (a phrase) -> 'a' <-> 'b';  "pre"* -> 'pre':*;  OR -> |;  NOT -> & !;  side by side -> &.
    Column filters ("title": ...) search every field instead. Each word is quoted as a tsquery literal,
    and to_tsquery then stems it with the same configuration the documents were indexed with."""
    parts, need_operator = [], False
    for match in _TOKEN.finditer(fts5_query):
        phrase, star, opening, closing, operator = match.groups()
        if operator:
            parts.append({"AND": "&", "OR": "|", "NOT": "& !"}[operator])
            need_operator = False
            continue
        if closing:
            parts.append(")")
            need_operator = True
            continue
        if need_operator:
            parts.append("&")
        if opening:
            parts.append("(")
            need_operator = False
            continue
        if fts5_query[match.end():match.end() + 1] == ":":   # a column filter: drop the column's name
            need_operator = False
            parts.pop() if parts and parts[-1] == "&" else None
            continue
        words = [w for w in re.split(r"\W+", phrase.replace('""', '"')) if w]
        if not words:
            need_operator = bool(parts) and parts[-1] not in ("&", "|", "& !", "(")
            continue
        literals = ["'" + w.replace("'", "''") + "'" for w in words]
        if star:
            literals[-1] += ":*"
        parts.append(" <-> ".join(literals) if len(literals) > 1 else literals[0])
        need_operator = True
    return " ".join(_well_formed(parts))


def _well_formed(parts):
    """Drop operators with nothing on their left (at the start, after '(' or another operator) and at
    the end; a NOT with nothing on its left becomes a plain '!'."""
    result = []
    for part in parts:
        dangling = not result or result[-1] in ("&", "|", "& !", "(", "!")
        if part in ("&", "|") and dangling:
            continue
        if part == "& !" and dangling:
            part = "!"
            if result and result[-1] == "!":
                continue
        result.append(part)
    while result and result[-1] in ("&", "|", "& !", "!", "("):
        result.pop()
    return result


def _search(kind, q):
    """(table, the condition matching q, the rank expression: lower is more relevant)."""
    query = parse(q)
    if is_sqlite():
        table = SQLITE_TABLES[kind]
        return table, table.match(query), table.rank()
    table = POSTGRES_TABLES[kind]
    tsquery = fn.to_tsquery(TEXT_SEARCH_CONFIG, to_tsquery(query))
    return table, Expression(table.document, "@@", tsquery), fn.ts_rank(table.document, tsquery) * -1


def matching(kind, q):
    """SELECT the id and rank of the records matching q; lower rank is more relevant."""
    table, condition, rank = _search(kind, q)
    return table.select(table.rowid.alias("id"), rank.alias("rank")).where(condition)


def matching_ids(kind, q):
    """SELECT the IDs of the records matching q (unranked: for a filter)."""
    table, condition, _ = _search(kind, q)
    return table.select(table.rowid).where(condition)


def top(kind, q, limit, after=None):
    """SELECT (id, rank) of the `limit` most relevant matches of q, by rank then id, after the position
    `after` = (rank, id) if given: ranked and cut inside the search index, before any record is read."""
    table, condition, rank = _search(kind, q)
    query = table.select(table.rowid, rank).where(condition)
    if after is not None:
        after_rank, after_id = after
        query = query.where((rank > after_rank) | ((rank == after_rank) & (table.rowid > after_id)))
    return query.order_by(rank, table.rowid).limit(limit)
