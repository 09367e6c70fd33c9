"""Migration 0035 on the engine under test: an existing actor relation reads back with no note, no kinds of
support and no country; a place relation undated and without a note; a statement relation's denial whole (extent
null); a statement spoken for itself and carried by no one. Afterwards each takes the new parts, and down then
up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0032_figure_verification"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0032 holding two actors with a relation, two places with one, two statements
    with one."""
    with database_at(dbs, BEFORE, "at_0032") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        for ident, actor_name in ((1, "Iran"), (2, "Houthis")):
            table("actor", *RECORD, "name", "kind", "unidentified").insert(
                id=ident, name=actor_name, kind="state", unidentified=False, **STAMPS).execute()
        table("actor_relation", "subject_id", "actor_id", "relation", "position", "attribution").insert(
            subject_id=2, actor_id=1, relation="backed_by", position=0, attribution="source").execute()
        for ident, place_name in ((1, "Ukraine"), (2, "Kyiv")):
            table("place", *RECORD, "name", "kind").insert(id=ident, name=place_name, kind="city",
                                                           **STAMPS).execute()
        table("place_relation", "subject_id", "place_id", "relation", "position", "attribution").insert(
            subject_id=2, place_id=1, relation="near", position=0, attribution="source").execute()
        statements = table("statement", *RECORD, "speaker_id", "date", "medium", "date_precision", "conditions")
        for ident in (1, 2):
            statements.insert(id=ident, speaker_id=1, date=datetime.date(2024, 1, ident), medium="speech",
                              date_precision="day", conditions="[]", **STAMPS).execute()
            table("statement_source", "statement_id", "source_id", "position").insert(
                statement_id=ident, source_id=1, position=0).execute()
        table("statement_relation", "subject_id", "statement_id", "relation", "position").insert(
            subject_id=2, statement_id=1, relation="denies", position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert "0035_mend_relations" in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_relations_and_statements_read_as_before_and_take_the_new_parts(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    backed = client.get("/v1/actors/2?include=").get_json()["relations"][0]
    assert (backed["relation"], backed["support_kinds"], backed["note"], backed["of_country"]) == (
        "backed_by", [], None, None)
    near = client.get("/v1/places/2?include=").get_json()["relations"][0]
    assert (near["relation"], near["since"], near["until"], near["note"]) == ("near", None, None, None)
    said = client.get("/v1/statements/2?include=").get_json()
    assert (said["on_behalf_of"], said["relayed_by"]) == (None, None)
    assert (said["relations"][0]["relation"], said["relations"][0]["extent"]) == ("denies", None)
    response = client.patch("/v1/actors/2", headers=headers, json={"relations": [
        {"actor_id": 1, "relation": "backed_by", "support_kinds": ["arms_supply"], "note": "Iran denies it."}]})
    assert response.status_code == 200, response.get_json()
    assert [a["id"] for a in client.get("/v1/actors?relation_support=arms_supply").get_json()["items"]] == [2]
    response = client.patch("/v1/places/2", headers=headers, json={"relations": [
        {"place_id": 1, "relation": "capital_of", "since": {"edtf": "1991"}}]})
    assert response.status_code == 200, response.get_json()
    response = client.patch("/v1/statements/2", headers=headers, json={"on_behalf_of_id": 2, "relations": [
        {"statement_id": 1, "relation": "denies", "extent": "scale", "extent_words": "the number of dead"}]})
    assert response.status_code == 200, response.get_json()
    assert [s["id"] for s in client.get("/v1/statements?on_behalf_of=2").get_json()["items"]] == [2]


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "on_behalf_of_id" not in {c.name for c in db.database.obj.get_columns("statement")}
        assert "support_kinds" not in {c.name for c in db.database.obj.get_columns("actor_relation")}
        assert "0035_mend_relations" in migrations.upgrade()
        assert "extent" in {c.name for c in db.database.obj.get_columns("statement_relation")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/actors/2?include=").get_json()["relations"][0]["relation"] == "backed_by"
    assert client.get("/v1/statements/2?include=").get_json()["relations"][0]["relation"] == "denies"
