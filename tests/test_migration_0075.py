"""Migration 0075 on the engine under test: an existing event, position and source read back with no outcome, no
leaving and no sources carried in part; afterwards they take them and the filters find them; down then up again
keeps the old data."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0072_rollup_nesting"
PREVIOUS = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("00*.py")
               if path.stem < "0075")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0072 holding two sources, an actor with a position and an event."""
    with database_at(dbs, BEFORE, "at_0072") as (name, url, table):
        sources = table("source", *RECORD, "title")
        sources.insert(id=1, title="Reuters", **STAMPS).execute()
        sources.insert(id=2, title="MAP", **STAMPS).execute()
        actors = table("actor", *RECORD, "name", "kind", "unidentified")
        actors.insert(id=1, name="United Nations", kind="international_organisation", unidentified=False,
                      **STAMPS).execute()
        actors.insert(id=2, name="Horst Koehler", kind="person", unidentified=False, **STAMPS).execute()
        table("actor_position", "id", "actor_id", "title", "of_actor_id", "attribution", "rank", "position").insert(
            id=5, actor_id=2, title="Personal Envoy", of_actor_id=1, attribution="source", rank="normal",
            position=0).execute()
        table("actor_position_source", "claim_id", "source_id", "position").insert(claim_id=5, source_id=1,
                                                                                   position=0).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="UN efforts to end the blockade", type="CONSULT", date_start=datetime.date(2020, 11, 13),
            date_precision="day", site_categories="[]", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0075_outcomes_leavings_carried_in_part" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    assert client.get("/v1/events/1").get_json()["outcome"] is None
    position = client.get("/v1/actors/2").get_json()["positions"][0]
    assert (position["left_how"], position["left_words"], position["vacant_as_of"]) == (None, None, None)
    assert client.get("/v1/sources/1").get_json()["cites_in_part_sources"] == []
    assert client.patch("/v1/events/1", headers=headers, json={"outcome": "failed"}).status_code == 200
    response = client.patch("/v1/actors/2", headers=headers, json={"positions": [
        {"id": 5, "title": "Personal Envoy", "of_actor_id": 1, "until": {"date": "2019-05-22"},
         "left_how": "resigned", "left_words": "citing health reasons", "vacant_as_of": "2020-11-16",
         "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    response = client.patch("/v1/sources/1", headers=headers, json={"cites_in_part_source_ids": [2]})
    assert response.status_code == 200, response.get_json()
    assert [e["id"] for e in client.get("/v1/events?outcome=failed").get_json()["items"]] == [1]
    assert [a["id"] for a in client.get("/v1/actors?position_left=resigned&position_vacant=true")
            .get_json()["items"]] == [2]
    assert [s["id"] for s in client.get("/v1/sources?cites=2").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "outcome" not in {c.name for c in db.database.obj.get_columns("event")}
        assert "source_citation_in_part" not in db.database.obj.get_tables()
        assert "0075_outcomes_leavings_carried_in_part" in migrations.upgrade()
        assert "left_how" in {c.name for c in db.database.obj.get_columns("actor_position")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/events/1").get_json()["title"] == "UN efforts to end the blockade"
