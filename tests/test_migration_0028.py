"""Migration 0028 on the engine under test: a database at 0024 holding sources gains the import_run table and
the index on source(title); its sources are kept and an import finds one by its title; down then up again."""
import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving
from test_ged_import import sample_rows, write_ged

BEFORE = "0024_sourced_relations"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0024 holding the source a GED row cites (Support Kurds in Syria, 2013-01-03)."""
    with database_at(dbs, BEFORE, "at_0024") as (name, url, table):
        table("source", *RECORD, "title", "publisher", "published_date", "excerpt").insert(
            id=7, title="Thursday 3 January 2013", publisher="Support Kurds in Syria", published_date="2013-01-03",
            excerpt='"Support Kurds in Syria,2013-01-03, Thursday 3 January 2013"', **STAMPS).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0028_import_runs" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _indexes():
    return {index.name for index in db.database.obj.get_indexes("source")}


def test_the_old_source_is_kept_and_found_by_an_import(old_database, tmp_path, monkeypatch, capsys):
    from api import cli
    monkeypatch.setenv("DATABASE_URL", old_database.config["DATABASE_URL"])
    columns, rows = sample_rows(1)
    assert cli.main(["import", "--format", "ucdp-ged", write_ged(tmp_path / "ged231.csv", columns, rows)]) == 0
    assert '"created": 1' in capsys.readouterr().out
    event = old_database.test_client().get("/v1/events?external_id=ucdp-ged:300380").get_json()["items"][0]
    assert 7 in [s["id"] if isinstance(s, dict) else s for s in event["sources"]]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        assert "source_title" in _indexes() and "import_run" in db.database.obj.get_tables()
        migrations.runner().down(target=BEFORE)
        assert "source_title" not in _indexes() and "import_run" not in db.database.obj.get_tables()
        assert "0028_import_runs" in migrations.upgrade()
        assert "source_title" in _indexes()
    db.close_all()
