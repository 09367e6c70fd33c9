"""Databases holding the shapes of an older migration, for the tests that a migration carries data forward.

    @pytest.fixture
    def old_database(dbs, shared_app):
        with database_at(dbs, "0011_treaty_structure", "at_0011") as (name, url, table):
            table("source", *RECORD, "title").insert(id=1, title="Report", **STAMPS).execute()
            migrations.upgrade()
        with serving(shared_app, dbs, name, url) as app:
            yield app

A fresh database of the engine under test is migrated up to the given migration and bound, its connection
open inside the block (`name` is what `dbs.drop` takes); `table(name, *columns)` is a table of it to write rows
in the old shape (the models describe the newest shape, so rows are written by table and column names).
`serving` points the app at it for the test and drops it afterwards. Rows that several tests write alike (a
token, a first revision, a treaty and its status change) have a function here; a test's own data stays in it.
"""
import datetime
import hashlib
from contextlib import contextmanager

import orjson
from peewee import SqliteDatabase, Table

from api import db
from api.services import migrations, tokens

NOW = datetime.datetime(2026, 1, 2, 3, 4, 5)
RECORD = ("id", "version", "created_at", "updated_at")   # the columns every record has
STAMPS = {"version": 1, "created_at": NOW, "updated_at": NOW}   # and their values but the ID


@contextmanager
def database_at(dbs, target, label):
    name = dbs.unique(label)
    url = dbs.create(name, template=template_at(dbs, target), ahead=False)
    db.close_all()
    db.bind(url)
    with db.database.connection_context():
        database = db.database.obj
        yield name, url, lambda table_name, *columns: Table(table_name, columns).bind(database)


def template_at(dbs, target):
    """The name of a template database migrated up to `target`, made once per run: cloned from the nearest
    template below it made before, then migrated the rest of the way. (Migrating every old database from
    nothing took most of the migration tests' time: a hundred migrations, each a few schema changes.)"""
    made = dbs.__dict__.setdefault("migration_templates", {})   # target -> template name
    if target not in made:
        below = max((t for t in made if t < target), default=None)
        name = f"at_{target[:4]}_template"
        url = dbs.create(name, template=made[below] if below else None, ahead=False)
        db.close_all()
        db.bind(url)
        with db.database.connection_context():
            assert migrations.runner().up(target=target)[-1] == target
        db.close_all()
        dbs.seal(name)
        made[target] = name
    return made[target]


def varchar_widths(columns):
    """{(table, column): its VARCHAR length} of the bound database's `columns` ((table, column) pairs) on
    PostgreSQL; None on SQLite, which keeps no lengths (migrations 0093, 0105 widen such columns)."""
    database = db.database.obj
    if isinstance(database, SqliteDatabase):
        return None
    rows = database.execute_sql("SELECT table_name, column_name, character_maximum_length FROM "
                                "information_schema.columns WHERE table_schema = current_schema()").fetchall()
    return {(table, column): width for table, column, width in rows if (table, column) in set(columns)}


def widens_and_narrows(dbs, before, target, narrow):
    """Migration `target` on a database at `before`: the columns of `narrow` ({(table, column): width before it})
    are 80 characters after it, as before after its down, 80 again after it (PostgreSQL; SQLite keeps no widths)."""
    with database_at(dbs, before, f"at_{before[:4]}_widths") as (name, url, table):
        assert varchar_widths(narrow) in (None, narrow)
        assert target in migrations.upgrade()
        assert varchar_widths(narrow) in (None, dict.fromkeys(narrow, 80))
        migrations.runner().down(target=before)
        assert varchar_widths(narrow) in (None, narrow)
        assert target in migrations.upgrade()
        assert varchar_widths(narrow) in (None, dict.fromkeys(narrow, 80))
    db.close_all()
    dbs.drop(name)


@contextmanager
def serving(shared_app, dbs, name, url):
    """The app on the database `name` (at `url`) while the block runs; the database is dropped after it."""
    shared_app.config["DATABASE_URL"] = url
    yield shared_app
    db.close_all()
    dbs.drop(name)


def old_token(table, token_id, secret, name="ana", role="curator"):
    """A token in the columns version 0005 has and later ones keep (its secret stored as SHA-256): the bearer
    token `cf_<token_id>_<secret>` signs in with it."""
    table("token", "id", "name", "role", "secret_hash", "created_at").insert(
        id=token_id, name=name, role=role, created_at=NOW,
        secret_hash=hashlib.sha256(secret.encode()).hexdigest()).execute()


def old_truce(table):
    """Treaty 1, a ceasefire signed on 2023-05-20 and in force, citing source 1 (which the test writes)."""
    table("treaty", *RECORD, "name", "kind", "status", "signed_date", "date_precision").insert(
        id=1, name="Old truce", kind="ceasefire", status="in_force", signed_date=datetime.date(2023, 5, 20),
        date_precision="day", **STAMPS).execute()
    table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1, position=0).execute()


def old_status_change(table, status, day, **columns):
    """Status change 1 of treaty 1 (as migration 0011 on stores it) on `day`, citing source 1; `columns` are
    further columns of it with their values."""
    table("treaty_status_change", "id", "treaty_id", "status", "date", "day", "rank", "position", *columns).insert(
        id=1, treaty_id=1, status=status, date=f'{{"date": "{day.isoformat()}"}}', day=day, rank="normal",
        position=0, **columns).execute()
    table("treaty_status_change_source", "change_id", "source_id", "position").insert(
        change_id=1, source_id=1, position=0).execute()


def old_revision(table, kind, data):
    """Revision 1 of record 1 of `kind` (its creation, by a token once named "old"), `data` in the input form of
    the test's old shape."""
    table("revision", "id", "kind", "record_id", "version", "action", "at", "data", "token_name").insert(
        id=1, kind=kind, record_id=1, version=1, action="create", at=NOW, token_name="old",
        data=orjson.dumps(data).decode()).execute()


def upgrade_with_curator(shared_app):
    """Inside database_at's block: migrate to the head and make a curator token, whose secret the app's config holds
    as TEST_CURATOR; the names of the migrations applied."""
    applied = migrations.upgrade()
    shared_app.config["TEST_CURATOR"] = tokens.create("migration curator", "curator")[1]
    return applied
