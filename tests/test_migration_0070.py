"""Migration 0070 on the engine under test: an existing figure reads back revised after no event, counted until
no event and with no travel means, an existing control claim with no share. Afterwards they take them, and the
filters find them; down then up again keeps the old data."""
import datetime
import pathlib

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0067_languages_ages_leaks"
# the migration just before this one (others, 0068 on, may sit between it and BEFORE)
PREVIOUS = max(path.stem for path in (pathlib.Path(__file__).parents[1] / "migrations").glob("00*.py")
               if path.stem < "0070")
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank", "best",
          "with_surroundings", "displaced_again", "other_subsets", "other_countries")
CLAIM = ("id", "event_id", "attribution", "rank", "position", "control", "controlled_by_id", "control_of_id",
         "as_of", "site_categories")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0067 holding two events, one with a displaced figure and a control claim."""
    with database_at(dbs, BEFORE, "at_0067") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="AFP", kind="armed_force", unidentified=False, **STAMPS).execute()
        table("place", *RECORD, "name", "kind").insert(id=1, name="Marawi", kind="city", **STAMPS).execute()
        for ident, title in ((1, "Battle of Marawi"), (2, "Bodies found")):
            table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories").insert(
                id=ident, title=title, type="FIGHT", date_start=datetime.date(2017, 5, 23), date_precision="day",
                site_categories="[]", **STAMPS).execute()
            table("event_source", "event_id", "source_id", "position").insert(event_id=ident, source_id=1,
                                                                              position=0).execute()
        table("figure", *FIGURE).insert(
            id=7, event_id=1, quantity="displaced", unit="people", category="total", attribution="source",
            position=0, published=True, rank="normal", best=70000, with_surroundings=False, displaced_again=False,
            other_subsets="[]", other_countries="[]").execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=7, source_id=1,
                                                                            position=0).execute()
        table("event_claim", *CLAIM).insert(
            id=3, event_id=1, attribution="source", rank="normal", position=0, control="partial",
            controlled_by_id=1, control_of_id=1, as_of=datetime.date(2017, 5, 29), site_categories="[]").execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=3, source_id=1,
                                                                                position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0070_figures_in_the_run_of_events" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_rows_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    read = client.get("/v1/events/1?include=figures,claims").get_json()
    figure, claim = read["figures"][0], read["claims"][0]
    assert (figure["best"], figure["revised_after_event"], figure["period_until_event"], figure["travel_means"]) == (
        70000, None, None, [])
    assert (claim["control"], claim["control_share"]) == ("partial", None)
    response = client.patch("/v1/events/1", headers=headers, json={
        "figures": [{"id": 7, "quantity": "displaced", "unit": "families", "best": 11000, "qualifier": "about",
                     "revised_after_event_id": 2, "period_until_event_id": 2, "travel_means": ["foot"],
                     "source_ids": [1]}],
        "claims": [{"id": 3, "control": "partial", "controlled_by_id": 1, "control_of_id": 1, "as_of": "2017-05-29",
                    "control_share": 90, "qualifier": "about", "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    for query in ("figure_revised_after_event=2", "figure_period_until_event=2", "figure_travel_means=foot"):
        assert [e["id"] for e in client.get(f"/v1/events?{query}").get_json()["items"]] == [1], query
    assert client.get("/v1/events/1?include=claims").get_json()["claims"][0]["control_share"] == 90
    assert client.delete("/v1/events/2", headers=headers).status_code == 409


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=PREVIOUS)
        assert "travel_means" not in {c.name for c in db.database.obj.get_columns("figure")}
        assert "control_share" not in {c.name for c in db.database.obj.get_columns("event_claim")}
        assert "0070_figures_in_the_run_of_events" in migrations.upgrade()
        assert "period_until_event_id" in {c.name for c in db.database.obj.get_columns("figure")}
    db.close_all()
    client = old_database.test_client()
    assert [f["best"] for f in client.get("/v1/events/1?include=figures").get_json()["figures"]] == [70000]
