"""`as_of` (docs/api.md "As of a past moment"): every read asked as of a moment answers what it answered then.

A script of edits, deletes and restores runs through the API; after each step every read's answer is kept,
with the moment (the last change's cursor and time). At the end each read is asked again as of each moment,
by cursor and by time, and must answer exactly what it answered then.
"""
import os
from urllib.parse import quote

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from helpers import ACTOR, BODIES as KINDS, EVENT, STATEMENT, created, problem
from suites import HYPOTHESIS_SCALE

EXPLORE = bool(os.environ.get("HYPOTHESIS_EXPLORE"))


def examples(n):
    return max(1, int(n * HYPOTHESIS_SCALE))

# Reads whose answers are kept at each moment: one record of each kind the script touches (by a name filled in
# once created), a filtered list of each kind, a search, relation routes, stats, an NDJSON export, a CSV page.
LISTS = ("/v1/sources?publisher=Example%20News&limit=500", "/v1/actors?kind=non_state_armed_group,state&limit=500",
         "/v1/places?country=AZE&limit=500", "/v1/events?type=ASSAULT,FIGHT&limit=500&count=true",
         "/v1/treaties?limit=500", "/v1/statements?stance=request,support&limit=500",
         "/v1/actors?q=Brigade&limit=500", "/v1/events/stats?group_by=type",
         "/v1/statements/stats?group_by=stance", "/v1/events?format=ndjson", "/v1/actors?format=csv&limit=500",
         "/v1/actors/9/events?limit=500")


def answer(client, path):
    response = client.get(path)
    body = response.get_json(silent=True) if response.is_json else response.get_data(as_text=True)
    return response.status_code, body


def latest_change(client):
    """(cursor, time) of the last change made so far."""
    cursor, last = None, None
    while True:
        page = client.get("/v1/changes?limit=500" + (f"&after={cursor}" if cursor else "")).get_json()
        if page["items"]:
            last = page["items"][-1]
        cursor = page["cursor"]
        if not page["next"]:
            return last["change"], last["at"]


def forget_kept_forms(app):
    """Drop the stored forms of the past (api/services/stored_past.py): a read of one record as of an earlier
    moment then puts it back, which is what the tests of the put-back need."""
    from api import db
    db.bind(app.config["DATABASE_URL"])
    with db.database.connection_context():
        db.database.execute_sql("DELETE FROM stored_past")


def without_as_of_in_left_out(body, value):
    """A list read as of a moment links to the events it leaves out as of that moment too (`left_out.href`
    keeps `as_of`); the read made then had no `as_of` to keep."""
    if isinstance(body, dict) and isinstance(body.get("left_out"), dict) and body["left_out"].get("href"):
        href = body["left_out"]["href"].replace(f"&as_of={quote(value, safe='')}", "")
        body = {**body, "left_out": {**body["left_out"], "href": href}}
    return body


def with_as_of(path, value):
    return f"{path}{'&' if '?' in path else '?'}as_of={quote(value)}"


class Script:
    """The history being written, and what every read answered after each step."""

    def __init__(self, client):
        self.client = client
        self.records = []   # paths of the records the script made
        self.moments = []   # (cursor, time, {path: answer})

    def reads(self):
        return [*self.records, *LISTS]

    def step(self):
        cursor, at = latest_change(self.client)
        self.moments.append((cursor, at, {path: answer(self.client, path) for path in self.reads()}))

    def check(self):
        for cursor, at, answers in self.moments:
            for path in self.reads():
                expected = answers.get(path, (404, None))
                for value in (cursor, at):
                    status, body = answer(self.client, with_as_of(path, value))
                    body = without_as_of_in_left_out(body, value)
                    if expected[0] == 404:   # made later: unknown then
                        assert status == 404, (path, value)
                        continue
                    assert status == expected[0], (path, value, body)
                    if isinstance(body, str):   # line by line: the failure shows the line that differs
                        assert body.splitlines() == expected[1].splitlines(), (path, value)
                    assert body == expected[1], (path, value)


def test_every_read_as_of_each_moment_of_a_scripted_history(client, admin):
    script = Script(client)
    script.step()
    actor = created(client, "actors", {**ACTOR, "name": "Lachin Brigade", "kind": "non_state_armed_group"})
    script.records.append(f"/v1/actors/{actor['id']}")
    script.step()
    event = created(client, "events", {**EVENT, "participants": [{"actor_id": actor["id"], "role": "initiator"},
                                                                  {"actor_id": 9, "role": "target"}]})
    script.records += [f"/v1/events/{event['id']}", f"/v1/events/{event['id']}/statements"]
    script.step()
    assert client.patch(f"/v1/events/{event['id']}", json={"summary": "Rockets hit the centre."}).status_code == 200
    script.step()
    # The actor's new name shows in the event's participants: as of earlier moments, the old one.
    assert client.patch(f"/v1/actors/{actor['id']}", json={"name": "Lachin Brigade (renamed)"}).status_code == 200
    script.step()
    statement = created(client, "statements", {**STATEMENT, "about_event_ids": [event["id"]]})
    script.records.append(f"/v1/statements/{statement['id']}")
    script.step()
    assert client.patch(f"/v1/statements/{statement['id']}", json={"stance": "support"}).status_code == 200
    script.step()
    assert client.put(f"/v1/statements/{statement['id']}", json={**STATEMENT, "about_event_ids": []}).status_code == 200
    script.step()
    assert client.delete(f"/v1/events/{event['id']}").status_code == 204
    script.step()
    assert admin.post(f"/v1/events/{event['id']}/restore").status_code == 200
    script.step()
    assert client.post(f"/v1/events/{event['id']}/revisions/2/restore", headers={"If-Match": "*"}).status_code == 200
    script.step()
    assert client.delete(f"/v1/statements/{statement['id']}").status_code == 204
    script.step()
    script.check()


def test_the_moment_is_echoed_and_a_fixed_one_may_be_cached(client):
    before, at = latest_change(client)
    actor = created(client, "actors", ACTOR)
    response = client.get(f"/v1/actors/{actor['id']}?as_of={before}")
    problem(response, 404)
    assert response.headers["As-Of-Change"] == before and response.headers["As-Of"] == at
    now, _ = latest_change(client)
    response = client.get(f"/v1/actors/{actor['id']}?as_of={now}")
    assert response.status_code == 200 and response.get_json() == actor
    assert response.headers["As-Of-Change"] == now and "max-age" in response.headers["Cache-Control"]
    response = client.get(f"/v1/actors?as_of={quote(at)}")
    assert response.headers["As-Of"] == at and response.headers["Cache-Control"] == "no-cache"
    assert response.headers["As-Of-Change"] == before


def test_bad_and_unanswerable_moments_are_problems_naming_as_of(client):
    for value, status in (("yesterday", 400), ("2024-13-01", 400), ("eyJyIjogLTF9", 400), ("9999-01-01", 422),
                          ("eyJyIjo5OTk5OTk5OX0", 422), ("", 400)):
        body = problem(client.get(f"/v1/events?as_of={value}"), status)
        assert "as_of" in body["errors"], value
        body = problem(client.get(f"/v1/events/1?as_of={value}"), status)
        assert "as_of" in body["errors"], value


def test_before_the_first_change_nothing_exists(client):
    first = "eyJyIjowfQ"   # the change feed's cursor before any change
    assert client.get(f"/v1/events?as_of={first}").get_json()["items"] == []
    problem(client.get(f"/v1/events/1?as_of={first}"), 404)
    assert client.get("/v1/events/1").status_code == 200   # and nothing was changed for good


def test_a_redacted_past_is_a_problem_not_an_answer(client, admin):
    actor = created(client, "actors", ACTOR)
    then, _ = latest_change(client)
    assert client.patch(f"/v1/actors/{actor['id']}", json={"name": "Renamed"}).status_code == 200
    assert admin.post(f"/v1/actors/{actor['id']}/revisions/1/redaction", json={"reason": "Doxxing"}).status_code == 200
    for path in (f"/v1/actors/{actor['id']}", "/v1/actors"):
        body = problem(client.get(f"{path}?as_of={then}"), 422)
        assert "redacted" in body["errors"]["as_of"][0]
    assert client.get(f"/v1/actors/{actor['id']}").get_json()["name"] == "Renamed"


def test_an_as_of_read_obeys_the_time_limit_and_changes_nothing(client, app, engine, monkeypatch):
    """As every read (tests/test_http_caching.py): on SQLite the simulated clock passes the deadline at once;
    on PostgreSQL putting a record back runs into a 50 ms statement_timeout. Either way: a 503 problem, and
    nothing put back stays, nor the write lock (the next write goes through)."""
    import itertools as counting

    from api import db, timeouts
    from api.services import past

    actor = created(client, "actors", ACTOR)
    then, _ = latest_change(client)
    assert client.patch(f"/v1/actors/{actor['id']}", json={"name": "Renamed"}).status_code == 200
    forget_kept_forms(app)
    with monkeypatch.context() as patched:
        if engine == "sqlite":
            clock = counting.count(start=1000, step=1)
            patched.setattr(timeouts.time, "monotonic", lambda: next(clock))
            patched.setattr(timeouts, "STEPS_BETWEEN_CHECKS", 1)
        else:
            patched.setitem(app.config, "QUERY_TIME_LIMIT_MS", 50)
            original = past.put_back

            def slow(*args, **kwargs):
                db.database.execute_sql("SELECT pg_sleep(5)")   # far past the 50 ms limit
                return original(*args, **kwargs)
            patched.setattr(past, "put_back", slow)
        for path in ("/v1/actors?limit=500", f"/v1/actors/{actor['id']}"):
            response = client.get(f"{path}&as_of={then}" if "?" in path else f"{path}?as_of={then}")
            assert response.status_code == 503 and response.get_json()["type"] == "/problems/query-timeout"
    assert client.get(f"/v1/actors/{actor['id']}").get_json()["name"] == "Renamed"
    assert client.patch(f"/v1/actors/{actor['id']}", json={"name": "Renamed again"}).status_code == 200


# --- a generated history ---------------------------------------------------------------------------------------

STEPS = st.lists(st.tuples(st.sampled_from(("create actor", "rename actor", "delete actor", "restore actor",
                                            "create event", "edit event", "reparticipate event", "delete event",
                                            "restore event", "old revision event")),
                           st.integers(min_value=0, max_value=5), st.integers(min_value=0, max_value=10**6)),
                 min_size=1, max_size=12)


def _apply(client, admin, made, step):
    """Carry out one generated step on the records made so far (a step that the API refuses is fine: the
    history is whatever was accepted)."""
    action, pick, number = step
    kind = "actors" if action.endswith("actor") else "events"
    mine = made[kind]
    target = mine[pick % len(mine)] if mine else None
    if action == "create actor":
        response = client.post("/v1/actors", json={"name": f"Brigade {number}", "kind": "non_state_armed_group"})
    elif action == "create event":
        actors = [9, *made["actors"][:1]]
        response = client.post("/v1/events", json={**EVENT, "summary": f"Report {number}", "participants": [
            {"actor_id": actor_id, "role": role} for actor_id, role in zip(actors, ("initiator", "target"))]})
    elif target is None:
        return
    elif action == "rename actor":
        response = client.patch(f"/v1/actors/{target}", json={"name": f"Brigade {number}"})
    elif action == "edit event":
        response = client.patch(f"/v1/events/{target}", json={"summary": f"Report {number}", "type": "FIGHT"})
    elif action == "reparticipate event":
        response = client.patch(f"/v1/events/{target}", json={"participants": [
            {"actor_id": made["actors"][number % len(made["actors"])] if made["actors"] else 1, "role": "target"}]})
    elif action.startswith("delete"):
        response = client.delete(f"/v1/{kind}/{target}")
    elif action.startswith("restore"):
        response = admin.post(f"/v1/{kind}/{target}/restore")
    else:
        response = client.post(f"/v1/events/{target}/revisions/1/restore", headers={"If-Match": "*"})
    if action.startswith("create") and response.status_code == 201:
        mine.append(response.get_json()["id"])
    assert response.status_code < 500, response.get_json()


def test_a_generated_history_reads_as_it_was_at_each_moment(client, admin):
    # No shrinking: the records of every example stay in the database, so a shrunk example is not smaller.
    @settings(max_examples=examples(8), deadline=None, suppress_health_check=list(HealthCheck),
              derandomize=not EXPLORE, database=None, phases=[Phase.explicit, Phase.reuse, Phase.generate])
    @given(steps=STEPS)
    def check(steps):
        made = {"actors": [], "events": []}
        reads = ["/v1/events?limit=500", "/v1/actors?limit=500&kind=non_state_armed_group",
                 "/v1/events/stats?group_by=actor", "/v1/events?format=ndjson&actor=9"]
        moments = []
        for step in steps:
            _apply(client, admin, made, step)
            paths = reads + [f"/v1/{kind}/{i}" for kind in made for i in made[kind]]
            cursor, at = latest_change(client)
            moments.append((cursor, at, {path: answer(client, path) for path in paths}))
        every = reads + [f"/v1/{kind}/{i}" for kind in made for i in made[kind]]
        for cursor, at, answers in moments:
            for path in every:
                expected = answers.get(path, (404, None))
                for value in (cursor, at):
                    status, body = answer(client, with_as_of(path, value))
                    body = without_as_of_in_left_out(body, value)
                    assert status == expected[0], (path, value, body)
                    if expected[0] != 404:
                        assert body == expected[1], (path, value)
    check()


def test_every_read_of_records_documents_as_of(client):
    """Every GET route of the kinds takes as_of, described (docs/api.md), except the history itself."""
    spec = client.get("/openapi.json").get_json()
    routes = [path for path, item in spec["paths"].items() if "get" in item and path.split("/")[2:3] in [[kind] for kind in KINDS]
              and "/revisions" not in path]
    assert len(routes) > 20
    for path in routes:
        names = {p["name"]: p for p in spec["paths"][path]["get"].get("parameters", [])}
        assert "as_of" in names and "As-Of" in names["as_of"]["description"], path
        assert {"As-Of", "As-Of-Change"} <= spec["paths"][path]["get"]["responses"]["200"].get("headers", {}).keys(), path


def test_the_documented_moment_headers_are_the_ones_sent(client):
    spec = client.get("/openapi.json").get_json()
    declared = spec["paths"]["/v1/events"]["get"]["responses"]["200"]["headers"]
    now, _ = latest_change(client)
    response = client.get(f"/v1/events?as_of={now}")
    assert response.status_code == 200
    assert {name for name in declared if name.startswith("As-Of")} == {
        name for name in response.headers.keys() if name.startswith("As-Of")}


def test_a_put_back_cut_off_mid_write_is_a_503_too(client, app, engine, monkeypatch):
    """SQLite rolls a transaction back by itself when a write inside it is interrupted: the read's own
    rollback then finds none, and must still end in the time limit's 503, not a 500."""
    if engine != "sqlite":
        return   # PostgreSQL's statement_timeout leaves the transaction to the client (the test above)
    from flask import g

    from api import db, timeouts
    from api.services import past

    actor = created(client, "actors", ACTOR)
    then, _ = latest_change(client)
    assert client.patch(f"/v1/actors/{actor['id']}", json={"name": "Renamed"}).status_code == 200
    forget_kept_forms(app)
    original = past.put_back

    def cut_off(*args, **kwargs):
        g.query_deadline = 0   # past: the next statement, a write, is interrupted
        db.database.execute_sql("UPDATE actor SET name = name")
        return original(*args, **kwargs)
    with monkeypatch.context() as patched:
        patched.setattr(timeouts, "STEPS_BETWEEN_CHECKS", 1)
        patched.setattr(past, "put_back", cut_off)
        response = client.get(f"/v1/actors/{actor['id']}?as_of={then}")
    assert response.status_code == 503 and response.get_json()["type"] == "/problems/query-timeout"
    assert client.get(f"/v1/actors/{actor['id']}").get_json()["name"] == "Renamed"
    assert client.patch(f"/v1/actors/{actor['id']}", json={"name": "Renamed again"}).status_code == 200
