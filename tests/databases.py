"""Fresh databases for tests, on the engine under test.

The suite runs on SQLite unless TEST_DATABASE_URL names a PostgreSQL server (`.ci/postgres start` prints
one); then every test gets its own PostgreSQL database instead of its own SQLite file. Both are cloned from
templates built once per session: a file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL.
"""
import itertools
import os
from concurrent.futures import ThreadPoolExecutor
import shutil
import sqlite3
from urllib.parse import urlsplit, urlunsplit

import psycopg2

from api import db

SERVER_URL = os.environ.get("TEST_DATABASE_URL", "")
ENGINE = "postgresql" if SERVER_URL.startswith(("postgres://", "postgresql://")) else "sqlite"


class SqliteDatabases:
    def __init__(self, folder):
        self.folder = folder
        self.counter = itertools.count()

    def url(self, name):
        return f"sqlite:///{self.folder / (name + '.db')}"

    def create(self, name, template=None, ahead=True):
        path = self.folder / f"{name}.db"
        if template is not None:
            shutil.copy(self.folder / f"{template}.db", path)
        return self.url(name)

    def unique(self, prefix):
        return f"{prefix}_{next(self.counter)}"

    def seal(self, name):
        """Make a template complete on disk: fold the WAL into the main file, so a copy has everything."""
        with sqlite3.connect(self.folder / f"{name}.db") as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def drop(self, name):
        for suffix in ("", "-wal", "-shm"):
            (self.folder / f"{name}.db{suffix}").unlink(missing_ok=True)


class PostgresDatabases:
    """Databases on a PostgreSQL server. A clone takes PostgreSQL about a second (it copies every file of
    the template), so while a test runs, a background thread already clones the next test's database (a
    spare, renamed when asked for), and drops the last test's: the server does that work on the other core
    while Python runs the test."""

    def __init__(self, server_url, prefix):
        self.server_url = server_url
        self.prefix = prefix  # per test run, so parallel runs never meet
        self.counter = itertools.count()
        self.background = ThreadPoolExecutor(max_workers=1)   # one at a time: clones of one template queue
        self.spares = {}   # template -> Future of a spare clone's full name
        self.dropping = {}   # full name -> Future of its drop, waited for before that name is made again
        self.made_any = False   # a run that made no database (one against a server elsewhere) has none to drop

    def url(self, name):
        parts = urlsplit(self.server_url)
        return urlunsplit(parts._replace(path=f"/{self.prefix}_{name}"))

    def _admin(self, sql):
        conn = psycopg2.connect(self.server_url)
        conn.autocommit = True
        try:
            with conn.cursor() as cursor:
                cursor.execute(sql)
        finally:
            conn.close()

    def _clone(self, full_name, template):
        self.made_any = True
        self._admin(f'DROP DATABASE IF EXISTS "{full_name}" WITH (FORCE)')
        clone = f' TEMPLATE "{self.prefix}_{template}"' if template else ""
        self._admin(f'CREATE DATABASE "{full_name}"{clone}')
        return full_name

    def create(self, name, template=None, ahead=True):
        """A new database `name`, a clone of `template` (or empty); `ahead`: clone the next one from the same
        template in the background (False for a template cloned once or twice, such as an old migration's)."""
        full_name = f"{self.prefix}_{name}"
        if full_name in self.dropping:
            self.dropping.pop(full_name).result()
        spare = self.spares.pop(template, None) if template else None
        if spare is not None:
            self._admin(f'DROP DATABASE IF EXISTS "{full_name}" WITH (FORCE)')
            self._admin(f'ALTER DATABASE "{spare.result()}" RENAME TO "{full_name}"')
        else:
            self._clone(full_name, template)
        if template and ahead:
            spare_name = f"{self.prefix}_spare_{next(self.counter)}"
            self.spares[template] = self.background.submit(self._clone, spare_name, template)
        return self.url(name)

    def unique(self, prefix):
        return f"{prefix}_{next(self.counter)}"

    def seal(self, name):
        """A template may have no open connections when it is cloned; and spares cloned from an earlier
        state of it (if it was rebuilt under the same name) must not be handed out."""
        db.close_all()
        stale = self.spares.pop(name, None)
        if stale is not None:
            self.background.submit(self._admin, f'DROP DATABASE IF EXISTS "{stale.result()}" WITH (FORCE)')

    def drop(self, name):
        full_name = f"{self.prefix}_{name}"
        self.dropping[full_name] = self.background.submit(
            self._admin, f'DROP DATABASE IF EXISTS "{full_name}" WITH (FORCE)')

    def close(self):
        """At the end of the session: wait for the background work, then drop every database of this run."""
        if not self.made_any:
            return
        for spare in self.spares.values():
            self._admin(f'DROP DATABASE IF EXISTS "{spare.result()}" WITH (FORCE)')
        self.spares.clear()
        self.background.shutdown(wait=True)
        for dropped in self.dropping.values():
            dropped.result()   # a failed drop shows here rather than nowhere
        conn = psycopg2.connect(self.server_url)
        try:
            with conn.cursor() as cursor:
                cursor.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", (f"{self.prefix}\\_%",))
                left = [name for (name,) in cursor.fetchall()]
        finally:
            conn.close()
        for name in left:   # the templates, and what a test made without dropping
            self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def databases(folder):
    if ENGINE == "postgresql":
        return PostgresDatabases(SERVER_URL, f"cftest{os.getpid()}")
    return SqliteDatabases(folder)
