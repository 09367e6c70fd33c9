"""Events whose occurrence is itself reported (issue 10, mending round 3, mend-occur; migrations/0068; trials t21
#37, #38, #40, #48/#49, t20 #45): planned, foiled, alleged, suspended, said not to have happened, and each side's
version as a claim. Through HTTP: written, read back, filtered; listed and counted only when asked for (the
listing and the aggregates, from the events and from the rollup, agree); bad input is a problem naming the field."""
import pytest

from api import db
from api.services import rollup, rollup_upkeep

from schemas.stats import EventsStatsQuery

from helpers import BODIES, problem, created as post

MERGE = "application/merge-patch+json"
BASE = {k: v for k, v in BODIES["events"].items() if k not in ("parent_id", "figures")}
DEATH = {"quantity": "deaths", "category": "total", "best": 1, "unit": "people", "source_ids": [1]}


def ids(client, query):
    response = client.get(f"/v1/events?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def totals(client, query="", from_rollup=True):
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(client.application.extensions, "page_cache", None)
        if not from_rollup:
            patch.setattr(rollup, "answers", lambda args: False)
        response = client.get(f"/v1/events/stats?group_by=country{query and '&' + query}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()["totals"]


def served_from_rollup(app, params):
    args = EventsStatsQuery().load(dict(p.split("=") for p in params.split("&")))
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        return rollup.answers(args)


def the_rollup_is_exact(app):
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        assert rollup_upkeep.differences() == ([], 0)


def test_existing_events_occurred_and_old_answers_do_not_change(client):
    """Every event stored before 0068 (the example data, and a body without the field) occurred."""
    every = ids(client, "")
    assert every and every == ids(client, "occurrence=any") == ids(client, "occurrence=occurred")
    plain = post(client, "events", BASE)
    read = client.get(plain["href"]).get_json()
    assert (read["occurrence"], read["occasion_timing"]) == ("occurred", None)
    assert totals(client) == totals(client, "occurrence=any") == totals(client, from_rollup=False)


def test_a_raid_that_pre_empted_an_attack_planned_for_ramadan(client, app):
    """t21 #38, #40: "others said the raid pre-empted an attack planned for the start of Ramadan", which "began
    on Saturday": the attack is prevented, timed by the occasion, and the raid prevents it, as others claim."""
    before = totals(client)
    attack = post(client, "events", {
        **BASE, "title": "Attack planned for the start of Ramadan", "occurrence": "prevented",
        "date_start": "2017-05-27", "date_end": "2017-05-27", "figures": [DEATH],
        "occasion_timing": {"relation": "simultaneous", "occasion": "the start of Ramadan",
                            "occasion_date": {"date": "2017-05-27"}},
        "claims": [{"occurrence": "prevented", "claimant_id": 10, "source_ids": [1], "note": "others said"}]})
    raid = post(client, "events", {**BASE, "title": "Raid in Basak Malutlut", "date_start": "2017-05-23",
                                   "date_end": "2017-05-23",
                                   "relations": [{"event_id": attack["id"], "relation": "prevents"}],
                                   "claims": [{"related_event_id": attack["id"], "relation": "prevents",
                                               "claimant_id": 10, "source_ids": [1]}]})
    read = client.get(attack["href"]).get_json()
    assert read["occurrence"] == "prevented" and read["claims"][0]["occurrence"] == "prevented"
    assert read["occasion_timing"]["occasion"] == "the start of Ramadan"
    assert read["occasion_timing"]["occasion_date"]["date"] == "2017-05-27"
    assert attack["id"] not in ids(client, "") and raid["id"] in ids(client, "")
    assert attack["id"] in ids(client, "occurrence=prevented") and raid["id"] not in ids(client, "occurrence=prevented")
    assert {attack["id"], raid["id"]} <= ids(client, "occurrence=any")
    assert attack["id"] in ids(client, "occurrence=any&related_to=" + str(attack["id"])) | {attack["id"]}
    assert raid["id"] in ids(client, f"related_to={attack['id']}&relation=prevents")
    assert attack["id"] in ids(client, "claimed_occurrence=prevented&occurrence=any")
    assert attack["id"] not in ids(client, "claimed_occurrence=prevented")   # the default holds beside it
    # The foiled attack adds nothing to the counts by default; asked for, it does.
    after = totals(client)
    assert after["events"] == before["events"] + 1 and after["deaths"] == before["deaths"]
    assert after == totals(client, from_rollup=False)
    every = totals(client, "occurrence=any")
    assert every["events"] == before["events"] + 2 and every["deaths"] == before["deaths"] + 1
    the_rollup_is_exact(app)


def test_a_beheading_one_side_claims_and_the_police_deny(client, app):
    """t21 #48, #49: Duterte said a police chief had been beheaded; police later said it was not so."""
    before = totals(client)
    said = post(client, "events", {
        **BASE, "title": "Police chief beheaded, as Duterte said", "occurrence": "did_not_occur",
        "date_start": "2017-05-24", "date_end": None, "date_bound": "on_or_before", "figures": [DEATH],
        "claims": [{"occurrence": "occurred", "claimant_id": 9, "source_ids": [1]},
                   {"occurrence": "did_not_occur", "claimant_id": 10, "rank": "preferred", "source_ids": [1]}]})
    assert said["id"] not in ids(client, "") and said["id"] not in ids(client, "actor=9")
    assert said["id"] in ids(client, "occurrence=did_not_occur")
    assert said["id"] in ids(client, "occurrence=any&claimed_occurrence=occurred")
    assert totals(client) == before == totals(client, from_rollup=False)
    assert totals(client, "actor=9") == totals(client, "actor=9", from_rollup=False)
    # Read otherwise later: the police's denial was wrong. The occurrence alone changes, and the rollup follows.
    changed = client.patch(said["href"], content_type=MERGE, json={"occurrence": "alleged", "claims": [
        {"occurrence": "occurred", "claimant_id": 9, "source_ids": [1]},
        {"occurrence": "did_not_occur", "claimant_id": 10, "source_ids": [1]}]})
    assert changed.status_code == 200, changed.get_json()
    the_rollup_is_exact(app)
    assert said["id"] in ids(client, "")
    one_actor = totals(client, "actor=9")   # from the actor's rollup (migrations/0051), as from its events
    assert served_from_rollup(app, "group_by=country&actor=9") and served_from_rollup(app, "group_by=country")
    assert not served_from_rollup(app, "group_by=country&occurrence=any")
    assert one_actor == totals(client, "actor=9", from_rollup=False) and one_actor["deaths"] >= 1
    now = totals(client)
    assert (now["events"], now["deaths"]) == (before["events"] + 1, before["deaths"] + 1)
    assert now == totals(client, from_rollup=False)
    restored = client.post(f"{said['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert said["id"] not in ids(client, "") and totals(client) == before
    the_rollup_is_exact(app)


def test_stockpiling_alleged_by_some_officials_is_listed_and_counted(client):
    """t21 #37: "some officials said weapons had been stockpiled in mosques and houses for weeks"."""
    alleged = post(client, "events", {
        **BASE, "type": "MOBILIZE", "title": "Weapons stockpiled in mosques and houses", "occurrence": "alleged",
        "date_start": "2017-05-23", "date_end": None, "date_bound": "on_or_before",
        "claims": [{"occurrence": "occurred", "attribution": "unnamed", "claimant_words": "some officials",
                    "source_ids": [1]}]})
    assert alleged["id"] in ids(client, "") & ids(client, "occurrence=alleged")
    assert alleged["id"] not in ids(client, "occurrence=occurred")


def test_a_planned_return_suspended(client):
    """t20 #45: Total suspended the planned return of workers: the return is suspended, Total's act suspends it."""
    planned = post(client, "events", {**BASE, "type": "MOBILIZE", "title": "Planned return of workers",
                                      "occurrence": "suspended", "date_start": None, "date_end": None,
                                      "date_precision": "unknown"})
    suspending = post(client, "events", {**BASE, "type": "RETREAT", "title": "Total suspends the return",
                                         "relations": [{"event_id": planned["id"], "relation": "suspends"}]})
    assert planned["id"] in ids(client, "occurrence=suspended,cancelled")
    assert planned["id"] not in ids(client, f"actor=9")
    assert planned["id"] in ids(client, f"actor=9&occurrence=any")
    related = client.get(f"/v1/events/{planned['id']}/related").get_json()["items"]
    assert [item["id"] for item in related] == [suspending["id"]]
    suspends = client.get(f"/v1/actors/9/events?occurrence=suspended&limit=500").get_json()["items"]
    assert [item["id"] for item in suspends] == [planned["id"]]


def test_csv_and_ndjson_carry_occurrence(client):
    post(client, "events", {**BASE, "occurrence": "threatened", "title": "Threatened shelling"})
    lines = client.get("/v1/events?occurrence=threatened&format=ndjson").get_data(as_text=True).splitlines()
    assert len(lines) == 1 and '"occurrence":"threatened"' in lines[0]
    table = client.get("/v1/events?occurrence=threatened&format=csv").get_data(as_text=True)
    assert "occurrence" in table.splitlines()[0] and "threatened" in table.splitlines()[1]


@pytest.mark.parametrize("change, field", [
    ({"occurrence": "maybe"}, "occurrence"),
    ({"occurrence": None}, "occurrence"),
    ({"occasion_timing": {"relation": "before"}}, "occasion_timing"),
    ({"claims": [{"occurrence": "never", "claimant_id": 9, "source_ids": [1]}]}, "claims"),
    ({"occurrence": "planned", "claims": [{"occurrence": "occurred", "claimant_id": 9, "rank": "preferred",
                                           "source_ids": [1]}]}, "claims"),
    ({"relations": [{"event_id": 1, "relation": "foils"}]}, "relations"),
])
def test_bad_occurrence_is_a_problem_naming_the_field(client, change, field):
    before = ids(client, "occurrence=any")
    body = problem(client.post("/v1/events", json={**BASE, **change}), 422)
    assert field in str(body)
    assert ids(client, "occurrence=any") == before


@pytest.mark.parametrize("query", ["occurrence=maybe", "claimed_occurrence=any", "occurrence=any,bogus"])
def test_bad_occurrence_filters_are_problems_naming_them(client, query):
    for path in ("/v1/events?", "/v1/events/stats?group_by=type&"):
        body = problem(client.get(path + query), 400)
        assert query.split("=")[0] in body["errors"]


def test_a_release_holds_every_event_whether_it_happened_or_not(app, admin, client, anonymous, monkeypatch):
    from api import background
    import json

    monkeypatch.setitem(app.extensions, "background_runner", background.inline)
    planned = post(client, "events", {**BASE, "occurrence": "planned", "title": "Offensive planned for June"})
    response = admin.post("/v1/releases", json={"version": "2026.9", "note": "With a planned event."})
    assert response.status_code == 202, response.get_json()
    release = admin.get("/v1/releases/2026.9").get_json()
    body = anonymous.get("/v1/releases/2026.9/download?format=ndjson").get_data()
    events = [line["record"] for line in map(json.loads, body.splitlines()) if line["kind"] == "events"]
    assert planned["id"] in [event["id"] for event in events]
    assert release["counts"]["events"] == len(events) == len(ids(client, "occurrence=any"))


def test_a_planned_phase_leaves_its_operation_a_leaf_unless_it_is_read(client):
    """level=leaf reads the events no event read is part of: a planned phase, not read, leaves its operation a
    leaf; read (occurrence=any), it is the leaf."""
    operation = post(client, "events", {**BASE, "title": "Operation", "figures": [DEATH]})
    phase = post(client, "events", {**BASE, "title": "Second phase, planned", "parent_id": operation["id"],
                                    "occurrence": "planned"})
    assert operation["id"] in ids(client, "level=leaf")
    assert operation["id"] not in ids(client, "level=leaf&occurrence=any")
    assert phase["id"] in ids(client, "level=leaf&occurrence=any")
    assert totals(client, "level=leaf") == totals(client, "level=leaf", from_rollup=False)


def test_prevents_makes_no_cycle(client):
    attack = post(client, "events", {**BASE, "title": "Attack", "occurrence": "prevented"})
    raid = post(client, "events", {**BASE, "title": "Raid", "relations": [{"event_id": attack["id"],
                                                                            "relation": "prevents"}]})
    body = problem(client.patch(attack["href"], content_type=MERGE,
                                json={"relations": [{"event_id": raid["id"], "relation": "prevents"}]}), 422)
    assert "relations" in str(body["errors"])
    assert client.get(attack["href"]).get_json()["relations"] == []
