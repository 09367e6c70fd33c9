"""Migration 0116 (vocab34) on the engine under test: a figure stored before reads other_causes and lacked [], then
takes further causes that figure_cause= finds; a legal action stored before reads issued_on null; a participant
takes the part rank_and_file, wider than the old column (PostgreSQL); down to 0111 then up again keeps the old data.
(Through HTTP: tests/test_vocab34.py.)"""
import datetime
import json

import pytest

from api import db
from api.models import Actor, Event
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving, varchar_widths

BEFORE = "0111_agreed_at"
APPLIED = "0116_figure_causes_and_parts"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank", "best",
          "as_of", "key", "cause")
NOT_NULL = ("with_surroundings", "displaced_again", "other_subsets", "other_countries", "travel_means", "items")
LEGAL = {"status": "warrant_issued", "charges": [], "penalty": None, "in_absentia": None, "in_force_as_of": None,
         "in_force_as_of_precision": None, "in_force_as_of_bound": None}
PARTS = (("participant", "actor_part"), ("statement", "speaker_part"))


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0111 holding a shelling with a count of the dead and a warrant event with its legal action."""
    with database_at(dbs, BEFORE, "at_0111_vocab34") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        Event.insert(id=1, title="Shelling of a town", type="ASSAULT", date_start=datetime.date(2016, 3, 1),
                     date_precision="day", **STAMPS).execute()
        Event.insert(id=2, title="A warrant", type="COERCE", date_start=datetime.date(2016, 3, 2),
                     date_precision="day", legal=json.dumps(LEGAL), legal_status="warrant_issued",
                     **STAMPS).execute()
        table("figure", *FIGURE, *NOT_NULL).insert(
            id=7, event_id=1, quantity="deaths", unit="people", category="total", attribution="source", position=0,
            published=True, rank="normal", best=20, as_of=datetime.date(2016, 3, 1), key="first", cause="shelling",
            with_surroundings=False, displaced_again=False, other_subsets="[]", other_countries="[]",
            travel_means="[]", items="[]").execute()
        for owner, owner_id in (("figure", 7), ("event", 1), ("event", 2)):
            table(f"{owner}_source", f"{owner}_id", "source_id", "position").insert(
                **{f"{owner}_id": owner_id}, source_id=1, position=0).execute()
        Actor.insert(id=1, name="Government forces", kind="armed_force", **STAMPS).execute()
        assert varchar_widths(PARTS) in (None, {part: 12 for part in PARTS})
        applied = migrations.upgrade()
        assert varchar_widths(PARTS) in (None, {part: 20 for part in PARTS})
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def headers(app):
    return {"Authorization": f"Bearer {app.config['TEST_CURATOR']}", "If-Match": "*"}


def test_old_records_read_the_new_fields_empty_then_take_them(old_database):
    client = old_database.test_client()
    figure = client.get("/v1/events/1?include=figures").get_json()["figures"][0]
    assert (figure["best"], figure["cause"], figure["other_causes"], figure["lacked"]) == (20, "shelling", [], [])
    assert client.get("/v1/events/2").get_json()["legal"] == {**LEGAL, "issued_on": None, "issued_on_precision": None}
    assert client.get("/v1/events?figure_cause=airstrike").get_json()["items"] == []
    response = client.patch("/v1/events/1", headers=headers(old_database), json={
        "figures": [{"id": 7, "quantity": "deaths", "unit": "people", "best": 20, "key": "first", "cause": "shelling",
                     "other_causes": ["airstrike"], "source_ids": [1]}],
        "participants": [{"actor_id": 1, "role": "initiator", "actor_part": "rank_and_file"}]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/events?figure_cause=airstrike").get_json()["items"]] == [1]
    assert [e["id"] for e in client.get("/v1/events?participant_part=rank_and_file").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        sql = db.database.obj.execute_sql
        assert not {"other_causes", "lacked"} & {c.name for c in db.database.obj.get_columns("figure")}
        assert json.loads(sql("SELECT legal FROM event WHERE id = 2").fetchone()[0]) == LEGAL
        assert varchar_widths(PARTS) in (None, {part: 12 for part in PARTS})
        applied = migrations.upgrade()
        assert APPLIED in applied
        assert json.loads(sql("SELECT legal FROM event WHERE id = 2").fetchone()[0]) == {
            **LEGAL, "issued_on": None, "issued_on_precision": None}
    db.close_all()
    client = old_database.test_client()
    figure = client.get("/v1/events/1?include=figures").get_json()["figures"][0]
    assert (figure["best"], figure["cause"], figure["other_causes"]) == (20, "shelling", [])
