"""Migration 0072 on the engine under test: a database of 0071 holding a war and a battle inside it answers the
nested sums from the rollups after it, equal to the walk over the events; down then up again keeps them."""
import datetime

import pytest

from api import db
from api.services import migrations, rollup, rollup_upkeep
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0071_service_disruptions_endings"


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0071 holding a war (7,000 dead) and a battle in it (700)."""
    with database_at(dbs, BEFORE, "at_0071") as (name, url, table):
        table("source", *RECORD, "title").insert(id=1, title="Reuters", **STAMPS).execute()
        table("place", *RECORD, "name", "kind", "country").insert(id=1, name="Front", kind="region", country="AZE",
                                                                  **STAMPS).execute()
        for ident, title, parent, deaths in ((1, "War", None, 7000), (2, "Battle", 1, 700)):
            table("event", *RECORD, "title", "type", "date_start", "date_precision", "site_categories", "place_id",
                  "parent_id").insert(id=ident, title=title, type="FIGHT", date_start=datetime.date(2020, 10, 1),
                                      date_precision="day", site_categories="[]", place_id=1, parent_id=parent,
                                      **STAMPS).execute()
            table("figure", "id", "event_id", "quantity", "unit", "category", "attribution", "position", "published",
                  "rank", "best", "with_surroundings", "displaced_again", "other_subsets", "other_countries").insert(
                id=ident, event_id=ident, quantity="deaths", unit="people", category="total", attribution="source",
                position=0, published=True, rank="normal", best=deaths, with_surroundings=False,
                displaced_again=False, other_subsets="[]", other_countries="[]").execute()
        applied = migrations.upgrade()
    assert "0072_rollup_nesting" in applied
    with serving(shared_app, dbs, name, url) as app:
        yield app


def nested(client, from_rollup=True):
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(client.application.extensions, "page_cache", None)
        if not from_rollup:
            patch.setattr(rollup, "answers", lambda args: False)
        answer = client.get("/v1/events/stats?group_by=country,time&interval=month").get_json()
    return answer["nested_events"], answer["nested_deaths"]


def test_old_rollups_answer_the_nested_sums_after_it(old_database):
    client = old_database.test_client()
    assert nested(client) == nested(client, from_rollup=False) == (1, 700)
    with old_database.app_context(), db.database.connection_context():
        assert rollup_upkeep.differences() == ([], 0)
        migrations.runner().down(target=BEFORE)
        assert "nested_events" not in {c.name for c in db.database.get_columns("event_rollup")}
        migrations.upgrade()
        assert rollup_upkeep.differences() == ([], 0)
    assert nested(client) == (1, 700)
