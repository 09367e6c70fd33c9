"""Migration 0124 on the engine under test: a side of a date in a part of a month or year ("since late October",
"began in mid-2006", "from mid-May to 30 June") writes its EDTF as the month or year the part is in, on events,
statements and reported dates kept whole in JSON (an event claim's dates); a part given as its bracket or at the
edge of on_or_before keeps its days. down() writes the part's edge back, as stored before; up again the unit.
(The rule through HTTP: tests/test_time_as_said.py, tests/test_dates_as_said.py.)"""
import json

from api import db
from api.services import migrations
from helpers import BODIES, created as post

BEFORE = "0123_time_columns_wider"
APPLIED = "0124_part_edtf"
EVENT = {k: v for k, v in BODIES["events"].items()
         if k not in ("date_start", "date_end", "date_precision", "figures", "parent_id")}
STATEMENT = {k: v for k, v in BODIES["statements"].items() if k not in ("figures", "date")}
# the dates posted, the EDTF read (this migration's unit) and the EDTF stored before it (the part's edge)
EVENTS = (
    ({"date_start": "2023-10-21", "date_precision": "day", "date_bound": "ongoing", "date_part": "late"},
     "2023-10/..", "2023-10-21/.."),
    ({"date_start": "2024-01-31", "date_precision": "day", "date_bound": "open_start", "date_part": "late"},
     "../2024-01", "../2024-01-31"),
    ({"date_start": "2006-05-01", "date_precision": "month", "date_part": "mid"}, "2006/", "2006-05/"),
    ({"date_start": "2023-05-01", "date_end": "2024-04-30", "date_precision": "month", "date_part": "mid",
      "date_end_part": "early"}, "2023/2024", "2023-05/2024-04"),
    ({"date_start": "2023-11-11", "date_end": "2023-11-20", "date_precision": "day", "date_part": "mid"},
     "2023-11-11/2023-11-20", "2023-11-11/2023-11-20"),   # the part as its bracket: exactly true, kept
    ({"date_start": "2024-01-10", "date_precision": "day", "date_bound": "on_or_before", "date_part": "early"},
     "[..2024-01-10]", "[..2024-01-10]"),   # a bound's edge: exactly true, kept
)
CLAIMED = {"date": "2023-11-11", "date_end": "2023-12-05", "part": "mid"}


def _stored(sql, table, ident, column):
    return sql(f"SELECT {column} FROM {table} WHERE id = {int(ident)}").fetchone()[0]


def test_sides_in_parts_read_their_unit_and_down_writes_the_edge_back(app, client):
    events = [post(client, "events", {**EVENT, **dates})["id"] for dates, _, _ in EVENTS]
    claimed = post(client, "events", {**EVENT, "date_start": "2024-01-05", "claims": [
        {"dates": CLAIMED, "claimant_id": 9, "source_ids": [1]}]})
    statement = post(client, "statements", {**STATEMENT, "date": "2024-05-11", "date_end": "2024-06-30",
                                            "date_precision": "day", "date_part": "mid"})
    assert [client.get(f"/v1/events/{i}").get_json()["date_edtf"] for i in events] == [e[1] for e in EVENTS]
    claim = client.get(f"{claimed['href']}?include=claims").get_json()["claims"][0]
    assert claim["dates"]["edtf"] == "2023-11/2023-12-05"
    assert client.get(statement["href"]).get_json()["date_edtf"] == "2024-05/2024-06-30"

    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        sql = db.database.obj.execute_sql
        claim_id = sql(f"SELECT id FROM event_claim WHERE event_id = {int(claimed['id'])}").fetchone()[0]

        def edtf():
            return ([_stored(sql, "event", i, "date_edtf") for i in events],
                    json.loads(_stored(sql, "event_claim", claim_id, "dates"))["edtf"],
                    _stored(sql, "statement", statement["id"], "date_edtf"))

        migrations.runner().down(target=BEFORE)
        assert edtf() == ([e[2] for e in EVENTS], "2023-11-11/2023-12-05", "2024-05-11/2024-06-30")
        assert APPLIED in migrations.upgrade()
        assert edtf() == ([e[1] for e in EVENTS], "2023-11/2023-12-05", "2024-05/2024-06-30")
    db.close_all()
