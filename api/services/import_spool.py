"""The spool: files posted to POST /v1/imports, kept on disk until imported, each beside a lock file.

An upload is written here as it arrives (never held in memory whole), hashed on the way. While an import
job may still run, its lock file is held with flock() by the process that received it (and then runs it):
the kernel releases the lock when that process ends, however it ends, so a job whose lock is free is one
nobody is running any more (import_jobs.reap).
"""
import fcntl
import hashlib
import os
import uuid


class Upload:
    """A file being received into the spool: write() its bytes, then finish() -> (size, sha256), or discard()."""

    def __init__(self, folder):
        os.makedirs(folder, mode=0o700, exist_ok=True)
        self.folder = folder
        self.name = uuid.uuid4().hex
        self.size = 0
        self._hash = hashlib.sha256()
        self._part = os.path.join(folder, self.name + ".part")
        # Readable by the service alone: an upload may hold data not yet published.
        self._file = os.fdopen(os.open(self._part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600),
                               "wb")

    # werkzeug's multipart parser writes a file part here, then seeks back to its start.
    def write(self, data):
        self._hash.update(data)
        self.size += len(data)
        return self._file.write(data)

    def seek(self, *args):
        return 0

    def finish(self):
        """The upload complete: flushed to disk under its final name -> (size, sha256 hex)."""
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        os.replace(self._part, path(self.folder, self.name))
        return self.size, self._hash.hexdigest()

    def discard(self):
        if not self._file.closed:
            self._file.close()
        for leftover in (self._part, path(self.folder, self.name)):
            if os.path.exists(leftover):
                os.remove(leftover)


def path(folder, name):
    return os.path.join(folder, name + ".csv")


def _lock_path(folder, name):
    return os.path.join(folder, name + ".lock")


def hold(folder, name):
    """Take the lock of upload `name` -> its descriptor (close it to release the lock)."""
    descriptor = os.open(_lock_path(folder, name), os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    return descriptor


def abandoned(folder, name):
    """Whether no process holds the lock of upload `name` any more (a missing lock file counts as free)."""
    try:
        descriptor = os.open(_lock_path(folder, name), os.O_RDWR | os.O_NOFOLLOW)
    except FileNotFoundError:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    finally:
        os.close(descriptor)
    return True


def remove(folder, name):
    """The upload and its lock file gone (the job is over)."""
    for leftover in (path(folder, name), _lock_path(folder, name)):
        try:
            os.remove(leftover)
        except FileNotFoundError:
            pass
