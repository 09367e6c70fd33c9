"""Migration 0097 on the engine under test: a statement stored with a speaker keeps it, and its act items stored
before acts had places and equipment read them empty; afterwards a statement may have no speaker (speaker_known=false
finds it); down refuses while one has none, and goes once it has one; up again."""
import datetime

import pytest

from api import db
from api.models import Statement
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

TARGET = "0097_statement_speaker_unknown"
BEFORE = "0096_treaty_precision_of_no_date"


@pytest.fixture
def old_database(dbs, shared_app):
    with database_at(dbs, BEFORE, "at_0096_speaker") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="AFP", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="Ministry of Defence", kind="government_body", unidentified=False, **STAMPS).execute()
        # the models are 0096's shape but for the speaker's null: their defaults fill the other columns
        Statement.insert(id=1, speaker=1, date=datetime.date(2014, 8, 22), date_precision="day",
                         medium="press_release", requests='[{"action": "withdrawal", "addressee_ids": [], '
                                                          '"addressee_words": null, "words": null}]',
                         **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert TARGET in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _nullable(column):
    return {c.name: c.null for c in db.database.obj.get_columns("statement")}[column]


def test_old_rows_read_as_before_and_a_speaker_may_then_be_unknown(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    read = client.get("/v1/statements/1").get_json()
    assert read["speaker"]["id"] == 1
    assert (read["requests"][0]["places"], read["requests"][0]["equipment"]) == ([], [])
    patch = {"content_type": "application/json-patch+json", "headers": headers}   # a merge patch's null removes
    response = client.patch("/v1/statements/1", json=[{"op": "replace", "path": "/speaker_id", "value": None}],
                            **patch)
    assert response.status_code == 200, response.get_json()["errors"]
    assert [s["id"] for s in client.get("/v1/statements?speaker_known=false").get_json()["items"]] == [1]
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        later = sorted(m.name for m in migrations.runner().status() if m.applied and m.name > TARGET)
        if later:   # the later migrations first (down(target) reverts through the target): not under test here
            migrations.runner().down(target=later[0])
        with pytest.raises(RuntimeError, match="no speaker"):
            migrations.runner().down(target=TARGET)
        migrations.upgrade()   # back to the head before the app writes again
    db.close_all()
    assert client.patch("/v1/statements/1", json=[{"op": "replace", "path": "/speaker_id", "value": 1}],
                        **patch).status_code == 200
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert not _nullable("speaker_id")
        assert TARGET in migrations.upgrade()
        assert _nullable("speaker_id")
    db.close_all()
    assert client.get("/v1/statements/1").get_json()["speaker"]["id"] == 1
