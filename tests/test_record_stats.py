"""GET /v1/statements/stats and GET /v1/treaties/stats (docs/api.md "Aggregates of statements and treaties"):
every count equals a brute-force count over what the collection lists for the same filter, on generated
statements and treaties; zero-filled series, the imprecise rule, CSV and bad parameters."""
import csv
import datetime
import io
import itertools
from collections import Counter

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from api.services import stats_series
from schemas.record_stats import RECORD_DIMENSIONS, RECORD_STATS
from schemas.stats import INTERVALS

from helpers import problem
from suites import examples
from test_event_stats import every

SPEAKERS = (1, 2, 3, 5, 6)
DAY0 = datetime.date(2021, 1, 1)


def ident(linked):
    return linked["id"] if isinstance(linked, dict) else linked


def statement_keys(record, name, interval):
    if name == "speaker":
        return sorted({ident(record["speaker"]), *(ident(s) for s in record["other_speakers"])})
    if name == "time":
        start = datetime.date.fromisoformat(record["date"]) if record["date"] else None
        last = datetime.date.fromisoformat(record["date_end"]) if record["date_end"] else start
        precise = start is not None and record["date_bound"] is None and (
            stats_series.period_start(start, interval) == stats_series.period_start(last, interval))
        return [stats_series.period_start(start, interval).isoformat() if precise else None]
    return [record[name]]


def treaty_keys(record, name, interval):
    if name == "party":
        return sorted({ident(p["actor"]) for p in record["parties"]}) or [None]
    return [record[name]]


KEYS = {"statements": statement_keys, "treaties": treaty_keys}


def brute_force(client, kind, query, group_by, interval):
    counts, imprecise, records = Counter(), 0, every(client, f"/v1/{kind}?limit=100&include=&{query}")
    for record in records:
        keys = [KEYS[kind](record, name, interval) for name in group_by]
        counts.update(itertools.product(*keys))
        imprecise += "time" in group_by and keys[group_by.index("time")] == [None]
    return dict(counts), len(records), imprecise


def statements():
    def dated(n, shape, length):
        start = DAY0 + datetime.timedelta(days=n)
        if shape == "unknown":
            return {"date": None, "date_precision": "unknown"}
        if shape == "span":
            return {"date": start.isoformat(), "date_end": (start + datetime.timedelta(days=length)).isoformat()}
        return {"date": start.isoformat()}
    return st.builds(
        lambda speakers, stance, medium, when: {
            "speaker_id": speakers[0], "other_speaker_ids": speakers[1:], "stance": stance, "medium": medium,
            "quote": "Generated.", "language": "en", "source_ids": [1], **when},
        st.lists(st.sampled_from(SPEAKERS), min_size=1, max_size=3, unique=True),
        st.sampled_from([None, "support", "oppose", "condemn"]), st.sampled_from(["speech", "letter"]),
        st.builds(dated, st.integers(0, 400), st.sampled_from(["day", "day", "span", "unknown"]), st.integers(1, 40)))


def treaties():
    return st.builds(
        lambda kind, status, parties: {"name": "Generated treaty", "kind": kind, "status": status,
                                       "signed_date": "2021-05-01", "parties": [{"actor_id": a} for a in parties],
                                       "source_ids": [1]},
        st.sampled_from(["ceasefire", "alliance"]), st.sampled_from(["signed", "in_force", "collapsed"]),
        st.lists(st.sampled_from(SPEAKERS[:4]), max_size=3, unique=True))


CASES = {
    "statements": (statements, ["", "speaker=1", "stance=support,oppose", "date_from=2021-03-01&date_to=2021-09-30",
                                "date_precision=day", "medium=letter"]),
    "treaties": (treaties, ["", "party=1", "kind=ceasefire", "status=signed,collapsed"]),
}


@pytest.mark.parametrize("kind", ["statements", "treaties"])
def test_every_count_is_the_count_of_the_records_listed(client, kind):
    records, filters = CASES[kind]

    @settings(max_examples=examples(40), deadline=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.explicit, Phase.reuse, Phase.generate])
    @given(new=st.lists(records(), max_size=3), query=st.sampled_from(filters),
           group_by=st.lists(st.sampled_from(list(RECORD_DIMENSIONS[kind])), min_size=1, max_size=2, unique=True),
           interval=st.sampled_from(INTERVALS))
    def check(new, query, group_by, interval):
        for body in new:
            response = client.post(f"/v1/{kind}", json=body)
            assert response.status_code == 201, response.get_json()
        params = f"group_by={','.join(group_by)}" + (f"&interval={interval}" if "time" in group_by else "")
        response = client.get(f"/v1/{kind}/stats?{params}&{query}")
        assert response.status_code == 200, (params, query, response.get_json())
        answer = response.get_json()
        expected, total, imprecise = brute_force(client, kind, query, group_by, interval)
        got = {}
        for bucket in answer["buckets"] + answer["imprecise"]:
            key = tuple(ident(bucket[name]) for name in group_by)
            assert key not in got
            if bucket["count"]:
                got[key] = bucket["count"]
        assert got == expected
        assert (answer["total"], answer["imprecise_count"]) == (total, imprecise)
        RECORD_STATS[kind][1]().load(answer)   # the documented shape
    check()


def test_statements_by_month_are_zero_filled_and_imprecise_apart(client):
    speaker = client.post("/v1/actors", json={"name": "Spokesman", "kind": "person"}).get_json()["id"]
    for when in ({"date": "2032-01-10"}, {"date": "2032-03-05"}, {"date": "2032-01-30", "date_end": "2032-02-02"},
                 {"date": None, "date_precision": "unknown"}, {"date": "2032-02-01", "date_precision": "month"}):
        assert client.post("/v1/statements", json={"speaker_id": speaker, "medium": "speech", "quote": "Q.",
                                                   "language": "en", "source_ids": [1], **when}).status_code == 201
    answer = client.get(f"/v1/statements/stats?group_by=time&speaker={speaker}").get_json()
    assert [(b["time"], b["count"]) for b in answer["buckets"]] == [
        ("2032-01-01", 1), ("2032-02-01", 1), ("2032-03-01", 1)]
    assert answer["imprecise"] == [{"time": None, "count": 2}] and answer["imprecise_count"] == 2
    rows = list(csv.reader(io.StringIO(client.get(
        f"/v1/statements/stats?group_by=speaker,time&speaker={speaker}&format=csv").get_data(as_text=True))))
    assert rows[0] == ["speaker_id", "speaker_name", "time", "imprecise", "count"]
    assert rows[1:] == [[str(speaker), "Spokesman", "2032-01-01", "false", "1"],
                        [str(speaker), "Spokesman", "2032-02-01", "false", "1"],
                        [str(speaker), "Spokesman", "2032-03-01", "false", "1"],
                        [str(speaker), "Spokesman", "", "true", "2"]]


@pytest.mark.parametrize("path, name", [
    ("/v1/statements/stats", "group_by"),
    ("/v1/statements/stats?group_by=kind", "group_by"),
    ("/v1/statements/stats?group_by=stance&interval=month", "interval"),
    ("/v1/statements/stats?group_by=time&interval=century", "interval"),
    ("/v1/statements/stats?group_by=stance&stance=NOPE", "stance"),
    ("/v1/treaties/stats?group_by=time", "group_by"),
    ("/v1/treaties/stats?group_by=kind&interval=month", "interval"),
    ("/v1/treaties/stats?group_by=kind&party_on=2020-01-01", "party_on"),
])
def test_bad_parameters_are_problems_naming_them(client, path, name):
    body = problem(client.get(path), 400)
    assert list(body["errors"]) == [name], body


def test_treaties_by_party_overlap(client):
    answer = client.get("/v1/treaties/stats?group_by=party").get_json()
    assert answer["total"] == 1 and sorted(b["party"]["id"] for b in answer["buckets"]) == [1, 3]
    assert all(b["count"] == 1 for b in answer["buckets"])
