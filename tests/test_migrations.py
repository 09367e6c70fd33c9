"""Migrating an empty database gives exactly the schema the models declare, on the engine under test."""
import ast
import pathlib
import re
import sys

from api import db
from api.models import Place, all_models
from api.services import migrations

NOT_DECLARED = {"schema_migration", "sqlite_sequence"}   # the runner's own table; SQLite's bookkeeping


def _on_delete(database, table):
    """column -> ON DELETE action of its foreign key."""
    if db.is_sqlite():
        return {row[3]: row[6] for row in database.execute_sql(f'PRAGMA foreign_key_list("{table}")')}
    rows = database.execute_sql(
        "SELECT a.attname, c.confdeltype FROM pg_constraint c "
        "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey) "
        "WHERE c.contype = 'f' AND c.conrelid = %s::regclass", (f'"{table}"',))
    actions = {"a": "NO ACTION", "r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}
    return {name: actions[code] for name, code in rows}


def _type(declared):
    declared = declared.lower()
    return re.sub(r"^varchar\(\d+\)$", "varchar", declared) if db.is_sqlite() else declared


def schema_of():
    """Tables, columns, indexes, foreign keys (with their ON DELETE) of the bound database."""
    database = db.database.obj
    schema = {}
    with db.database.connection_context():
        for table in sorted(set(database.get_tables()) - NOT_DECLARED):
            # Columns by name: one added by a later migration comes last in its table, wherever the model
            # declares it; the order of columns means nothing to the service.
            # SQLite keeps a VARCHAR's length as written but never enforces it (the column's affinity is TEXT), so
            # a migration widening columns for PostgreSQL (0093) leaves SQLite's declared length as it was.
            columns = sorted((c.name, _type(c.data_type), c.null, c.primary_key) for c in database.get_columns(table))
            indexes = sorted((i.name, tuple(i.columns), i.unique) for i in database.get_indexes(table))
            keys = sorted((k.column, k.dest_table, k.dest_column) for k in database.get_foreign_keys(table))
            schema[table] = {"columns": columns, "indexes": indexes, "foreign_keys": keys,
                             "on_delete": _on_delete(database, table)}
            if db.is_sqlite():
                sql = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
                schema[table]["autoincrement"] = "AUTOINCREMENT" in (sql or "")
    return schema


def test_migrations_give_the_models_schema(dbs):
    migrated, declared = dbs.unique("migrated"), dbs.unique("declared")
    db.bind(dbs.create(migrated))
    assert migrations.upgrade() == [name for name, _ in migrations.status()]
    got = schema_of()
    db.database.close()
    db.bind(dbs.create(declared))
    with db.database.connection_context():
        # An actor's seat is a place and a zone's declarer an actor (places34): PostgreSQL refuses a foreign key
        # to a table not created yet, so there the one closing that circle is added once both tables exist.
        Place.declared_by.deferred = not db.is_sqlite()
        try:
            db.database.create_tables(all_models())
            if not db.is_sqlite():
                Place._schema.create_foreign_key(Place.declared_by)
        finally:
            Place.declared_by.deferred = False
    expected = schema_of()
    db.database.close()
    dbs.drop(migrated)
    dbs.drop(declared)
    assert set(got) == set(expected)
    for table in expected:
        assert got[table] == expected[table], table


def test_upgrade_twice_applies_nothing_and_status_is_clean(dbs):
    name = dbs.unique("twice")
    db.bind(dbs.create(name))
    assert migrations.upgrade()
    assert migrations.upgrade() == [] and migrations.pending() == []
    db.database.close()
    dbs.drop(name)


def test_migrations_never_import_the_live_models():
    """A migration must keep meaning what it meant when written, whatever the models become."""
    for path in sorted(pathlib.Path(migrations.DIRECTORY).glob("[0-9]*.py")):
        tree = ast.parse(path.read_text())
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        # The standard library never changes under a migration (0022 folds names with unicodedata and re).
        foreign = {name for name in imported if name != "peewee" and not name.startswith("playhouse.")
                   and name.split(".")[0] not in sys.stdlib_module_names}
        assert not foreign, f"{path.name} imports {foreign}: migrations may use only peewee and the standard library"


def _triggers():
    if db.is_sqlite():
        rows = db.database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    else:
        rows = db.database.execute_sql("SELECT DISTINCT trigger_name FROM information_schema.triggers")
    return {row[0] for row in rows}


def test_every_trigger_a_migration_creates_is_there_at_the_end(dbs, monkeypatch):
    """The rollups are kept by triggers (migrations/0050, 0051, 0068, 0072): a later migration that rebuilds a
    table (peewee's add_column of a NOT NULL column does, on SQLite) drops the table's triggers silently, and the
    rollups go stale. Every trigger created while migrating must still exist once every migration ran."""
    import re
    created = set()
    name = dbs.unique("triggers")
    db.bind(dbs.create(name))
    execute = type(db.database.obj).execute_sql

    def recording(self, sql, *args, **kwargs):
        created.update(re.findall(r"CREATE TRIGGER (\w+)", sql))
        return execute(self, sql, *args, **kwargs)
    monkeypatch.setattr(type(db.database.obj), "execute_sql", recording)
    assert migrations.upgrade()
    monkeypatch.undo()
    with db.database.connection_context():
        present = _triggers()
    db.database.close()
    dbs.drop(name)
    assert {"event_rollup_figure_insert", "event_rollup_actor_participant_update"} <= created or \
        {"event_rollup_figure", "event_rollup_actor_participant"} <= created
    assert created - present == set()
