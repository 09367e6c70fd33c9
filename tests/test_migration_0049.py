"""Migration 0049 on the engine under test: an existing statement reads back made at no event and unhedged, an
existing source with no country or owner, an existing figure and claim with no unnamed claimant in words (an
unnamed one stays someone not named at all). Afterwards each takes the new parts; down then up again keeps the
old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0040_figures_as_said"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0040 holding a source, an event with an unnamed figure and a claim, a statement."""
    with database_at(dbs, BEFORE, "at_0040") as (name, url, table):
        table("source", *RECORD, "title", "publisher").insert(id=1, title="Sanaa airport", publisher="Sputnik",
                                                             **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(id=1, name="Russia", kind="state",
                                                                  unidentified=False, **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision").insert(
            id=1, title="Shangri-La Dialogue", type="CONSULT", date_start=datetime.date(2025, 5, 31),
            date_precision="day", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("figure", *FIGURE, "best").insert(
            id=7, event_id=1, quantity="deaths", unit="people", category="total", attribution="unnamed", position=0,
            published=True, rank="normal", best=8).execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=7, source_id=1,
                                                                            position=0).execute()
        table("event_claim", "id", "event_id", "actor_id", "role", "took_part", "attribution", "rank",
              "position").insert(id=3, event_id=1, actor_id=1, role="participant", took_part=True,
                                 attribution="unnamed", rank="normal", position=0).execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=3, source_id=1,
                                                                                position=0).execute()
        table("statement", *RECORD, "speaker_id", "date", "medium", "date_precision", "conditions", "quote",
              "other_quotes", "other_stances").insert(
            id=1, speaker_id=1, date=datetime.date(2025, 5, 31), medium="broadcast_interview",
            date_precision="day", conditions="[]", quote="Numbers are not important.", other_quotes="[]",
            other_stances="[]", **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases").insert(
            id=1, name="Ceasefire", kind="ceasefire", status="agreed", date_precision="day", phases="[]",
            **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("treaty_party", "id", "treaty_id", "actor_id", "position", "role", "participation").insert(
            id=4, treaty_id=1, actor_id=1, position=0, role="mediator", participation="[]").execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories", "covers", "links").insert(
            id=5, treaty_id=1, type="ceasefire", summary="Stop firing.", position=0,
            **dict.fromkeys(("figures", "deadlines", "conditions", "site_categories", "covers", "links"), "[]")).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0049_who_says_so" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_records_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    source = client.get("/v1/sources/1").get_json()
    assert (source["publisher"], source["country"], source["owner"]) == ("Sputnik", None, None)
    said = client.get("/v1/statements/1").get_json()
    assert (said["quote"], said["said_during_event"], said["verification"], said["verification_source"]) == (
        "Numbers are not important.", None, None, None)
    event = client.get("/v1/events/1?include=figures,claims").get_json()
    figure, claim = event["figures"][0], event["claims"][0]
    assert (figure["best"], figure["attribution"], figure["claimant_words"], figure["claimant_kind"],
            figure["claimant_country"]) == (8, "unnamed", None, None, None)
    assert (claim["attribution"], claim["claimant_words"]) == ("unnamed", None)
    treaty = client.get("/v1/treaties/1").get_json()
    party, provision = treaty["parties"][0], treaty["provisions"][0]
    assert (party["role"], party["claimant"], party["attribution"], party["rank"], party["sources"]) == (
        "mediator", None, "source", "normal", [])
    assert (provision["claimant"], provision["attribution"], provision["rank"], provision["sources"]) == (
        None, "source", "normal", [])
    response = client.patch("/v1/treaties/1", headers=headers, json={"parties": [
        {"actor_id": 1, "role": "mediator", "claimant_id": 1, "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert [t["id"] for t in client.get("/v1/treaties?claimant=1").get_json()["items"]] == [1]
    for path, body in (("/v1/sources/1", {"country": "RUS", "owner_id": 1}),
                       ("/v1/statements/1", {"said_during_event_id": 1, "verification": "unverified"}),
                       ("/v1/events/1", {"figures": [{"id": 7, "quantity": "deaths", "unit": "people", "best": 8,
                                                      "attribution": "unnamed", "claimant_words": "Pakistani media",
                                                      "claimant_country": "PAK", "source_ids": [1]}]})):
        response = client.patch(path, headers=headers, json=body)
        assert response.status_code == 200, (path, response.get_json())
    for query in ("/v1/sources?country=RUS", "/v1/sources?owner=1", "/v1/statements?said_during=1",
                  "/v1/statements?verification=unverified", "/v1/events?claimant_country=PAK"):
        assert [r["id"] for r in client.get(query).get_json()["items"]] == [1], query
    assert client.get("/v1/events/1?include=figures").get_json()["figures"][0]["id"] == 7


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "owner_id" not in {c.name for c in db.database.obj.get_columns("source")}
        assert "said_during_event_id" not in {c.name for c in db.database.obj.get_columns("statement")}
        assert "claimant_words" not in {c.name for c in db.database.obj.get_columns("figure")}
        assert "claimant_words" not in {c.name for c in db.database.obj.get_columns("event_claim")}
        assert "claimant_id" not in {c.name for c in db.database.obj.get_columns("treaty_party")}
        assert "rank" not in {c.name for c in db.database.obj.get_columns("provision")}
        assert "held_at_event_id" not in {c.name for c in db.database.obj.get_columns("actor_position")}
        assert "0049_who_says_so" in migrations.upgrade()
        assert "verification" in {c.name for c in db.database.obj.get_columns("statement")}
        assert "claimant_country" in {c.name for c in db.database.obj.get_columns("event_claim")}
        assert "held_at_event_id" in {c.name for c in db.database.obj.get_columns("actor_position")}
    db.close_all()
    client = old_database.test_client()
    assert [f["best"] for f in client.get("/v1/events/1?include=figures").get_json()["figures"]] == [8]
    assert client.get("/v1/sources/1").get_json()["publisher"] == "Sputnik"
    assert client.get("/v1/treaties/1").get_json()["parties"][0]["role"] == "mediator"
