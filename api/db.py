"""The database: one unbound object the models use, bound to a real database by the app factory.

Nothing connects at import time. `bind(url)` chooses the engine from DATABASE_URL and sets the SQLite
pragmas; the app opens one connection per request and closes it at teardown.
"""
import os

from peewee import DatabaseProxy, SqliteDatabase
from playhouse.db_url import connect

database = DatabaseProxy()

# WAL lets readers run while one writer writes; FULL sync makes an acknowledged write survive a power
# loss (NORMAL would only survive a crash of the process); the busy timeout makes a writer wait for the
# write lock instead of failing with "database is locked".
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "synchronous": "full",
    "cache_size": -32000,
}


def make_database(url):
    """A peewee database for a DATABASE_URL (sqlite:///path/to.db or postgresql://...)."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        if path and path != ":memory:":
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        return SqliteDatabase(path, pragmas=SQLITE_PRAGMAS, timeout=10)
    return connect(url)


def bind(url):
    """Point the shared database object at the database behind url, and return it."""
    real = make_database(url)
    database.initialize(real)
    return real


def is_sqlite():
    return isinstance(database.obj, SqliteDatabase)


def write_transaction():
    """One transaction for a whole write. On SQLite it takes the write lock up front (BEGIN IMMEDIATE), so
    two writers never both read and then fail to upgrade their locks halfway through."""
    if is_sqlite():
        return database.atomic("IMMEDIATE")
    return database.atomic()
