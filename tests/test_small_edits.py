"""Small edits stay small: owned items kept by their id alone, JSON Patch (RFC 6902), writes that change
nothing write nothing, and Removed-Items; against concurrent writers with If-Match."""
import threading

import pytest

from helpers import BODIES, problem

JSON_PATCH = "application/json-patch+json"
FIGURE = {"quantity": "deaths", "best": 3, "unit": "people", "source_ids": [1]}


@pytest.fixture(autouse=True)
def second_source(client):
    """Source 2, which the patches below add (the example data has source 1 only)."""
    assert client.post("/v1/sources", json=BODIES["sources"]).get_json()["id"] == 2


@pytest.fixture
def event(client):
    body = {**BODIES["events"], "figures": [BODIES["events"]["figures"][0], FIGURE]}
    return client.post("/v1/events", json=body).get_json()


def figure_ids(record):
    return [figure["id"] for figure in record["figures"]]


def revisions(client, href):
    return len(client.get(f"{href}/revisions").get_json()["items"])


def test_a_figure_given_by_id_alone_is_kept_unchanged(client, event):
    first, second = figure_ids(event)
    response = client.patch(event["href"], json={"figures": [{"id": second}, {"id": first}, FIGURE]})
    assert response.status_code == 200, response.get_json()
    figures = response.get_json()["figures"]
    assert figure_ids(response.get_json())[:2] == [second, first]
    assert figures[0] == event["figures"][1] and figures[1] == event["figures"][0]
    assert len(figures) == 3 and "Removed-Items" not in response.headers
    form = client.get(event["href"]).get_json()
    assert form["version"] == event["version"] + 1


def test_put_with_ids_alone_too(client, event):
    form = {key: value for key, value in BODIES["events"].items()}
    form["figures"] = [{"id": figure_ids(event)[1]}]
    response = client.put(event["href"], json=form)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["figures"] == [event["figures"][1]]
    assert response.headers["Removed-Items"] == f"figures/{figure_ids(event)[0]}"


def test_an_id_alone_that_is_not_this_records_is_422(client, event, dump):
    before = dump()
    body = problem(client.patch(event["href"], json={"figures": [{"id": 999999}]}), 422)
    assert body["errors"] == {"figures": {"0": {"id": [
        "No item with id 999999 in this record's figures: give the whole item to add a new one (without an id)."]}}}
    assert dump() == before


def test_a_provision_given_by_id_alone_keeps_what_statements_invoke(client):
    treaty = client.get("/v1/treaties/1").get_json()
    kept = [{"id": provision["id"]} for provision in treaty["provisions"]]
    response = client.patch("/v1/treaties/1", json={"provisions": kept + [
        {"obligation": "consultation", "summary": "Meet monthly."}]})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["provisions"][:-1] == treaty["provisions"]


def test_a_merge_patch_that_drops_figures_says_so(client, event):
    response = client.patch(event["href"], json={"figures": [FIGURE]})
    assert response.status_code == 200
    assert response.headers["Removed-Items"] == ", ".join(f"figures/{i}" for i in figure_ids(event))


def test_json_patch_adds_and_removes_list_items(client, event):
    response = client.patch(event["href"], data='[{"op": "add", "path": "/source_ids/-", "value": 2}]',
                            content_type=JSON_PATCH)
    assert response.status_code == 200, response.get_json()
    assert [s["id"] for s in response.get_json()["sources"]] == [1, 2]
    assert figure_ids(response.get_json()) == figure_ids(event)
    first = figure_ids(event)[0]
    response = client.patch(event["href"], json=None, content_type=JSON_PATCH, data=(
        f'[{{"op": "test", "path": "/figures/0/id", "value": {first}}}, {{"op": "remove", "path": "/figures/0"}}]'))
    assert response.status_code == 200, response.get_json()
    assert figure_ids(response.get_json()) == figure_ids(event)[1:]
    assert response.headers["Removed-Items"] == f"figures/{first}"
    assert response.get_json()["version"] == event["version"] + 2


def test_json_patch_adds_a_figure_without_resending_the_others(client, event):
    import json
    response = client.patch(event["href"], data=json.dumps([{"op": "add", "path": "/figures/-", "value": FIGURE}]),
                            content_type=JSON_PATCH)
    assert response.status_code == 200
    assert figure_ids(response.get_json())[:2] == figure_ids(event) and len(response.get_json()["figures"]) == 3


@pytest.mark.parametrize("patch, status, errors", [
    ('[{"op": "test", "path": "/title", "value": "Another title"}]', 409, "0"),
    ('[{"op": "add", "path": "/source_ids/-", "value": 2}, {"op": "test", "path": "/parent_id", "value": true}]',
     409, "1"),
    ('[{"op": "add", "path": "/source_ids/-", "value": 2}, {"op": "remove", "path": "/figures/9"}]', 409, "1"),
    ('[{"op": "remove", "path": "/no_such_field"}]', 409, "0"),
    ('[{"op": "frobnicate", "path": "/title"}]', 400, "0"),
    ('[{"op": "add", "path": "/title"}]', 400, "0"),
    ('{"op": "add", "path": "/title", "value": "x"}', 400, "body"),
    ('["add"]', 400, "0"),
    ('[{"op": "replace", "path": "/date_start", "value": "soon"}]', 422, "date_start"),
    ('[{"op": "add", "path": "/colour", "value": "red"}]', 422, "colour"),
])
def test_json_patch_refusals(client, event, dump, patch, status, errors):
    before = dump()
    body = problem(client.patch(event["href"], data=patch, content_type=JSON_PATCH), status)
    assert errors in body["errors"]
    assert dump() == before


def test_json_patch_test_compares_numbers_by_value(client, event):
    response = client.patch(event["href"], content_type=JSON_PATCH, data=(
        '[{"op": "test", "path": "/figures/0/best", "value": 12.0}, {"op": "replace", "path": "/summary", '
        '"value": "Tested."}]'))
    assert response.status_code == 200 and response.get_json()["summary"] == "Tested."


def test_json_patch_needs_if_match_too(strict_client, event):
    problem(strict_client.patch(event["href"], data="[]", content_type=JSON_PATCH), 428)


@pytest.mark.parametrize("method", ["PATCH", "PUT", "JSON-PATCH"])
def test_a_write_that_changes_nothing_writes_nothing(client, event, method):
    read = client.get(event["href"])
    count = revisions(client, event["href"])
    if method == "PATCH":
        response = client.patch(event["href"], json={"title": event["title"]})
    elif method == "PUT":
        form = {**BODIES["events"], "figures": [{"id": i} for i in figure_ids(event)]}
        response = client.put(event["href"], json=form)
    else:
        response = client.patch(event["href"], data="[]", content_type=JSON_PATCH)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["version"] == event["version"]
    assert response.headers["ETag"] == read.headers["ETag"]
    assert client.get(event["href"]).get_json() == read.get_json()
    assert revisions(client, event["href"]) == count
    assert "Removed-Items" not in response.headers


def test_a_batch_patch_that_changes_nothing_keeps_the_version(client, event):
    response = client.post("/v1/batch", json={"operations": [
        {"op": "patch", "kind": "events", "id": event["id"], "if_match": "*", "data": {"title": event["title"]}}]})
    assert response.get_json()["results"][0]["version"] == event["version"]


# --- concurrent writers ------------------------------------------------------------------------------------

def test_two_writers_one_etag_one_wins(strict_client, event):
    etag = strict_client.get(event["href"]).headers["ETag"]
    first = strict_client.patch(event["href"], json={"summary": "A"}, headers={"If-Match": etag})
    second = strict_client.patch(event["href"], data='[{"op": "add", "path": "/source_ids/-", "value": 2}]',
                                 content_type=JSON_PATCH, headers={"If-Match": etag})
    assert first.status_code == 200
    assert problem(second, 412)["current_version"] == event["version"] + 1


def test_json_patch_test_guards_a_small_edit_without_the_etag(strict_client, event):
    """With If-Match: *, a JSON Patch's test says what the edit relies on: another writer changing that
    makes it fail (409); changes elsewhere do not."""
    strict_client.patch(event["href"], json={"summary": "Changed by A"}, headers={"If-Match": "*"})
    guarded = ('[{"op": "test", "path": "/summary", "value": null}, '
               '{"op": "replace", "path": "/summary", "value": "B"}]')
    body = problem(strict_client.patch(event["href"], data=guarded, content_type=JSON_PATCH,
                                       headers={"If-Match": "*"}), 409)
    assert body["errors"]["0"]
    appended = strict_client.patch(event["href"], data='[{"op": "add", "path": "/source_ids/-", "value": 2}]',
                                   content_type=JSON_PATCH, headers={"If-Match": "*"})
    assert appended.status_code == 200
    assert appended.get_json()["summary"] == "Changed by A"   # A's change kept: applied to the current record


def test_concurrent_writers_with_the_same_etag(app, token_secrets, event):
    """Two threads send their writes with the ETag both read, at once: exactly one is applied."""
    etag = app.test_client(token=token_secrets["curator"]).get(event["href"]).headers["ETag"]
    barrier, answers = threading.Barrier(2), []

    def write(body, content_type):
        client = app.test_client(token=token_secrets["curator"], auto_if_match=False)
        barrier.wait()
        answers.append(client.patch(event["href"], data=body, content_type=content_type,
                                    headers={"If-Match": etag}).status_code)

    threads = [threading.Thread(target=write, args=('{"summary": "A"}', "application/merge-patch+json")),
               threading.Thread(target=write, args=('[{"op": "add", "path": "/source_ids/-", "value": 2}]',
                                                    JSON_PATCH))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(answers) == [200, 412]
