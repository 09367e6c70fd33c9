"""Migration 0057 on the engine under test: an existing event and its figure read back with no end part and no
as_of part; afterwards they take them, and down then up again keeps the old data."""
import datetime

import pytest

from api import db
from api.services import migrations, tokens
from old_databases import RECORD, STAMPS, database_at, serving

BEFORE = "0056_stored_shapes"
APPLIED = "0057_end_parts"
TABLES = ("event_claim", "statement_claim", "actor_position", "figure", "treaty_status_change")


def _filled(database, table_name, values):
    """`values` and an empty value for every other NOT NULL column without a default at 0056 (JSON lists, zero,
    false), so the row is the smallest one 0056 accepts."""
    empty = {"text": "[]", "integer": 0, "boolean": False, "bool": False}
    for column in database.get_columns(table_name):
        if column.name not in values and not column.null and column.default is None and not column.primary_key:
            values[column.name] = empty.get(column.data_type.lower().split("(")[0], "[]")
    return values


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0056 holding an event with one figure as of a day."""
    with database_at(dbs, BEFORE, "at_0056") as (name, url, plain):
        def table(table_name, *columns):
            class Filled:
                def insert(self, **values):
                    values = _filled(db.database.obj, table_name, values)
                    return plain(table_name, *values).insert(**values)
            return Filled()

        table("source", *RECORD, "title").insert(id=1, title="Reuters report", **STAMPS).execute()
        table("event", *RECORD, "title", "type", "date_start", "date_end", "date_precision").insert(
            id=1, title="Blockade", type="COERCE", date_start=datetime.date(2023, 5, 1),
            date_end=datetime.date(2024, 4, 30), date_precision="month", **STAMPS).execute()
        table("event_source", "event_id", "source_id", "position").insert(event_id=1, source_id=1,
                                                                          position=0).execute()
        table("figure", "id", "event_id", "quantity", "best", "unit", "as_of", "rank", "attribution",
              "position").insert(id=3, event_id=1, quantity="deaths", best=500, unit="people",
                                 as_of=datetime.date(2023, 11, 21), rank="normal", attribution="source",
                                 position=0).execute()
        table("figure_source", "figure_id", "source_id", "position").insert(figure_id=3, source_id=1,
                                                                            position=0).execute()
        applied = migrations.upgrade()
        secret = tokens.create("migration curator", "curator")[1]
    assert APPLIED in applied
    shared_app.config["TEST_CURATOR"] = secret
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_old_records_read_without_parts_and_take_them(old_database):
    client = old_database.test_client()
    headers = {"Authorization": f"Bearer {old_database.config['TEST_CURATOR']}", "If-Match": "*"}
    event = client.get("/v1/events/1?include=figures").get_json()
    assert (event["date_part"], event["date_end_part"], event["figures"][0]["as_of_part"]) == (None, None, None)
    response = client.patch("/v1/events/1", headers=headers, json={
        "date_part": "mid", "date_end_part": "early",
        "figures": [{"id": 3, "quantity": "deaths", "best": 500, "unit": "people", "as_of": "2023-11-21",
                     "as_of_part": "late", "source_ids": [1]}]})
    assert response.status_code == 200, response.get_json()
    read = client.get("/v1/events/1?include=figures").get_json()
    assert (read["date_end_part"], read["date_edtf"], read["figures"][0]["as_of_part"]) == (
        "early", "2023/2024", "late")


def test_down_and_up_again(old_database):
    db.bind(old_database.config["DATABASE_URL"])
    with db.database.connection_context():
        migrations.runner().down(target=BEFORE)
        assert "date_end_part" not in {c.name for c in db.database.obj.get_columns("event")}
        for table in TABLES:
            assert "as_of_part" not in {c.name for c in db.database.obj.get_columns(table)}
        assert APPLIED in migrations.upgrade()
        assert "as_of_part" in {c.name for c in db.database.obj.get_columns("figure")}
    db.close_all()
    client = old_database.test_client()
    assert client.get("/v1/events/1?include=figures").get_json()["figures"][0]["best"] == 500
