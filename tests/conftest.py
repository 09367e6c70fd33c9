"""Test fixtures: every test gets a fresh SQLite file, copied from a template migrated once per session."""
import shutil
import sqlite3

import pytest

from api import db
from api.app import create_app
from api.services import fixtures, migrations


@pytest.fixture(scope="session")
def template_databases(tmp_path_factory):
    """Two template files: migrated and empty, and migrated with the example data."""
    folder = tmp_path_factory.mktemp("templates")
    empty, example = folder / "empty.db", folder / "example.db"
    db.bind(f"sqlite:///{empty}")
    migrations.upgrade()
    db.database.close()
    shutil.copy(empty, example)
    db.bind(f"sqlite:///{example}")
    migrations.upgrade()
    fixtures.load()
    db.database.close()
    for path in (empty, example):  # fold the WAL into the main file so a plain copy is complete
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"empty": empty, "example": example}


@pytest.fixture(scope="session")
def shared_app(template_databases):
    """One app for the session: building the OpenAPI spec per test would dominate the suite's time."""
    return create_app({"DATABASE_URL": f"sqlite:///{template_databases['empty']}", "TESTING": True})


def _app_on(shared_app, path):
    """The shared app, with the database object bound to a fresh file for this test alone."""
    db.database.close()
    db.bind(f"sqlite:///{path}")
    shared_app.config["DATABASE_URL"] = f"sqlite:///{path}"
    return shared_app


@pytest.fixture
def db_path(tmp_path, template_databases):
    path = tmp_path / "test.db"
    shutil.copy(template_databases["example"], path)
    return path


@pytest.fixture
def app(shared_app, db_path):
    """The app on a fresh copy of the example database."""
    application = _app_on(shared_app, db_path)
    yield application
    db.database.close()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def empty_client(shared_app, tmp_path, template_databases):
    """A client on a fresh migrated database that holds no records."""
    path = tmp_path / "empty.db"
    shutil.copy(template_databases["empty"], path)
    application = _app_on(shared_app, path)
    yield application.test_client()
    db.database.close()


@pytest.fixture
def dump(db_path):
    """A function returning the whole database as SQL text, to prove a request changed nothing."""
    def take():
        with sqlite3.connect(db_path) as conn:
            return "\n".join(conn.iterdump())
    return take
