"""Test fixtures: every test gets a fresh SQLite file, copied from a template migrated once per session.

The template holds one token of each role. `client` writes as a curator and, unless a test sets If-Match
itself, sends `If-Match: *` (the tests of If-Match do set it); `anonymous`, `reader` and `admin` are the
other callers.
"""
import shutil
import sqlite3

import pytest
from flask.testing import FlaskClient

from api import db
from api.app import create_app
from api.services import fixtures, migrations, tokens

ROLES = ("reader", "curator", "admin")


class ApiClient(FlaskClient):
    def __init__(self, *args, token=None, auto_if_match=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.token = token
        self.auto_if_match = auto_if_match

    def open(self, *args, **kwargs):
        headers = dict(kwargs.pop("headers", None) or {})
        if self.token and "Authorization" not in headers:
            headers["Authorization"] = f"Bearer {self.token}"
        method = (kwargs.get("method") or (args[0].method if args and hasattr(args[0], "method") else "GET"))
        if self.auto_if_match and method.upper() in ("PUT", "PATCH", "DELETE") and "If-Match" not in headers:
            headers["If-Match"] = "*"
        return super().open(*args, headers=headers, **kwargs)


def _checkpoint(path):
    with sqlite3.connect(path) as conn:  # fold the WAL into the main file so a plain copy is complete
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.fixture(scope="session")
def template_databases(tmp_path_factory):
    """Two template files: migrated with tokens only, and also with the example data; and the tokens."""
    folder = tmp_path_factory.mktemp("templates")
    empty, example = folder / "empty.db", folder / "example.db"
    db.bind(f"sqlite:///{empty}")
    migrations.upgrade()
    with db.database.connection_context():
        secrets = {role: tokens.create(f"test {role}", role)[1] for role in ROLES}
    db.database.close()
    _checkpoint(empty)
    shutil.copy(empty, example)
    db.bind(f"sqlite:///{example}")
    fixtures.load()
    db.database.close()
    _checkpoint(example)
    return {"empty": empty, "example": example, "tokens": secrets}


@pytest.fixture(scope="session")
def token_secrets(template_databases):
    return template_databases["tokens"]


@pytest.fixture(scope="session")
def shared_app(template_databases):
    """One app for the session: building the OpenAPI spec per test would dominate the suite's time."""
    app = create_app({"DATABASE_URL": f"sqlite:///{template_databases['empty']}", "TESTING": True})
    app.test_client_class = ApiClient
    return app


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
def client(app, token_secrets):
    return app.test_client(token=token_secrets["curator"])


@pytest.fixture
def anonymous(app):
    return app.test_client()


@pytest.fixture
def reader(app, token_secrets):
    return app.test_client(token=token_secrets["reader"])


@pytest.fixture
def admin(app, token_secrets):
    return app.test_client(token=token_secrets["admin"])


@pytest.fixture
def strict_client(app, token_secrets):
    """A curator that sends If-Match only when the test does."""
    return app.test_client(token=token_secrets["curator"], auto_if_match=False)


@pytest.fixture
def empty_client(shared_app, tmp_path, template_databases, token_secrets):
    """A client on a fresh migrated database that holds no records."""
    path = tmp_path / "empty.db"
    shutil.copy(template_databases["empty"], path)
    application = _app_on(shared_app, path)
    yield application.test_client(token=token_secrets["curator"])
    db.database.close()


@pytest.fixture
def dump(db_path):
    """A function returning the whole database as SQL text, to prove a request changed nothing."""
    def take():
        with sqlite3.connect(db_path) as conn:
            return "\n".join(line for line in conn.iterdump() if "rate_limit" not in line)
    return take
