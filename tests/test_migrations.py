"""Migrating an empty database gives exactly the schema the models declare."""
import ast
import pathlib
import sqlite3

from api import db
from api.models import ALL_MODELS
from api.services import migrations

MIGRATION_TABLES = {"schema_migration", "sqlite_sequence"}


def schema_of(path):
    """Tables, columns, indexes and foreign keys of a SQLite file, in a comparable form."""
    conn = sqlite3.connect(path)
    try:
        tables = sorted(name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                        if name not in MIGRATION_TABLES)
        schema = {}
        for table in tables:
            indexes = {}
            for _, name, unique, origin, partial in conn.execute(f'PRAGMA index_list("{table}")'):
                columns = [row[2] for row in conn.execute(f'PRAGMA index_info("{name}")')]
                indexes[name] = (unique, origin, partial, columns)
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            # Columns by name: a column added by a later migration comes last in the table, wherever the
            # model declares it; the order of columns means nothing to the service.
            columns = sorted(row[1:] for row in conn.execute(f'PRAGMA table_info("{table}")'))
            schema[table] = {
                "autoincrement": "AUTOINCREMENT" in sql,
                "virtual": sql.startswith("CREATE VIRTUAL TABLE"),
                "columns": columns,
                "indexes": indexes,
                "foreign_keys": sorted(conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()),
            }
        return schema
    finally:
        conn.close()


def test_migrations_give_the_models_schema(tmp_path):
    migrated, declared = tmp_path / "migrated.db", tmp_path / "declared.db"
    db.bind(f"sqlite:///{migrated}")
    assert migrations.upgrade() == [name for name, _ in migrations.status()]
    db.database.close()
    db.bind(f"sqlite:///{declared}")
    with db.database.connection_context():
        db.database.create_tables(ALL_MODELS)
    db.database.close()
    assert schema_of(migrated) == schema_of(declared)


def test_upgrade_twice_applies_nothing_and_status_is_clean(tmp_path):
    db.bind(f"sqlite:///{tmp_path / 'x.db'}")
    first = migrations.upgrade()
    assert first and migrations.upgrade() == []
    assert migrations.pending() == []
    db.database.close()


def test_migrations_never_import_the_live_models():
    """A migration must keep meaning what it meant when written, whatever the models become."""
    for path in sorted(pathlib.Path(migrations.DIRECTORY).glob("[0-9]*.py")):
        tree = ast.parse(path.read_text())
        imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        imported |= {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        foreign = {name for name in imported if name != "peewee" and not name.startswith("playhouse.")}
        assert not foreign, f"{path.name} imports {foreign}: migrations may use only peewee itself"
