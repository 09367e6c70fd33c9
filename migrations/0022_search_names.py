"""The names index of GET /v1/search (issue 11): search_name holds every live record's name (or title) and
aliases, folded (case, diacritics, punctuation) once whole and once from each later word on, under an index
on (kind, whole, folded) for exact names and prefixes.

Filled here from the records already stored, so a migrated database finds its records at once. The folding
is a frozen copy of api/services/names.py's, as migrations never import the live code. On PostgreSQL the
folded column is compared by code point (ucs_basic), so that a prefix is one range of the index.
"""
import re
import unicodedata

from peewee import BigIntegerField, BooleanField, CharField, Model, SqliteDatabase, TextField

MAX_WORDS = 12
MAX_FOLDED = 200
BATCH = 500
_SPELLED = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "þ": "th"})
_WORDS = re.compile(r"[^\W_]+")

# kind -> SQL giving (record id, field, language, text) for every live record's name and aliases
SOURCES = {
    "actors": ["SELECT id, 'name', NULL, name FROM actor WHERE deleted_at IS NULL",
               "SELECT a.id, 'alias', x.language, x.alias FROM actor_alias x JOIN actor a ON a.id = x.actor_id "
               "WHERE a.deleted_at IS NULL ORDER BY a.id, x.position"],
    "places": ["SELECT id, 'name', NULL, name FROM place WHERE deleted_at IS NULL",
               "SELECT p.id, 'alias', x.language, x.name FROM place_alias x JOIN place p ON p.id = x.place_id "
               "WHERE p.deleted_at IS NULL ORDER BY p.id, x.position"],
    "treaties": ["SELECT id, 'name', NULL, name FROM treaty WHERE deleted_at IS NULL"],
    "events": ["SELECT id, 'name', NULL, title FROM event WHERE deleted_at IS NULL"],
    "sources": ["SELECT id, 'name', NULL, title FROM source WHERE deleted_at IS NULL"],
}


def fold(text):
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char)).translate(_SPELLED)
    return " ".join(_WORDS.findall(bare))


def _model(db):
    sqlite = isinstance(db, SqliteDatabase)

    class SearchName(Model):
        kind = CharField(max_length=12)
        record_id = BigIntegerField()
        field = CharField(max_length=5)
        language = CharField(max_length=2, null=True)
        text = TextField()
        whole = BooleanField()
        folded = TextField(collation=None if sqlite else "ucs_basic")

        class Meta:
            database = db
            table_name = "search_name"
            legacy_table_names = False
            indexes = ((("kind", "whole", "folded"), False), (("kind", "record_id"), False))

    return SearchName


def _rows(kind, record_id, field, language, text):
    folded = fold(text or "")
    if not folded:
        return []
    words = folded.split(" ")
    first = {"kind": kind, "record_id": record_id, "field": field, "language": language, "text": text,
             "whole": True, "folded": folded[:MAX_FOLDED]}
    return [first] + [{**first, "whole": False, "folded": " ".join(words[start:])[:MAX_FOLDED]}
                      for start in range(1, min(len(words), MAX_WORDS))]


def up(migrator, db):
    table = _model(db)
    db.create_tables([table])
    pending = []
    for kind, queries in SOURCES.items():
        for query in queries:
            for record_id, field, language, text in db.execute_sql(query).fetchall():
                pending += _rows(kind, record_id, field, language, text)
                if len(pending) >= BATCH:
                    table.insert_many(pending).execute()
                    pending = []
    if pending:
        table.insert_many(pending).execute()


def down(migrator, db):
    db.drop_tables([_model(db)])
