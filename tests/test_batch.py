"""POST /v1/batch: several writes in one transaction, all or nothing, with "@ref" between them."""
import pytest
from flask import request, request_started

from helpers import BODIES, STATEMENT, problem


def ops(*operations):
    return {"operations": list(operations)}


CAPTURED_TOWN = ops(
    {"op": "create", "kind": "actors", "ref": "mod", "data": {"name": "Ministry of Defence of Azerbaijan",
                                                                 "kind": "government_body", "country": "AZE"}},
    {"op": "create", "kind": "events", "ref": "capture", "data": {
        "title": "Capture of Hadrut", "type": "FIGHT", "mode": "occupy territory", "date_start": "2020-10-09",
        "place_id": 6, "participants": [{"actor_id": "@mod", "role": "initiator"}], "source_ids": [1]}},
    {"op": "create", "kind": "statements", "ref": "announced", "data": {
        "speaker_id": "@mod", "date": "2020-10-09", "medium": "press_release", "stance": "assert",
        "about_event_ids": ["@capture"], "source_ids": [1]}},
    {"op": "create", "kind": "statements", "data": {
        "speaker_id": 10, "date": "2020-10-09", "medium": "press_release", "stance": "deny",
        "about_event_ids": ["@capture"], "relations": [{"statement_id": "@announced", "relation": "denies"}],
        "source_ids": [1]}},
    {"op": "create", "kind": "statements", "data": {
        "speaker_id": 10, "date": "2020-10-10", "medium": "speech", "stance": "assert",
        "about_event_ids": ["@capture"], "source_ids": [1]}},
)


def test_a_captured_town_takes_one_request(app, client):
    """The curator's fact of issue 11 (an actor, an event, three statements) that took five requests."""
    writes = []

    def count(sender, **extra):
        if request.method != "GET":
            writes.append(request.path)

    with request_started.connected_to(count, app):
        response = client.post("/v1/batch", json=CAPTURED_TOWN, headers={"Change-Note": "Hadrut, as reported"})
    assert writes == ["/v1/batch"]
    assert response.status_code == 200, response.get_json()
    results = response.get_json()["results"]
    assert [r["status"] for r in results] == [201] * 5
    actor, event, announced, denied, acknowledged = (r["id"] for r in results)
    assert all(r["href"] == f"/v1/{kind}/{r['id']}" and r["version"] == 1 and r["removed"] == []
               for r, kind in zip(results, ["actors", "events", "statements", "statements", "statements"]))
    assert client.get(f"/v1/events/{event}").get_json()["participants"][0]["actor"]["id"] == actor
    denial = client.get(f"/v1/statements/{denied}").get_json()
    assert [e["id"] for e in denial["about_events"]] == [event]
    assert [(r["statement"]["id"], r["relation"]) for r in denial["relations"]] == [(announced, "denies")]
    assert client.get(f"/v1/statements/{acknowledged}").get_json()["speaker"]["id"] == 10
    # One revision per record, with the batch's note, together in the change feed
    feed = client.get(response.get_json()["changes"]).get_json()["items"]
    assert [(item["kind"], item["id"]) for item in feed] == [
        ("actors", actor), ("events", event), ("statements", announced), ("statements", denied),
        ("statements", acknowledged)]
    assert {item["note"] for item in feed} == {"Hadrut, as reported"}
    assert {item["action"] for item in feed} == {"create"}


def test_replace_patch_delete_in_one_batch(client):
    event = client.get("/v1/events/4")
    etag = event.headers["ETag"]
    source = client.post("/v1/sources", json=BODIES["sources"]).get_json()
    response = client.post("/v1/batch", json=ops(
        {"op": "create", "kind": "sources", "ref": "src", "data": {"title": "Another report"}},
        {"op": "create", "kind": "sources", "ref": "gone", "data": {"title": "A mistake"}},
        {"op": "patch", "kind": "events", "id": 4, "if_match": etag, "data": {"summary": "Patched."}},
        {"op": "patch", "kind": "events", "id": 4, "if_match": "*",
         "data": [{"op": "add", "path": "/source_ids/-", "value": "@src"}]},
        {"op": "replace", "kind": "sources", "id": source["id"], "if_match": "*", "data": {"title": "Renamed"}},
        {"op": "delete", "kind": "sources", "id": "@gone"},
    ))
    assert response.status_code == 200, response.get_json()
    results = response.get_json()["results"]
    assert [r["status"] for r in results] == [201, 201, 200, 200, 200, 204]
    version = int(etag.strip('"').split("-")[0])
    assert [r["version"] for r in results[2:4]] == [version + 1, version + 2]
    assert results[5]["version"] == 2 and client.get(results[5]["href"]).status_code == 410
    after = client.get("/v1/events/4").get_json()
    assert after["summary"] == "Patched." and after["sources"][-1]["id"] == results[0]["id"]
    assert client.get(f"/v1/sources/{source['id']}").get_json()["title"] == "Renamed"


def test_a_failing_operation_in_the_middle_changes_nothing(client, dump):
    before = dump()
    response = client.post("/v1/batch", json=ops(
        {"op": "create", "kind": "sources", "ref": "src", "data": {"title": "A report"}},
        {"op": "create", "kind": "statements", "ref": "s", "data": {**STATEMENT, "source_ids": ["@src"]}},
        {"op": "create", "kind": "statements", "data": {**STATEMENT, "speaker_id": 99999}},
        {"op": "create", "kind": "sources", "data": {"title": "Never written"}},
    ), headers={"Change-Note": "half a fact"})
    body = problem(response, 422)
    assert body["operation"] == 2
    assert body["errors"] == {"2": {"speaker_id": ["No actor with id 99999."]}}
    assert "Operation 2 (create statements)" in body["detail"]
    assert dump() == before


def test_schema_errors_are_keyed_by_operation_then_field(client, dump):
    before = dump()
    body = problem(client.post("/v1/batch", json=ops(
        {"op": "create", "kind": "sources", "data": {"title": "ok"}},
        {"op": "create", "kind": "statements", "data": {**STATEMENT, "date": "yesterday"}},
    )), 422)
    assert list(body["errors"]) == ["1"] and list(body["errors"]["1"]) == ["date"]
    assert body["errors"]["1"]["date"][0].startswith("Not a valid date: give YYYY-MM-DD, like 2020-09-27.")
    assert dump() == before


@pytest.mark.parametrize("operation, errors", [
    ({"op": "upsert", "kind": "sources", "data": {}}, {"op": ["Must be one of: create, replace, patch, delete."]}),
    ({"op": "create", "kind": "wars", "data": {}},
     {"kind": ["Must be one of: sources, actors, places, events, treaties, statements."]}),
    ({"op": "create", "kind": "sources"}, {"data": ["Missing data for required field."]}),
    ({"op": "patch", "kind": "sources", "data": {}}, {"id": ["A patch names the record it writes."]}),
    ({"op": "delete", "kind": "sources", "id": 1, "data": {}}, {"data": ["A delete has no data."]}),
    ({"op": "create", "kind": "sources", "id": 3, "data": {}}, {"id": ["A create has no id: the record is new."]}),
    ({"op": "create", "kind": "sources", "data": {}, "extra": 1}, {"extra": ["Unknown field."]}),
    ({"op": "patch", "kind": "sources", "id": "three", "data": {}},
     {"id": ['Must be a record ID (1 to 9223372036854775807), "@<ref>" of an earlier operation, or an external '
             'ID (scheme:value).']}),
    ({"op": "replace", "kind": "sources", "id": 1, "data": []}, {"data": ["Must be an object: the record."]}),
])
def test_bad_operations_are_422_naming_the_operation(client, operation, errors):
    body = problem(client.post("/v1/batch", json=ops({"op": "create", "kind": "sources", "data": {"title": "a"}},
                                                      operation)), 422)
    assert body["errors"] == {"1": errors}


@pytest.mark.parametrize("body, errors", [
    ({}, {"operations": ["Missing data for required field."]}),
    ({"operations": []}, {"operations": ["Shorter than minimum length 1."]}),
    ([], {"_schema": ['An object is expected here, such as {"operations": ...} (see the field\'s description), '
                      "not a string, a number or a list."]}),   # events28: the object expected, named
])
def test_a_body_that_is_no_batch_is_422(client, body, errors):
    assert problem(client.post("/v1/batch", json=body), 422)["errors"] == errors


def test_unknown_forward_and_mistyped_refs(client, dump):
    before = dump()
    cases = [
        (ops({"op": "create", "kind": "statements", "data": {**STATEMENT, "speaker_id": "@nobody"}}),
         {"0": {"speaker_id": ['No earlier operation has the ref "nobody".']}}),
        (ops({"op": "create", "kind": "statements", "data": {**STATEMENT, "speaker_id": "@later"}},
             {"op": "create", "kind": "actors", "ref": "later", "data": {"name": "X", "kind": "person"}}),
         {"0": {"speaker_id": ['"@later" is the ref of operation 1, which runs later: operations run in order, '
                               'so refer only to earlier ones.']}}),
        (ops({"op": "create", "kind": "sources", "ref": "src", "data": {"title": "S"}},
             {"op": "create", "kind": "statements", "data": {**STATEMENT, "speaker_id": "@src"}}),
         {"1": {"speaker_id": ['"@src" is a record of sources (operation 0); this field takes an ID of actors.']}}),
        (ops({"op": "patch", "kind": "actors", "id": "@ghost", "data": {}}),
         {"0": {"id": ['No earlier operation has the ref "ghost".']}}),
        (ops({"op": "create", "kind": "sources", "ref": "a", "data": {"title": "S"}},
             {"op": "create", "kind": "sources", "ref": "a", "data": {"title": "T"}}),
         {"1": {"ref": ["Already the ref of operation 0: name each once."]}}),
    ]
    for body, errors in cases:
        assert problem(client.post("/v1/batch", json=body), 422)["errors"] == errors
    assert dump() == before


def test_a_string_that_looks_like_a_ref_outside_an_id_field_is_text(client):
    response = client.post("/v1/batch", json=ops(
        {"op": "create", "kind": "sources", "ref": "x", "data": {"title": "@x"}}))
    record = client.get(response.get_json()["results"][0]["href"]).get_json()
    assert record["title"] == "@x"


def test_refs_to_owned_items_of_an_earlier_operation(client):
    treaty = {**BODIES["treaties"], "provisions": [
        {"obligation": "non_aggression", "summary": "Stop fighting."},
        {"obligation": "consultation", "summary": "Talk."}]}
    response = client.post("/v1/batch", json=ops(
        {"op": "create", "kind": "treaties", "ref": "t", "data": treaty},
        {"op": "create", "kind": "statements", "data": {**STATEMENT, "about_treaties": [
            {"treaty_id": "@t", "provision_id": "@t.provisions[1]"}]}},
    ))
    assert response.status_code == 200, response.get_json()
    treaty_id, statement_id = (r["id"] for r in response.get_json()["results"])
    provisions = client.get(f"/v1/treaties/{treaty_id}").get_json()["provisions"]
    about = client.get(f"/v1/statements/{statement_id}").get_json()["about_treaties"]
    assert [(a["treaty"]["id"], a["provision"]["id"]) for a in about] == [(treaty_id, provisions[1]["id"])]
    body = problem(client.post("/v1/batch", json=ops(
        {"op": "create", "kind": "treaties", "ref": "t", "data": treaty},
        {"op": "create", "kind": "statements", "data": {**STATEMENT, "about_treaties": [
            {"treaty_id": "@t", "provision_id": "@t.provisions[5]"}]}})), 422)
    assert body["errors"] == {"1": {"about_treaties": {"0": {"provision_id": [
        '"@t.provisions[5]": the record of operation 0 has no provisions[5].']}}}}


def test_if_match_per_operation(strict_client, dump):
    etag = strict_client.get("/v1/events/4").headers["ETag"]
    strict_client.patch("/v1/events/4", json={"summary": "Someone else"}, headers={"If-Match": etag})
    before = dump()
    body = problem(strict_client.post("/v1/batch", json=ops(
        {"op": "create", "kind": "sources", "data": {"title": "S"}},
        {"op": "patch", "kind": "events", "id": 4, "if_match": etag, "data": {"summary": "Mine"}})), 412)
    assert body["operation"] == 1 and list(body["errors"]) == ["1"] and "if_match" in body["errors"]["1"]
    assert body["current_version"] == int(etag.strip('"').split("-")[0]) + 1
    body = problem(strict_client.post("/v1/batch", json=ops(
        {"op": "patch", "kind": "events", "id": 4, "data": {"summary": "Mine"}})), 428)
    assert body["errors"] == {"0": {"if_match": ["Missing: needed to change a record the batch did not write."]}}
    body = problem(strict_client.post("/v1/batch", json=ops(
        {"op": "delete", "kind": "events", "id": 4, "if_match": "4-abc"})), 400)
    assert "if_match" in body["errors"]["0"]
    assert dump() == before


def test_not_found_gone_and_still_referenced(client, dump):
    before = dump()
    body = problem(client.post("/v1/batch", json=ops(
        {"op": "patch", "kind": "events", "id": 9999, "if_match": "*", "data": {}})), 404)
    assert body["errors"] == {"0": {"id": ["No event with id 9999."]}}
    body = problem(client.post("/v1/batch", json=ops(
        {"op": "delete", "kind": "sources", "id": 1, "if_match": "*"})), 409)
    assert body["referenced_by"] and list(body["errors"]) == ["0"]
    assert dump() == before


def test_too_many_operations_is_413_naming_the_limit(client, app):
    limit = app.config["BATCH_MAX_OPERATIONS"]
    body = problem(client.post("/v1/batch", json=ops(*[
        {"op": "create", "kind": "sources", "data": {"title": f"s{i}"}} for i in range(limit + 1)])), 413)
    assert "BATCH_MAX_OPERATIONS" in body["detail"] and str(limit) in body["detail"]


def test_idempotency_key_replays_a_batch(client):
    headers = {"Idempotency-Key": "hadrut-1"}
    actors = client.get("/v1/actors?count=true").get_json()["total"]
    first = client.post("/v1/batch", json=CAPTURED_TOWN, headers=headers)
    again = client.post("/v1/batch", json=CAPTURED_TOWN, headers=headers)
    assert again.status_code == 200 and again.get_json() == first.get_json()
    assert again.headers["Idempotent-Replayed"] == "true"
    assert client.get("/v1/actors?count=true").get_json()["total"] == actors + 1
    other = {"operations": CAPTURED_TOWN["operations"][:1]}
    assert "Idempotency-Key" in problem(client.post("/v1/batch", json=other, headers=headers), 422)["errors"]


def test_a_batch_costs_one_write_per_operation(client):
    """Write limits count per route (Flask-Limiter's default limits); a batch spends one per operation."""
    response = client.post("/v1/batch", json=CAPTURED_TOWN)
    limit = int(response.headers["X-RateLimit-Limit"])
    assert limit - int(response.headers["X-RateLimit-Remaining"]) == 5
    again = client.post("/v1/batch", json=ops(CAPTURED_TOWN["operations"][0]))
    assert limit - int(again.headers["X-RateLimit-Remaining"]) == 6


def _mixed_batch(client, failing):
    """Six operations of every op; the one at `failing` made to fail (each in its own way)."""
    src = client.post("/v1/sources", json={"title": "To replace"}).get_json()["id"]
    doomed = client.post("/v1/sources", json={"title": "To delete"}).get_json()["id"]
    operations = [
        {"op": "create", "kind": "actors", "ref": "a", "data": {"name": "Someone", "kind": "person"}},
        {"op": "create", "kind": "events", "ref": "e", "data": {**BODIES["events"], "participants": [
            {"actor_id": "@a", "role": "initiator"}]}},
        {"op": "patch", "kind": "events", "id": 4, "if_match": "*",
         "data": [{"op": "add", "path": "/participants/-", "value": {"actor_id": "@a", "role": "side_a"}}]},
        {"op": "replace", "kind": "sources", "id": src, "if_match": "*", "data": {"title": "Replaced"}},
        {"op": "patch", "kind": "events", "id": "@e", "data": {"summary": "More"}},
        {"op": "delete", "kind": "sources", "id": doomed, "if_match": "*"},
    ]
    broken = [
        {**operations[0], "data": {"name": "Someone", "kind": "martian"}},
        {**operations[1], "data": {**operations[1]["data"], "place_id": 99999}},
        {**operations[2], "data": [{"op": "test", "path": "/title", "value": "not it"}]},
        {**operations[3], "if_match": '"999"'},
        {**operations[4], "id": "@nothing"},
        {**operations[5], "id": 1},
    ]
    operations[failing] = broken[failing]
    return ops(*operations)


# The operations that fail with each one broken: those naming the record it would have written fail too (batch31).
FAILING_WITH = {0: ["0", "1", "2", "4"], 1: ["1", "4"], 2: ["2"], 3: ["3"], 4: ["4"], 5: ["5"]}


@pytest.mark.parametrize("failing", range(6))
def test_a_batch_failing_at_any_operation_changes_nothing(client, dump, failing):
    body = _mixed_batch(client, failing)
    before = dump()
    answer = client.post("/v1/batch", json=body, headers={"Change-Note": "all or nothing"})
    assert problem(answer, answer.status_code)["operation"] == failing
    assert list(answer.get_json()["errors"]) == FAILING_WITH[failing]
    assert [item["operation"] for item in answer.get_json()["failures"]] == [int(i) for i in FAILING_WITH[failing]]
    assert answer.status_code in (404, 409, 412, 422)
    assert dump() == before


def test_the_mixed_batch_passes_whole(client):
    body = _mixed_batch(client, 0)
    body["operations"][0]["data"]["kind"] = "person"
    response = client.post("/v1/batch", json=body)
    assert response.status_code == 200, response.get_json()


def test_the_answer_matches_its_documented_schema(client, anonymous):
    from schemas.batch import BatchOut
    BatchOut().load(client.post("/v1/batch", json=CAPTURED_TOWN).get_json())
    spec = anonymous.get("/openapi.json").get_json()
    operation = spec["paths"]["/v1/batch"]["post"]
    assert operation["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/BatchIn"}
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/BatchOut"}
    assert {"op", "kind", "id", "ref", "if_match", "data"} == set(
        spec["components"]["schemas"]["OperationIn"]["properties"])
