"""Errors outside validation: every one is problem+json, none is a 500."""
import pytest

from helpers import EVENT, problem


def test_unknown_route(client):
    body = problem(client.get("/v1/wars"), 404)
    assert body["instance"] == "/v1/wars"


def test_unknown_record(client):
    assert problem(client.get("/v1/events/424242"), 404)["detail"] == "No event with id 424242."


def test_non_numeric_id_is_not_found(client):
    problem(client.get("/v1/events/abc"), 404)


@pytest.mark.parametrize("method,path", [("DELETE", "/v1/events"), ("POST", "/v1/events/1"), ("PUT", "/v1/events"),
                                         ("POST", "/v1/vocabularies")])
def test_method_not_allowed(client, method, path):
    response = client.open(path, method=method, json={})
    problem(response, 405)
    assert response.headers["Allow"]


def test_malformed_json(client, dump):
    before = dump()
    body = problem(client.post("/v1/events", data='{"title": ', content_type="application/json"), 400)
    assert body["errors"] == {"body": ["Invalid JSON body."]}
    assert dump() == before


def test_malformed_json_in_a_patch(client):
    body = problem(client.patch("/v1/events/1", data="{", content_type="application/merge-patch+json"), 400)
    assert body["errors"] == {"body": ["Invalid JSON body."]}


def test_a_patch_must_be_an_object(client):
    body = problem(client.patch("/v1/events/1", json=[1, 2]), 422)
    assert body["errors"] == {"_schema": ["A merge patch must be a JSON object."]}


def test_invalid_utf8(client):
    problem(client.post("/v1/events", data=b'{"title": "\xff\xfe"}', content_type="application/json"), 400)


def test_body_must_be_an_object(client):
    problem(client.post("/v1/events", json=[EVENT]), 422)


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml", None])
def test_wrong_content_type(client, dump, content_type):
    before = dump()
    response = client.post("/v1/events", data='{"title": "x"}',
                           headers={"Content-Type": content_type} if content_type else {})
    problem(response, 415)
    assert dump() == before


def test_merge_patch_content_type_is_only_for_patch(client):
    problem(client.post("/v1/sources", data='{"title": "x"}', content_type="application/merge-patch+json"), 415)


def test_oversized_body(client, app, dump):
    before = dump()
    too_big = {**EVENT, "summary": "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)}
    body = problem(client.post("/v1/events", json=too_big), 413)
    assert str(app.config["MAX_CONTENT_LENGTH"]) in body["detail"]
    assert dump() == before


def test_deeply_nested_json(client):
    deep = "[" * 100000 + "]" * 100000
    response = client.post("/v1/events", data=deep, content_type="application/json")
    assert response.status_code in (400, 413, 422)
    problem(response, response.status_code)


@pytest.mark.parametrize("query", ["limit=0", "limit=501", "limit=ten", "cursor=%%%", "cursor=eyJhZnRlciI6ICJ4In0",
                                   "limit=5&limit=6"])
def test_invalid_paging_parameters(client, query):
    body = problem(client.get(f"/v1/events?{query}"), 400)
    assert set(body["errors"]) <= {"limit", "cursor"}
