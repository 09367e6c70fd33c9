"""Migration 0018 carries external IDs forward on the engine under test: the actors' and places' stay as they
were (and now serve as references), the new kinds start with none, and an actor's `acled` entry, an ACLED
actor name rather than an identifier, becomes one of its aliases (once) and still finds it by search (a
place's too); entries of a scheme that identifies nothing of the kind are dropped; down then up again keeps
the data."""
import pytest

from api import db
from api.services import migrations, tokens
from helpers import ALIAS_NO_CLAIM
from old_databases import STAMPS, database_at, serving

BEFORE = "0017_figure_place_extension"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0017 with actors and a place holding external IDs, ACLED names among them."""
    with database_at(dbs, BEFORE, "at_0017") as (name, url, table):
        actor = table("actor", "id", "version", "created_at", "updated_at", "name", "kind")
        actor.insert(id=1, name="Armenia", kind="state", **STAMPS).execute()
        actor.insert(id=2, name="Military Forces of Russia", kind="armed_force", **STAMPS).execute()
        actor.insert(id=3, name="Wagner Group", kind="non_state_armed_group", **STAMPS).execute()
        ids = table("actor_external_id", "actor_id", "scheme", "value")
        ids.insert(actor_id=1, scheme="wikidata", value="Q399").execute()
        ids.insert(actor_id=1, scheme="iso3166", value="ARM").execute()
        ids.insert(actor_id=2, scheme="acled", value="Military Forces of Russia (2000-)").execute()
        ids.insert(actor_id=2, scheme="ucdp", value="57").execute()
        ids.insert(actor_id=3, scheme="acled", value="Wagner Group").execute()
        alias = table("actor_alias", "actor_id", "alias", "language", "position")
        alias.insert(actor_id=3, alias="Wagner Group", language=None, position=0).execute()
        alias.insert(actor_id=2, alias="Russian Armed Forces", language="en", position=0).execute()
        table("place", "id", "version", "created_at", "updated_at", "name", "kind").insert(
            id=1, name="Shusha", kind="city", **STAMPS).execute()
        places = table("place_external_id", "place_id", "scheme", "value")
        places.insert(place_id=1, scheme="geonames", value="585102").execute()
        places.insert(place_id=1, scheme="acled", value="Shushi").execute()   # an ACLED location name
        places.insert(place_id=1, scheme="ucdp", value="12").execute()        # identifies no place
        ids.insert(actor_id=1, scheme="geonames", value="174982").execute()   # identifies no actor
        applied = migrations.upgrade()
        secret = tokens.create("curator of the old data", "curator")[1]
    assert "0018_external_ids" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app.test_client(token=secret)


def test_external_ids_carry_forward_and_acled_names_become_aliases(old_database):
    client = old_database
    assert client.get("/v1/actors/1").get_json()["external_ids"] == {"iso3166": "ARM", "wikidata": "Q399"}
    forces = client.get("/v1/actors/2").get_json()
    assert forces["external_ids"] == {"ucdp": "57"}
    assert forces["aliases"] == [{"name": "Russian Armed Forces", "language": "en", **ALIAS_NO_CLAIM},
                                 {"name": "Military Forces of Russia (2000-)", "language": None, **ALIAS_NO_CLAIM}]
    assert client.get("/v1/actors/3").get_json()["aliases"] == [
        {"name": "Wagner Group", "language": None, **ALIAS_NO_CLAIM}]
    assert [a["id"] for a in client.get("/v1/actors?q=2000").get_json()["items"]] == [2]
    assert client.get("/v1/places/1").get_json()["external_ids"] == {"geonames": "585102"}
    assert [p["id"] for p in client.get("/v1/places?external_id=geonames:585102").get_json()["items"]] == [1]
    assert [a["id"] for a in client.get("/v1/actors?ucdp=57").get_json()["items"]] == [2]


def test_entries_no_scheme_of_the_kind_takes_leave_the_records_writable(old_database):
    """A place's ACLED location name becomes an alias (found by search); an actor's GeoNames ID and a place's
    UCDP ID identify nothing of their kind and are dropped, so a later write of either record is not refused."""
    client = old_database
    shusha = client.get("/v1/places/1").get_json()
    assert shusha["aliases"] == [{"name": "Shushi", "language": None, **ALIAS_NO_CLAIM}]
    assert [p["id"] for p in client.get("/v1/places?q=Shushi").get_json()["items"]] == [1]
    for href in ("/v1/places/1", "/v1/actors/1"):
        response = client.patch(href, json={"description": "Checked after the upgrade."},
                                content_type="application/merge-patch+json")
        assert response.status_code == 200, response.get_json()


def test_old_external_ids_serve_as_references(old_database):
    client = old_database
    source = client.post("/v1/sources", json={"title": "Report", "external_ids": {"wikidata": "Q1000001"}})
    assert source.status_code == 201, source.get_json()
    statement = client.post("/v1/statements", json={
        "speaker_id": "wikidata:Q399", "addressee_id": "ucdp:57", "about_place_ids": ["geonames:585102"],
        "date": "2020-10-31", "medium": "letter", "quote": "Help.", "source_ids": ["wikidata:Q1000001"]})
    assert statement.status_code == 201, statement.get_json()
    got = client.get(statement.get_json()["href"] + "?include=").get_json()
    assert (got["speaker"], got["addressee"], got["about_places"], got["sources"]) == (
        1, 2, [1], [source.get_json()["id"]])


def test_down_and_up_again(old_database):
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "event_external_id" not in db.database.obj.get_tables()
        assert "0018_external_ids" in migrations.upgrade()
    assert old_database.get("/v1/actors/1").get_json()["external_ids"]["wikidata"] == "Q399"
    assert old_database.get("/v1/events?external_id=ucdp-ged:1").get_json()["items"] == []
