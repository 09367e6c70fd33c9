"""Events inside events (docs/api.md "Aggregates", "Events inside events"): level=top and level=leaf on GET
/v1/events and so on its aggregates; an aggregate of generated nested events equals a brute-force sum over what
GET /v1/events?level=... lists, and its nested_events counts the events listed together with an event they are
part of; the filter's and the count's query plans look sub-events up by event's parent_id index."""
import json

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from api import db
from api.services import filters, pages, rollup, stats
from schemas.arguments import QUERY_SCHEMAS
from schemas.stats import EventsStatsQuery

from helpers import problem
from suites import examples
from test_event_stats import brute_force, event_sums, every, key_of, SUMS


def post_event(client, title, place, parent=None, deaths=None):
    body = {"title": title, "type": "FIGHT", "date_start": "2031-03-01", "date_end": "2031-03-02",
            "date_precision": "day", "place_id": place, "parent_id": parent, "source_ids": [1],
            "figures": [] if deaths is None else [{"quantity": "deaths", "best": deaths, "unit": "people",
                                                   "source_ids": [1]}]}
    response = client.post("/v1/events", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


@pytest.fixture
def war(client):
    """A war (7,000 dead), an offensive in it (no figure) and a battle of the offensive (700 dead)."""
    place = client.post("/v1/places", json={"name": "Front", "kind": "region", "country": "AZE"}).get_json()["id"]
    war = post_event(client, "War", place, deaths=7000)
    offensive = post_event(client, "Offensive", place, parent=war)
    battle = post_event(client, "Battle", place, parent=offensive, deaths=700)
    return {"war": war, "offensive": offensive, "battle": battle, "place": place}


def ids(client, query):
    return {e["id"] for e in every(client, f"/v1/events?limit=100&include=&{query}")}


def parents(client):
    return {e["id"]: e["parent"] for e in every(client, "/v1/events?limit=100&include=")}


def test_top_is_events_part_of_none_and_leaf_events_with_no_part(client, admin, war):
    listed = parents(client)
    top = ids(client, "level=top")
    leaf = ids(client, "level=leaf")
    assert top == {e for e, parent in listed.items() if parent is None}
    assert leaf == set(listed) - set(listed.values())
    assert war["war"] in top and war["war"] not in leaf and war["offensive"] not in top | leaf
    assert war["battle"] in leaf and ids(client, "level=all") == set(listed)
    # Its part deleted, the offensive has no part: a leaf; brought back, not one.
    assert client.delete(f"/v1/events/{war['battle']}").status_code == 204
    assert war["offensive"] in ids(client, "level=leaf")
    assert admin.post(f"/v1/events/{war['battle']}/restore").status_code == 200
    assert war["offensive"] not in ids(client, "level=leaf")
    # An export and the sub-events route take it as every filter.
    exported = client.get("/v1/events?format=ndjson&level=leaf").get_data(as_text=True).splitlines()
    assert {json.loads(line)["id"] for line in exported} == ids(client, "level=leaf")
    assert ids(client, f"parent={war['war']}&level=leaf") == set()
    assert {e["id"] for e in client.get(f"/v1/events/{war['offensive']}/sub-events?level=leaf")
            .get_json()["items"]} == {war["battle"]}


def test_an_aggregate_says_how_many_events_it_counts_with_their_parent(client, war):
    query = f"/v1/events/stats?group_by=type&place={war['place']}"
    everything = client.get(query).get_json()
    assert everything["level"] == "all" and everything["totals"]["events"] == 3
    assert everything["totals"]["deaths"] == 7700   # the battle's 700 are inside the war's 7,000: counted twice
    assert everything["nested_events"] == 2 and everything["nested_deaths"] == 700
    assert "level=top" in everything["nested_hint"] and "level=leaf" in everything["nested_hint"]
    top = client.get(f"{query}&level=top").get_json()
    leaf = client.get(f"{query}&level=leaf").get_json()
    assert top["level"] == "top" and top["totals"]["deaths"] == 7000 and top["totals"]["events"] == 1
    assert leaf["level"] == "leaf" and leaf["totals"]["deaths"] == 700 and leaf["totals"]["events"] == 1
    for answer in (top, leaf):
        assert answer["nested_events"] == 0 and answer["nested_deaths"] == 0 and answer["nested_hint"] is None
    # The war filtered out, the battle is counted with the offensive: still part of it.
    alone = client.get(f"{query}&max_deaths=1000").get_json()
    assert alone["totals"]["events"] == 1 and alone["nested_events"] == 0 and alone["nested_hint"] is None


def test_level_all_is_read_from_the_rollup_as_no_level(app):
    with app.app_context(), db.database.connection_context():
        assert rollup.answers(EventsStatsQuery().load({"group_by": "country", "level": "all"}))
        for level in ("top", "leaf"):
            assert not rollup.answers(EventsStatsQuery().load({"group_by": "country", "level": level}))


def test_a_bad_level_is_a_problem_naming_it(client):
    for path in ("/v1/events?level=middle", "/v1/events/stats?group_by=type&level=", "/v1/events?level=TOP"):
        assert "level" in problem(client.get(path), 400)["errors"], path


def ancestors(event, listed):
    seen, parent = set(), listed[event]["parent"]
    while parent is not None and parent not in seen:
        seen.add(parent)
        parent = listed.get(parent, {}).get("parent")
    return seen


def test_every_level_sums_the_events_it_lists(client):
    """Generated trees of events with deaths: at each level the aggregate is the brute-force sum over GET
    /v1/events?level=..., and nested_events (and nested_deaths) the events listed with an ancestor listed."""
    @settings(max_examples=examples(30), deadline=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.explicit, Phase.reuse, Phase.generate])
    @given(tree=st.lists(st.tuples(st.integers(0, 20), st.one_of(st.none(), st.integers(0, 5000)),
                                   st.sampled_from(["FIGHT", "ASSAULT"])), max_size=6),
           query=st.sampled_from(["", "type=FIGHT", "min_deaths=100", "date_from=2020-10-01"]),
           group_by=st.sampled_from(["type", "country", "time", "actor"]))
    def check(tree, query, group_by):
        known = sorted(parents(client))
        for pick, deaths, type_ in tree:   # each under an event that exists (or none: pick past the list)
            parent = known[pick % (len(known) + 3)] if pick % (len(known) + 3) < len(known) else None
            body = {"title": "Part", "type": type_, "date_start": "2020-10-05", "date_end": "2020-10-05",
                    "date_precision": "day", "place_id": 2, "parent_id": parent, "source_ids": [1],
                    "figures": [] if deaths is None else [{"quantity": "deaths", "best": deaths, "unit": "people",
                                                           "source_ids": [1]}]}
            response = client.post("/v1/events", json=body)
            assert response.status_code == 201, response.get_json()
            known.append(response.get_json()["id"])
        for level in ("all", "top", "leaf"):
            filtered = f"{query}&level={level}"
            answer = client.get(f"/v1/events/stats?group_by={group_by}&{filtered}").get_json()
            args = EventsStatsQuery().load({k: v for k, v in (p.split("=") for p in
                                                              f"group_by={group_by}&{filtered}".split("&") if p)})
            expected, totals, _ = brute_force(client, filtered, args)
            got = {key_of(b, [group_by]): {n: b[n] for n in SUMS} for b in answer["buckets"] + answer["imprecise"]
                   if b["events"]}
            assert got == expected and answer["totals"] == totals, (level, query)
            listed = {e["id"]: e for e in every(client, f"/v1/events?limit=100&include=figures&{filtered}")}
            nested = [e for e in listed if ancestors(e, {**listed, **{i: {"parent": p} for i, p in
                                                                       parents(client).items() if i not in listed}})
                      & set(listed)]
            assert answer["nested_events"] == len(nested), (level, query)
            assert answer["nested_deaths"] == sum(event_sums(listed[e], None)["deaths"] for e in nested)
            assert (answer["nested_hint"] is None) == (not nested)
    check()


# --- query plans -------------------------------------------------------------------------------------------------

@pytest.fixture
def many(app):
    """3,000 more events, copies of example event 2 (part of none), the tables analyzed: a table large enough
    that a planner with statistics would not read it for each event, few of its events inside another."""
    from api.models import Event
    columns = ", ".join(f.column_name for f in Event._meta.sorted_fields if f.column_name != "id")
    with app.app_context(), db.database.connection_context():
        db.database.execute_sql(f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                                f"INSERT INTO event ({columns}) SELECT {columns} FROM event, n WHERE event.id = 2")
        db.database.execute_sql("ANALYZE")
    return app


def plan_of(query, engine):
    text, params = query.sql()
    if engine == "sqlite":
        return "\n".join(row[3] for row in db.database.execute_sql("EXPLAIN QUERY PLAN " + text, params))
    return "\n".join(row[0] for row in db.database.execute_sql("EXPLAIN " + text, params))


def test_leaf_looks_each_events_parts_up_by_index(many, engine):
    """level=leaf finds an event's parts by event's parent_id index (or, on PostgreSQL, in one hashed pass over
    the events), never by reading the events again for each event."""
    args = QUERY_SCHEMAS["events"]().load({"level": "leaf", "type": "FIGHT"})
    with many.app_context(), db.database.connection_context():
        plan = plan_of(pages.plan("events", args).query, engine)
    if engine == "sqlite":
        assert "SEARCH t2 USING INDEX event_parent_id (parent_id=?)" in plan and "SCAN t2" not in plan, plan
    else:
        assert "Anti Join" in plan, plan
        assert "Nested Loop" not in plan or "event_parent_id" in plan, plan


def test_the_nested_count_walks_up_by_index(many, engine):
    """The events with a parent from parent_id's index (or from a filter's index), each ancestor by primary
    key: no scan of every event for each, even with no filter (the aggregate the rollup serves)."""
    for asked in ({"group_by": "type", "actor": "9"}, {"group_by": "type"}):
        args = EventsStatsQuery().load(asked)
        with many.app_context(), db.database.connection_context():
            plan = plan_of(stats.nested_query(args), engine)
        if engine == "sqlite":
            assert "SCAN t" not in plan and "SCAN event" not in plan, plan
            assert asked.get("actor") or "event_parent_id (parent_id>?)" in plan, plan
        else:   # the events with a parent by parent_id's index; no event read again for each event
            assert "event_parent_id" in plan and "SubPlan" not in plan, plan
            assert plan.count("Recursive Union") == 1, plan


def test_the_filter_is_declared_once(client):
    spec = client.get("/openapi.json").get_json()
    for path in ("/v1/events", "/v1/events/stats", "/v1/events/{event_id}/sub-events"):
        operation = spec["paths"].get(path, {}).get("get")
        if operation is None:
            continue
        level = next(p for p in operation["parameters"] if p["name"] == "level")
        assert level["schema"]["enum"] == ["all", "top", "leaf"] and "leaf" in level["description"], path
    assert filters.nesting_level(None) is None and filters.nesting_level("all") is None
