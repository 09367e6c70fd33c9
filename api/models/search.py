"""Full-text search tables (SQLite FTS5), one per searchable kind; rowid is the record's ID.

They are written by api/services/search.py in the same transaction as the record, never by hand.
"""
from playhouse.sqlite_ext import FTS5Model, SearchField

from .base import database

# Porter stemming over unicode61: "fought" and "fighting" meet their stems; accents fold.
TOKENIZE = "porter unicode61 remove_diacritics 2"


class SearchModel(FTS5Model):
    class Meta:
        database = database
        legacy_table_names = False
        options = {"tokenize": TOKENIZE}


class SourceSearch(SearchModel):
    title = SearchField()
    publisher = SearchField()
    excerpt = SearchField()


class ActorSearch(SearchModel):
    name = SearchField()
    aliases = SearchField()


class PlaceSearch(SearchModel):
    name = SearchField()


class EventSearch(SearchModel):
    title = SearchField()
    summary = SearchField()


class TreatySearch(SearchModel):
    name = SearchField()
    summary = SearchField()


class StatementSearch(SearchModel):
    quote = SearchField()
    summary = SearchField()


SEARCH_MODELS = [SourceSearch, ActorSearch, PlaceSearch, EventSearch, TreatySearch, StatementSearch]
