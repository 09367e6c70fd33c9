"""Databases holding the shapes of an older migration, for the tests that a migration carries data forward.

    with database_at(dbs, "0011_treaty_structure", "at_0011") as (name, url, table):
        table("source", "id", "title").insert(id=1, title="Report").execute()
        migrations.upgrade()

A fresh database of the engine under test is migrated up to the given migration and bound, its connection
open inside the block (`name` is what `dbs.drop` takes); `table(name, *columns)` is a table of it to write rows in the old shape (the models
describe the newest shape, so rows are written by table and column names).
"""
import datetime
from contextlib import contextmanager

from peewee import Table

from api import db
from api.services import migrations

NOW = datetime.datetime(2026, 1, 2, 3, 4, 5)
STAMPS = {"version": 1, "created_at": NOW, "updated_at": NOW}   # the columns every record has


@contextmanager
def database_at(dbs, target, label):
    name = dbs.unique(label)
    url = dbs.create(name)
    db.close_all()
    db.bind(url)
    with db.database.connection_context():
        assert migrations.runner().up(target=target)[-1] == target
        database = db.database.obj
        yield name, url, lambda table_name, *columns: Table(table_name, columns).bind(database)
