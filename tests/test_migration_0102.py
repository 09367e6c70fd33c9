"""Migration 0102 (stmt30) on the engine under test: a statement stored before reads reasons and predictions [],
novelty and date_part null, and its act items' reasons []; afterwards it takes them and is found by them; down to
0100 then up again keeps the old data. (The new fields through HTTP: tests/test_stmt30.py.)"""
import datetime

import pytest

from api import db
from api.models import Statement
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0100_implementation_claimants_and_places"
APPLIED = ("0102_statement_reasons_and_predictions",)
COLUMNS = ("reasons", "predictions", "novelty", "novelty_words", "date_part")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0100 holding a statement with a refusal."""
    with database_at(dbs, BEFORE, "at_0100_stmt30") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        # the models are 0100's shape but for the new columns (no defaults): their defaults fill the other columns
        Statement.insert(id=1, speaker=None, date=datetime.date(2021, 5, 24), date_precision="day", medium="unknown",
                         refusals='[{"action":"humanitarian_access","words":"denied access"}]', **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert set(APPLIED) <= set(applied)
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_an_old_statement_reads_the_new_fields_empty_then_takes_them(old_database):
    client = old_database.test_client()
    said = client.get("/v1/statements/1").get_json()
    assert [said[name] for name in COLUMNS] == [[], [], None, None, None]
    assert said["refusals"][0]["reasons"] == []
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    patched = client.patch("/v1/statements/1", headers=headers, json={
        "novelty": "repeated", "date": "2021-05-21", "date_end": "2021-05-31", "date_part": "late",
        "predictions": [{"event_type": "FIGHT", "words": "civil war", "hedge": "possible"}],
        "refusals": [{"action": "humanitarian_access", "words": "denied access",
                      "reasons": [{"reason": "security_operation"}]}]})
    assert patched.status_code == 200, patched.get_json()
    for query in ("novelty=repeated", "date_part=late", "predicted_type=FIGHT", "stated_reason=security_operation"):
        assert [s["id"] for s in client.get(f"/v1/statements?{query}").get_json()["items"]] == [1], query


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert not set(COLUMNS) & {c.name for c in db.database.obj.get_columns("statement")}
        applied = migrations.upgrade()
        assert set(APPLIED) <= set(applied)
    db.close_all()
    said = old_database.test_client().get("/v1/statements/1").get_json()
    assert (said["reasons"], said["refusals"][0]["words"]) == ([], "denied access")
