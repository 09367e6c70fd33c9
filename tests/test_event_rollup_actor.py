"""The events' rollup per actor (migrations/0051, docs/api.md "Aggregates"): one actor's aggregate by country,
period, type or quad class is read from it, and is what summing the actor's events gives, asked both ways on the
same generated data (a brute-force sum agrees too), after participants are added, removed, given another role or
the same actor twice, and after events are edited, deleted, undeleted, their figures changed and a place given
another country."""
import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from api import db
from api.models import EventRollupActor
from api.services import rollup_keys, rollup_upkeep

from suites import examples
import test_event_stats
from test_event_rollup import ask, change, rollup_is_a_fresh_sum, served_from_rollup, steps
from test_event_stats import ACTORS, SUMS, brute_force, events, key_of
from schemas.stats import EventsStatsQuery

admin_places = test_event_stats.admin_places   # the fixture: a region, a district in it, a town in that
GROUPS = st.lists(st.sampled_from(["type", "quad_class", "country", "time"]), min_size=1, max_size=2, unique=True)
ROLES = ["side_a", "side_b", "initiator"]


def actor_both_ways_agree(client, app, actor, group_by, interval):
    params = f"actor={actor}&group_by={','.join(group_by)}" + (f"&interval={interval}" if "time" in group_by else "")
    assert served_from_rollup(app, params)
    answer = ask(client, params)
    assert answer == ask(client, params, rollup_allowed=False)
    args = EventsStatsQuery().load(dict(p.split("=") for p in params.split("&")))
    expected, totals, imprecise = brute_force(client, f"actor={actor}", args)
    got = {key_of(b, group_by): {n: b[n] for n in SUMS} for b in answer["buckets"] + answer["imprecise"] if b["events"]}
    assert got == expected and answer["totals"] == totals and answer["imprecise_events"] == imprecise


def participants():
    """Up to three (actor, role) pairs: an actor may come twice, in two roles."""
    return st.lists(st.tuples(st.sampled_from(ACTORS), st.sampled_from(ROLES)), max_size=3, unique=True).map(
        lambda pairs: [{"actor_id": a, "role": r} for a, r in pairs])


def test_one_actors_rollup_answers_as_the_events_do_after_every_kind_of_write(client, admin, app, admin_places):
    event_ids, deleted = [], set()

    @settings(max_examples=examples(40), deadline=None, suppress_health_check=list(HealthCheck),
              phases=[Phase.explicit, Phase.reuse, Phase.generate])
    @given(new=st.lists(events(admin_places), max_size=3), writes=st.lists(steps(admin_places), max_size=3),
           people=st.lists(st.tuples(st.integers(0, 99), participants()), max_size=2),
           actor=st.sampled_from(ACTORS), group_by=GROUPS, interval=st.sampled_from(["month", "quarter", "year"]))
    def check(new, writes, people, actor, group_by, interval):
        for body in new:
            response = client.post("/v1/events", json=body)
            assert response.status_code == 201, response.get_json()
            event_ids.append(response.get_json()["id"])
        for step in writes:
            change(client, admin, admin_places, event_ids, deleted, step)
        for pick, who in people:   # participants added, removed, in another role, the same actor twice
            live = [e for e in event_ids if e not in deleted]
            if live:
                response = client.patch(f"/v1/events/{live[pick % len(live)]}", json={"participants": who})
                assert response.status_code == 200, response.get_json()
        rollup_is_a_fresh_sum(app)
        actor_both_ways_agree(client, app, actor, group_by, interval)
    check()


def test_an_actor_in_two_roles_counts_its_event_once(client, app):
    body = {"title": "Both sides", "type": "FIGHT", "date_start": "2033-04-02", "date_end": "2033-04-02",
            "date_precision": "day", "place_id": 1, "source_ids": [1],
            "participants": [{"actor_id": 9, "role": "side_a"}, {"actor_id": 9, "role": "initiator"}],
            "figures": [{"quantity": "deaths", "best": 5, "unit": "people", "source_ids": [1]}]}
    assert client.post("/v1/events", json=body).status_code == 201
    answer = ask(client, "actor=9&group_by=country,time&interval=month")
    april = [b for b in answer["buckets"] if b["time"] == "2033-04-01" and b["events"]]
    assert [(b["events"], b["deaths"]) for b in april] == [(1, 5)]
    rollup_is_a_fresh_sum(app)
    actor_both_ways_agree(client, app, 9, ["country", "time"], "month")


@pytest.mark.parametrize("params, served", [
    ("actor=9&group_by=country,time&interval=month", True),
    ("actor=9&group_by=type", True),
    ("actor=9&group_by=quad_class,time&interval=year", True),
    ("actor=9&group_by=time&interval=week", False),
    ("actor=9&group_by=place", False),
    ("actor=9&group_by=admin1,time", False),
    ("actor=9&group_by=actor", False),
    ("actor=9&role=side_a&group_by=country", False),
    ("actor=9&type=FIGHT&group_by=country", False),
])
def test_only_one_actor_with_its_dimensions_is_served_from_its_rollup(client, app, params, served):
    assert served_from_rollup(app, params) is served
    assert ask(client, params) == ask(client, params, rollup_allowed=False)


def test_a_participant_whose_event_is_gone_sums_its_actor_again(client, app):
    """A participant row deleted after its event (no month to mark): every month of its actor is summed again."""
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context(), db.write_transaction():
        db.database.execute_sql("INSERT INTO event_rollup_actor_stale (actor_id, month_key) VALUES (9, '*')")
        db.database.execute_sql("UPDATE event_rollup_actor SET events = events + 3 WHERE actor_id = 9")
    rollup_is_a_fresh_sum(app)
    actor_both_ways_agree(client, app, 9, ["type"], "month")


@pytest.mark.parametrize("chunk, whole", [(2, 10 ** 9), (100, 0)])
def test_many_stale_actor_keys_are_summed_in_chunks_or_all_at_once(client, app, monkeypatch, chunk, whole):
    monkeypatch.setattr(rollup_keys.MemberTable, "CHUNK", chunk)
    monkeypatch.setattr(rollup_upkeep, "WHOLE", whole)
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        db.database.execute_sql("INSERT INTO event_rollup_actor_stale SELECT DISTINCT actor_id, month_key "
                                "FROM event_rollup_actor")
        db.database.execute_sql("UPDATE event_rollup_actor SET events = events + 5, deaths = deaths + 1")
    assert not served_from_rollup(app, "actor=9&group_by=country")
    assert client.patch("/v1/events/1", json={"title": "Renamed"}).status_code == 200
    rollup_is_a_fresh_sum(app)
    actor_both_ways_agree(client, app, 9, ["country", "time"], "quarter")


def test_the_actor_rollup_has_a_column_for_every_sum():
    assert set(SUMS) <= set(EventRollupActor._meta.fields)
