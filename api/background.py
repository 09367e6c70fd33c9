"""Work that outlives the request that started it (an import posted to /v1/imports), run by a runner.

A runner is a callable taking the work (a function of no arguments). The app's runner, in
app.extensions["background_runner"], is `in_thread`: a daemon thread of the worker process, with a database
connection of its own and no query time limit. A daemon, because a worker that stops must not wait for an
import of an hour: the import's transactions roll back, and services/import_jobs.py marks the job failed.
`inline` runs the work in the calling thread, before the request is answered (tests, and embedding).
"""
import logging
import threading

from . import db, timeouts

log = logging.getLogger(__name__)


def _with_connection(work):
    with db.database.connection_context():
        timeouts.lift()
        work()


def in_thread(work):
    """Start `work` in a daemon thread -> the thread."""
    thread = threading.Thread(target=_with_connection, args=(work,), name="conflict-facts-background", daemon=True)
    thread.start()
    return thread


def inline(work):
    """Run `work` now, on the calling thread's connection."""
    work()
