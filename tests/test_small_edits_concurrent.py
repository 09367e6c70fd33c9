"""Small edits against concurrent writers (issue 11: "small-edit forms are tested against concurrent writers
with If-Match"): two curators read the same version of an event and edit it by JSON Patch, merge patch or
ids alone. A write made on a stale ETag is 412 and changes nothing; with If-Match: *, a JSON Patch's `test`
and an id alone say what the edit relies on, and fail (409, 422) when another writer changed that."""
import json
import threading

import pytest

from helpers import BODIES, problem

JSON_PATCH = "application/json-patch+json"
FIGURE = {"quantity": "deaths", "best": 3, "unit": "people", "source_ids": [1]}
SIDES = [{"actor_id": 9, "role": "initiator"}, {"actor_id": 1, "role": "side_a"}]


@pytest.fixture
def event(client):
    response = client.post("/v1/events", json={**BODIES["events"], "participants": SIDES})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def read(client, event):
    """What a curator reads before editing: the record and its ETag."""
    response = client.get(event["href"])
    return response.get_json(), response.headers["ETag"]


def json_patch(client, href, operations, etag):
    return client.patch(href, data=json.dumps(operations), content_type=JSON_PATCH, headers={"If-Match": etag})


def test_a_stale_write_after_a_json_patch_added_a_figure_is_412_and_changes_nothing(strict_client, event, dump):
    _, etag = read(strict_client, event)   # both curators read the same version
    added = json_patch(strict_client, event["href"], [{"op": "add", "path": "/figures/-", "value": FIGURE}], etag)
    assert added.status_code == 200 and len(added.get_json()["figures"]) == 2
    after_first = dump()
    stale = [strict_client.patch(event["href"], json={"summary": "B's summary"}, headers={"If-Match": etag}),
             json_patch(strict_client, event["href"], [{"op": "remove", "path": "/figures/0"}], etag),
             strict_client.put(event["href"], json=BODIES["events"], headers={"If-Match": etag})]
    for response in stale:
        assert problem(response, 412)["current_version"] == event["version"] + 1
    assert dump() == after_first   # B's writes left the figure A added, and everything else, as it was


def test_a_json_patch_test_fails_when_another_writer_changed_the_tested_value(strict_client, event, dump):
    best = event["figures"][0]["best"]
    # A raises the figure (with the current ETag); B, who read the old value, guards its edit with a test.
    _, etag = read(strict_client, event)
    first = strict_client.patch(event["href"], headers={"If-Match": etag}, json={"figures": [
        {**BODIES["events"]["figures"][0], "id": event["figures"][0]["id"], "best": best + 1}]})
    assert first.status_code == 200, first.get_json()
    before = dump()
    guarded = json_patch(strict_client, event["href"], [
        {"op": "test", "path": "/figures/0/best", "value": best},
        {"op": "replace", "path": "/figures/0/high", "value": best + 10}], "*")
    assert problem(guarded, 409)["errors"]["0"]
    assert dump() == before
    # The same test against the value as it is now applies.
    passed = json_patch(strict_client, event["href"], [
        {"op": "test", "path": "/figures/0/best", "value": best + 1},
        {"op": "replace", "path": "/figures/0/high", "value": best + 10}], "*")
    assert passed.status_code == 200 and passed.get_json()["figures"][0]["high"] == best + 10


@pytest.mark.parametrize("items", ["participants", "figures"])
def test_an_id_alone_against_a_concurrent_removal_of_that_item(strict_client, event, dump, items):
    """B keeps an item by its id alone while A removes it: on B's stale ETag that is 412; on If-Match: * the
    id names no item of the record any more (422). Either way B's write changes nothing."""
    record, etag = read(strict_client, event)
    kept = [{"id": item["id"]} for item in record[items]]
    removed = json_patch(strict_client, event["href"], [{"op": "remove", "path": f"/{items}/0"}], etag)
    assert removed.headers["Removed-Items"] == f"{items}/{kept[0]['id']}"
    before = dump()
    body = {items: kept, "summary": "B's summary"}
    problem(strict_client.patch(event["href"], json=body, headers={"If-Match": etag}), 412)
    errors = problem(strict_client.patch(event["href"], json=body, headers={"If-Match": "*"}), 422)["errors"]
    assert errors[items]["0"]["id"]
    assert dump() == before


def test_an_id_alone_keeps_what_another_writer_changed_in_that_item(strict_client, event):
    """With If-Match: *, an id alone stands for the item as it is now, so another writer's change to it stays."""
    participant = event["participants"][1]["id"]
    changed = strict_client.patch(event["href"], headers={"If-Match": "*"}, json={"participants": [
        {"id": event["participants"][0]["id"]}, {"id": participant, "actor_id": 1, "role": "side_b"}]})
    assert changed.status_code == 200, changed.get_json()
    kept = strict_client.patch(event["href"], headers={"If-Match": "*"}, json={
        "participants": [{"id": p["id"]} for p in event["participants"]], "summary": "B's summary"})
    assert kept.status_code == 200, kept.get_json()
    assert [(p["id"], p["role"]) for p in kept.get_json()["participants"]][1] == (participant, "side_b")
    assert "Removed-Items" not in kept.headers


def test_concurrent_json_patches_on_the_same_etag_one_applies(app, token_secrets, event):
    """Two threads add a figure and remove a participant by JSON Patch with the ETag both read, at once:
    exactly one applies, and the record shows that one's change alone."""
    etag = app.test_client(token=token_secrets["curator"]).get(event["href"]).headers["ETag"]
    barrier, answers = threading.Barrier(2), {}

    def write(name, operations):
        client = app.test_client(token=token_secrets["curator"], auto_if_match=False)
        barrier.wait()
        answers[name] = json_patch(client, event["href"], operations, etag).status_code

    threads = [threading.Thread(target=write, args=("figure", [{"op": "add", "path": "/figures/-", "value": FIGURE}])),
               threading.Thread(target=write, args=("participant", [{"op": "remove", "path": "/participants/1"}]))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(answers.values()) == [200, 412]
    record = app.test_client(token=token_secrets["curator"]).get(event["href"]).get_json()
    assert record["version"] == event["version"] + 1
    assert (len(record["figures"]), len(record["participants"])) == ((2, 2) if answers["figure"] == 200 else (1, 1))


def test_concurrent_appends_with_if_match_star_both_apply(app, token_secrets, event):
    """Appending by JSON Patch with If-Match: * never loses another writer's append: each applies to the
    record as it is when its write transaction starts."""
    barrier, answers = threading.Barrier(2), []

    def write(quantity):
        client = app.test_client(token=token_secrets["curator"], auto_if_match=False)
        barrier.wait()
        answers.append(json_patch(client, event["href"], [
            {"op": "add", "path": "/figures/-", "value": {**FIGURE, "quantity": quantity}}], "*").status_code)

    threads = [threading.Thread(target=write, args=(quantity,)) for quantity in ("deaths", "displaced")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [200, 200]
    record = app.test_client(token=token_secrets["curator"]).get(event["href"]).get_json()
    assert sorted(f["quantity"] for f in record["figures"][1:]) == ["deaths", "displaced"]
    assert record["version"] == event["version"] + 2


def test_a_restore_gives_a_removed_figure_back_its_id(client, event):
    figure = event["figures"][0]["id"]
    removed = client.patch(event["href"], json={"figures": [FIGURE]})
    assert removed.headers["Removed-Items"] == f"figures/{figure}"
    restored = client.post(f"{event['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert [f["id"] for f in restored.get_json()["figures"]] == [figure]
    assert restored.get_json()["figures"][0] == event["figures"][0]
