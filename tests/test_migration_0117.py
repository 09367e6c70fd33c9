"""Migration 0117 (places34) on the engine under test: a place, an actor relation, an event and a source stored before
read no declarer, no place of the relation, no action, no place part and no contributors; then they take them and
are found by declared_by=, relation_place=, action= and contributor=; down to 0111 then up again keeps the old data. (The new fields through HTTP:
tests/test_places34.py.)"""
import datetime

import pytest

from api import db
from api.figure_representations import equipment_shown
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, serving, upgrade_with_curator

BEFORE = "0111_agreed_at"
APPLIED = "0117_places_scopes"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0111 holding two states, one looking after the other's interests, a zone and a concession."""
    with database_at(dbs, BEFORE, "at_0111_places34") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            [{"id": n, "name": named, "kind": "state", "unidentified": False, **STAMPS}
             for n, named in ((1, "Neutral state"), (2, "Belligerent"))]).execute()
        table("place", *RECORD, "name", "kind", "country").insert(
            [{"id": 4, "name": "Other country", "kind": "country", "country": "ARG", **STAMPS},
             {"id": 5, "name": "The zone", "kind": "region", "country": None, **STAMPS}]).execute()
        table("actor_relation", "subject_id", "actor_id", "relation", "position", "attribution",
              "support_kinds").insert(subject_id=1, actor_id=2, relation="hosted_by", position=0,
                                      attribution="source", support_kinds="[]").execute()
        table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories",
              "place_id").insert(id=1, title="He stepped down", type="CONCEDE", date_start=datetime.date(2003, 8, 1),
                                 date_precision="day", site_categories="[]", place_id=4, **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        applied = upgrade_with_curator(shared_app)
    assert APPLIED in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _read(client):
    return (client.get("/v1/places/5").get_json(), client.get("/v1/actors/1?include=").get_json(),
            client.get("/v1/events/1").get_json())


def _ids(client, query):
    return [r["id"] for r in client.get(query).get_json()["items"]]


def test_old_records_read_the_new_fields_empty_then_take_them(old_database):
    client = old_database.test_client()
    zone, state, event = _read(client)
    assert (zone["declared_by"], state["relations"][0]["place"], event["action"], event["place_part"]) == (
        None, None, None, None)
    assert client.get("/v1/sources/1").get_json()["contributors"] == []
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*",
               "Content-Type": "application/merge-patch+json"}
    for path, body in (
            ("/v1/places/5", {"kind": "declared_zone", "declared_by_id": 2}),
            ("/v1/actors/1", {"relations": [{"actor_id": 2, "relation": "protecting_power_for", "place_id": 4,
                                             "source_ids": [1]}]}),
            ("/v1/events/1", {"action": "resignation", "place_part": "at the palace"}),
            ("/v1/sources/1", {"contributors": ["pool reporters"]})):
        patched = client.patch(path, headers=headers, json=body)
        assert patched.status_code == 200, patched.get_json()
    assert _ids(client, "/v1/places?declared_by=2") == [5]
    assert _ids(client, "/v1/actors?relation_place=4") == [1]
    assert _ids(client, "/v1/events?action=resignation") == [1]
    assert _ids(client, "/v1/sources?contributor=pool reporters") == [1]


def test_equipment_stored_before_reads_no_name_or_flag():
    assert equipment_shown({"kind": "ship", "model": "liner"}) == {
        "kind": "ship", "model": "liner", "maker_country": None, "name": None, "flag_country": None}
    assert equipment_shown(None) is None


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        columns = {table: {c.name for c in db.database.obj.get_columns(table)}
                   for table in ("place", "actor_relation", "event", "source")}
        assert "declared_by_id" not in columns["place"] and "place_id" not in columns["actor_relation"]
        assert not {"action", "place_part"} & columns["event"] and "contributors" not in columns["source"]
        assert db.database.obj.execute_sql("SELECT relation FROM actor_relation").fetchall() == [("hosted_by",)]
        assert APPLIED in migrations.upgrade()
    db.close_all()
    zone, state, event = _read(old_database.test_client())
    assert (zone["name"], state["relations"][0]["relation"], event["title"]) == (
        "The zone", "hosted_by", "He stepped down")
    assert (zone["declared_by"], state["relations"][0]["place"], event["action"]) == (None, None, None)
