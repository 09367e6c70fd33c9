"""Migration 0036 on the engine under test: a database at 0032 gains the empty import_digest table; an event
imported while the table held nothing for it (as one imported before the migration) is compared once and
skipped after, and a newer row updates it; down then up again."""
import pytest

from api import db
from api.models import Source
from api.services import migrations, tokens
from dataset_imports import cli_importer, feed, one
from old_databases import RECORD, STAMPS, database_at, serving
from test_ged_import import sample_rows, write_ged
from test_import_releases import more_deaths

BEFORE = "0032_figure_verification"


@pytest.fixture
def old_database(dbs, shared_app, tmp_path, monkeypatch, capsys):
    """A database at 0032 holding a source, migrated."""
    with database_at(dbs, BEFORE, "at_0032") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        db.reset_sequences([Source])   # only the table written here: later migrations add others
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0036_import_digests" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_an_event_imported_before_is_compared_then_skipped(old_database, tmp_path, monkeypatch, capsys):
    client = old_database.test_client()
    importer = cli_importer("ucdp-ged", client, monkeypatch, capsys)
    columns, rows = sample_rows(1)
    path = write_ged(tmp_path / "ged231.csv", columns, rows)
    assert importer(path)[1]["created"] == 1
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        db.database.execute_sql("DELETE FROM import_digest")   # as if imported before the table existed
    before = feed(client)
    for _ in range(2):   # compared and remembered, then skipped
        assert importer(path)[1]["unchanged"] == 1
        assert feed(client) == before
        with db.database.connection_context():
            assert db.database.execute_sql("SELECT COUNT(*) FROM import_digest").fetchone()[0] == 1
    assert importer(write_ged(tmp_path / "ged241.csv", columns, [more_deaths(rows[0])]))[1]["updated"] == 1
    assert one(client, f"ucdp-ged:{rows[0]['id']}")["version"] == 2


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        assert "import_digest" in db.database.obj.get_tables()
        migrations.runner().down(target=BEFORE)
        assert "import_digest" not in db.database.obj.get_tables()
        assert "0036_import_digests" in migrations.upgrade()
        assert "import_digest" in db.database.obj.get_tables()
    db.close_all()
