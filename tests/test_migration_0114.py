"""Migration 0114 (agree33) on the engine under test: an event claim, a figure and a statement stored before read
evidence [] and the statement addressee_words null; its act items stored before read primary null and their places
no distance, its not_said item no action; afterwards they take them and are found by them; down to 0111 then up
again keeps the old data. (Through HTTP: tests/test_evidence33.py, tests/test_acts33.py.)"""
import datetime

import pytest

from api import db
from api.models import Event, EventClaim, Statement
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0111_agreed_at"
APPLIED = "0114_evidence"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank", "best",
          "as_of", "key", "with_surroundings", "displaced_again", "other_subsets", "other_countries", "travel_means",
          "items")
PLEDGE = ('[{"action":"withdrawal","places":[{"role":"from","place_id":null,"unknown":"unnamed","words":"the town",'
          '"with_surroundings":false}]}]')


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0111 holding a shelling with a claim and a count of the dead, and a statement with a request,
    a pledge to withdraw from a place and a point it leaves unsaid."""
    with database_at(dbs, BEFORE, "at_0111_agree33") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        Event.insert(id=1, title="Shelling of a town", type="ASSAULT", date_start=datetime.date(2016, 3, 1),
                     date_precision="day", **STAMPS).execute()   # 0111's shape: the model's defaults fill the rest
        EventClaim.insert(id=3, event=1, position=0, type="FIGHT").execute()
        table("figure", *FIGURE).insert(
            id=7, event_id=1, quantity="deaths", unit="people", category="total", attribution="source", position=0,
            published=True, rank="normal", best=20, as_of=datetime.date(2016, 3, 1), key="first",
            with_surroundings=False, displaced_again=False, other_subsets="[]", other_countries="[]",
            travel_means="[]", items="[]").execute()
        Statement.insert(id=1, speaker=None, date=datetime.date(2016, 3, 2), date_precision="day", medium="remarks",
                         requests='[{"action":"further_negotiations"}]', pledges=PLEDGE,
                         not_said='[{"point":"when","reason":"declined","words":null}]', **STAMPS).execute()
        for owner, owner_id in (("figure", 7), ("event", 1), ("event_claim", 3), ("statement", 1)):
            column = "claim_id" if owner == "event_claim" else f"{owner}_id"
            table(f"{owner}_source", column, "source_id", "position").insert(
                **{column: owner_id}, source_id=1, position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _read(client):
    event = client.get("/v1/events/1?include=figures,claims").get_json()
    return event, client.get("/v1/statements/1").get_json()


def test_old_records_read_the_new_fields_empty_then_take_them(old_database):
    client = old_database.test_client()
    event, said = _read(client)
    assert (event["claims"][0]["evidence"], event["figures"][0]["evidence"], said["evidence"]) == ([], [], [])
    assert said["addressee_words"] is None and said["requests"][0]["primary"] is None
    assert said["not_said"][0]["action"] is None and said["pledges"][0]["places"][0]["distance_km"] is None
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    patched = client.patch("/v1/statements/1", headers=headers, json={
        "medium": "remarks_to_reporters", "addressee_words": "reporters", "evidence": [{"kind": "video"}],
        "requests": [{"action": "further_negotiations", "primary": True}],
        "not_said": [{"point": "when", "reason": "declined", "action": "withdrawal"}]})
    assert patched.status_code == 200, patched.get_json()["errors"]
    claim = {"id": event["claims"][0]["id"], "type": "FIGHT", "rank": "normal", "source_ids": [1], "evidence": [
        {"kind": "witnesses", "words": "residents said"}]}
    patched = client.patch("/v1/events/1", headers=headers, json={"claims": [claim]})
    assert patched.status_code == 200, patched.get_json()["errors"]
    for kind, query in (("statements", "evidence=video"), ("statements", "act_primary=true"),
                        ("statements", "not_said_action=withdrawal"), ("events", "evidence=witnesses")):
        assert [r["id"] for r in client.get(f"/v1/{kind}?{query}").get_json()["items"]] == [1], query


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        for table in ("event_claim", "figure", "statement"):
            assert "evidence" not in {c.name for c in db.database.obj.get_columns(table)}
        assert db.database.obj.execute_sql("SELECT id, medium FROM statement").fetchall() == [(1, "remarks")]
        assert APPLIED in migrations.upgrade()
    db.close_all()
    event, said = _read(old_database.test_client())
    assert (event["figures"][0]["best"], said["evidence"], said["requests"][0]["action"]) == (
        20, [], "further_negotiations")
