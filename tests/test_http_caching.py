"""Conditional GETs, caching headers, CORS, and the query time limit."""
import itertools

import pytest

from api import timeouts
from databases import ENGINE


def test_every_get_has_an_etag_and_304_on_match(client):
    for path in ("/v1/events", "/v1/events/1", "/v1/vocabularies", "/openapi.json", "/v1/events?format=csv"):
        response = client.get(path)
        etag = response.headers["ETag"]
        assert response.headers["Cache-Control"] == "no-cache"
        again = client.get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.get_data() == b""


@pytest.mark.parametrize("path", ["/v1/events", "/v1/events/1", "/v1/vocabularies", "/v1/events?format=csv"])
def test_if_match_on_a_get_is_rfc_9110s(client, path):
    """A GET answers 200 when If-Match is `*` or names its current ETag (any representation there matches), 412
    when it names another."""
    plain = client.get(path)
    for value in ("*", plain.headers["ETag"], f'"other", {plain.headers["ETag"]}'):
        response = client.get(path, headers={"If-Match": value})
        assert response.status_code == 200 and response.get_data() == plain.get_data(), value
    assert client.get(path, headers={"If-Match": '"other"'}).status_code == 412

def test_etag_changes_with_the_record(client):
    before = client.get("/v1/events/1").headers["ETag"]
    client.patch("/v1/events/1", json={"summary": "Updated."})
    response = client.get("/v1/events/1", headers={"If-None-Match": before})
    assert response.status_code == 200 and response.headers["ETag"] != before


def test_cors_for_reads(client):
    response = client.get("/v1/events", headers={"Origin": "https://dashboard.example"})
    assert response.headers["Access-Control-Allow-Origin"] in ("*", "https://dashboard.example")
    assert "Link" in response.headers["Access-Control-Expose-Headers"]
    preflight = client.options("/v1/events", headers={"Origin": "https://dashboard.example",
                                                      "Access-Control-Request-Method": "GET"})
    assert "GET" in preflight.headers["Access-Control-Allow-Methods"]


def test_cors_does_not_open_writes(client):
    preflight = client.options("/v1/events", headers={"Origin": "https://evil.example",
                                                      "Access-Control-Request-Method": "POST"})
    assert "POST" not in preflight.headers.get("Access-Control-Allow-Methods", "")


def test_cors_origins_are_configurable(client, app):
    from flask_cors import CORS
    # The setting is read when the app is built; a configured list answers only its origins.
    from api.app import create_app
    restricted = create_app({"DATABASE_URL": app.config["DATABASE_URL"], "CORS_ORIGINS": "https://a.example"})
    c = restricted.test_client()
    assert c.get("/v1/events", headers={"Origin": "https://a.example"}).headers[
        "Access-Control-Allow-Origin"] == "https://a.example"
    assert "Access-Control-Allow-Origin" not in c.get("/v1/events", headers={"Origin": "https://b.example"}).headers
    assert CORS  # the extension, not hand-written headers


@pytest.mark.skipif(ENGINE != "sqlite", reason="SQLite's progress handler; PostgreSQL's statement_timeout "
                                               "has its own test below")
def test_a_query_over_the_time_limit_is_stopped_with_503(client, app, monkeypatch):
    """The clock is simulated: every look at it moves it a second on, so the deadline passes at once."""
    clock = itertools.count(start=1000, step=1)
    monkeypatch.setattr(timeouts.time, "monotonic", lambda: next(clock))
    monkeypatch.setattr(timeouts, "STEPS_BETWEEN_CHECKS", 1)
    response = client.get("/v1/events?q=war")
    assert response.status_code == 503 and response.mimetype == "application/problem+json"
    body = response.get_json()
    assert body["type"] == "/problems/query-timeout" and "1000 ms" in body["detail"]


def test_an_export_over_the_time_limit_is_refused_before_it_starts(client, app, monkeypatch):
    """The export's first query runs before the stream's "200 OK" goes out, so a refusal is a 503, not a
    stream cut short. That query is made to run past the limit: on SQLite the deadline passes just as it
    starts; on PostgreSQL a sleep runs into statement_timeout."""
    from flask import g

    from api import db
    from api.services import exports

    original = exports._sort_values

    if ENGINE == "sqlite":
        monkeypatch.setattr(timeouts, "STEPS_BETWEEN_CHECKS", 1)

        def past_the_limit(*args):
            g.query_deadline = timeouts.time.monotonic() - 1
            return original(*args)
    else:
        monkeypatch.setitem(app.config, "QUERY_TIME_LIMIT_MS", 50)

        def past_the_limit(*args):
            db.database.execute_sql("SELECT pg_sleep(5)")   # far past the 50 ms limit
            return original(*args)

    monkeypatch.setattr(exports, "_sort_values", past_the_limit)
    response = client.get("/v1/events?format=ndjson")
    assert response.status_code == 503 and response.mimetype == "application/problem+json"
    assert response.get_json()["type"] == "/problems/query-timeout"


@pytest.mark.skipif(ENGINE != "postgresql", reason="PostgreSQL's statement_timeout; SQLite's limit is tested above")
def test_a_slow_statement_is_stopped_by_statement_timeout(client, app, monkeypatch):
    from api.services import pages

    monkeypatch.setitem(app.config, "QUERY_TIME_LIMIT_MS", 50)
    original = pages.page

    def slow_page(*args, **kwargs):
        from api import db
        db.database.execute_sql("SELECT pg_sleep(5)")   # far past the 50 ms limit
        return original(*args, **kwargs)

    monkeypatch.setattr(pages, "page", slow_page)
    response = client.get("/v1/events")
    assert response.status_code == 503 and response.get_json()["type"] == "/problems/query-timeout"


@pytest.mark.skipif(ENGINE != "sqlite", reason="simulates SQLite's progress handler clock")
def test_no_limit_when_disabled(client, app, monkeypatch):
    clock = itertools.count(start=1000, step=1)
    monkeypatch.setattr(timeouts.time, "monotonic", lambda: next(clock))
    monkeypatch.setattr(timeouts, "STEPS_BETWEEN_CHECKS", 1)
    monkeypatch.setitem(app.config, "QUERY_TIME_LIMIT_MS", 0)
    assert client.get("/v1/events?q=war").status_code == 200


@pytest.mark.skipif(ENGINE != "sqlite", reason="simulates SQLite's progress handler clock")
def test_writes_are_never_cut_off(client, monkeypatch):
    """A write may wait for the write lock behind others: the read limit must not fail it (nor, after its
    commit, answer an error for a write that happened)."""
    clock = itertools.count(start=1000, step=1)
    monkeypatch.setattr(timeouts.time, "monotonic", lambda: next(clock))
    monkeypatch.setattr(timeouts, "STEPS_BETWEEN_CHECKS", 1)
    assert client.post("/v1/sources", json={"title": "Slow but sure"}).status_code == 201
    assert client.patch("/v1/sources/1", json={"publisher": "P"}).status_code == 200
