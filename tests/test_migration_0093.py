"""Migration 0093 on the engine under test: the nine record columns that hold terms of open vocabularies become
80 characters wide on PostgreSQL (a provision object's kind was 12); down narrows them again. That every such
field takes a local term of 80 characters through HTTP, on both engines: tests/test_local_terms.py."""
import pathlib

from peewee import SqliteDatabase

from api import db
from api.services import migrations
from old_databases import database_at

TARGET = "0093_wider_term_columns"
BEFORE = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("0*.py")
             if path.stem < TARGET)


def _widths():
    """{(table, column): the column's VARCHAR length} on PostgreSQL; None on SQLite (lengths not kept)."""
    database = db.database.obj
    if isinstance(database, SqliteDatabase):
        return None
    rows = database.execute_sql(
        "SELECT table_name, column_name, character_maximum_length FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND (table_name, column_name) IN (('provision_object', 'kind'), "
        "('event_claim', 'reason'), ('statement', 'platform'), ('treaty', 'kind'))").fetchall()
    return {(table, column): width for table, column, width in rows}


def test_up_widens_the_columns_and_down_narrows_them(dbs):
    with database_at(dbs, BEFORE, "at_0092_widths") as (name, url, table):
        before = _widths()
        assert before is None or before[("provision_object", "kind")] == 12
        assert TARGET in migrations.upgrade()
        after = _widths()
        assert after is None or set(after.values()) == {80}
        migrations.runner().down(target=BEFORE)
        assert _widths() == before
        assert TARGET in migrations.upgrade()
    db.close_all()
    dbs.drop(name)
