"""Migration 0040 on the engine under test: an existing figure (a toll, and a share of a whole in percent) reads
back with no proportion, no comparison and no actors named among those counted, and the event keeps its deaths
total; an existing claim names no candidates; an existing provision gives no reason and is about no object.
Afterwards each takes the new parts; down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0036_import_digests"
FIGURE = ("id", "event_id", "quantity", "unit", "category", "attribution", "position", "published", "rank")


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0036 holding an event with two figures: 20 killed, and 40% of them children."""
    with database_at(dbs, BEFORE, "at_0036") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="UN report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(id=1, name="Omar Barakat", kind="person",
                                                                  unidentified=False, **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision").insert(
            id=1, title="Attack on the aid convoy", type="ASSAULT", date_start=datetime.date(2016, 9, 19),
            date_precision="day", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("figure", *FIGURE, "best", "key").insert(
            id=7, event_id=1, quantity="deaths", unit="people", category="total", attribution="source", position=0,
            published=True, rank="normal", best=20, key="killed").execute()
        table("figure", *FIGURE, "best", "share_of_key").insert(
            id=8, event_id=1, quantity="deaths", unit="percent", category="total", attribution="source", position=1,
            published=True, rank="normal", best=40, share_of_key="killed").execute()
        for figure_id in (7, 8):
            table("figure_source", "figure_id", "source_id", "position").insert(figure_id=figure_id, source_id=1,
                                                                                position=0).execute()
        table("event_claim", "id", "event_id", "actor_id", "role", "took_part", "attribution", "rank",
              "position").insert(id=3, event_id=1, actor_id=1, role="target", took_part=True, attribution="source",
                                 rank="normal", position=0).execute()
        table("event_claim_source", "claim_id", "source_id", "position").insert(claim_id=3, source_id=1,
                                                                                position=0).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases").insert(
            id=1, name="Joint statement", kind="other", status="agreed", date_precision="day", phases="[]",
            **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories", "covers", "links").insert(
            id=5, treaty_id=1, type="prisoner_release", summary="Release of prisoners.", position=0,
            **dict.fromkeys(("figures", "deadlines", "conditions", "site_categories", "covers", "links"), "[]")).execute()
        table("statement", *RECORD, "speaker_id", "date", "medium", "date_precision", "conditions", "quote",
              "stance").insert(id=1, speaker_id=1, date=datetime.date(2016, 9, 20), medium="speech",
                               date_precision="day", conditions="[]", quote="A tragedy.", stance="condemn",
                               **STAMPS).execute()
        table("statement_source", "statement_id", "source_id", "position").insert(statement_id=1, source_id=1,
                                                                                  position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0040_figures_as_said" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_figures_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    figures = client.get("/v1/events/1?include=figures").get_json()["figures"]
    assert [(f["best"], f["proportion"], f["comparison"], f["compared_with_id"], f["compared_with_key"],
             f["counted_actors"]) for f in figures] == [(20, None, None, None, None, []), (40, None, None, None, None, [])]
    assert [e["id"] for e in client.get("/v1/events?min_deaths=20&max_deaths=20").get_json()["items"]] == [1]
    claim = client.get("/v1/events/1?include=claims").get_json()["claims"][0]
    assert (claim["actor"]["id"], claim["candidates"]) == (1, [])
    provision = client.get("/v1/treaties/1?include=provisions").get_json()["provisions"][0]
    assert (provision["reason"], provision["reason_words"], provision["objects"]) == (None, None, [])
    said = client.get("/v1/statements/1").get_json()
    assert (said["quote"], said["other_quotes"], said["stance"], said["other_stances"]) == (
        "A tragedy.", [], "condemn", [])
    assert [s["id"] for s in client.get("/v1/statements?stance=condemn").get_json()["items"]] == [1]
    response = client.patch("/v1/statements/1", headers=headers, json={"other_stances": ["regret"],
                                                                       "other_quotes": ["We mourn them."]})
    assert response.status_code == 200, response.get_json()
    assert [s["id"] for s in client.get("/v1/statements?stance=regret").get_json()["items"]] == [1]
    response = client.patch("/v1/treaties/1", headers=headers, json={"provisions": [
        {"id": 5, "type": "prisoner_release", "summary": "Release of prisoners.", "reason": "goodwill",
         "objects": [{"kind": "body", "action": "creates", "name": "a joint commission"}]}]})
    assert response.status_code == 200, response.get_json()
    for query in ("provision_reason=goodwill", "provision_object=body&provision_object_action=creates"):
        assert [t["id"] for t in client.get(f"/v1/treaties?{query}").get_json()["items"]] == [1], query
    response = client.patch("/v1/events/1", headers=headers, json={"figures": [
        {"id": 7, "quantity": "deaths", "unit": "people", "best": 20, "key": "killed", "counted_actor_ids": [1],
         "source_ids": [1]},
        {"id": 8},
        {"quantity": "deaths", "unit": "people", "proportion": "most", "part_of_key": "killed",
         "counted": "civilians", "source_ids": [1]},
        {"quantity": "deaths", "unit": "people", "comparison": "higher", "compared_with_id": 7, "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    for query in ("figure_counted_actor=1", "figure_proportion=most", "figure_comparison=higher"):
        assert [e["id"] for e in client.get(f"/v1/events?{query}").get_json()["items"]] == [1], query


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "proportion" not in {c.name for c in db.database.obj.get_columns("figure")}
        assert "figure_among" not in db.database.obj.get_tables()
        assert "provision_object" not in db.database.obj.get_tables()
        assert "reason" not in {c.name for c in db.database.obj.get_columns("provision")}
        assert "other_quotes" not in {c.name for c in db.database.obj.get_columns("statement")}
        assert "0040_figures_as_said" in migrations.upgrade()
        assert "compared_with_id" in {c.name for c in db.database.obj.get_columns("figure")}
        assert "figure_among" in db.database.obj.get_tables()
        assert "reason" in {c.name for c in db.database.obj.get_columns("provision")}
    db.close_all()
    client = old_database.test_client()
    assert [f["best"] for f in client.get("/v1/events/1?include=figures").get_json()["figures"]] == [20, 40]
