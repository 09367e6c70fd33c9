"""A cap on how many of something run at once across every worker process of the server: slots are lock
files in a folder the workers share, each held with flock() while in use.

The kernel releases a process's locks when it exits, however it exits: a worker killed mid-export never
leaves a slot taken. Used for NDJSON exports (EXPORT_CONCURRENCY), which hold a thread and a database
connection for as long as the client takes to read them.
"""
import atexit
import fcntl
import os
import shutil
import tempfile


class Slot:
    """A held slot; released by release(), or when it is garbage-collected (an export's generator that was
    never started is collected without running its `finally`)."""

    def __init__(self, descriptor):
        self._descriptor = descriptor

    def release(self):
        if self._descriptor is not None:
            os.close(self._descriptor)   # closing the file releases its lock
            self._descriptor = None

    __del__ = release


class Slots:
    def __init__(self, count, folder=None):
        self.count = count
        # The folder must be shared by the server's workers: the gunicorn configuration names one in
        # CONFLICT_FACTS_SLOTS_DIR. Outside gunicorn (tests, one process), one is made on first use.
        self._folder = folder or os.environ.get("CONFLICT_FACTS_SLOTS_DIR")

    def take(self):
        """A free slot, or None when all `count` are held."""
        if self._folder is None:
            self._folder = tempfile.mkdtemp(prefix="conflict-facts-slots-")
            atexit.register(shutil.rmtree, self._folder, ignore_errors=True)
        for number in range(self.count):
            descriptor = os.open(os.path.join(self._folder, f"slot-{number}"), os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(descriptor)
                continue
            return Slot(descriptor)
        return None
