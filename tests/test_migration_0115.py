"""Migration 0115 (claims34) on the engine under test: a provision's actor, an actor's place, an event's claim and
figure and service disruption, a position and a statement's reason stored before read no claimant, no bracket, no
scheduled end, no conditions and no one the reason is for; afterwards they take them and are found by them; down to
0111 then up again keeps the old data. (The new fields through HTTP: tests/test_claims34.py.)"""
import datetime

import pytest

from api import db
from api.models import Event, Statement
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, serving, upgrade_with_curator

BEFORE = "0111_agreed_at"
APPLIED = "0115_said_by"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank", "best",
          "as_of", "with_surroundings", "displaced_again", "other_subsets", "other_countries", "travel_means", "items")
CLAIM = ("id", "event_id", "control", "controlled_by_id", "control_of_id", "attribution", "rank", "as_of", "position",
         "site_categories")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0111 holding a ceasefire monitored by an actor, a brigade based in a town with a commander
    whose post is dated, a siege with a count, a claim of control and water cut, and a statement with a reason."""
    with database_at(dbs, BEFORE, "at_0111_claims34") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            [{"id": n, "name": named, "kind": "armed_force", "unidentified": False, **STAMPS}
             for n, named in ((1, "Government"), (2, "Front"), (3, "Monitors"), (4, "A commander"))]).execute()
        table("place", *RECORD, "name", "kind", "country").insert(id=5, name="Town", kind="city", country="LBR",
                                                                  **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases", "unidentified").insert(
            id=1, name="Ceasefire", kind="ceasefire", status="signed", date_precision=None, phases="[]",
            unidentified=False, **STAMPS).execute()
        empty = dict.fromkeys(("figures", "deadlines", "conditions", "site_categories", "covers", "source_ids",
                               "links"), "[]")
        table("provision", "id", "treaty_id", "type", "summary", "position", *empty).insert(
            id=5, treaty_id=1, type="monitoring", summary="Monitors watch.", position=0, **empty).execute()
        table("provision_actor", "id", "provision_id", "actor_id", "role", "position").insert(
            id=1, provision_id=5, actor_id=3, role="monitor", position=0).execute()
        table("actor_place", "id", "subject_id", "place_id", "relation", "position", "attribution").insert(
            id=1, subject_id=2, place_id=5, relation="based_in", position=0, attribution="source").execute()
        table("actor_position", "id", "actor_id", "title", "attribution", "rank", "position").insert(
            id=1, actor_id=4, title="Commander", attribution="source", rank="normal", position=0).execute()
        Event.insert(id=1, title="Siege of the town", type="ASSAULT", date_start=datetime.date(2003, 6, 20),
                     date_precision="day", service_disruptions='[{"service":"water","restored":false}]',
                     **STAMPS).execute()
        table("figure", *FIGURE).insert(
            id=7, event_id=1, quantity="deaths", unit="people", category="total", attribution="source", position=0,
            published=True, rank="normal", best=20, as_of=datetime.date(2003, 6, 20), with_surroundings=False,
            displaced_again=False, other_subsets="[]", other_countries="[]", travel_means="[]", items="[]").execute()
        table("event_claim", *CLAIM).insert(
            id=1, event_id=1, control="full", controlled_by_id=2, control_of_id=5, attribution="source",
            rank="normal", as_of=datetime.date(2003, 6, 20), position=0, site_categories="[]").execute()
        Statement.insert(id=1, speaker=1, date=datetime.date(2003, 6, 21), date_precision="day", medium="speech",
                         reasons='[{"reason":"protection","words":"to spare the country","event_ids":[]}]',
                         **STAMPS).execute()
        for kind, owner, ident in (("treaty", "treaty_id", 1), ("statement", "statement_id", 1),
                                   ("event", "event_id", 1), ("figure", "figure_id", 7),
                                   ("event_claim", "claim_id", 1), ("actor_position", "claim_id", 1)):
            table(f"{kind}_source", owner, "source_id", "position").insert(**{owner: ident}, source_id=1,
                                                                          position=0).execute()
        applied = upgrade_with_curator(shared_app)
    assert APPLIED in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _read(client):
    treaty = client.get("/v1/treaties/1?include=provisions").get_json()
    event = client.get("/v1/events/1?include=figures,claims").get_json()
    return (treaty["provisions"][0]["actors"][0], client.get("/v1/actors/2").get_json()["places"][0],
            client.get("/v1/actors/4").get_json()["positions"][0], event["claims"][0], event["figures"][0],
            event["service_disruptions"][0], client.get("/v1/statements/1").get_json()["reasons"][0])


def _reads_as_stored(client):
    monitor, based, post, claim, figure, water, reason = _read(client)
    assert (monitor["actor"]["id"] if isinstance(monitor["actor"], dict) else monitor["actor"]) == 3
    assert (monitor["claimant"], monitor["attribution"], monitor["rank"], monitor["sources"],
            monitor["claimant_words"]) == (None, "source", "normal", [], None)
    assert (based["relation"], based["claimant_words"], based["claimant_kind"]) == ("based_in", None, None)
    assert (post["title"], post["scheduled_until"]) == ("Commander", None)
    assert (claim["as_of"], claim["as_of_end"], claim["as_of_bound"]) == ("2003-06-20", None, None)
    assert (figure["best"], figure["conditions"]) == (20, [])
    assert (water["service"], water["claimant"], water["attribution"], water["sources"]) == ("water", None,
                                                                                            "source", [])
    assert (reason["reason"], reason["reason_for"], reason["reason_for_words"]) == ("protection", None, None)


def test_old_records_read_the_new_fields_empty_then_take_them(old_database):
    client = old_database.test_client()
    _reads_as_stored(client)
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    response = client.patch("/v1/events/1", headers=headers, json={
        "service_disruptions": [{"service": "water", "claimant_id": 3, "source_ids": [1]}],
        "claims": [{"id": 1, "control": "full", "controlled_by_id": 2, "control_of_id": 5, "as_of": "2003-06-18",
                    "as_of_end": "2003-06-20", "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    response = client.patch("/v1/actors/4", headers=headers, json={"positions": [
        {"id": 1, "title": "Commander", "source_ids": [1], "scheduled_until": {"date": "2004-01-01",
                                                                             "precision": "month"}}]})
    assert response.status_code == 200, response.get_json()
    claim = client.get("/v1/events/1?include=claims").get_json()["claims"][0]
    assert (claim["as_of"], claim["as_of_end"]) == ("2003-06-18", "2003-06-20")
    assert [e["id"] for e in client.get("/v1/events?disrupted_claimant=3").get_json()["items"]] == [1]
    assert [a["id"] for a in client.get("/v1/actors?position_scheduled=true").get_json()["items"]] == [4]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "claimant_id" not in {c.name for c in db.database.obj.get_columns("provision_actor")}
        assert "conditions" not in {c.name for c in db.database.obj.get_columns("figure")}
        applied = migrations.upgrade()
        assert APPLIED in applied
    db.close_all()
    _reads_as_stored(old_database.test_client())
