"""The biggest aggregates' buckets written as JSON by PostgreSQL (api/stats_sql.py written_rows): an aggregate the
rollup answers, grouped by time and a dimension whose keys are text, is answered with the same bytes as one whose
buckets Python reads, fills and writes, on generated events (fractions of deaths, events with no country, with
no period, dated outside the others' range). On SQLite, Python writes every answer."""
import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from api import stats_sql

from suites import examples
import test_event_stats
from test_event_stats import events

admin_places = test_event_stats.admin_places   # the fixture

GROUPS = [["country", "time"], ["time", "country"], ["type", "time"], ["time", "quad_class"]]
# Figures no generated event has: a fraction (a float's shortest text, as Python writes it), a big whole number.
ODD = [{"title": "Fractional", "type": "FIGHT", "date_start": "2031-05-02", "date_end": "2031-05-02",
        "date_precision": "day", "place_id": 2, "source_ids": [1],
        "figures": [{"quantity": "deaths", "best": 2.5, "low": 0.1, "high": 1e6 + 0.25, "unit": "people", "source_ids": [1]}]},
       {"title": "No place, a month", "type": "PROTEST", "date_start": "2019-11-01", "date_end": "2019-11-30",
        "date_precision": "month", "source_ids": [1],
        "figures": [{"quantity": "deaths", "best": 123456789012, "unit": "people", "source_ids": [1]}]}]


def both(client, monkeypatch, params):
    """The JSON answer's bytes as asked (written by the database where it writes them), then as Python writes
    them; and how many times the database wrote them."""
    written = []
    real = stats_sql.written_rows
    monkeypatch.setattr(stats_sql, "written_rows", lambda *a: written.append(1) or real(*a))
    monkeypatch.setitem(client.application.extensions, "page_cache", None)
    asked = client.get(f"/v1/events/stats?{params}")
    assert asked.status_code == 200, asked.get_json()
    with monkeypatch.context() as patch:
        patch.setattr(stats_sql, "writes_buckets", lambda group_by: False)
        assembled = client.get(f"/v1/events/stats?{params}")
    return asked.data, assembled.data, len(written)


def test_written_buckets_are_the_bytes_python_writes(client, engine, admin_places, monkeypatch):
    for body in ODD:
        response = client.post("/v1/events", json=body)
        assert response.status_code == 201, response.get_json()["errors"]

    @settings(max_examples=examples(25), deadline=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.explicit, Phase.reuse, Phase.generate])
    @given(new=st.lists(events(admin_places), max_size=4), group_by=st.sampled_from(GROUPS),
           interval=st.sampled_from(["month", "quarter", "year"]))
    def check(new, group_by, interval):
        for body in new:
            assert client.post("/v1/events", json=body).status_code == 201
        asked, assembled, written = both(client, monkeypatch, f"group_by={','.join(group_by)}&interval={interval}")
        assert asked == assembled
        assert written == (0 if engine == "sqlite" else 1)
    check()


def test_written_buckets_only_for_what_the_rollup_answers_as_json(client, engine, monkeypatch):
    # A filter (summed from the events), CSV and dimensions with records as keys are written by Python.
    for params in ("group_by=country,time&type=FIGHT", "group_by=country,time&format=csv",
                   "group_by=place,time", "group_by=country", "group_by=actor,time"):
        asked, assembled, written = both(client, monkeypatch, params)
        assert asked == assembled and written == 0, params
    asked, assembled, written = both(client, monkeypatch, "group_by=country,time&interval=year")
    assert asked == assembled and written == (0 if engine == "sqlite" else 1)
