"""Migration 0037 gives a database of the old shape the release and release_chunk tables, empty: an admin token
of before publishes a release of the records already there at once, and down then up again keeps the records."""
import hashlib

import pytest

from api import background, db
from api.models import PORTABLE_MODELS
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, old_token, serving

BEFORE = "0036_import_digests"
SECRET = "an-old-admin-secret-of-2026"


@pytest.fixture
def admin(dbs, shared_app, monkeypatch):
    """A database at migration 0036 holding a source and an admin token, upgraded."""
    with database_at(dbs, BEFORE, "at_0036") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        old_token(table, 1, SECRET, name="old admin", role="admin")
        applied = migrations.upgrade()
        db.reset_sequences(PORTABLE_MODELS)
    assert applied[0] == "0037_releases"   # and every later one
    with serving(shared_app, dbs, name, url) as app:
        monkeypatch.setitem(app.extensions, "background_runner", background.inline)
        client = app.test_client()
        client.token = f"cf_1_{SECRET}"
        yield client


def test_an_old_admin_publishes_a_release_of_the_old_records(admin):
    assert admin.get("/v1/releases").get_json()["items"] == []
    response = admin.post("/v1/releases", json={"version": "2026.1", "note": "First."})
    assert response.status_code == 202, response.get_json()
    release = admin.get("/v1/releases/2026.1").get_json()
    assert release["state"] == "published" and release["counts"]["sources"] == 1
    assert release["published_by"] == "old admin"
    body = admin.get("/v1/releases/2026.1/download?format=ndjson").get_data()
    assert hashlib.sha256(body).hexdigest() == release["sha256"] and b"Reuters report" in body


def test_down_and_up_again(admin):
    assert admin.post("/v1/releases", json={"version": "2026.1", "note": "First."}).status_code == 202
    db.bind(admin.application.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "release" not in db.database.obj.get_tables()
        assert "release_chunk" not in db.database.obj.get_tables()
        assert "0037_releases" in migrations.upgrade()
    db.close_all()
    assert admin.get("/v1/releases").get_json()["items"] == []
    assert admin.get("/v1/sources/1").status_code == 200
