"""Migration 0100 on the engine under test: an existing implementation entry reads back as before, with no
claimant words and no places as reported; afterwards it takes both ("diplomats say", "their positions in the
hills"), filtered by implemented_at; down then up again keeps the old data."""
from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

import pytest

APPLIED = "0100_implementation_claimants_and_places"
BEFORE = "0096_treaty_precision_of_no_date"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database before 0100 holding a ceasefire with one provision and one cited implementation entry."""
    with database_at(dbs, BEFORE, "at_0096_agree28") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            id=1, name="M23", kind="non_state_armed_group", unidentified=False, **STAMPS).execute()
        for place_id, place_name in ((4, "Goma"), (5, "Masisi")):
            table("place", *RECORD, "name", "kind").insert(id=place_id, name=place_name, kind="city",
                                                           **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases", "unidentified").insert(
            id=1, name="Roadmap", kind="ceasefire", status="agreed", date_precision=None, phases="[]",
            unidentified=False, **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories", "covers", "links", "source_ids").insert(
            id=5, treaty_id=1, type="withdrawal", summary="M23 withdraws.", position=0,
            **dict.fromkeys(("figures", "deadlines", "conditions", "site_categories", "covers", "links",
                             "source_ids"), "[]")).execute()
        table("implementation", "id", "provision_id", "date", "status", "claimant_id", "attribution", "note",
              "position").insert(id=9, provision_id=5, date=None, status="not_implemented", claimant_id=None,
                                 attribution="unnamed", note="never withdrew", position=0).execute()
        table("implementation_source", "implementation_id", "source_id", "position").insert(
            implementation_id=9, source_id=1, position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def entry(client):
    return client.get("/v1/treaties/1?include=provisions").get_json()["provisions"][0]["implementation"][0]


NEW = {"id": 9, "date": None, "status": "not_implemented", "attribution": "unnamed", "claimant_words": "diplomats",
       "note": "never withdrew", "source_ids": [1],
       "places_as_reported": [{"place_id": 4, "words": "the outskirts of Goma"},
                              {"place_id": None, "relation": "within", "relative_to_id": 5,
                               "words": "their positions in the hills"}]}


def _patch(client, headers):
    return client.patch("/v1/treaties/1", headers=headers, json={"provisions": [{
        "id": 5, "type": "withdrawal", "summary": "M23 withdraws.", "implementation": [NEW]}]})


def test_an_old_entry_reads_as_before_and_then_takes_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    old = entry(client)
    assert (old["status"], old["attribution"], old["note"], old["claimant_words"], old["claimant_kind"],
            old["claimant_country"], old["places_as_reported"]) == (
        "not_implemented", "unnamed", "never withdrew", None, None, None, [])
    response = _patch(client, headers)
    assert response.status_code == 200, response.get_json()
    new = entry(client)
    assert new["claimant_words"] == "diplomats" and len(new["places_as_reported"]) == 2
    assert [t["id"] for t in client.get("/v1/treaties?implemented_at=4").get_json()["items"]] == [1]
    assert client.get("/v1/treaties?implemented_at=5").get_json()["items"] == []


def test_down_and_up_again(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    assert _patch(client, headers).status_code == 200
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "claimant_words" not in {c.name for c in db.database.obj.get_columns("implementation")}
        assert not db.database.obj.table_exists("implementation_place_as_reported")
        rows = db.database.obj.execute_sql("SELECT id, status, note FROM implementation").fetchall()
        assert rows == [(9, "not_implemented", "never withdrew")]
        assert APPLIED in migrations.upgrade()
    db.close_all()
    again = entry(client)
    assert (again["status"], again["claimant_words"], again["places_as_reported"]) == ("not_implemented", None, [])
