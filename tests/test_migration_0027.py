"""Migration 0027 carries actors, memberships and relations forward on the engine under test: an existing actor
is a named one (unidentified false), an existing relation reads its attribution from its claimant (named, or
the source's voice) with no verification, a membership has no verification, no actor has positions; afterwards each takes the new
fields, and down then up again keeps the old data."""
import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0024_sourced_relations"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0024 holding two actors, a relation with a claimant, one without, a membership."""
    with database_at(dbs, BEFORE, "at_0024") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        for ident, actor_name in ((1, "Russia"), (2, "A volunteer unit"), (3, "A coalition")):
            table("actor", *RECORD, "name", "kind").insert(id=ident, name=actor_name, kind="state",
                                                           **STAMPS).execute()
        relations = table("actor_relation", "subject_id", "actor_id", "relation", "position", "claimant_id")
        relations.insert(subject_id=2, actor_id=1, relation="backed_by", position=0, claimant_id=1).execute()
        relations.insert(subject_id=2, actor_id=1, relation="allied_with", position=1, claimant_id=None).execute()
        table("actor_membership", "member_id", "actor_id", "position").insert(member_id=2, actor_id=3,
                                                                              position=0).execute()
        table("treaty", *RECORD, "name", "kind", "status", "date_precision", "in_force_precision").insert(
            id=1, name="A ceasefire", kind="ceasefire", status="in_force", date_precision="day",
            in_force_precision="day", **STAMPS).execute()
        table("treaty_source", "treaty_id", "source_id", "position").insert(treaty_id=1, source_id=1,
                                                                            position=0).execute()
        table("provision", "treaty_id", "type", "summary", "position", "figures", "deadlines", "conditions",
              "site_categories").insert(treaty_id=1, type="ceasefire", summary="A halt to fighting.", position=0,
                                        figures="[]", deadlines="[]", conditions="[]", site_categories="[]").execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0027_unidentified_and_hedges" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_actors_and_relations_read_back_and_take_hedges(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    unit = client.get("/v1/actors/2?include=").get_json()
    assert unit["unidentified"] is False
    assert [(r["relation"], r["attribution"], r["verification"]) for r in unit["relations"]] == [
        ("backed_by", "named", None), ("allied_with", "source", None)]
    assert unit["member_of"][0]["verification"] is None
    assert unit["positions"] == []
    response = client.patch("/v1/actors/2", headers=headers, json={
        "unidentified": True,
        "relations": [{"actor_id": 1, "relation": "backed_by", "attribution": "unnamed", "source_ids": [1]}],
        "member_of": [{"actor_id": 3, "verification": "unverified"}]})
    assert response.status_code == 200, response.get_json()
    assert [a["id"] for a in client.get("/v1/actors?unidentified=true").get_json()["items"]] == [2]
    assert [a["id"] for a in client.get("/v1/actors?relation_attribution=unnamed").get_json()["items"]] == [2]
    response = client.patch("/v1/actors/2", headers=headers, json={"positions": [
        {"title": "Commander", "of_actor_id": 3, "since": {"edtf": "2022-10"}, "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    assert [a["id"] for a in client.get("/v1/actors?position_in=3").get_json()["items"]] == [2]


def test_an_old_treaty_has_no_phases_and_takes_them(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    treaty = client.get("/v1/treaties/1").get_json()
    assert treaty["phases"] == [] and treaty["provisions"][0]["phase"] is None
    response = client.patch("/v1/treaties/1", headers=headers, json={
        "phases": [{"key": "phase-1", "duration": {"amount": 42, "unit": "days"}}],
        "provisions": [{"id": treaty["provisions"][0]["id"], "type": "ceasefire", "summary": "A halt to fighting.",
                        "phase": "phase-1"}]})
    assert response.status_code == 200, response.get_json()["errors"]
    assert response.get_json()["provisions"][0]["phase"] == "phase-1"


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        database = db.database.obj
        assert "unidentified" not in {c.name for c in database.get_columns("actor")}
        assert "verification" not in {c.name for c in database.get_columns("actor_relation")}
        assert not {"actor_position", "statement_claim"} & set(database.get_tables())
        assert "phases" not in {c.name for c in database.get_columns("treaty")}
        assert "0027_unidentified_and_hedges" in migrations.upgrade()
        assert {"attribution", "verification"} <= {c.name for c in database.get_columns("place_relation")}
        assert {"actor_position", "actor_position_source", "statement_claim",
                "statement_claim_source"} <= set(database.get_tables())
    db.close_all()
