"""Treaties, round 35 (treaties35; migrations/0118), through HTTP: the status history queried (status_change=,
status_changed_by=), a status the sides dispute, a ceasefire in force for part of a day, a party that refused and
the event that rejected a treaty, a condition with a time limit, how much a provision covers, a treaty extending
another's status to more places, an actor's part in a provision, and a place as it stood on a day. Written, read
back equal (JSON and NDJSON), filtered; bad input is a problem naming the field and changes nothing."""
import json

import pytest

from helpers import TREATY, problem


def actor(client, name, kind="state"):
    response = client.post("/v1/actors", json={"name": name, "kind": kind})
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def treaty(client, **fields):
    response = client.post("/v1/treaties", json={**TREATY, **fields})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def ids(client, query, kind="treaties"):
    response = client.get(f"/v1/{kind}?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def change(status, day, **more):
    return {"status": status, "date": {"date": day} if day else None, "source_ids": [1], **more}


def count(client, kind="treaties"):
    return len(ids(client, "", kind))


# --- 1. the status history queried; a disputed status; in force for part of a day --------------------------------

def test_a_status_reached_then_left_is_found_by_status_change(client):
    """Signed by all, then rejected by one party's assembly: status_change=rejected finds it, whatever its status."""
    assembly = actor(client, "A national assembly")
    plan = treaty(client, status="rejected", status_history=[
        change("signed", "2024-03-01"), change("rejected", "2024-03-20", actor_ids=[assembly])])
    later = treaty(client, status="signed", status_history=[
        change("proposed", "2024-02-01", claimant_id=assembly), change("signed", "2024-03-01")])
    gone = treaty(client, status="signed", status_history=[
        change("rejected", "2024-02-01", rank="deprecated"), change("signed", "2024-03-01")])
    assert plan["id"] in ids(client, "status_change=rejected")
    assert plan["id"] in ids(client, "status_change=signed")
    assert gone["id"] not in ids(client, "status_change=rejected")   # a deprecated entry is not counted
    assert ids(client, f"status_changed_by={assembly}") == {plan["id"], later["id"]}   # actor_ids, claimant_id
    assert ids(client, f"status_changed_by={assembly}&status_change=rejected") == {plan["id"]}
    assert ids(client, f"status_changed_by={assembly}&status_change=signed") == set()   # the same entry
    assert problem(client.get("/v1/treaties?status_change=voided"), 400)["errors"]["status_change"]
    assert problem(client.get("/v1/treaties?status_changed_by=x"), 400)["errors"]["status_changed_by"]


def test_a_status_the_sides_dispute(client):
    """One government says the protocol is valid, the other that it is void: status disputed, each side's claim."""
    one, other = actor(client, "Government A"), actor(client, "Government B")
    history = [change("signed", "2019-01-10"), change("in_force", "2019-02-01"),
               change("in_force", "2024-05-02", claimant_id=one), change("terminated", "2024-05-02", claimant_id=other)]
    protocol = treaty(client, status="disputed", status_history=history)
    assert protocol["status"] == "disputed"
    got = client.get(f"{protocol['href']}?include=status_history").get_json()["status_history"]
    assert [(c["status"], c["claimant"] if not isinstance(c["claimant"], dict) else c["claimant"]["id"])
            for c in got][2:] == [("in_force", one), ("terminated", other)]
    assert protocol["id"] in ids(client, "status=disputed")
    assert protocol["id"] in ids(client, "status_change=terminated") & ids(client, "status_change=in_force")
    assert protocol["id"] in ids(client, f"status_changed_by={other}&status_change=terminated")
    vocabulary = client.get("/v1/vocabularies").get_json()["vocabularies"]["treaty_statuses"]
    assert "disputed" in {item["term"] for item in vocabulary}
    # the existing rule still holds when the status is not disputed
    before = count(client)
    body = problem(client.post("/v1/treaties", json={**TREATY, "status": "in_force", "status_history": history}),
                   422)
    assert "status" in body["errors"]
    # PATCH to a plain reading of the history
    patched = client.patch(protocol["href"], json={"status": "in_force", "status_history": history[:2]})
    assert patched.status_code == 200, patched.get_json()
    assert protocol["id"] not in ids(client, "status=disputed")
    assert count(client) == before


@pytest.mark.parametrize("history", [
    [],                                                                         # nothing claimed
    [change("in_force", "2024-05-01", claimant_id=1), change("terminated", "2024-05-02", claimant_id=1)],  # one side
    [change("in_force", "2024-05-01", claimant_id=1), change("in_force", "2024-05-02", claimant_id=2)],  # agree
    [change("in_force", "2024-05-01", claimant_id=1), change("terminated", "2024-05-02", claimant_id=2),
     change("terminated", "2024-05-03")],                                      # settled since by the reporting
    [change("in_force", "2024-05-01", claimant_id=1),
     change("terminated", "2024-05-02", claimant_id=2, rank="deprecated")],   # the other claim not counted
])
def test_disputed_needs_two_claimants_reaching_different_statuses(client, history):
    before = count(client)
    body = problem(client.post("/v1/treaties", json={**TREATY, "status": "disputed", "status_history": history}), 422)
    assert "disputed" in body["errors"]["status"][0] and "claimant" in body["errors"]["status"][0]
    assert count(client) == before


def test_a_ceasefire_in_force_and_broken_the_same_day_was_in_force_that_day(client):
    """Took effect in the evening and broke down within hours: in_force_on= that day finds it."""
    truce = treaty(client, status="collapsed", status_history=[
        change("agreed", "2024-06-01"), change("in_force", "2024-06-03"), change("collapsed", "2024-06-03")])
    assert truce["id"] in ids(client, "in_force_on=2024-06-03")
    assert truce["id"] not in ids(client, "in_force_on=2024-06-02")
    assert truce["id"] not in ids(client, "in_force_on=2024-06-04")
    ended = treaty(client, status="terminated", status_history=[
        change("in_force", "2024-06-01"), change("terminated", "2024-06-05")])   # the day it ended
    assert ended["id"] in ids(client, "in_force_on=2024-06-05") and ended["id"] not in ids(client, "in_force_on=2024-06-06")
    never = treaty(client, status="collapsed", status_history=[
        change("agreed", "2024-06-03"), change("collapsed", "2024-06-03")])
    assert never["id"] not in ids(client, "in_force_on=2024-06-03")
