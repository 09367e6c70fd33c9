"""Import jobs: a dataset file posted to POST /v1/imports, imported in the background by imports.run.

The job's state, progress and summary are rows of import_job (migrations/0030), so that any worker of any
instance can answer GET /v1/imports/<id>. A job goes queued -> running -> done (with the import's summary) or
failed (with the reason). The upload waits in the spool (import_spool.py) and is removed when the job ends.

A job whose process died (a worker killed, a restart) must not stay `running` for ever. Whoever reads the jobs
(reap, before every listing and every GET) marks such a job failed:
- on the machine that received it, as soon as its spool lock is free (the kernel freed it with the process);
- on any other machine, once its heartbeat is older than IMPORT_STALE_AFTER seconds (a running job's
  heartbeat is written every HEARTBEAT_SECONDS).
Posting the same file again then resumes: rows already imported come back `unchanged`, and the rest load.
"""
import dataclasses
import datetime
import logging
import math
import os
import socket
import threading
import time

from peewee import OperationalError

from .. import jsonio, sql
from ..db import write_transaction
from ..models import ImportJob
from ..models.base import utcnow
from . import cursors, import_spool, imports, pseudonyms
from .exceptions import NotFound

log = logging.getLogger(__name__)

HOST = socket.gethostname()
HEARTBEAT_SECONDS = 5
MAX_REJECTIONS = 1000          # a job keeps the first rejections; `rejected` counts them all
ACTIVE = ("queued", "running")
NEWEST_FIRST = [cursors.SortKey("id", True)]
SUMMARY_COUNTS = ("created", "updated", "unchanged", "deleted", "rejected")


@dataclasses.dataclass
class Spooled:
    """An upload complete in the spool, its lock held by this process (`lock`: the descriptor)."""
    folder: str
    name: str
    file_name: str
    size: int
    sha256: str
    lock: int


def spooled(upload, file_name):
    """A received import_spool.Upload complete on disk, its lock taken by this process -> Spooled."""
    try:
        size, sha256 = upload.finish()
        return Spooled(upload.folder, upload.name, file_name, size, sha256, import_spool.hold(upload.folder,
                                                                                              upload.name))
    except BaseException:
        upload.discard()
        raise


def create(upload, format_name, strict, change):
    """Record a queued job for a spooled upload -> its ID. `change` says who posted it."""
    try:
        with write_transaction():
            return ImportJob.insert(
                format=format_name, file_name=upload.file_name, size=upload.size, sha256=upload.sha256,
                strict=strict, token_id=change.token_id, token_name=change.token_name, spool_name=upload.name,
                host=HOST).execute()
    except BaseException:
        _release(upload)
        raise


def _release(upload):
    """The upload gone from the spool, and its lock released: its job is over."""
    import_spool.remove(upload.folder, upload.name)
    os.close(upload.lock)


def run(job_id, upload, change):
    """Run the job to its end in this thread (which must have a database connection), then remove its upload
    and release its lock. Whatever stops the import becomes the job's `error`."""
    try:
        job = ImportJob.get_by_id(job_id)
        _update(job_id, state="running", started_at=utcnow(), heartbeat_at=utcnow())
        heartbeat = _Heartbeat(job_id)
        heartbeat.start()
        path = import_spool.path(upload.folder, upload.name)
        outcome = {}
        try:
            summary = imports.run(path, job.format, change, strict=job.strict, progress=heartbeat.progress,
                                  release=imports.release_of(job.format, job.file_name))
            outcome = {"state": "done", "summary": jsonio.dumps(_kept(summary.as_dict(), job.file_name)).decode()}
        except imports.ImportFileError as error:
            outcome = {"state": "failed", "error": str(error).replace(path, job.file_name)}
        except UnicodeDecodeError as error:
            outcome = {"state": "failed", "error": f"{job.file_name} is not UTF-8 text ({error.reason}): save it "
                                                   "as UTF-8 and post it again."}
        except Exception:   # noqa: BLE001 - the job must end, and say so, whatever went wrong
            log.exception("import job %s failed", job_id)
            outcome = {"state": "failed", "error": "The import stopped on an error of the service; it was logged. "
                                                   "Rows loaded before it stay; posting the file again resumes."}
        finally:
            heartbeat.stop()
        done, total = heartbeat.latest
        _update(job_id, done=done, total=total, finished_at=utcnow(), heartbeat_at=utcnow(), **outcome)
    finally:
        _release(upload)


def _kept(summary, file_name):
    """The summary as a job keeps it: the client's file name, and the first MAX_REJECTIONS rejections."""
    return {**summary, "file": file_name, "rejections": summary["rejections"][:MAX_REJECTIONS]}


def _update(job_id, **values):
    with write_transaction():
        ImportJob.update(**values).where(ImportJob.id == job_id).execute()


class _Heartbeat(threading.Thread):
    """The job's progress and heartbeat, written to its row.

    The import's own thread writes them as it reports progress after each chunk, when it is outside any
    transaction: on SQLite no other connection could write then, as the import takes the write lock again at
    once for its next chunk. Around that, this thread writes a
    heartbeat every HEARTBEAT_SECONDS that nothing else was written: while the file is read and counted before
    the first chunk, and through a strict import (one transaction, in which nothing written would be seen by
    others). It writes with a connection of its own, a single UPDATE in autocommit: job bookkeeping, not
    records, so it does not take the write lock's turn (on PostgreSQL a strict import holds that lock to its
    end). On SQLite a strict import holds the only write lock, and those beats fail: the job's own machine
    tells it is alive by its spool lock anyway."""

    def __init__(self, job_id):
        super().__init__(name=f"import-{job_id}-heartbeat", daemon=True)
        self.job_id = job_id
        self.latest = (0, None)
        self._written = -math.inf   # time.monotonic() of the last write
        self._stopped = threading.Event()

    def progress(self, done, total=None):
        from ..db import database

        self.latest = (done, total)
        if not database.in_transaction():
            self._write()

    def _write(self):
        done, total = self.latest
        # Never back: a beat that waited for the lock may come after a later progress.
        ImportJob.update(done=done, total=total, heartbeat_at=utcnow()).where(
            ImportJob.id == self.job_id, ImportJob.done <= done).execute()
        self._written = time.monotonic()

    def run(self):
        from ..db import database

        with database.connection_context():
            while not self._stopped.wait(HEARTBEAT_SECONDS):
                if time.monotonic() - self._written < HEARTBEAT_SECONDS:
                    continue
                try:
                    self._write()
                except OperationalError as error:   # the database is locked or gone: the next beat may pass
                    log.debug("import job %s: heartbeat not written (%s)", self.job_id, error)

    def stop(self):
        self._stopped.set()
        self.join()


def reap(folder, stale_after):
    """Mark failed the queued or running jobs whose process is gone (see the module's docstring)."""
    stale = utcnow() - datetime.timedelta(seconds=stale_after)
    for job in ImportJob.select().where(ImportJob.state.in_(ACTIVE)):
        if job.host == HOST:
            dead = import_spool.abandoned(folder, job.spool_name)
        else:
            dead = (job.heartbeat_at or job.created_at) < stale
        if not dead:
            continue
        with write_transaction():
            ended = ImportJob.update(
                state="failed", finished_at=utcnow(),
                error="Interrupted: the process running this import stopped before it finished. Rows loaded "
                      "before it stay; post the same file again to resume (they come back unchanged).").where(
                ImportJob.id == job.id, ImportJob.state.in_(ACTIVE)).execute()
        if ended and job.host == HOST:
            import_spool.remove(folder, job.spool_name)


def get(job_id):
    row = ImportJob.select().where(ImportJob.id == job_id).dicts().first()
    if row is None:
        raise NotFound(f"No import with id {job_id}.")
    return _public(row, pseudonyms.namer())


def page(limit, cursor=None):
    """The jobs, newest first: (one page of them, the cursor of the next page or None)."""
    query = ImportJob.select().order_by(ImportJob.id.desc())
    if cursor:
        (last,) = cursors.decode(cursor, NEWEST_FIRST, {"id": ImportJob.id})
        query = query.where(ImportJob.id < last)
    rows = list(query.limit(limit + 1).dicts())
    shown = pseudonyms.namer()
    more = len(rows) > limit
    rows = rows[:limit]
    return [_public(row, shown) for row in rows], cursors.encode(NEWEST_FIRST, rows[-1]) if more else None


def _public(row, shown):
    summary = jsonio.loads(row["summary"]) if row["summary"] else None
    return {
        "id": row["id"], "href": f"/v1/imports/{row['id']}", "state": row["state"], "format": row["format"],
        "file": {"name": row["file_name"], "size": row["size"], "sha256": row["sha256"]}, "strict": row["strict"],
        "progress": {"done": row["done"], "total": row["total"]},
        "summary": None if summary is None else {
            **{count: summary.get(count, 0) for count in SUMMARY_COUNTS}, "loaded": summary["loaded"],
            "release": summary.get("release"), "resumed_from": summary.get("resumed_from"),
            "rejections": summary["rejections"]},
        "error": row["error"], "started_by": shown(row["token_id"], row["token_name"]),
        **{moment: sql.timestamp(row[moment]) for moment in
           ("created_at", "started_at", "finished_at", "heartbeat_at")},
    }
