"""Consistent backups of a live database, and restoring them.

SQLite: `VACUUM INTO` writes a compact copy of the database as of one read transaction, while the service
keeps serving and writing (WAL readers do not block writers). Restoring copies the backup into the live
file with SQLite's online backup API, page by page under a lock, so open connections see either the old or
the new database, never a mix. PostgreSQL: `pg_dump --format=custom` (a consistent snapshot) and
`pg_restore --clean`; both programs must be on the PATH, in the server's major version. The password goes to
them in their environment (PGPASSWORD), never on their command line, where any local user could read it.

A backup holds every token's hash and the whole history: it is written readable by its owner only (0600),
into a private temporary folder beside the destination, then linked to its name, which must not exist yet
(not even as a symbolic link, dangling or not: a backup is never written through one).
"""
import contextlib
import errno
import os
import shutil
import sqlite3
import subprocess
import tempfile
import threading

from .. import db

SIGNATURES = {b"SQLite format 3\x00": "sqlite", b"PGDMP": "postgresql"}
ENGINE_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
EXPORT_SIGNATURE = b'{"format":"conflict-facts-export"'


class BackupError(RuntimeError):
    pass


def _no_progress(done, total=None):
    pass


def kind_of_backup(first_bytes):
    """'sqlite' or 'postgresql' for the start of a backup file of that engine, else None."""
    return next((kind for signature, kind in SIGNATURES.items() if first_bytes.startswith(signature)), None)


def _sqlite_path():
    return db.database.obj.database


def backup(path, progress=_no_progress):
    """Write a consistent copy of the bound database to `path`, a new file. `progress(done, total)` is told
    the bytes written (SQLite) or the objects dumped (PostgreSQL, total unknown)."""
    path = os.fspath(path)
    if os.path.islink(path):
        raise BackupError(f"{path} is a symbolic link: backups are never written through one; name a new file.")
    if os.path.lexists(path):
        raise BackupError(f"{path} exists already: choose a new file, backups never overwrite.")
    with _private_file_beside(path) as partial:
        if db.is_sqlite():
            _vacuum_into(partial, progress)
        else:
            _run(["pg_dump", "--format=custom", "--no-owner", "--verbose", "--file", partial, _dsn()], progress)
        os.chmod(partial, 0o600)
        _link_new(partial, path)


@contextlib.contextmanager
def _private_file_beside(path):
    """A file name in a new folder only this user can enter, in the destination's folder (so that linking
    it to its final name stays on one file system); the folder goes away afterwards."""
    folder = tempfile.mkdtemp(prefix=".conflict-facts-backup-", dir=os.path.dirname(os.path.abspath(path)))
    try:
        yield os.path.join(folder, "backup")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _link_new(partial, path):
    """Give the finished backup its name; link() never follows a symbolic link and never replaces a file."""
    try:
        os.link(partial, path)
    except FileExistsError:
        raise BackupError(f"{path} appeared while the backup was being written; not replacing it.") from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK):
            raise
        if os.path.lexists(path):   # a file system without hard links: check, then move
            raise BackupError(f"{path} appeared while the backup was being written; not replacing it.") from None
        os.rename(partial, path)


def _vacuum_into(partial, progress):
    # VACUUM INTO writes into an empty file: created first, so that it is 0600 from its first byte.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
    with db.database.connection_context():
        pages, page_size = (db.database.execute_sql(f"PRAGMA {name}").fetchone()[0]
                            for name in ("page_count", "page_size"))
        total = pages * page_size
        finished = threading.Event()

        def watch():   # VACUUM INTO says nothing while it runs: the file's growth is its progress
            while not finished.wait(0.2):
                progress(min(os.path.getsize(partial), total), total)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            db.database.execute_sql("VACUUM INTO ?", (partial,))
        finally:
            finished.set()
            watcher.join()
        progress(total, total)


def _check_kind(path):
    with open(path, "rb") as fh:
        start = fh.read(64)
    if start.startswith(EXPORT_SIGNATURE):
        raise BackupError(f"{path} is an export, not a backup: load it with `conflict-facts import {path}` "
                          "into an empty database.")
    kind = kind_of_backup(start)
    here = "sqlite" if db.is_sqlite() else "postgresql"
    if kind is None:
        raise BackupError(f"{path} is not a conflict-facts backup (neither SQLite nor pg_dump's custom format).")
    if kind != here:
        raise BackupError(f"{path} is a {ENGINE_NAMES[kind]} backup and this database is {ENGINE_NAMES[here]}: "
                          "to change engines, `conflict-facts export` on the old one and `import` on the new.")


def restore(path, progress=_no_progress):
    """Replace the bound database's content with a backup's."""
    path = os.fspath(path)
    if not os.path.exists(path):
        raise BackupError(f"no backup at {path}")
    _check_kind(path)
    if db.is_sqlite():
        with contextlib.closing(sqlite3.connect(path)) as source:
            if source.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(f"{path} fails SQLite's integrity check; not restoring it.")
            target = sqlite3.connect(_sqlite_path(), timeout=30)
            try:
                # The target stays locked from the first step to the last: readers see the old or the new.
                source.backup(target, pages=1024,
                              progress=lambda status, remaining, total: progress(total - remaining, total))
            finally:
                target.close()
        return
    _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", "--verbose",
          "--dbname", _dsn(), path], progress)


def _dsn():
    """A libpq connection string for the bound PostgreSQL database, without its password (see _environment)."""
    database = db.database.obj
    parts = {"dbname": database.database, **{k: v for k, v in database.connect_params.items()
                                             if k in ("host", "port", "user")}}
    return " ".join(f"{key}={value}" for key, value in parts.items() if value is not None)


def _environment():
    password = db.database.obj.connect_params.get("password")
    return {**os.environ, **({"PGPASSWORD": str(password)} if password else {})}


def _run(command, progress):
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (Debian: postgresql-client, in the server's version).")
    lines = []
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          env=_environment()) as process:
        for line in process.stderr:   # --verbose: a line per object dumped or restored
            lines.append(line.rstrip("\n"))
            progress(len(lines))
    if process.returncode != 0:
        errors = [line for line in lines if "error" in line.lower()] or lines[-1:]
        raise BackupError(f"{command[0]} failed: {' '.join(errors).strip()}")


