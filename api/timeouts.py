"""A time limit on the database work of one request, so one expensive query cannot hold a worker.

SQLite: a progress handler, called every few thousand virtual-machine steps, interrupts the statement once
the request's deadline has passed. PostgreSQL: the connection's statement_timeout. Either way the statement
fails, its transaction rolls back, and api/errors.py answers 503 with a problem document. A streamed export
renews the deadline before each batch (PostgreSQL's limit is per statement anyway), so the limit bounds each
query rather than the whole download.
"""
import time

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


def install():
    """Arm the limit on this request's connection (call after connecting). Pooled connections keep their
    settings, so every request sets its own, including "no limit" for writes."""
    renew()
    if db.is_sqlite():
        db.database.connection().set_progress_handler(_interrupt, STEPS_BETWEEN_CHECKS)
    else:
        db.database.execute_sql("SET statement_timeout = %s", (int(_limit_ms()),))


def is_timeout(error):
    """Whether a database error is this request's time limit at work."""
    if "canceling statement due to statement timeout" in str(error):
        return True
    return has_request_context() and g.get("query_interrupted", False)
