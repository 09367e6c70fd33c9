"""Migration 0111 (agree32) on the engine under test: a treaty stored before reads agreed_at null and keeps the place
stored in signed_at_id, its provision's term reads initial null and its link simultaneous_with as stored, a
statement's pledge reads term null; afterwards they take the new fields and terms and are found by them; down to
0108 then up again keeps the old data. (The new fields through HTTP: tests/test_agreements32.py.)"""
import datetime

import pytest

from api import db
from api.models import Statement
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, serving, upgrade_with_curator

BEFORE = "0108_figure_relative_as_of"
APPLIED = "0111_agreed_at"
TERM = '{"duration":{"amount":60,"unit":"days"}}'
LINK = '[{"relation":"simultaneous_with","provision_id":5}]'


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0108 holding an accord "signed" (agreed) at a city, with a withdrawal for 60 days and a
    release linked to it, and a pledge to monitor it."""
    with database_at(dbs, BEFORE, "at_0108_agree32") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            [{"id": n, "name": named, "kind": "state", "unidentified": False, **STAMPS}
             for n, named in ((1, "Government"), (2, "Front"))]).execute()
        table("place", *RECORD, "name", "kind", "country").insert(id=4, name="Capital", kind="city", country="GHA",
                                                                  **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases", "unidentified",
              "signed_at_id").insert(id=1, name="Accord", kind="peace_agreement", status="signed",
                                     date_precision=None, phases="[]", unidentified=False, signed_at_id=4,
                                     **STAMPS).execute()
        provision = ("id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
                     "site_categories", "covers", "links", "source_ids", "term")
        empty = dict.fromkeys(("figures", "deadlines", "conditions", "site_categories", "covers", "source_ids"), "[]")
        table("provision", *provision).insert([
            {"id": 5, "treaty_id": 1, "type": "withdrawal", "summary": "Troops withdraw.", "position": 0,
             "links": "[]", "term": TERM, **empty},
            {"id": 6, "treaty_id": 1, "type": "prisoner_release", "summary": "Prisoners are freed.", "position": 1,
             "links": LINK, "term": None, **empty}]).execute()
        Statement.insert(id=1, speaker=2, date=datetime.date(2021, 3, 2), date_precision="day", medium="speech",
                         pledges='[{"action":"monitoring","about_actor_ids":[]}]', **STAMPS).execute()
        for kind, owner in (("treaty", "treaty_id"), ("statement", "statement_id")):
            table(f"{kind}_source", owner, "source_id", "position").insert(**{owner: 1}, source_id=1,
                                                                          position=0).execute()
        applied = upgrade_with_curator(shared_app)
    assert APPLIED in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _read(client):
    treaty = client.get("/v1/treaties/1?include=provisions").get_json()
    return treaty, client.get("/v1/statements/1").get_json()


def test_old_records_read_the_new_fields_empty_then_take_them(old_database):
    client = old_database.test_client()
    treaty, statement = _read(client)
    assert (treaty["agreed_at"], treaty["signed_at"]) == (None, 4)
    withdrawal, release = treaty["provisions"]
    assert withdrawal["term"]["duration"] == {"amount": 60, "unit": "days", "qualifier": None}
    assert withdrawal["term"]["initial"] is None
    assert (release["links"][0]["relation"], release["links"][0]["provision"]) == ("simultaneous_with", 5)
    assert statement["pledges"][0]["term"] is None
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    for path, body in (
            ("/v1/treaties/1", {"signed_at_id": None, "agreed_at_id": 4, "provisions": [
                {"id": 5, "type": "withdrawal", "summary": "Troops withdraw.",
                 "term": {"duration": {"amount": 60, "unit": "days"}, "initial": True}},
                {"id": 6, "type": "prisoner_release", "summary": "Prisoners are freed.",
                 "links": [{"relation": "in_step_with", "provision_id": 5}]}]}),
            ("/v1/statements/1", {"pledges": [{"action": "monitoring", "term": {
                "duration": {"amount": 60, "unit": "days"}, "initial": True}}]})):
        patched = client.patch(path, headers=headers, json=body)
        assert patched.status_code == 200, patched.get_json()
    for kind, query in (("treaties", "agreed_at=4"), ("treaties", "provision_link=in_step_with"),
                        ("statements", "act_term=true")):
        assert [r["id"] for r in client.get(f"/v1/{kind}?{query}").get_json()["items"]] == [1], query
    assert client.get("/v1/treaties?signed_at=4").get_json()["items"] == []
    treaty, statement = _read(client)
    assert treaty["provisions"][0]["term"]["initial"] is True and statement["pledges"][0]["term"]["initial"] is True


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "agreed_at_id" not in {c.name for c in db.database.obj.get_columns("treaty")}
        rows = db.database.obj.execute_sql("SELECT id, signed_at_id FROM treaty").fetchall()
        assert rows == [(1, 4)]
        assert APPLIED in migrations.upgrade()
    db.close_all()
    treaty, statement = _read(old_database.test_client())
    assert (treaty["agreed_at"], treaty["signed_at"], treaty["provisions"][1]["links"][0]["relation"]) == (
        None, 4, "simultaneous_with")
    assert statement["pledges"][0]["term"] is None
