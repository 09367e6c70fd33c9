"""GET /v1/events/stats (docs/api.md "Aggregates"): every aggregate equals a brute-force sum over what GET
/v1/events answers for the same filter, on generated events, whether the events' rollup serves it or the
events are summed (tests/test_event_rollup.py: after every kind of write); the zero-filled series, the
imprecise-date rule, the CSV and bad parameters; the query plan of a one-actor aggregate."""
import csv
import datetime
import io
import itertools
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from api import db
from api.services import rollup, stats, stats_series
from schemas import vocabularies as vocab
from schemas.stats import ADMIN_LEVELS, DEATH_CATEGORIES, DIMENSIONS, EventsStatsQuery, INTERVALS

from helpers import problem
from suites import examples

ACTORS = (1, 2, 3, 9, 10)   # states, an armed force, a de facto authority (the example data)
TYPES = ("FIGHT", "ASSAULT", "CONSULT", "AGREE")
CATEGORIES = ("total", "total", *DEATH_CATEGORIES)
SUMS = stats.SUMS


# --- the brute force: the events as GET /v1/events shows them, summed in Python -----------------------------

def every(client, path):
    items, url = [], path
    while url:
        body = client.get(url).get_json()
        items += body["items"]
        url = body["next"]
    return items


def records(client, kind):
    return {r["id"]: r for r in every(client, f"/v1/{kind}?limit=500&include=")}


def chosen(figures, category, claimant):
    """The figure of a category that stands for the event's deaths in it (docs/api.md "Deaths")."""
    fit = [f for f in figures if f["quantity"] == "deaths" and f["category"] == category and f["subset"] is None
           and f["country"] is None and f["part_of_id"] is None and f["part_of_key"] is None and f["published"]
           and f["rank"] != "deprecated" and f["vague"] is None and f["per"] is None and f["unit"] == "people"]
    if claimant is not None:
        fit = [f for f in fit if claimant in {ident(f["claimant"]), *(ident(c) for c in f["claimants"])}]
    preferred = [f for f in fit if f["rank"] == "preferred"]
    return (preferred or fit or [None])[0]


def ident(linked):
    return linked["id"] if isinstance(linked, dict) else linked


def value(figure):
    return next((v for v in (figure["best"], figure["low"], figure["high"]) if v is not None), None)


def event_sums(event, claimant):
    total = chosen(event["figures"], "total", claimant)
    sums = {"events": 1, "events_with_deaths": int(total is not None),
            "deaths": value(total) if total else 0,
            "deaths_low": (total or {}).get("low") or 0, "deaths_best": (total or {}).get("best") or 0,
            "deaths_high": (total or {}).get("high") or 0}
    for category in DEATH_CATEGORIES:
        figure = chosen(event["figures"], category, claimant)
        sums[f"deaths_{category}"] = value(figure) if figure else 0
    return sums


def day(text):
    return datetime.date.fromisoformat(text) if text else None


def event_keys(event, name, interval, places, actors):
    """The keys an event counts under for one dimension (a list: several for actors and treaties)."""
    place = places.get(event["place"])
    if name == "type":
        return [event["type"]]
    if name == "quad_class":
        return [vocab.quad_class(event["type"])]
    if name == "country":
        return [place["country"] if place else None]
    if name == "place":
        return [event["place"]]
    if name == "actor":
        return sorted({p["actor"] for p in event["participants"]}) or [None]
    if name == "actor_kind":
        return sorted({actors[p["actor"]]["kind"] for p in event["participants"]}) or [None]
    if name == "treaty":
        return sorted({t["treaty"] for t in event["treaties"]}) or [None]
    if name == "time":
        start, end = day(event["date_start"]), day(event["date_end"])
        first = stats_series.period_start(start, interval)
        precise = end is not None and event["date_bound"] is None and stats_series.period_start(end, interval) == first
        return [first.isoformat() if precise else None]
    while place is not None and place["kind"] != ADMIN_LEVELS[name]:   # an admin level: up the hierarchy
        place = places.get(place["parent"])
    return [place["id"] if place else None]


def brute_force(client, query, args):
    places, actors = records(client, "places"), records(client, "actors")
    events = every(client, f"/v1/events?limit=100&include=figures&{query}")
    interval = args.get("interval") or "month"
    buckets, totals = defaultdict(lambda: dict.fromkeys(SUMS, 0)), dict.fromkeys(SUMS, 0)
    imprecise = 0
    for event in events:
        sums = event_sums(event, args.get("claimant"))
        keys = [event_keys(event, name, interval, places, actors) for name in args["group_by"]]
        for combination in itertools.product(*keys):
            for name in SUMS:
                buckets[combination][name] += sums[name]
        for name in SUMS:
            totals[name] += sums[name]
        imprecise += "time" in args["group_by"] and keys[args["group_by"].index("time")] == [None]
    return dict(buckets), totals, imprecise


def key_of(bucket, group_by):
    return tuple(bucket[name]["id"] if isinstance(bucket[name], dict) else bucket[name] for name in group_by)


# --- generated events ----------------------------------------------------------------------------------------

@pytest.fixture
def admin_places(client):
    """A region and a district below it in Azerbaijan (place 1), and a town in the district."""
    region = client.post("/v1/places", json={"name": "Region", "kind": "region", "country": "AZE", "parent_id": 1})
    district = client.post("/v1/places", json={"name": "District", "kind": "district", "country": "AZE",
                                               "parent_id": region.get_json()["id"]})
    town = client.post("/v1/places", json={"name": "Town", "kind": "city", "country": "AZE",
                                           "parent_id": district.get_json()["id"]})
    return [region.get_json()["id"], district.get_json()["id"], town.get_json()["id"]]


def figures():
    numbers = st.integers(0, 500)
    figure = st.fixed_dictionaries({
        "quantity": st.sampled_from(["deaths", "deaths", "injured"]),
        "category": st.sampled_from(CATEGORIES),
        "best": numbers, "low": st.one_of(st.none(), numbers), "high": st.one_of(st.none(), numbers),
        "rank": st.sampled_from(["normal", "normal", "preferred", "deprecated"]),
        "claimant_ids": st.lists(st.sampled_from(ACTORS[:3]), max_size=2, unique=True),
        "kind": st.sampled_from(["best", "range", "low", "bounds", "subset", "vague"]),
    })

    def fixed(items):
        out, preferred = [], set()
        for f in items:
            low, best, high = sorted(v if v is not None else f["best"] for v in (f["low"], f["best"], f["high"]))
            shapes = {"best": (None, best, None), "range": (low, best, high), "low": (low, None, None),
                      "bounds": (low, None, high), "subset": (None, best, None), "vague": (None, None, None)}
            low, best, high = shapes[f["kind"]]
            body = {"quantity": f["quantity"], "category": f["category"], "low": low, "best": best, "high": high,
                    "unit": "people", "source_ids": [1], "rank": f["rank"]}
            if f["kind"] == "subset":
                body["subset"] = "children"
            if f["kind"] == "vague":
                body["vague"] = "dozens"
            if f["claimant_ids"]:
                body["claimant_ids"] = f["claimant_ids"]
            group = (f["quantity"], f["category"], body.get("subset"))
            if f["rank"] == "preferred" and group in preferred:
                body["rank"] = "normal"   # at most one preferred figure per quantity, category and subset
            preferred.add(group) if body["rank"] == "preferred" else None
            out.append(body)
        return out
    return st.lists(figure, max_size=4).map(fixed)


DAY0 = datetime.date(2019, 11, 1)


def dates():
    """A day, a span of days, a month-precision bracket, or an ongoing event."""
    start = st.integers(0, 500).map(lambda n: DAY0 + datetime.timedelta(days=n))

    def shaped(start, shape, length):
        if shape == "month":
            first = start.replace(day=1)
            last = stats_series.next_period(first, "month") - datetime.timedelta(days=1)
            return {"date_start": first.isoformat(), "date_end": last.isoformat(), "date_precision": "month"}
        end = None if shape == "ongoing" else start + datetime.timedelta(days=0 if shape == "day" else length)
        return {"date_start": start.isoformat(), "date_end": end and end.isoformat(), "date_precision": "day"}
    return st.builds(shaped, start, st.sampled_from(["day", "day", "span", "month", "ongoing"]), st.integers(1, 60))


def events(places):
    participants = st.lists(st.tuples(st.sampled_from(ACTORS), st.sampled_from(["side_a", "side_b", "initiator"])),
                            max_size=3, unique=True).map(lambda pairs: [{"actor_id": a, "role": r} for a, r in pairs])
    return st.builds(
        lambda type_, when, place, people, treaty, figs, occurrence: {
            "title": "Generated", "type": type_, **when, "place_id": place, "participants": people,
            "treaties": [{"treaty_id": 1, "link": "breaches"}] if treaty else [], "figures": figs, "source_ids": [1],
            "occurrence": occurrence},
        st.sampled_from(TYPES), dates(), st.sampled_from([None, 2, 3, 5, 7, *places]), participants, st.booleans(),
        figures(), st.sampled_from(OCCURRENCES))


# Whether an event happened (migrations/0068): those not occurred or alleged are listed and counted only when
# occurrence= asks for them, by the listing and the aggregates alike.
OCCURRENCES = ["occurred", "occurred", "occurred", "alleged", "planned", "prevented", "did_not_occur"]


FILTERS = st.sampled_from(["", "type=FIGHT,ASSAULT", "actor=9", "actor=1", "claimant=1", "claimant=2",
                           "country=AZE", "date_from=2020-02-10&date_to=2020-09-20", "date_from=2020-03-01",
                           "min_deaths=10", "place=1", "date_precision=day", "level=top", "level=leaf",
                           "level=all", "occurrence=any", "occurrence=planned,occurred",
                           "occurrence=prevented&claimant=1"])
GROUPS = st.lists(st.sampled_from(list(DIMENSIONS)), min_size=1, max_size=2, unique=True)


def test_every_aggregate_is_the_sum_of_the_events_listed(client, admin_places):
    # No shrinking: the events of every example stay in the database, so a shrunk example is not smaller.
    @settings(max_examples=examples(60), deadline=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.explicit, Phase.reuse, Phase.generate])
    @given(new=st.lists(events(admin_places), max_size=4), query=FILTERS, group_by=GROUPS,
           interval=st.sampled_from(INTERVALS))
    def check(new, query, group_by, interval):
        for body in new:
            response = client.post("/v1/events", json=body)
            assert response.status_code == 201, response.get_json()
        params = f"group_by={','.join(group_by)}" + (f"&interval={interval}" if "time" in group_by else "")
        response = client.get(f"/v1/events/stats?{params}&{query}")
        assert response.status_code == 200, (params, query, response.get_json())
        answer = response.get_json()
        with pytest.MonkeyPatch.context() as patch:   # summed from the events, never from the rollup: the same
            patch.setattr(rollup, "answers", lambda args: False)
            patch.setitem(client.application.extensions, "page_cache", None)   # (summed again, not kept bytes)
            assert client.get(f"/v1/events/stats?{params}&{query}").get_json() == answer
        args = EventsStatsQuery().load({k: v for k, v in (p.split("=") for p in f"{params}&{query}".split("&") if p)})
        expected, totals, imprecise = brute_force(client, query, args)
        got = {}
        for bucket in answer["buckets"] + answer["imprecise"]:
            key = key_of(bucket, group_by)
            assert key not in got, key
            if bucket["events"]:
                got[key] = {name: bucket[name] for name in SUMS}
            else:   # a period filled in: nothing in it
                assert all(bucket[name] == 0 for name in SUMS) and "time" in group_by
        assert got == expected
        assert answer["totals"] == totals
        assert answer["imprecise_events"] == imprecise
        assert all(key_of(b, group_by)[group_by.index("time")] is None for b in answer["imprecise"])
        for bucket in answer["buckets"]:   # names as the records have them
            for name in group_by:
                if isinstance(bucket[name], dict):
                    kind = {"actor": "actors", "treaty": "treaties"}.get(name, "places")
                    assert bucket[name]["name"] == client.get(f"/v1/{kind}/{bucket[name]['id']}").get_json()["name"]
        if "time" in group_by and answer["buckets"]:
            series_is_complete(answer, group_by, interval, args)
    check()


def series_is_complete(answer, group_by, interval, args):
    """Every period from the first to the last, once per value of the other dimension, sorted."""
    first, last = day(answer["date_from"]), day(answer["date_to"])
    if args.get("date_from"):
        assert first == stats_series.period_start(args["date_from"], interval)
    if args.get("date_to"):
        assert last == stats_series.period_start(args["date_to"], interval)
    days = [d.isoformat() for d in stats_series.periods(first, last, interval)]
    by_other = defaultdict(list)
    for bucket in answer["buckets"]:
        other = tuple(v for name, v in zip(group_by, key_of(bucket, group_by)) if name != "time")
        by_other[other].append(bucket["time"])
    for times in by_other.values():
        assert times == days


# --- the rules, on events of one new actor -------------------------------------------------------------------

def dated(client, actor, title, **dates):
    body = {"title": title, "type": "FIGHT", "date_precision": "day", **dates, "source_ids": [1],
            "participants": [{"actor_id": actor, "role": "side_a"}],
            "figures": [{"quantity": "deaths", "best": 10, "unit": "people", "source_ids": [1]}]}
    response = client.post("/v1/events", json=body)
    assert response.status_code == 201, response.get_json()


@pytest.fixture
def series(client):
    """An actor's events: one in January 2030, a month-precision one in February, a span across January and
    February, one in April, one ongoing since March, one 'on or before' 20 April; returns the actor's ID."""
    actor = client.post("/v1/actors", json={"name": "Series actor", "kind": "non_state_armed_group"}).get_json()["id"]
    dated(client, actor, "January", date_start="2030-01-15", date_end="2030-01-15")
    dated(client, actor, "February", date_start="2030-02-01", date_end="2030-02-28", date_precision="month")
    dated(client, actor, "Across", date_start="2030-01-30", date_end="2030-02-02")
    dated(client, actor, "April", date_start="2030-04-02", date_end="2030-04-03")
    dated(client, actor, "Ongoing", date_start="2030-03-01")
    dated(client, actor, "By", date_start="2030-04-20", date_bound="on_or_before")
    return actor


def months(answer):
    return [(b["time"], b["events"], b["deaths"]) for b in answer["buckets"]]


def test_a_monthly_series_is_filled_with_zeros_from_the_first_to_the_last_period(client, series):
    answer = client.get(f"/v1/events/stats?group_by=time&interval=month&actor={series}").get_json()
    assert months(answer) == [("2030-01-01", 1, 10), ("2030-02-01", 1, 10), ("2030-03-01", 0, 0),
                              ("2030-04-01", 1, 10)]
    assert (answer["date_from"], answer["date_to"]) == ("2030-01-01", "2030-04-01")
    # date_from and date_to set the series' ends, also where no event is
    answer = client.get(f"/v1/events/stats?group_by=time&interval=month&actor={series}"
                        "&date_from=2029-11-15&date_to=2030-06-30").get_json()
    assert [b["time"] for b in answer["buckets"]] == [f"{m}-01" for m in (
        "2029-11", "2029-12", "2030-01", "2030-02", "2030-03", "2030-04", "2030-05", "2030-06")]
    assert sum(b["events"] for b in answer["buckets"]) == 3 and answer["totals"]["events"] == 6
    # a range with no event in it is a series of zeros
    empty = client.get(f"/v1/events/stats?group_by=time&interval=year&actor={series}"
                       "&date_from=2040-01-01&date_to=2042-12-31").get_json()
    assert [(b["time"], b["events"]) for b in empty["buckets"]] == [
        ("2040-01-01", 0), ("2041-01-01", 0), ("2042-01-01", 0)]
    # with a second dimension, each of its values gets the whole series
    answer = client.get(f"/v1/events/stats?group_by=actor,time&interval=quarter&actor={series}"
                        "&date_from=2029-12-01").get_json()
    assert [(b["actor"]["id"], b["time"], b["events"]) for b in answer["buckets"]] == [
        (series, "2029-10-01", 0), (series, "2030-01-01", 3), (series, "2030-04-01", 1)]


def test_events_dated_less_precisely_than_the_interval_are_counted_apart(client, series):
    answer = client.get(f"/v1/events/stats?group_by=time&interval=month&actor={series}").get_json()
    assert answer["imprecise_events"] == 3   # across two months, ongoing, on or before a day
    assert answer["imprecise"] == [{"time": None, **answer["totals"], "events": 3, "events_with_deaths": 3,
                                    "deaths": 30, "deaths_best": 30}]
    # A month-precision event in a week series is imprecise; the span across two months lies in one week
    # (Wednesday 30 January to Saturday 2 February) and in one quarter.
    week = client.get(f"/v1/events/stats?group_by=time&interval=week&actor={series}").get_json()
    assert week["imprecise_events"] == 3 and len(week["buckets"]) == 12   # the Mondays 14 January to 1 April
    assert [(b["time"], b["events"]) for b in week["buckets"] if b["events"]] == [
        ("2030-01-14", 1), ("2030-01-28", 1), ("2030-04-01", 1)]
    quarter = client.get(f"/v1/events/stats?group_by=time&interval=quarter&actor={series}").get_json()
    assert quarter["imprecise_events"] == 2
    assert months(quarter) == [("2030-01-01", 3, 30), ("2030-04-01", 1, 10)]
    # date_precision=day leaves the month-precision one out, as in the collection
    day_only = client.get(f"/v1/events/stats?group_by=type&actor={series}&date_precision=day").get_json()
    assert day_only["totals"]["events"] == 5 and day_only["imprecise"] == [] and day_only["imprecise_events"] == 0


def test_csv_has_a_row_per_bucket_the_imprecise_last(client, series):
    response = client.get(f"/v1/events/stats?group_by=actor,time&interval=month&actor={series}&format=csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert list(rows[0]) == ["actor_id", "actor_name", "time", "imprecise", *SUMS]
    assert [(r["actor_name"], r["time"], r["imprecise"], r["events"], r["deaths"]) for r in rows] == [
        ("Series actor", "2030-01-01", "false", "1", "10"), ("Series actor", "2030-02-01", "false", "1", "10"),
        ("Series actor", "2030-03-01", "false", "0", "0"), ("Series actor", "2030-04-01", "false", "1", "10"),
        ("Series actor", "", "true", "3", "30")]
    assert all(r["actor_id"] == str(series) for r in rows)
    # the Accept header chooses it too; the JSON has the same buckets
    by_accept = client.get(f"/v1/events/stats?group_by=actor,time&actor={series}", headers={"Accept": "text/csv"})
    assert by_accept.get_data(as_text=True) == response.get_data(as_text=True)
    plain = client.get("/v1/events/stats?group_by=type&format=csv").get_data(as_text=True).splitlines()
    assert plain[0] == ",".join(["type", *SUMS])


def test_competing_claims_sum_the_preferred_figure_or_one_claimants(client):
    actor = client.post("/v1/actors", json={"name": "Claims actor", "kind": "non_state_armed_group"}).get_json()["id"]
    figures = [{"quantity": "deaths", "best": 100, "unit": "people", "claimant_id": 1, "source_ids": [1]},
               {"quantity": "deaths", "low": 40, "best": 50, "high": 70, "unit": "people", "claimant_id": 2,
                "rank": "preferred", "source_ids": [1]},
               {"quantity": "deaths", "category": "civilians", "best": 20, "unit": "people", "claimant_id": 1,
                "source_ids": [1]},
               {"quantity": "deaths", "category": "civilians", "best": 5, "unit": "people", "claimant_id": 2,
                "source_ids": [1]}]
    assert client.post("/v1/events", json={
        "title": "Claimed", "type": "FIGHT", "date_start": "2031-01-01", "date_end": "2031-01-01",
        "date_precision": "day", "participants": [{"actor_id": actor, "role": "side_a"}], "figures": figures,
        "source_ids": [1]}).status_code == 201
    preferred = client.get(f"/v1/events/stats?group_by=type&actor={actor}").get_json()["totals"]
    assert (preferred["deaths"], preferred["deaths_low"], preferred["deaths_high"]) == (50, 40, 70)
    assert preferred["deaths_civilians"] == 20   # no preferred civilians figure: the first
    ones = client.get(f"/v1/events/stats?group_by=type&actor={actor}&claimant=1").get_json()
    assert (ones["claimant"], ones["totals"]["deaths"], ones["totals"]["deaths_civilians"]) == (1, 100, 20)
    others = client.get(f"/v1/events/stats?group_by=type&actor={actor}&claimant=2").get_json()["totals"]
    assert (others["deaths"], others["deaths_civilians"]) == (50, 5)


@pytest.mark.parametrize("query, name", [
    ("", "group_by"),
    ("group_by=", "group_by"),
    ("group_by=nope", "group_by"),
    ("group_by=type,type", "group_by"),
    ("group_by=type,actor,time", "group_by"),
    ("group_by=type&interval=month", "interval"),
    ("group_by=time&interval=decade", "interval"),
    ("group_by=time&interval=day&date_from=1900-01-01&date_to=2000-01-01", "interval"),
    ("group_by=type&type=NOPE", "type"),
    ("group_by=type&limit=5", "limit"),
    ("group_by=type&format=geojson", "format"),
    ("group_by=type&date_from=2020-02-01&date_to=2020-01-01", "date_to"),
])
def test_bad_parameters_are_problems_naming_them(client, query, name):
    body = problem(client.get(f"/v1/events/stats?{query}"), 400)
    assert list(body["errors"]) == [name], body


def test_the_openapi_document_describes_the_aggregates(client):
    spec = client.get("/openapi.json").get_json()
    operation = spec["paths"]["/v1/events/stats"]["get"]
    names = {p["name"] for p in operation["parameters"]}
    listing = {p["name"] for p in spec["paths"]["/v1/events"]["get"]["parameters"]}
    assert names == listing - {"limit", "cursor", "sort", "count", "fields", "include"} | {"group_by", "interval"}
    assert all(p.get("description") for p in operation["parameters"])
    bucket = spec["components"]["schemas"]["StatsBucket"]["properties"]
    assert set(DIMENSIONS) | set(SUMS) == set(bucket) and all(f.get("description") for f in bucket.values())


def test_one_actors_aggregate_reads_its_events_and_figures_by_index(app, engine):
    """Its events come from participant's (actor_id, event_id) index, their figures from figure's (event_id,
    ...) index: never a scan of every event or figure (PostgreSQL: with sequential scans made dear, as on a
    large table)."""
    args = EventsStatsQuery().load({"actor": "9", "group_by": "country,time"})
    with app.app_context(), db.database.connection_context():
        for query in (stats.grouped_query(args), stats.totals_query(args)):
            text, params = query.sql()
            if engine == "sqlite":
                plan = "\n".join(row[3] for row in db.database.execute_sql("EXPLAIN QUERY PLAN " + text, params))
                assert "SCAN t" not in plan and "SCAN event" not in plan and "SCAN figure" not in plan, plan
            else:
                with db.database.atomic():
                    db.database.execute_sql("SET LOCAL enable_seqscan = off")
                    plan = "\n".join(row[0] for row in db.database.execute_sql("EXPLAIN " + text, params))
            assert "participant_actor_id_event_id" in plan, plan
            assert "figure_event_id_position_id" in plan, plan


@pytest.mark.parametrize("query", ["group_by=actor&min_deaths=10", "group_by=country,time", "group_by=type"])
def test_each_events_deaths_are_ranked_once_whatever_the_planner_guesses(app, engine, query):
    """The per-event deaths are a materialized CTE: PostgreSQL, its statistics stale after many writes (as
    in a test database cloned from its template), otherwise inlined them and ranked every event's figures
    again for each row joined, and an aggregate over 250 events ran past the 1 s query limit."""
    args = EventsStatsQuery().load(dict(pair.split("=") for pair in query.split("&")))
    with app.app_context(), db.database.connection_context():
        text, params = stats.grouped_query(args).sql()
        if engine == "sqlite":
            plan = "\n".join(row[3] for row in db.database.execute_sql("EXPLAIN QUERY PLAN " + text, params))
            assert "MATERIALIZE event_deaths" in plan, plan
        else:
            plan = "\n".join(row[0] for row in db.database.execute_sql("EXPLAIN " + text, params))
            assert "CTE event_deaths" in plan, plan
            assert plan.count("WindowAgg") == 1, plan


def test_an_aggregate_over_the_time_limit_is_a_503(client, app, engine, monkeypatch):
    """As every read (tests/test_http_caching.py): on SQLite the simulated clock passes the deadline at once;
    on PostgreSQL the aggregate's statements run into a 50 ms statement_timeout."""
    import itertools as counting

    from api import stats_sql, timeouts

    if engine == "sqlite":
        clock = counting.count(start=1000, step=1)
        monkeypatch.setattr(timeouts.time, "monotonic", lambda: next(clock))
        monkeypatch.setattr(timeouts, "STEPS_BETWEEN_CHECKS", 1)
    else:
        monkeypatch.setitem(app.config, "QUERY_TIME_LIMIT_MS", 50)
        original = stats_sql.rows

        def slow(query):
            db.database.execute_sql("SELECT pg_sleep(5)")   # far past the 50 ms limit
            return original(query)
        monkeypatch.setattr(stats_sql, "rows", slow)
    response = client.get("/v1/events/stats?group_by=country,time")
    assert response.status_code == 503 and response.mimetype == "application/problem+json"
    assert response.get_json()["type"] == "/problems/query-timeout"
