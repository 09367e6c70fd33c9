"""Migration 0090 on the engine under test: an existing provision place (named, in a role), party entry and
implementation entry read back as before, with the new parts empty (no place not named, nothing said unset,
no one agreed without a signature, no places nor extent of an entry); afterwards a provision takes a place not
named and not_set, an entry its places and extent, a party who agreed for it; down (dropping the place not named)
then up again keeps the old data."""
import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

APPLIED = "0090_agreements_as_reported"
BEFORE = "0088_property_as_of_precision"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database before 0090 holding a ceasefire with two parties, one provision with a place in a role and one
    cited implementation entry."""
    with database_at(dbs, BEFORE, "at_0088_agree26") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        for actor_id, actor_name in ((1, "Georgia"), (2, "Russia"), (3, "Mikheil Saakashvili")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=actor_id, name=actor_name, kind="state" if actor_id < 3 else "person", unidentified=False,
                **STAMPS).execute()
        table("place", *RECORD, "name", "kind").insert(id=4, name="Tskhinvali", kind="city", **STAMPS).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "phases", "unidentified").insert(
            id=1, name="Six-point plan", kind="ceasefire", status="agreed", date_precision="day", phases="[]",
            unidentified=False, **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        for position, actor_id in enumerate((1, 2)):
            table("treaty_party", "id", "treaty_id", "actor_id", "position", "role", "participation",
                  "source_ids").insert(id=10 + position, treaty_id=1, actor_id=actor_id, position=position,
                                       role="party", participation="[]", source_ids="[]").execute()
        table("provision", "id", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories", "covers", "links", "source_ids").insert(
            id=5, treaty_id=1, type="withdrawal", summary="Russian forces withdraw.", position=0,
            **dict.fromkeys(("figures", "deadlines", "conditions", "site_categories", "covers", "links",
                             "source_ids"), "[]")).execute()
        table("provision_place_role", "provision_id", "place_id", "role", "position").insert(
            provision_id=5, place_id=4, role="from", position=0).execute()
        table("implementation", "id", "provision_id", "date", "status", "claimant_id", "attribution", "note",
              "position").insert(id=9, provision_id=5, date=None, status="partial", claimant_id=None,
                                 attribution="source", note="mostly", position=0).execute()
        table("implementation_source", "implementation_id", "source_id", "position").insert(
            implementation_id=9, source_id=1, position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def read(client):
    return client.get("/v1/treaties/1?include=provisions,parties").get_json()


def _id(value):
    return value["id"] if isinstance(value, dict) else value


def test_old_rows_read_as_before_and_then_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    treaty = read(client)
    [provision] = treaty["provisions"]
    [place] = provision["place_roles"]
    assert (_id(place["place"]), place["role"], place["unknown"], place["words"], place["with_surroundings"],
            place["before_event"], place["relative_to"]) == (4, "from", None, None, False, None, None)
    assert provision["not_set"] == []
    [entry] = provision["implementation"]
    assert (entry["status"], entry["note"], entry["places"], entry["extent"]) == ("partial", "mostly", [], None)
    assert [p["agreed_by"] for p in treaty["parties"]] == [None, None]
    response = client.patch("/v1/treaties/1", headers=headers, json={
        "parties": [{"actor_id": 1, "agreed_by_id": 3}, {"actor_id": 2}],
        "provisions": [{"id": 5, "type": "withdrawal", "summary": "Russian forces withdraw.", "not_set": ["deadline"],
                        "place_roles": [{"place_id": 4, "role": "from"},
                                        {"place_id": None, "unknown": "unnamed", "role": "to",
                                         "words": "the lines they held before fighting began"}],
                        "implementation": [{"id": 9, "date": None, "status": "partial", "extent": "largely",
                                            "place_ids": [4], "note": "mostly", "source_ids": [1]}]}]})
    assert response.status_code == 200, response.get_json()
    for query in ("provision_not_set=deadline", "implemented_at=4", "implementation_extent=largely", "agreed_by=3"):
        assert [t["id"] for t in client.get(f"/v1/treaties?{query}").get_json()["items"]] == [1], query


def test_down_and_up_again(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    response = client.patch("/v1/treaties/1", headers=headers, json={"provisions": [{
        "id": 5, "type": "withdrawal", "summary": "Russian forces withdraw.",
        "place_roles": [{"place_id": 4, "role": "from"}, {"place_id": None, "unknown": "unnamed", "role": "to",
                                                          "words": "their usual bases"}]}]})
    assert response.status_code == 200, response.get_json()
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        columns = {c.name for c in db.database.obj.get_columns("provision_place_role")}
        assert "unknown" not in columns and "before_event_id" not in columns
        assert "not_set" not in {c.name for c in db.database.obj.get_columns("provision")}
        rows = db.database.obj.execute_sql("SELECT place_id, role FROM provision_place_role").fetchall()
        assert rows == [(4, "from")]   # the place not named could not stay
        assert APPLIED in migrations.upgrade()
    db.close_all()
    [provision] = read(client)["provisions"]
    assert [(_id(p["place"]), p["role"]) for p in provision["place_roles"]] == [(4, "from")]
