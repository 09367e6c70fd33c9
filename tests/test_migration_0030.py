"""Migration 0030 gives a database of the old shape the import_job table, empty: an admin token of before can
post a dataset file at once, and down then up again keeps the records it imported."""
import pytest

from api import background, db
from api.models import PORTABLE_MODELS
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, old_token, serving

from test_ged_import import FIRST, sample_rows, write_ged

BEFORE = "0024_sourced_relations"
SECRET = "an-old-admin-secret-of-2026"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0024 holding a source and an admin token."""
    with database_at(dbs, BEFORE, "at_0024") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        old_token(table, 1, SECRET, name="old admin", role="admin")
        applied = migrations.upgrade()
        db.reset_sequences(PORTABLE_MODELS)   # (rows written with their IDs: PostgreSQL's sequences follow)
    assert "0030_import_jobs" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


@pytest.fixture
def admin(old_database, tmp_path, monkeypatch):
    monkeypatch.setitem(old_database.config, "IMPORT_SPOOL_DIR", str(tmp_path / "spool"))
    monkeypatch.setitem(old_database.extensions, "background_runner", background.inline)
    client = old_database.test_client()
    client.token = f"cf_1_{SECRET}"
    return client


def test_an_old_admin_token_posts_an_import(admin, tmp_path):
    assert admin.get("/v1/imports").get_json()["items"] == []
    columns, rows = sample_rows(FIRST)
    with open(write_ged(tmp_path / "ged.csv", columns, rows), "rb") as handle:
        response = admin.post("/v1/imports", data={"format": "ucdp-ged", "file": (handle, "ged.csv")})
    assert response.status_code == 202, response.get_json()
    job = response.get_json()
    assert job["state"] == "done" and job["started_by"] == "old admin"
    assert job["summary"]["created"] == FIRST - 1
    assert admin.get("/v1/sources/1").status_code == 200


def test_down_and_up_again(admin, tmp_path):
    columns, rows = sample_rows(FIRST)
    with open(write_ged(tmp_path / "ged.csv", columns, rows), "rb") as handle:
        assert admin.post("/v1/imports", data={"format": "ucdp-ged", "file": (handle, "ged.csv")}).status_code == 202
    db.bind(admin.application.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "import_job" not in db.database.obj.get_tables()
        assert "0030_import_jobs" in migrations.upgrade()
    db.close_all()
    assert admin.get("/v1/imports").get_json()["items"] == []
    assert len(admin.get("/v1/events?external_id=ucdp-ged:300380").get_json()["items"]) == 1
