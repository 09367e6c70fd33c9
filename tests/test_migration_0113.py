"""Migration 0113 (figs33) on the engine under test: a provision figure stored with actor_id (one, or null) reads
actor_ids ([1], []); a figure stored before reads independent_count and activity_when_hit null, a further place
site_category null, an occasion_timing season null; afterwards they take the new fields and are found by them; down
to 0111 (actor_ids carried back to actor_id, season removed) then up again keeps the old data. (The new fields
through HTTP: tests/test_figures33.py.)"""
import datetime
import json

import pytest

from api import db
from api.models import Event, Statement
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, serving, upgrade_with_curator

BEFORE = "0111_agreed_at"
APPLIED = "0113_figures_places_dates"
FIGURES = '[{"quantity":"prisoners","unit":"people","best":500,"actor_id":1},{"quantity":"troops","unit":"people",' \
          '"best":3,"actor_id":null}]'
WINTER = '{"relation":"simultaneous","occasion":"winter","occasion_date":null,"elapsed":null}'
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank", "best",
          "as_of", "key")
NOT_NULL = ("with_surroundings", "displaced_again", "other_subsets", "other_countries", "travel_means", "items")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0111 holding an exchange with prisoners a day for one side, an evacuation in winter to a
    country, with a count of the dead, and a statement made in winter."""
    with database_at(dbs, BEFORE, "at_0111_figs33") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            [{"id": n, "name": named, "kind": "state", "unidentified": False, **STAMPS}
             for n, named in ((1, "North"), (2, "South"))]).execute()
        table("place", *RECORD, "name", "kind", "country").insert(id=4, name="Islands", kind="country", country="JPN",
                                                                  **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases", "unidentified").insert(
            id=1, name="Exchange", kind="other", status="signed", date_precision=None, phases="[]", unidentified=False,
            **STAMPS).execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories", "covers", "links", "source_ids").insert(
            id=5, treaty_id=1, type="prisoner_release", summary="Prisoners are freed.", position=0, figures=FIGURES,
            **dict.fromkeys(("deadlines", "conditions", "site_categories", "covers", "links", "source_ids"),
                            "[]")).execute()
        Event.insert(id=1, title="Evacuation", type="MOBILIZE", date_start=datetime.date(1953, 4, 20),
                     date_precision="day", occasion_timing=WINTER, **STAMPS).execute()
        table("event_place", "event_id", "place_id", "position", "role", "with_surroundings").insert(
            event_id=1, place_id=4, position=0, role="to", with_surroundings=False).execute()
        table("figure", *FIGURE, *NOT_NULL).insert(
            id=7, event_id=1, quantity="deaths", unit="people", category="total", attribution="source", position=0,
            published=True, rank="normal", best=20, as_of=datetime.date(1953, 4, 20), key="first",
            with_surroundings=False, displaced_again=False, other_subsets="[]", other_countries="[]",
            travel_means="[]", items="[]").execute()
        Statement.insert(id=1, speaker=2, date=datetime.date(1953, 4, 21), date_precision="day", medium="speech",
                         occasion_timing=WINTER, **STAMPS).execute()
        for kind, owner, ident in (("treaty", "treaty_id", 1), ("statement", "statement_id", 1),
                                   ("event", "event_id", 1), ("figure", "figure_id", 7)):
            table(f"{kind}_source", owner, "source_id", "position").insert(**{owner: ident}, source_id=1,
                                                                          position=0).execute()
        applied = upgrade_with_curator(shared_app)
    assert APPLIED in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _read(client):
    return (client.get("/v1/treaties/1?include=provisions").get_json()["provisions"][0],
            client.get("/v1/events/1?include=figures,other_places").get_json(),
            client.get("/v1/statements/1").get_json())


def _ids(client, kind, query):
    return [r["id"] for r in client.get(f"/v1/{kind}?{query}").get_json()["items"]]


def test_old_records_read_the_new_fields_then_take_them(old_database):
    client = old_database.test_client()
    provision, event, statement = _read(client)
    assert [f["actors"] for f in provision["figures"]] == [[1], []]
    figure = event["figures"][0]
    assert (figure["best"], figure["independent_count"], figure["activity_when_hit"]) == (20, None, None)
    assert event["other_places"][0]["site_category"] is None
    assert event["occasion_timing"] == {**json.loads(WINTER), "season": None}
    assert statement["occasion_timing"]["season"] is None
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    winter = {**json.loads(WINTER), "season": "winter"}
    for path, body in (
            ("/v1/treaties/1", {"provisions": [{"id": 5, "type": "prisoner_release", "summary": "Prisoners are freed.",
                                                "figures": [{"quantity": "prisoners", "unit": "people", "best": 500,
                                                             "actor_ids": [1, 2]}]}]}),
            ("/v1/events/1", {"occasion_timing": winter, "other_places": [
                {"place_id": 4, "role": "to", "site_category": "hospitals"}], "figures": [
                {"id": 7, "quantity": "deaths", "unit": "people", "best": 20, "key": "first", "source_ids": [1],
                 "independent_count": "none", "activity_when_hit": "travelling"}]}),
            ("/v1/statements/1", {"occasion_timing": winter})):
        patched = client.patch(path, headers=headers, json=body)
        assert patched.status_code == 200, patched.get_json()
    for kind, query in (("events", "figure_independent_count=none"), ("events", "figure_activity_when_hit=travelling"),
                        ("events", "place_site_category=hospitals"), ("events", "occasion_season=winter"),
                        ("statements", "occasion_season=winter")):
        assert _ids(client, kind, query) == [1], query
    assert _read(client)[0]["figures"][0]["actors"] == [1, 2]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        assert "independent_count" not in {c.name for c in database.get_columns("figure")}
        assert "site_category" not in {c.name for c in database.get_columns("event_place")}
        figures = json.loads(database.execute_sql("SELECT figures FROM provision").fetchall()[0][0])
        assert [(f.get("actor_id"), "actor_ids" in f) for f in figures] == [(1, False), (None, False)]
        timing = json.loads(database.execute_sql("SELECT occasion_timing FROM event").fetchall()[0][0])
        assert timing == json.loads(WINTER)
        assert APPLIED in migrations.upgrade()
    db.close_all()
    provision, event, statement = _read(old_database.test_client())
    assert [f["actors"] for f in provision["figures"]] == [[1], []]
    assert (event["figures"][0]["best"], event["figures"][0]["independent_count"]) == (20, None)
    assert (event["occasion_timing"]["season"], statement["occasion_timing"]["occasion"]) == (None, "winter")
