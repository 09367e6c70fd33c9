"""A time limit on the database work of one request, so one expensive query cannot hold a worker.

SQLite: a progress handler, called every few thousand virtual-machine steps, interrupts the statement once
the request's deadline has passed. PostgreSQL: the connection's statement_timeout. Either way the statement
fails, its transaction rolls back, and api/errors.py answers 503 with a problem document. A streamed export
renews the deadline before each batch (PostgreSQL's limit is per statement anyway), so the limit bounds each
query rather than the whole download.
"""
import time
import weakref

from flask import current_app, g, has_request_context, request

from . import db

STEPS_BETWEEN_CHECKS = 5000
READ_METHODS = ("GET", "HEAD")


def _interrupt():
    deadline = g.get("query_deadline") if has_request_context() else None
    if deadline is not None and time.monotonic() > deadline:
        g.query_interrupted = True  # SQLite's message depends on where it stopped ("interrupted", ...)
        return 1
    return 0


def _limit_ms():
    """Reads are limited; writes are not: a write is small and bounded by validation, and it may wait for
    the write lock behind others; cutting it off there would fail it for nobody's fault (or, after its
    commit, answer an error for a write that happened)."""
    return current_app.config["QUERY_TIME_LIMIT_MS"] if request.method in READ_METHODS else 0


def renew():
    limit_ms = _limit_ms()
    g.query_deadline = time.monotonic() + limit_ms / 1000 if limit_ms else None


# PostgreSQL: the statement_timeout each pooled connection was last given. The connections run in autocommit
# mode and the SET is sent outside any transaction, so it holds until the next SET; a request whose limit is
# the one already set (most of them) skips the round trip.
_statement_timeouts = weakref.WeakKeyDictionary()


def install():
    """Arm the limit on this request's connection (call after connecting). Pooled connections keep their
    settings, so every request sets its own, including "no limit" for writes."""
    renew()
    connection = db.database.connection()
    if db.is_sqlite():
        connection.set_progress_handler(_interrupt, STEPS_BETWEEN_CHECKS)
        return
    limit_ms = int(_limit_ms())
    if db.database.in_transaction():  # a SET there would end with the transaction: send it, remember nothing
        db.database.execute_sql("SET statement_timeout = %s", (limit_ms,))
        _statement_timeouts.pop(connection, None)
    elif _statement_timeouts.get(connection) != limit_ms:
        db.database.execute_sql("SET statement_timeout = %s", (limit_ms,))
        _statement_timeouts[connection] = limit_ms


def is_timeout(error):
    """Whether a database error is this request's time limit at work."""
    if "canceling statement due to statement timeout" in str(error):
        return True
    return has_request_context() and g.get("query_interrupted", False)


def lift():
    """No time limit on this thread's connection: for work outside any request (a background import), which a
    pooled connection would otherwise run under the limit its last request set. (SQLite's progress handler
    only acts inside a request.)"""
    if db.is_sqlite():
        return
    connection = db.database.connection()
    if _statement_timeouts.get(connection) != 0:
        db.database.execute_sql("SET statement_timeout = 0")
        _statement_timeouts[connection] = 0
