"""Fresh databases for tests, on the engine under test.

The suite runs on SQLite unless TEST_DATABASE_URL names a PostgreSQL server (`.ci/postgres start` prints
one); then every test gets its own PostgreSQL database instead of its own SQLite file. Both are cloned from
templates built once per session: a file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL.
"""
import itertools
import os
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

    def create(self, name, template=None):
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
    def __init__(self, server_url, prefix):
        self.server_url = server_url
        self.prefix = prefix  # per test run, so parallel runs never meet
        self.counter = itertools.count()

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

    def create(self, name, template=None):
        self._admin(f'DROP DATABASE IF EXISTS "{self.prefix}_{name}" WITH (FORCE)')
        clone = f' TEMPLATE "{self.prefix}_{template}"' if template else ""
        self._admin(f'CREATE DATABASE "{self.prefix}_{name}"{clone}')
        return self.url(name)

    def unique(self, prefix):
        return f"{prefix}_{next(self.counter)}"

    def seal(self, name):
        """A template may have no open connections when it is cloned."""
        db.close_all()

    def drop(self, name):
        self._admin(f'DROP DATABASE IF EXISTS "{self.prefix}_{name}" WITH (FORCE)')


def databases(folder):
    if ENGINE == "postgresql":
        return PostgresDatabases(SERVER_URL, f"cftest{os.getpid()}")
    return SqliteDatabases(folder)
