"""Migration 0101 (acts29) on the engine under test: an existing figure (an event's, marked could_not_verify) reads
back with no verification source and additional false, an act item stored before acts had a phase reads it null,
and the statement no recurrence. Afterwards the figure takes a source and additional, the act a phase, the
statement a recurrence, and the filters find them; down then up again keeps the old data. The new fields through
HTTP: tests/test_acts29.py."""
import datetime

import pytest

from api import db
from api.models import Event, Statement
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0100_implementation_claimants_and_places"
APPLIED = "0101_figure_verification_source_and_additional"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank",
          "verification", "low", "qualifier")
NOT_NULL = ("with_surroundings", "displaced_again", "other_subsets", "other_countries")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0100 holding an event with a figure of troops the reporting could not verify, and a statement
    pledging a withdrawal from a day."""
    with database_at(dbs, BEFORE, "at_0100_acts29") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A wire report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="A government", kind="state", unidentified=False, **STAMPS).execute()
        # the event's and the statement's models are 0100's shape: their defaults fill the other columns
        Event.insert(id=1, title="Troops sent", type="MOBILIZE", date_start=datetime.date(2007, 1, 10),
                     date_precision="day", **STAMPS).execute()
        table("figure", *FIGURE, *NOT_NULL).insert(
            id=7, event_id=1, quantity="troops", unit="people", category="total", attribution="source",
            position=0, published=True, rank="normal", verification="could_not_verify", low=20000,
            qualifier="more_than", with_surroundings=False, displaced_again=False, other_subsets="[]",
            other_countries="[]").execute()
        for owner, owner_id in (("figure", 7), ("event", 1)):
            table(f"{owner}_source", f"{owner}_id", "source_id", "position").insert(
                **{f"{owner}_id": owner_id}, source_id=1, position=0).execute()
        Statement.insert(id=1, speaker=1, date=datetime.date(1988, 4, 14), date_precision="day", medium="speech",
                         pledges='[{"action": "withdrawal", "date": {"date": "1988-05-15"}}]', **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_then_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    figure = client.get("/v1/events/1?include=figures").get_json()["figures"][0]
    assert (figure["low"], figure["verification"], figure["verification_source"], figure["additional"]) == (
        20000, "could_not_verify", None, False)
    assert [e["id"] for e in client.get("/v1/events?figure_additional=false").get_json()["items"]] == [1]
    statement = client.get("/v1/statements/1").get_json()
    assert (statement["pledges"][0]["phase"], statement["recurrence"]) == (None, None)
    response = client.patch("/v1/events/1", headers=headers, json={"figures": [
        {"id": 7, "quantity": "troops", "unit": "people", "low": 20000, "qualifier": "more_than",
         "verification": "could_not_verify", "verification_source_id": 1, "additional": True, "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/events?figure_additional=true").get_json()["items"]] == [1]
    assert [e["id"] for e in client.get("/v1/events?figure_verification_source=1").get_json()["items"]] == [1]
    response = client.patch("/v1/statements/1", headers=headers, json={"pledges": [
        {"action": "withdrawal", "date": {"date": "1988-05-15"}, "phase": "start"}]})
    assert response.status_code == 200, response.get_json()
    assert [s["id"] for s in client.get("/v1/statements?act_phase=start").get_json()["items"]] == [1]
    response = client.patch("/v1/statements/1", headers=headers, json={"recurrence": "repeated"})
    assert response.status_code == 200, response.get_json()
    assert [s["id"] for s in client.get("/v1/statements?recurrence=repeated").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        columns = {c.name for c in db.database.obj.get_columns("figure")}
        assert not {"verification_source_id", "additional"} & columns
        assert "recurrence" not in {c.name for c in db.database.obj.get_columns("statement")}
        applied = migrations.upgrade()
        assert APPLIED in applied
    db.close_all()
    figure = old_database.test_client().get("/v1/events/1?include=figures").get_json()["figures"][0]
    assert (figure["low"], figure["verification"], figure["additional"]) == (20000, "could_not_verify", False)
