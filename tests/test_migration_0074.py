"""Migration 0074 on the engine under test: an existing actor, event claim and figure read back with every new
part null (an actor's validity and a claim's as_of are days; a figure is not hedged); afterwards they take
valid_from_precision, as_of_precision and claimant_hedge, and figure_claimant_hedge= finds the event; down then
up again keeps the old data."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0067_languages_ages_leaks"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank")
PREVIOUS = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("00*.py")
               if path.stem < "0074")
ADDED = {"event_claim": "as_of_precision", "actor": "valid_from_precision", "figure": "claimant_hedge"}


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0067 holding an actor, and an event with a claim and a figure."""
    with database_at(dbs, BEFORE, "at_0067_for_0074") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified", "valid_from").insert(
            id=1, name="MINURSO", kind="international_organisation", unidentified=False,
            valid_from=datetime.date(1991, 4, 29), **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
            id=1, title="Western Sahara war", type="FIGHT", date_start=datetime.date(1975, 11, 6),
            date_precision="day", site_categories="[]", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("event_claim", "id", "event_id", "attribution", "rank", "position", "as_of", "site_categories").insert(
            id=3, event_id=1, attribution="source", rank="normal", position=0, as_of=datetime.date(1975, 11, 6),
            site_categories="[]").execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=3, source_id=1,
                                                                                position=0).execute()
        table("figure", *FIGURE, "best", "with_surroundings", "displaced_again", "other_subsets",
              "other_countries").insert(
            id=7, event_id=1, quantity="prisoners_held", unit="people", category="total", attribution="source",
            position=0, published=True, rank="normal", best=113, with_surroundings=False,
            displaced_again=False, other_subsets="[]", other_countries="[]").execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=7, source_id=1,
                                                                            position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0074_coarse_dates_hedged_figures" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    actor = client.get("/v1/actors/1").get_json()
    assert (actor["valid_from"], actor["valid_from_precision"], actor["valid_to_precision"]) == (
        "1991-04-29", None, None)
    event = client.get("/v1/events/1?include=figures,claims").get_json()
    assert (event["claims"][0]["as_of"], event["claims"][0]["as_of_precision"]) == ("1975-11-06", None)
    assert event["figures"][0]["claimant_hedge"] is None
    response = client.patch("/v1/actors/1", headers=headers,
                            json={"valid_from": "1991-04-01", "valid_from_precision": "month"})
    assert response.status_code == 200, response.get_json()["errors"]
    response = client.patch("/v1/events/1", headers=headers, json={
        "claims": [{"id": 3, "type": "FIGHT", "as_of": "1975-01-01", "as_of_precision": "year", "source_ids": [1]}],
        "figures": [{"id": 7, "quantity": "prisoners_held", "unit": "people", "best": 113,
                     "claimant_hedge": "believed", "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()["errors"]
    assert [e["id"] for e in client.get("/v1/events?figure_claimant_hedge=believed").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        for table, column in ADDED.items():
            assert column not in {c.name for c in db.database.obj.get_columns(table)}
        assert "0074_coarse_dates_hedged_figures" in migrations.upgrade()
        for table, column in ADDED.items():
            assert column in {c.name for c in db.database.obj.get_columns(table)}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/actors/1").get_json()["name"] == "MINURSO"
