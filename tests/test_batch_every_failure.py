"""POST /v1/batch names every failing operation in one answer (batch31): a failing operation no longer stops the
batch; the rest still run, each error is kept under its operation's index, with the single request's messages,
and then everything is undone."""
from schemas.problems import Problem

from helpers import BODIES, STATEMENT, problem


def ops(*operations):
    return {"operations": list(operations)}


BAD_DATE = {"op": "create", "kind": "statements", "data": {**STATEMENT, "date": "yesterday"}}
NO_SUCH_PLACE = {"op": "create", "kind": "events", "data": {**BODIES["events"], "place_id": 99999}}
NOT_AN_OP = {"op": "upsert", "kind": "actors", "data": {"name": "Someone", "kind": "person"}}


def test_three_bad_operations_of_different_kinds_in_one_answer(client, dump):
    before = dump()
    body = problem(client.post("/v1/batch", json=ops(
        {"op": "create", "kind": "sources", "ref": "src", "data": {"title": "A report"}},
        BAD_DATE, NO_SUCH_PLACE, NOT_AN_OP,
        {"op": "create", "kind": "sources", "data": {"title": "Another report"}})), 422)
    assert list(body["errors"]) == ["1", "2", "3"]
    # each operation's errors are the single request's
    single = problem(client.post("/v1/statements", json=BAD_DATE["data"]), 422)["errors"]
    assert body["errors"]["1"] == single
    assert body["errors"]["2"] == problem(client.post("/v1/events", json=NO_SUCH_PLACE["data"]), 422)["errors"]
    assert body["errors"]["3"] == {"op": ["Must be one of: create, replace, patch, delete."]}
    assert body["operation"] == 1 and body["detail"].startswith("Operations 1, 2 and 3 failed")
    assert [(f["operation"], f["status"]) for f in body["failures"]] == [(1, 422), (2, 422), (3, 422)]
    assert body["failures"][1]["detail"].startswith("Operation 2 (create events): ")
    assert dump() == before


def test_an_operation_naming_a_failed_one_says_so_and_its_body_is_judged_all_the_same(client, dump):
    before = dump()
    body = problem(client.post("/v1/batch", json=ops(
        {"op": "create", "kind": "actors", "ref": "spokesman", "data": {"name": "A spokesman", "kind": "martian"}},
        {"op": "create", "kind": "statements", "ref": "said", "data": {
            **STATEMENT, "speaker_id": "@spokesman", "date": "yesterday"}},
        {"op": "patch", "kind": "statements", "id": "@said", "data": {"stance": "deny"}},
        {"op": "create", "kind": "sources", "data": {"title": "Fine on its own"}})), 422)
    assert list(body["errors"]) == ["0", "1", "2"]
    assert list(body["errors"]["0"]) == ["kind"]
    said = body["errors"]["1"]
    assert said["speaker_id"] == ['"@spokesman" is the ref of operation 0, which failed (see its errors): there is '
                                  'no record of it to refer to.']
    assert said["date"][0].startswith("Not a valid date: give YYYY-MM-DD")   # the schema's, as a single POST says
    assert set(said) == {"speaker_id", "date"}
    assert body["errors"]["2"] == {"id": ['"@said" is the ref of operation 1, which failed (see its errors): there '
                                          'is no record of it to refer to.']}
    assert dump() == before


def test_a_body_naming_a_failed_operation_and_nothing_else_wrong_names_the_ref_alone(client):
    body = problem(client.post("/v1/batch", json=ops(
        {"op": "create", "kind": "actors", "ref": "a", "data": {"name": "X", "kind": "martian"}},
        {"op": "create", "kind": "statements", "data": {**STATEMENT, "speaker_id": "@a"}})), 422)
    assert body["errors"]["1"] == {"speaker_id": [
        '"@a" is the ref of operation 0, which failed (see its errors): there is no record of it to refer to.']}


def test_failures_of_several_statuses(strict_client, dump):
    """The answer's status is the first failing operation's; failures gives each one's, with its members."""
    etag = strict_client.get("/v1/events/4").headers["ETag"]
    strict_client.patch("/v1/events/4", json={"summary": "Someone else"}, headers={"If-Match": etag})
    before = dump()
    body = problem(strict_client.post("/v1/batch", json=ops(
        {"op": "patch", "kind": "events", "id": 4, "if_match": etag, "data": {"summary": "Mine"}},
        {"op": "delete", "kind": "sources", "id": 1, "if_match": "*"},
        {"op": "patch", "kind": "actors", "id": 3, "if_match": "4-abc", "data": {}},
        {"op": "patch", "kind": "events", "id": 9999, "if_match": "*", "data": {}},
        BAD_DATE)), 412)
    assert list(body["errors"]) == ["0", "1", "2", "3", "4"]
    assert [(f["operation"], f["status"]) for f in body["failures"]] == [(0, 412), (1, 409), (2, 400), (3, 404),
                                                                        (4, 422)]
    assert body["current_version"] == body["failures"][0]["current_version"]
    assert body["failures"][1]["referenced_by"]
    assert body["errors"]["3"] == {"id": ["No event with id 9999."]}
    assert "if_match" in body["errors"]["2"] and "if_match" in body["errors"]["0"]
    Problem().load(body)   # the documented problem document
    assert dump() == before


def test_one_failure_answers_as_before_with_its_failures_entry(client):
    body = problem(client.post("/v1/batch", json=ops({"op": "create", "kind": "sources", "data": {"title": "S"}},
                                                      NO_SUCH_PLACE)), 422)
    assert body["detail"].startswith("Operation 1 (create events) failed, so nothing was changed: ")
    assert body["operation"] == 1 and list(body["errors"]) == ["1"]
    assert [f["operation"] for f in body["failures"]] == [1]


def test_a_ref_named_twice_and_a_bad_operation_are_both_named(client):
    body = problem(client.post("/v1/batch", json=ops(
        {"op": "create", "kind": "sources", "ref": "s", "data": {"title": "S"}},
        {"op": "create", "kind": "sources", "ref": "s", "data": {"title": "T"}},
        {"op": "create", "kind": "wars", "data": {}})), 422)
    assert body["errors"] == {"1": {"ref": ["Already the ref of operation 0: name each once."]},
                              "2": {"kind": ["Must be one of: sources, actors, places, events, treaties, "
                                             "statements."]}}


def test_a_good_batch_after_a_refused_one_is_written_whole(client):
    operations = [{"op": "create", "kind": "actors", "ref": "a", "data": {"name": "Someone", "kind": "martian"}},
                  {"op": "create", "kind": "statements", "data": {**STATEMENT, "speaker_id": "@a"}}]
    problem(client.post("/v1/batch", json=ops(*operations)), 422)
    operations[0]["data"]["kind"] = "person"
    response = client.post("/v1/batch", json=ops(*operations))
    assert response.status_code == 200, response.get_json()
    actor, statement = (r["id"] for r in response.get_json()["results"])
    assert client.get(f"/v1/statements/{statement}").get_json()["speaker"]["id"] == actor
