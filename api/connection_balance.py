"""Keeping a server's kept-alive connections spread evenly over its workers.

Each worker listens on a socket of its own (reuse_port) and the kernel deals each new connection to one of
them by a hash of its addresses: 64 connections opened together land 36 and 28, say, and keep-alive keeps
them there. The worker holding more then answers more requests, and at a rate near what the server can do
its requests queue while the other worker idles (the slowest answers of a paced benchmark came from the
busier worker: docs/performance.md, stop 30). So the workers publish how many connections each holds in a
table they share, and a worker holding two or more above the least loaded closes a connection after its
next answer, with "Connection: close" (RFC 9112, 9.6): the client opens a new one, which the kernel deals
anew, and the counts even out within a few requests. A worker counts the connections it has decided to close as
gone already, so that threads answering at once do not all close one.

The table is a small anonymous shared memory map that the master makes before it forks the workers; a
worker's row is its spawn number (gunicorn's `age`) modulo the rows, with its process ID, cleared when the
worker exits.
"""
import mmap
import struct

ROWS = 16   # at least; a row is a spawn number modulo the rows
_ROW = struct.Struct("=ii")   # process ID, connections held


class Table:
    def __init__(self, rows=ROWS):
        self.rows = rows
        self._map = mmap.mmap(-1, _ROW.size * rows)   # anonymous and shared: the forked workers see one map
        self._all = struct.Struct("=" + "ii" * rows)

    def publish(self, row, pid, connections):
        _ROW.pack_into(self._map, _ROW.size * (row % self.rows), pid, connections)

    def clear(self, pid):
        """Forget a worker that exited (its row, if it still holds one)."""
        for row in range(self.rows):
            if _ROW.unpack_from(self._map, _ROW.size * row)[0] == pid:
                _ROW.pack_into(self._map, _ROW.size * row, 0, 0)

    def least_of_others(self, pid):
        """The fewest connections any other live worker holds (None when there is no other). (Read in one go:
        it runs on every request.)"""
        values = self._all.unpack_from(self._map)
        counts = [connections for other, connections in zip(values[::2], values[1::2]) if other and other != pid]
        return min(counts) if counts else None


def should_shed(table, row, pid, connections, margin=2):
    """Publish this worker's count; True when it holds `margin` or more connections above the least loaded
    other worker, so that the connection just served should be closed."""
    table.publish(row, pid, connections)
    least = table.least_of_others(pid)
    return least is not None and connections >= least + margin


_table = None


def table(workers=1):
    """The server's table: made on first use, which is in the master, before any worker forks (room for twice
    the workers, so that a replaced worker's row is not the row of one still up)."""
    global _table
    if _table is None:
        _table = Table(max(ROWS, 2 * workers))
    return _table
