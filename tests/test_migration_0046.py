"""Migration 0046 on the engine under test: revisions made before it are found by time through the new index.
`as_of=<time>` names the last change made at or before that time, including one numbered after a change made
later (two writes whose numbers and times cross); down then up again."""
import datetime

import orjson
import pytest

from api import db
from api.services import cursors, migrations
from old_databases import NOW, RECORD, STAMPS, database_at, serving

BEFORE = "0040_figures_as_said"
LATER = NOW + datetime.timedelta(hours=1)
BETWEEN = NOW + datetime.timedelta(minutes=30)


def _revision(table, revision_id, record_id, version, action, at, title):
    table("revision", "id", "kind", "record_id", "version", "action", "at", "data", "token_name").insert(
        id=revision_id, kind="sources", record_id=record_id, version=version, action=action, at=at,
        token_name="old", data=orjson.dumps({"title": title}).decode()).execute()


@pytest.fixture
def old_database(dbs, shared_app):
    """Source 1 made at NOW and retitled an hour later (revisions 1 and 2); source 2 made half an hour after
    NOW but numbered after the retitling (revision 3)."""
    with database_at(dbs, BEFORE, "at_0040") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Retitled", **{**STAMPS, "version": 2}).execute()
        table("source", *RECORD, "title").insert(id=2, title="Second", **STAMPS).execute()
        _revision(table, 1, 1, 1, "create", NOW, "First title")
        _revision(table, 2, 1, 2, "update", LATER, "Retitled")
        _revision(table, 3, 2, 1, "create", BETWEEN, "Second")
        assert "0046_revision_time_index" in migrations.upgrade()
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _at(moment):
    return moment.isoformat() + "Z"


def test_old_revisions_are_found_by_time(old_database):
    client = old_database.test_client()
    assert client.get(f"/v1/sources/1?as_of={_at(NOW - datetime.timedelta(minutes=1))}").status_code == 404
    first = client.get(f"/v1/sources/1?as_of={_at(NOW + datetime.timedelta(minutes=10))}")
    assert first.status_code == 200 and first.get_json()["title"] == "First title"
    assert first.headers["As-Of-Change"] == cursors.encode_revision(1)
    assert client.get(f"/v1/sources/2?as_of={_at(NOW + datetime.timedelta(minutes=10))}").status_code == 404
    # Revision 3 was made before revision 2 but numbered after it: the moment is the highest number made by
    # then, as a cursor names every change up to its own.
    crossed = client.get(f"/v1/sources/2?as_of={_at(BETWEEN + datetime.timedelta(minutes=1))}")
    assert crossed.status_code == 200 and crossed.headers["As-Of-Change"] == cursors.encode_revision(3)
    assert client.get(f"/v1/sources/1?as_of={_at(LATER)}").get_json()["title"] == "Retitled"


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        names = lambda: {index.name for index in db.database.obj.get_indexes("revision")}
        assert "revision_at" in names()
        migrations.runner().down(target=BEFORE)
        assert "revision_at" not in names()
        assert "0046_revision_time_index" in migrations.upgrade()
        assert "revision_at" in names()
    db.close_all()
