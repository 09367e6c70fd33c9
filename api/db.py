"""The database: one unbound object the models use, bound to a real database by the app factory.

Nothing connects at import time. `bind(url)` chooses the engine from DATABASE_URL and sets the SQLite
pragmas; the app opens one connection per request and closes it at teardown.
"""
import contextlib
import fcntl
import os

from peewee import AutoField, DatabaseProxy, SqliteDatabase
from playhouse.db_url import connect
from playhouse.pool import PooledSqliteDatabase

database = DatabaseProxy()

# WAL lets readers run while one writer writes; FULL sync makes an acknowledged write survive a power
# loss (NORMAL would only survive a crash of the process); the busy timeout makes a writer wait for the
# write lock instead of failing with "database is locked". Each connection's page cache is SQLITE_CACHE_MB
# (api/config.py), given to `bind` (without it, SQLite's own default: about 2 MB).
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "synchronous": "full",
}


# Connections are pooled: a request "closes" its connection back into the pool. Opening a SQLite connection
# costs little, but closing the last one of a file checkpoints and truncates the WAL, on every request;
# PostgreSQL connections cost a round trip and a backend process to open. Stale ones are dropped.
POOL = {"max_connections": 8, "stale_timeout": 300}


def make_database(url, sqlite_cache_mb=None):
    """A peewee database for a DATABASE_URL (sqlite:///path/to.db or postgresql://...); a SQLite connection's
    page cache holds up to `sqlite_cache_mb` megabytes (MiB) of the file."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        if path and path != ":memory:":
            os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        # A pooled connection may serve another thread later (threaded servers, tests): allowed, since
        # the pool hands each connection to one thread at a time.
        pragmas = dict(SQLITE_PRAGMAS)
        if sqlite_cache_mb is not None:
            pragmas["cache_size"] = -round(sqlite_cache_mb * 1024)   # negative: a size in KiB, not in pages
        return PooledSqliteDatabase(path, pragmas=pragmas, timeout=10, check_same_thread=False, **POOL)
    if url.startswith(("postgres://", "postgresql://")):
        url = url.replace("://", "+pool://", 1)
        return connect(url, **POOL)
    return connect(url)


def bind(url, sqlite_cache_mb=None):
    """Point the shared database object at the database behind url, and return it."""
    close_all()  # connections of a database bound before are of no use any more
    real = make_database(url, sqlite_cache_mb)
    database.initialize(real)
    return real


def close():
    """Close the connection, if the database object is bound and connected."""
    if database.obj is not None and not database.is_closed():
        database.close()


def close_all():
    """Really close every connection, pooled ones included: before a process forks (the gunicorn master,
    after migrating), and before a database is dropped or copied."""
    close()
    if database.obj is not None and hasattr(database.obj, "close_all"):
        database.obj.close_all()


def is_sqlite():
    return isinstance(database.obj, SqliteDatabase)


# Any constant: the key of the advisory lock that serialises writers on PostgreSQL.
WRITE_LOCK_KEY = 0x6366_7772  # "cfwr"


# What a write's outermost transaction does last, before it commits, with no exception raised: keep in step
# what is derived from the rows written (api/services/rollup_upkeep.py registers the events' rollup).
BEFORE_COMMIT = []


def _before_commit(transaction):
    if transaction is database.top_transaction():   # not a savepoint: the write's own transaction
        for step in BEFORE_COMMIT:
            step()


@contextlib.contextmanager
def write_transaction(durable=True):
    """One transaction for a whole write, holding the database's write lock from its first statement.

    SQLite: BEGIN IMMEDIATE takes the write lock up front, so two writers never both read and then fail to
    upgrade their locks halfway through. PostgreSQL: a transaction-scoped advisory lock does the same. Either
    way writes commit one after another, which is what makes version checks race-free and the change feed's
    order the commit order (docs/security.md). Nested calls join the outer transaction (a savepoint).

    `durable=False` (a rate limit's count, nothing a client was told is kept): the commit does not wait for the
    disk (SQLite's synchronous NORMAL for it, PostgreSQL's synchronous_commit off). A power loss may forget it;
    it is never half written, and the next durable commit makes it durable too. A write paid a second flush to
    disk for its count (docs/performance.md, "Writes back at the issue's throughput")."""
    if is_sqlite():
        relaxed = not durable and not database.in_transaction()   # (a pragma a transaction cannot change)
        if relaxed:
            database.execute_sql("PRAGMA synchronous = NORMAL")
        try:
            with database.atomic("IMMEDIATE") as transaction:
                yield transaction
                _before_commit(transaction)
        finally:
            if relaxed:
                database.execute_sql(f"PRAGMA synchronous = {SQLITE_PRAGMAS['synchronous']}")
        return
    with database.atomic() as transaction:
        # Once per transaction: a nested call is a savepoint, which peewee does not count in
        # transaction_depth(), so the depth alone took the lock again (a round trip) for every nested write.
        # Only a lock taken outside any savepoint is known to last (a savepoint rolled back may release it).
        outer = database.top_transaction()
        if not getattr(outer, "write_locked", False):
            database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
            outer.write_locked = transaction is outer
            if not durable and transaction is outer:
                database.execute_sql("SET LOCAL synchronous_commit TO OFF")
        yield transaction
        _before_commit(transaction)


SCHEMA_LOCK_KEY = 0x6366_7363  # "cfsc"


@contextlib.contextmanager
def schema_lock():
    """Held while migrating and loading the example data, and by the commands that need the schema up to date
    (tokens, fixtures), so that processes starting together take turns: `serve &` then `tokens create` waits
    for the server to finish creating the database instead of finding it half made. PostgreSQL: a
    session-level advisory lock. SQLite (one machine): an flock on a file beside the database, never on the
    database file itself (closing any other descriptor of that file would drop SQLite's own POSIX locks)."""
    if is_sqlite():
        path = database.obj.database
        if not path or path == ":memory:" or path.startswith("file:"):
            yield
            return
        with open(f"{path}.schema-lock", "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)
        return
    database.execute_sql("SELECT pg_advisory_lock(%s)", (SCHEMA_LOCK_KEY,))
    try:
        yield
    finally:
        database.execute_sql("SELECT pg_advisory_unlock(%s)", (SCHEMA_LOCK_KEY,))


def reset_sequences(models):
    """After rows were inserted with explicit IDs (example data, imports), move PostgreSQL's sequences past
    them; SQLite's AUTOINCREMENT follows explicit IDs by itself."""
    if is_sqlite():
        return
    for model in models:
        pk = model._meta.primary_key
        if not isinstance(pk, AutoField):
            continue
        table = model._meta.table_name
        database.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk.column_name}'), "
            f'COALESCE(MAX("{pk.column_name}"), 1), MAX("{pk.column_name}") IS NOT NULL) FROM "{table}"')
