"""Test fixtures: every test gets a fresh database, cloned from templates built once per session.

The engine is SQLite unless TEST_DATABASE_URL names a PostgreSQL server (tests/databases.py). The templates
hold one token of each role. `client` writes as a curator and, unless a test sets If-Match itself, sends
`If-Match: *` (the tests of If-Match do set it); `anonymous`, `reader` and `admin` are the other callers.
"""
import pytest
from flask.testing import FlaskClient

from api import db
from api.app import create_app
from api.models import PORTABLE_MODELS, RateLimit
from api.services import fixtures, migrations, tokens

from databases import ENGINE, databases

# tests/suites.py: plain `pytest` leaves out the end-to-end tests; @pytest.mark.needs skips (or in CI fails)
# a test whose programs the machine lacks. pytester: tests/test_suites.py plays suites of its own.
pytest_plugins = ["suites", "pytester"]

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


@pytest.fixture(scope="session")
def engine():
    return ENGINE


@pytest.fixture(scope="session")
def dbs(tmp_path_factory):
    made = databases(tmp_path_factory.mktemp("databases"))
    yield made
    getattr(made, "close", lambda: None)()


@pytest.fixture(scope="session")
def make_template(dbs):
    """make_template(name, build, based_on=None): a template database, built once by `build()` while the
    database object is bound to it."""
    def make(name, build, based_on=None):
        url = dbs.create(name, template=based_on)
        db.close_all()
        db.bind(url)
        with db.database.connection_context():
            build()
        db.close_all()
        dbs.seal(name)
        return name
    return make


@pytest.fixture(scope="session")
def template_databases(make_template):
    """'empty': migrated, with one token of each role; 'example': the same plus the example data."""
    secrets = {}

    def empty():
        migrations.upgrade()
        secrets.update({role: tokens.create(f"test {role}", role)[1] for role in ROLES})

    make_template("empty", empty)
    make_template("example", fixtures.load, based_on="empty")
    return {"empty": "empty", "example": "example", "tokens": secrets}


@pytest.fixture(scope="session")
def token_secrets(template_databases):
    return template_databases["tokens"]


@pytest.fixture(scope="session")
def shared_app(template_databases, dbs):
    """One app for the session: building the OpenAPI spec per test would dominate the suite's time."""
    # Read rate limits off: the suite reads far faster than any client may (tests of the limits turn them on).
    app = create_app({"DATABASE_URL": dbs.url("empty"), "TESTING": True, "READ_RATE": 0})
    app.test_client_class = ApiClient
    return app


@pytest.fixture
def template():
    """The template a test's database is cloned from; a module may override this fixture."""
    return "example"


@pytest.fixture
def db_url(dbs, template_databases, template):
    name = dbs.unique("test")
    url = dbs.create(name, template=template)
    yield url
    db.close_all()
    dbs.drop(name)


def _bind(shared_app, url):
    """The shared app, with the database object bound to this test's own database."""
    db.close_all()
    db.bind(url)
    shared_app.config["DATABASE_URL"] = url
    return shared_app


@pytest.fixture
def app(shared_app, db_url):
    """The app on a fresh clone of the example database."""
    yield _bind(shared_app, db_url)
    db.close_all()


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
def empty_client(shared_app, dbs, template_databases, token_secrets):
    """A client on a fresh migrated database that holds no records."""
    name = dbs.unique("empty")
    application = _bind(shared_app, dbs.create(name, template="empty"))
    yield application.test_client(token=token_secrets["curator"])
    db.close_all()
    dbs.drop(name)


def snapshot():
    """Every row of every table (rate-limit counters aside: request bookkeeping, not data), in key order;
    search tables through the records they index."""
    with db.database.connection_context():
        return {model._meta.table_name: list(model.select().order_by(*model._meta.get_primary_keys()).tuples())
                for model in PORTABLE_MODELS if model is not RateLimit}


@pytest.fixture
def dump(app):
    """A function returning the whole database's content, to prove a request changed nothing."""
    return snapshot
