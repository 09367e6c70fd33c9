"""Migration 0022 fills the names index of GET /v1/search from the records already stored, on the engine
under test: names and aliases (any language, folded) are found at once, deleted records are not, and down
then up again gives the same index."""
import datetime

import pytest

from api import db
from api.models.search import SearchName
from api.services import migrations
from old_databases import STAMPS, database_at, serving

BEFORE = "0017_figure_place_extension"
DELETED = {**STAMPS, "deleted_at": datetime.datetime(2026, 1, 3)}


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0017 holding an actor with aliases, a deleted actor, a place, an event."""
    with database_at(dbs, BEFORE, "at_0017") as (name, url, table):
        actors = table("actor", "id", "version", "created_at", "updated_at", "deleted_at", "name", "kind")
        actors.insert(id=1, name="Ilham Aliyev", kind="person", deleted_at=None, **STAMPS).execute()
        actors.insert(id=2, name="Old Aliyev Front", kind="group", **DELETED).execute()
        table("actor_alias", "actor_id", "alias", "language", "position").insert([
            {"actor_id": 1, "alias": "İlham Əliyev", "language": "az", "position": 0},
            {"actor_id": 1, "alias": "Ильхам Алиев", "language": "ru", "position": 1}]).execute()
        table("place", "id", "version", "created_at", "updated_at", "name", "kind").insert(
            id=1, name="Şuşa", kind="city", **STAMPS).execute()
        table("place_alias", "place_id", "name", "language", "position").insert(
            place_id=1, name="Shusha", language="en", position=0).execute()
        table("event", "id", "version", "created_at", "updated_at", "title", "type", "date_start",
              "date_precision").insert(id=1, title="Capture of Shusha", type="FIGHT",
                                       date_start=datetime.date(2020, 11, 8), date_precision="day",
                                       **STAMPS).execute()
        applied = migrations.upgrade()
    assert "0022_search_names" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def found(client, q):
    response = client.get("/v1/search", query_string={"q": q})
    assert response.status_code == 200, response.get_json()
    return [(item["kind"], item["id"], item["match"]["how"]) for item in response.get_json()["items"]]


def test_stored_names_and_aliases_are_found_after_the_migration(old_database):
    client = old_database.test_client()
    assert found(client, "ilham aliyev")[0] == ("actors", 1, "exact")
    assert found(client, "Ильхам Алиев")[0] == ("actors", 1, "alias")
    assert found(client, "aliy")[0] == ("actors", 1, "word_prefix")
    assert ("actors", 2) not in {(kind, id_) for kind, id_, _ in found(client, "aliyev")}   # deleted
    assert found(client, "susa")[0] == ("places", 1, "exact")
    assert found(client, "shusha")[:2] == [("places", 1, "alias"), ("events", 1, "word_prefix")]


def test_down_and_up_again(old_database):
    with db.database.connection_context():
        before = sorted(SearchName.select(SearchName.kind, SearchName.record_id, SearchName.field,
                                          SearchName.folded).tuples())
        migrations.runner().down(target=BEFORE)
        assert "search_name" not in db.database.get_tables()
        assert "0022_search_names" in migrations.upgrade()
        after = sorted(SearchName.select(SearchName.kind, SearchName.record_id, SearchName.field,
                                         SearchName.folded).tuples())
    assert after == before and len(before) == 11
