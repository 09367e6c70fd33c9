"""Consistent backups of a live database, and restoring them.

SQLite: `VACUUM INTO` writes a compact copy of the database as of one read transaction, while the service
keeps serving and writing (WAL readers do not block writers). Restoring copies the backup into the live
file with SQLite's online backup API, page by page under a lock, so open connections see either the old or
the new database, never a mix. PostgreSQL: `pg_dump --format=custom` (a consistent snapshot) and
`pg_restore --clean`; both programs must be on the PATH, in the server's major version.
"""
import os
import shutil
import sqlite3
import subprocess

from .. import db


class BackupError(RuntimeError):
    pass


def _sqlite_path():
    return db.database.obj.database


def backup(path):
    """Write a consistent copy of the bound database to `path`."""
    if os.path.exists(path):
        raise BackupError(f"{path} exists already: choose a new file, backups never overwrite.")
    if db.is_sqlite():
        with db.database.connection_context():
            db.database.execute_sql("VACUUM INTO ?", (os.path.abspath(path),))
        return
    _run(["pg_dump", "--format=custom", "--no-owner", "--file", path, _dsn()])


def restore(path):
    """Replace the bound database's content with a backup's."""
    if not os.path.exists(path):
        raise BackupError(f"no backup at {path}")
    if db.is_sqlite():
        with sqlite3.connect(path) as source:
            if source.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(f"{path} fails SQLite's integrity check; not restoring it.")
            target = sqlite3.connect(_sqlite_path(), timeout=30)
            try:
                source.backup(target)
            finally:
                target.close()
        return
    _run(["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", _dsn(), path])


def _dsn():
    """A libpq connection string for the bound PostgreSQL database."""
    database = db.database.obj
    parts = {"dbname": database.database, **{k: v for k, v in database.connect_params.items()
                                             if k in ("host", "port", "user", "password")}}
    return " ".join(f"{key}={value}" for key, value in parts.items() if value is not None)


def _run(command):
    if shutil.which(command[0]) is None:
        raise BackupError(f"{command[0]} is not installed (Debian: postgresql-client, in the server's version).")
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


