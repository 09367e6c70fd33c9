"""Time as reporting gives it (issue 10, mending round mend-time), through HTTP, on the stories of trials t9 and
t11: "the two took off at the same time", "minutes after the truce expired", "hours after that extension", "about
an hour before the deadline". Order in time alone (after, before, simultaneous) between events and statements,
saying nothing of cause or kind. Written, read, filtered, exported, restored; bad input is a problem naming the
field."""
import pytest

from helpers import BODIES, ELAPSED_ENDS, problem, created as post

EVENT, STATEMENT = BODIES["events"], BODIES["statements"]
BARE = {k: v for k, v in EVENT.items() if k not in ("figures", "parent_id")}
SAID = {k: v for k, v in STATEMENT.items() if k != "about_event_ids"}
MERGE = "application/merge-patch+json"


def ids(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def errors(response):
    return problem(response, 422)["errors"]


def test_events_after_before_and_at_the_same_time_across_kinds(client):
    """t9 #46 (two flights took off at the same time), t11 #2 (strikes minutes after the truce), t11 #52."""
    truce = post(client, "events", {**BARE, "type": "AGREE"})
    first = post(client, "events", BARE)
    second = post(client, "events", {**BARE, "relations": [{"event_id": first["id"], "relation": "simultaneous"}]})
    strikes = post(client, "events", {**BARE, "relations": [
        {"event_id": truce["id"], "relation": "after", "elapsed": {"unit": "minutes"}}]})
    rocket = post(client, "events", {**BARE, "relations": [
        {"event_id": strikes["id"], "relation": "before", "elapsed": {"amount": 1, "unit": "hours",
                                                                      "qualifier": "about"}}]})
    assert [(r["event"]["id"], r["relation"], r["elapsed"]) for r in second["relations"]] == [
        (first["id"], "simultaneous", None)]
    assert rocket["relations"][0]["elapsed"] == {"amount": 1, "amount_max": None, "nearness": None, "unit": "hours",
                                                 "qualifier": "about", **ELAPSED_ENDS}
    # after says only the order: strikes that came after a truce are not among what ended it
    assert ids(client, "events", f"related_to={truce['id']}&relation=after") == {strikes["id"]}
    assert ids(client, "events", f"related_to={truce['id']}&relation=ends") == set()
    assert ids(client, "events", "relation=simultaneous") == {second["id"]}
    related = client.get(f"/v1/events/{truce['id']}/related?relation=after").get_json()
    assert [item["id"] for item in related["items"]] == [strikes["id"]]
    # across kinds: an event before a statement, a statement made as an event happened
    said = post(client, "statements", {**SAID, "event_relations": [
        {"event_id": first["id"], "relation": "simultaneous"}]})
    earlier = post(client, "events", {**BARE, "statement_relations": [
        {"statement_id": said["id"], "relation": "precedes", "elapsed": {"unit": "days", "amount": 2}}]})
    assert ids(client, "events", f"related_statement={said['id']}&statement_relation=precedes") == {earlier["id"]}
    assert ids(client, "statements", f"related_event={first['id']}&event_relation=simultaneous") == {said["id"]}
    together = post(client, "statements", {**SAID, "relations": [
        {"statement_id": said["id"], "relation": "simultaneous"}]})
    assert ids(client, "statements", f"related_to={said['id']}&relation=simultaneous") == {together["id"]}
    # exported and restored like every relation
    csv = client.get(f"/v1/events?related_statement={said['id']}&format=csv").get_data(as_text=True)
    assert f"{said['id']}:precedes" in csv
    changed = client.patch(strikes["href"], json={"relations": []}, content_type=MERGE)
    assert changed.status_code == 200, changed.get_json()
    restored = client.post(f"{strikes['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert restored.get_json()["relations"][0]["relation"] == "after"


@pytest.mark.parametrize(("kind", "body", "path"), [
    ("events", {"relations": [{"event_id": 1, "relation": "simultaneous", "elapsed": {"unit": "hours"}}]},
     ("relations", "0", "elapsed")),
    ("events", {"statement_relations": [{"statement_id": 1, "relation": "simultaneous",
                                         "elapsed": {"unit": "hours"}}]}, ("statement_relations", "0", "elapsed")),
    ("statements", {"event_relations": [{"event_id": 1, "relation": "simultaneous", "elapsed": {"unit": "days"}}]},
     ("event_relations", "0", "elapsed")),
    ("statements", {"relations": [{"statement_id": 1, "relation": "simultaneous", "elapsed": {"unit": "days"}}]},
     ("relations", "0", "elapsed")),
    ("events", {"relations": [{"event_id": 1, "relation": "during"}]}, ("relations", "0", "relation")),
])
def test_no_time_passes_between_simultaneous_records(client, kind, body, path):
    post(client, "events", BARE)
    post(client, "statements", SAID)
    found = errors(client.post(f"/v1/{kind}", json={**(BARE if kind == "events" else SAID), **body}))
    for key in path:
        found = found[key]
    assert found


def test_after_and_before_make_no_cycle(client):
    first = post(client, "events", BARE)
    later = post(client, "events", {**BARE, "relations": [{"event_id": first["id"], "relation": "after"}]})
    found = errors(client.patch(first["href"], json={"relations": [{"event_id": later["id"], "relation": "after"}]},
                                content_type=MERGE))
    assert "event_id" in found["relations"]["0"]
    problem(client.get("/v1/events?relation=during"), 400)
