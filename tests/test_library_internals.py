"""What the service takes from its libraries beyond their documented calls, checked so an upgrade that moves it
fails here rather than in production (pyproject.toml pins those libraries to the versions checked).

- flask-limiter: its init_app registers one before, one after and one teardown request hook through the app's
  hook decorators; api/ratelimit.py keeps them for the app to run on writes only.
- flask-smorest: it documents its own error responses (the catch-all, the 422 of @arguments) with
  Api.ERROR_SCHEMA and the description "Default error response", and passes each route's rule to the apispec
  plugins; api/openapi.py turns those into problem documents and adds the errors each view notes.
"""
import flask

from api import openapi
from api.ratelimit import limiter, write_hooks


def test_the_rate_limiter_registers_one_hook_of_each_kind():
    app = flask.Flask("bare")
    before, after, teardown = write_hooks(app)
    assert len(before) == len(after) == len(teardown) == 1
    assert limiter in app.extensions["limiter"]


def test_writes_are_limited_and_reads_are_not(client, app, monkeypatch):
    monkeypatch.setitem(app.config, "WRITE_RATE_LIMIT", "1 per minute")
    first = client.post("/v1/sources", json={"title": "Counted"})
    assert first.status_code == 201 and first.headers["X-RateLimit-Limit"] == "1"
    refused = client.post("/v1/sources", json={"title": "One too many"})
    assert refused.status_code == 429 and refused.mimetype == "application/problem+json"
    read = client.get("/v1/sources")
    assert read.status_code == 200 and "X-RateLimit-Limit" not in read.headers


def test_error_responses_are_documented_as_problem_documents(client):
    spec = client.get("/openapi.json").get_json()
    problem = {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
    default = spec["components"]["responses"]["DEFAULT_ERROR"]
    assert default == {"description": openapi.DEFAULT_ERROR, "content": problem}
    assert spec["components"]["responses"]["UNPROCESSABLE_ENTITY"]["content"] == problem
    get = spec["paths"]["/v1/events/{record_id}"]["get"]["responses"]
    assert {code: get[code] for code in ("400", "404", "410")} == {
        "400": {"description": "Bad Request", "content": problem},
        "404": {"description": "Not Found", "content": problem},
        "410": {"description": "Gone", "content": problem}}
    assert get["default"] == {"$ref": "#/components/responses/DEFAULT_ERROR"}


def test_noted_errors_name_real_endpoints_and_leave_views_unwrapped(app):
    assert openapi.ERROR_RESPONSES and set(openapi.ERROR_RESPONSES) <= set(app.view_functions)
    blueprint = flask.Blueprint("example", __name__)

    def view():
        return ""

    assert openapi.document_errors(blueprint, 404)(view) is view
    openapi.ERROR_RESPONSES.pop("example.view")
