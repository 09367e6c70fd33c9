"""Migration 0118 (treaties35) on the engine under test: a provision, its actor and its place with a part, and a
condition stored before read no proportion, no actor part, no as_of, no within and no deadline; afterwards they take
them and are found by them; down to 0117 then up again keeps the old data. (The new fields through HTTP:
tests/test_treaties35.py.)"""
import pytest

from api import db
from api.services import migrations
from old_databases import RECORD, STAMPS, database_at, serving, upgrade_with_curator

BEFORE = "0117_places_scopes"
APPLIED = "0118_treaty_claims_and_limits"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at 0117 holding a ceasefire whose provision has a monitor, a place returned to and a condition."""
    with database_at(dbs, BEFORE, "at_0117_treaties35") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="A report", **STAMPS).execute()
        table("actor", *RECORD, "name", "kind", "unidentified").insert(
            [{"id": n, "name": named, "kind": "armed_force", "unidentified": False, **STAMPS}
             for n, named in ((1, "Government"), (2, "Front"))]).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases", "unidentified").insert(
            id=1, name="Ceasefire", kind="ceasefire", status="signed", date_precision=None, phases="[]",
            unidentified=False, **STAMPS).execute()
        empty = dict.fromkeys(("figures", "deadlines", "site_categories", "covers", "source_ids", "links"), "[]")
        table("provision", "id", "treaty_id", "type", "summary", "position", "conditions", *empty).insert(
            id=5, treaty_id=1, type="withdrawal", summary="Forces return.", position=0,
            conditions='[{"type":"other","description":"if ratified"}]', **empty).execute()
        table("provision_actor", "id", "provision_id", "actor_id", "role", "position", "source_ids").insert(
            id=1, provision_id=5, actor_id=2, role="monitor", position=0, source_ids="[]").execute()
        table("provision_place_role", "id", "provision_id", "role", "position", "unknown", "words",
              "with_surroundings").insert(id=1, provision_id=5, role="to", position=0, unknown="unnamed",
                                          words="their positions", with_surroundings=False).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        applied = upgrade_with_curator(shared_app)
    assert APPLIED in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def _reads_as_stored(client):
    provision = client.get("/v1/treaties/1?include=provisions").get_json()["provisions"][0]
    assert (provision["summary"], provision["proportion"]) == ("Forces return.", None)
    assert (provision["actors"][0]["role"], provision["actors"][0]["actor_part"]) == ("monitor", None)
    assert (provision["place_roles"][0]["words"], provision["place_roles"][0]["as_of"]) == ("their positions", None)
    condition = provision["conditions"][0]
    assert (condition["description"], condition["within"], condition["deadline"]) == ("if ratified", None, None)
    return provision


def test_old_records_read_the_new_fields_empty_then_take_them(old_database):
    client = old_database.test_client()
    provision = _reads_as_stored(client)
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    response = client.patch("/v1/treaties/1", headers=headers, json={"provisions": [{
        "id": provision["id"], "type": "withdrawal", "summary": "Forces return.", "proportion": "most",
        "actors": [{"actor_id": 2, "role": "monitor", "actor_part": "officers"}],
        "place_roles": [{"role": "to", "place_id": None, "unknown": "unnamed", "words": "their positions",
                         "as_of": {"date": "2003-10-22"}}],
        "conditions": [{"type": "other", "description": "if ratified", "within": {"amount": 7, "unit": "days"}}]}]})
    assert response.status_code == 200, response.get_json()
    got = response.get_json()["provisions"][0]
    assert (got["proportion"], got["actors"][0]["actor_part"], got["place_roles"][0]["as_of"]["date"],
            got["conditions"][0]["within"]) == ("most", "officers", "2003-10-22", {"amount": 7, "unit": "days", "qualifier": None})
    assert [t["id"] for t in client.get("/v1/treaties?provision_proportion=most").get_json()["items"]] == [1]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "proportion" not in {c.name for c in db.database.obj.get_columns("provision")}
        assert "as_of" not in {c.name for c in db.database.obj.get_columns("provision_place_role")}
        applied = migrations.upgrade()
        assert APPLIED in applied
    db.close_all()
    _reads_as_stored(old_database.test_client())
