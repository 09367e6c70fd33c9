"""Releases: the data frozen at one moment under a version ("2026.1"), kept for good (POST /v1/releases,
`conflict-facts release publish`).

Publishing reserves the version (a row in state `publishing`: a second publish of it is refused at once), then
`run` freezes the data (release_files.freeze: one read transaction), makes the descriptor and the zip, and
stores it all in one write transaction: the row becomes `published` together with its chunks, or `failed`
with the reason. A release is never changed or deleted afterwards: its downloads are the stored bytes, the
same whoever asks, after any restart, on any replica. A failed release's version may be published again, and
so may one whose process died: while publishing, a thread of its own writes the row's heartbeat every
HEARTBEAT_SECONDS, and a release `publishing` with no heartbeat for STALE_AFTER seconds is taken as failed.
"""
import datetime
import logging
import re
import tempfile
import threading

from peewee import OperationalError

from .. import jsonio, sql
from ..db import database, write_transaction
from ..models import Release, ReleaseChunk
from ..models.base import utcnow
from . import pseudonyms, release_files
from .exceptions import Conflict, InvalidInput, NotFound

log = logging.getLogger(__name__)

CHUNK = 1 << 20   # bytes a release_chunk row holds
FILES = ("ndjson", "zip")
# A version: digits and letters in dot- or dash-separated parts, starting with a digit ("2026.1", "2026.1-rc1").
VERSION = re.compile(r"[0-9][0-9A-Za-z]*(?:[.-][0-9A-Za-z]+){0,5}")
HEARTBEAT_SECONDS = 5
STALE_AFTER = 120
VERSION_RULE = ("starts with a digit; letters and digits in up to six parts separated by '.' or '-', at most 40 "
                "characters, like 2026.1 or 2026.1-rc1")


def check_version(version):
    """A version string's problem, or None."""
    if len(version) > 40 or not VERSION.fullmatch(version):
        return f"Not a release version: {VERSION_RULE}."
    return None


def reserve(version, note, change, license_name=None):
    """Record the release as being published -> its row's ID; 409 if the version is taken, 422 if bad."""
    problem = check_version(version)
    if problem:
        raise InvalidInput({"version": [problem]})
    with write_transaction():
        existing = Release.get_or_none(Release.version == version)
        if existing is not None and not _abandoned(existing):
            raise Conflict(f"Release {version} exists already ({existing.state}): releases are never replaced; "
                           "publish a new version.", href=f"/v1/releases/{version}")
        if existing is not None:
            existing.delete_instance(recursive=True)
        return Release.insert(version=version, note=note, license=license_name, token_id=change.token_id,
                              token_name=change.token_name).execute()


def _stale(row):
    """Publishing, but with no sign of life for STALE_AFTER seconds: its process died."""
    alive = row["heartbeat_at"] or row["created_at"]
    return row["state"] == "publishing" and alive < utcnow() - datetime.timedelta(seconds=STALE_AFTER)


def _abandoned(release):
    return release.state == "failed" or _stale(release.__data__)


class _Heartbeat(threading.Thread):
    """Writes the release's heartbeat every HEARTBEAT_SECONDS, on a connection of its own (the publishing
    thread is inside its read transaction): a single UPDATE in autocommit, bookkeeping rather than data."""

    def __init__(self, release_id):
        super().__init__(name=f"release-{release_id}-heartbeat", daemon=True)
        self.release_id = release_id
        self._stopped = threading.Event()

    def run(self):
        with database.connection_context():
            while not self._stopped.wait(HEARTBEAT_SECONDS):
                try:
                    Release.update(heartbeat_at=utcnow()).where(Release.id == self.release_id).execute()
                except OperationalError as error:   # locked by the release's own write: the next beat may pass
                    log.debug("release %s: heartbeat not written (%s)", self.release_id, error)

    def stop(self):
        self._stopped.set()
        self.join()


def run(release_id, progress=lambda done, total=None: None):
    """Freeze, package and store the release reserved as `release_id` (this thread's connection)."""
    heartbeat = _Heartbeat(release_id)
    heartbeat.start()
    try:
        return _publish(release_id, progress)
    finally:
        heartbeat.stop()


def _publish(release_id, progress):
    release = Release.get_by_id(release_id)
    try:
        frozen = release_files.freeze(progress)
    except Conflict as refusal:
        _fail(release_id, refusal.detail)
        raise
    except Exception:
        log.exception("release %s failed", release.version)
        _fail(release_id, "Publishing stopped on an error of the service; it was logged. Publish the version again.")
        raise
    try:
        with tempfile.TemporaryFile() as archive:
            ndjson_sha256, ndjson_bytes = release_files.digest(frozen.ndjson)
            package = release_files.descriptor(frozen, release.version, release.note, ndjson_sha256, release.license)
            release_files.write_zip(frozen, package, archive)
            zip_sha256, zip_bytes = release_files.digest(archive)
            with write_transaction():
                for name, handle in (("ndjson", frozen.ndjson), ("zip", archive)):
                    _store(release_id, name, handle)
                Release.update(state="published", cursor=frozen.cursor, counts=jsonio.dumps_text(frozen.counts),
                               sha256=ndjson_sha256, ndjson_bytes=ndjson_bytes, zip_sha256=zip_sha256,
                               zip_bytes=zip_bytes, datapackage=package.decode(), frozen_at=frozen.frozen_at,
                               published_at=utcnow()).where(Release.id == release_id).execute()
    except Exception:
        log.exception("release %s failed", release.version)
        _fail(release_id, "Publishing stopped on an error of the service; it was logged. Publish the version again.")
        raise
    finally:
        frozen.close()
    return get(release.version)


def _store(release_id, name, handle):
    handle.seek(0)
    number = 0
    while data := handle.read(CHUNK):
        ReleaseChunk.insert(release=release_id, file=name, number=number, data=data).execute()
        number += 1


def _fail(release_id, error):
    with write_transaction():
        Release.update(state="failed", error=error).where(Release.id == release_id).execute()


def _row(version):
    row = Release.select().where(Release.version == version).dicts().first()
    if row is None:
        raise NotFound(f"No release {version}.")
    return row


def get(version):
    return _public(_row(version), pseudonyms.namer())


def published(version):
    """A published release's row (404 unknown, 409 not published yet or failed)."""
    row = _row(version)
    if row["state"] != "published":
        raise Conflict(f"Release {version} is {row['state']}: it has no download.", href=f"/v1/releases/{version}")
    return row


def listing():
    """Every release, newest first (a handful a year: no paging)."""
    shown = pseudonyms.namer()
    return [_public(row, shown) for row in Release.select().order_by(Release.id.desc()).dicts()]


def chunks(release_id, name):
    """The stored bytes of a release's file, a chunk at a time (one query each: memory stays flat)."""
    number = 0
    while True:
        data = (ReleaseChunk.select(ReleaseChunk.data)
                .where((ReleaseChunk.release == release_id) & (ReleaseChunk.file == name)
                       & (ReleaseChunk.number == number)).scalar())
        if data is None:
            return
        yield bytes(data)
        number += 1


INTERRUPTED = "Interrupted: the process publishing it stopped before it finished. Publish the version again."


def _public(row, shown):
    if _stale(row):
        row = {**row, "state": "failed", "error": INTERRUPTED}
    done = row["state"] == "published"
    href = f"/v1/releases/{row['version']}"
    return {
        "version": row["version"], "href": href, "note": row["note"], "license": row["license"], "state": row["state"],
        "cursor": row["cursor"], "counts": jsonio.loads(row["counts"]) if done else None,
        "sha256": row["sha256"], "ndjson_bytes": row["ndjson_bytes"], "zip_sha256": row["zip_sha256"],
        "zip_bytes": row["zip_bytes"],
        "datapackage": jsonio.loads(row["datapackage"]) if done else None,
        "download": {"zip": f"{href}/download", "ndjson": f"{href}/download?format=ndjson"} if done else None,
        "error": row["error"], "published_by": shown(row["token_id"], row["token_name"]),
        **{moment: sql.timestamp(row[moment]) for moment in ("created_at", "frozen_at", "published_at")},
    }
