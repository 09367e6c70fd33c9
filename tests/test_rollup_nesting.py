"""The rollups' nested sums (migrations/0072, api/services/rollup_nesting.py): after every kind of write that can
make an event part of a counted event or stop it being one (a parent set or cleared, a war deleted and put back,
made planned, an actor added to a war or removed from it), the answer's nested_events and nested_deaths read from
the rollups equal the walk over the events, for all events and for one actor, and the rollups equal a fresh sum."""
import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from api import db
from api.services import rollup, rollup_upkeep
from schemas.stats import EventsStatsQuery

from suites import examples
from test_event_rollup import ask, rollup_is_a_fresh_sum

ACTORS = (1, 2)
NESTING = ("nested_events", "nested_deaths")


def post(client, parent, actors, deaths):
    body = {"title": "Part", "type": "FIGHT", "date_start": "2031-03-01", "date_end": "2031-03-02",
            "date_precision": "day", "place_id": 2, "parent_id": parent, "source_ids": [1],
            "participants": [{"actor_id": actor, "role": "side_a"} for actor in actors],
            "figures": [] if deaths is None else [{"quantity": "deaths", "best": deaths, "unit": "people",
                                                   "source_ids": [1]}]}
    response = client.post("/v1/events", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def write(client, admin, events, deleted, step):
    what, pick, other, actors = step
    event = events[pick % len(events)]
    if what == "delete" and event not in deleted:
        status = client.delete(f"/v1/events/{event}").status_code
        assert status in (204, 409)   # (409: something refers to it)
        if status == 204:
            deleted.add(event)
    elif what == "restore" and event in deleted:
        restored = admin.post(f"/v1/events/{event}/restore")
        if restored.status_code == 422:   # its parent was deleted after it: put back the parent first
            assert list(restored.get_json()["errors"]) == ["parent_id"], restored.get_json()
            return
        assert restored.status_code == 200, restored.get_json()
        deleted.discard(event)
    elif event in deleted:
        return
    elif what == "parent":   # under another event (a cycle is refused), or under none
        parent = events[other % len(events)] if other % (len(events) + 1) < len(events) else None
        assert client.patch(f"/v1/events/{event}", json={"parent_id": parent}).status_code in (200, 409, 422)
    elif what == "occurrence":
        value = "planned" if other % 2 else "occurred"
        assert client.patch(f"/v1/events/{event}", json={"occurrence": value}).status_code == 200
    elif what == "participants":
        body = {"participants": [{"actor_id": actor, "role": "side_a"} for actor in actors]}
        assert client.patch(f"/v1/events/{event}", json=body).status_code == 200


def nested_both_ways(client, app, params):
    args = EventsStatsQuery().load(dict(part.split("=") for part in params.split("&")))
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        assert rollup.answers(args), params
    from_rollup = ask(client, params)
    from_events = ask(client, params, rollup_allowed=False)
    assert {n: from_rollup[n] for n in NESTING} == {n: from_events[n] for n in NESTING}, params
    return from_rollup


def test_nested_sums_stay_exact_after_every_kind_of_write(client, admin, app):
    @settings(max_examples=examples(25), deadline=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.explicit, Phase.reuse, Phase.generate])
    @given(tree=st.lists(st.tuples(st.integers(0, 10), st.lists(st.sampled_from(ACTORS), unique=True),
                                   st.one_of(st.none(), st.integers(0, 900))), min_size=1, max_size=6),
           steps=st.lists(st.tuples(st.sampled_from(["delete", "restore", "parent", "occurrence", "participants"]),
                                    st.integers(0, 20), st.integers(0, 20),
                                    st.lists(st.sampled_from(ACTORS), unique=True)), min_size=2, max_size=6))
    def check(tree, steps):
        events, deleted = [], set()
        for pick, actors, deaths in tree:   # each under an event made before it, or none
            parent = events[pick] if pick < len(events) else None
            events.append(post(client, parent, actors, deaths))
        for step in steps:
            write(client, admin, events, deleted, step)
            rollup_is_a_fresh_sum(app)
            nested_both_ways(client, app, "group_by=country,time&interval=month")
            for actor in ACTORS:
                nested_both_ways(client, app, f"group_by=type&actor={actor}")
    check()


def test_a_war_made_planned_or_left_takes_what_is_inside_it_out_of_the_nested_sums(client, admin, app):
    """A war of actor 1 (7,000 dead), an offensive of actor 2 in it, a battle of actor 1 (700 dead) in that."""
    war = post(client, None, [1], 7000)
    offensive = post(client, war, [2], None)
    battle = post(client, offensive, [1], 700)
    everything = "group_by=country,time&interval=month"
    before = nested_both_ways(client, app, everything)

    def nested(params=everything):
        answer = nested_both_ways(client, app, params)
        return answer["nested_events"] - before["nested_events"], answer["nested_deaths"] - before["nested_deaths"]
    # The war planned: the offensive is inside nothing counted; the battle is still inside the offensive.
    assert client.patch(f"/v1/events/{war}", json={"occurrence": "planned"}).status_code == 200
    assert nested() == (-1, 0)
    assert client.patch(f"/v1/events/{war}", json={"occurrence": "occurred"}).status_code == 200
    assert nested() == (0, 0)
    assert client.patch(f"/v1/events/{offensive}", json={"parent_id": None}).status_code == 200
    assert nested() == (-1, 0)
    assert client.patch(f"/v1/events/{offensive}", json={"parent_id": war}).status_code == 200
    assert client.delete(f"/v1/events/{battle}").status_code == 204
    assert nested() == (-1, -700)
    assert admin.post(f"/v1/events/{battle}/restore").status_code == 200
    assert nested() == (0, 0)
    # Actor 1's battle is inside actor 1's war (through the offensive, not theirs); the war given to actor 2, not.
    theirs = nested_both_ways(client, app, "group_by=type&actor=1")
    assert client.patch(f"/v1/events/{war}", json={"participants": [{"actor_id": 2, "role": "side_a"}]}
                        ).status_code == 200
    after = nested_both_ways(client, app, "group_by=type&actor=1")
    assert (after["nested_events"], after["nested_deaths"]) == (theirs["nested_events"] - 1,
                                                                theirs["nested_deaths"] - 700)
    rollup_is_a_fresh_sum(app)


def test_the_rollups_are_not_read_while_a_moved_event_is_not_marked(app):
    """A write made outside a write transaction leaves its record in event_rollup_moved until the next commit:
    the rollups are not read until then (as with a stale key)."""
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        args = EventsStatsQuery().load({"group_by": "country"})
        assert rollup.answers(args)
        db.database.execute_sql("INSERT INTO event_rollup_moved (event_id) VALUES (1)")
        assert not rollup.answers(args)
        assert rollup_upkeep.differences()[1] == 1
        with db.database.atomic():
            rollup_upkeep.flush()
        assert rollup.answers(args) and rollup_upkeep.differences() == ([], 0)


@pytest.mark.parametrize("name", ["nested_events", "nested_deaths"])
def test_rebuild_rollup_check_names_a_nested_sum_out_of_step(app, name):
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        db.database.execute_sql(f"UPDATE event_rollup SET {name} = {name} + 1")
        differing, stale = rollup_upkeep.differences()
        assert differing and stale == 0
        with db.database.atomic():
            rollup_upkeep.rebuild()
        assert rollup_upkeep.differences() == ([], 0)
