"""The cheap paths around every request keep every feature: reads skip the rate limiter, the log line and
the metrics keep their fields, query arguments parsed once are not shared between requests, gunicorn
writes no second log line, and PostgreSQL's time limit is set only when it changes."""
import logging
import types

import pytest
from flask_limiter import Limiter
from gunicorn import glogging

from api import db, parsing
from api.ratelimit import DatabaseStorage, limiter
from databases import ENGINE
from helpers import problem
from schemas.arguments import QUERY_SCHEMAS


@pytest.fixture
def conf(monkeypatch, tmp_path):
    """api.gunicorn_conf, imported without leaving PROMETHEUS_MULTIPROC_DIR set in the test process (its
    import sets it, which would switch apps built later to multiprocess metrics)."""
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    from api import gunicorn_conf
    return gunicorn_conf


# --- rate limits: writes only ------------------------------------------------------------------------------

def test_reads_never_reach_the_rate_limiter(client, app, monkeypatch):
    calls = []
    manager = type(limiter.limit_manager)
    resolve = manager.resolve_limits
    incr = DatabaseStorage.incr

    def counted(name, function):
        def wrapper(*args, **kwargs):
            calls.append(name)
            return function(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(manager, "resolve_limits", counted("resolve", resolve))
    monkeypatch.setattr(DatabaseStorage, "incr", counted("incr", incr))
    monkeypatch.setattr(Limiter, "identify_request", counted("identify", Limiter.identify_request))
    monkeypatch.setattr(Limiter, "current_limit", property(counted("headers", Limiter.current_limit.fget)))
    monkeypatch.setitem(app.config, "WRITE_RATE_LIMIT", "2 per minute")
    for path in ("/v1/events", "/v1/events/1", "/v1/events/999999", "/v1/events?limit=0", "/healthz"):
        assert "X-RateLimit-Limit" not in client.get(path).headers
    assert client.head("/v1/events/1").status_code == 200
    assert client.options("/v1/events", headers={"Origin": "https://a.example",
                                                 "Access-Control-Request-Method": "GET"}).status_code == 200
    assert calls == []

    first = client.post("/v1/sources", json={"title": "Counted"})
    assert first.status_code == 201 and first.headers["X-RateLimit-Limit"] == "2"
    assert {"identify", "resolve", "incr", "headers"} <= set(calls)
    assert client.post("/v1/sources", json={"title": "Counted too"}).status_code == 201
    problem(client.post("/v1/sources", json={"title": "One too many"}), 429)
    assert client.get("/v1/sources").status_code == 200   # reads go on


# --- the request log line and metrics --------------------------------------------------------------------

@pytest.fixture
def own_metrics(monkeypatch):
    """The test app's own registry answers /metrics (importing api.gunicorn_conf elsewhere in the session
    sets PROMETHEUS_MULTIPROC_DIR, which makes /metrics read gunicorn's shared files instead)."""
    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)


def test_a_304_is_logged_and_counted_as_304(client, caplog, own_metrics):
    etag = client.get("/v1/events/1").headers["ETag"]
    with caplog.at_level(logging.INFO, logger="conflict_facts.requests"):
        response = client.get("/v1/events/1", headers={"If-None-Match": etag, "X-Request-ID": "cached-1"})
    assert response.status_code == 304 and response.headers["X-Request-ID"] == "cached-1"
    (record,) = [r for r in caplog.records if getattr(r, "request_id", None) == "cached-1"]
    assert (record.method, record.path, record.status, record.token) == ("GET", "/v1/events/1", 304, "test curator")
    assert record.duration_ms >= 0 and record.remote_addr
    text = client.get("/metrics").get_data(as_text=True)
    assert 'conflict_facts_http_request_total{method="GET",status="304"}' in text
    assert 'status="304",url_rule="/v1/events/<int:record_id>"' in text


def test_probes_and_the_metrics_page_are_not_counted(anonymous, own_metrics):
    for path in ("/healthz", "/readyz", "/metrics", "/docs/static/swagger-ui.css"):
        anonymous.get(path)
    anonymous.options("/v1/events")
    text = anonymous.get("/metrics").get_data(as_text=True)
    rules = {line.split('url_rule="')[1].split('"')[0] for line in text.splitlines()
             if line.startswith("conflict_facts_http_request_duration_seconds_count")}
    assert "/v1/events" in rules
    assert not rules & {"/healthz", "/readyz", "/metrics", "/docs/static/<path:filename>"}
    assert 'conflict_facts_exporter_info{version="' in text


def _sample(client, series):
    for line in client.get("/metrics").get_data(as_text=True).splitlines():
        if line.startswith(series + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def test_a_stream_that_breaks_off_is_counted_as_an_exception(anonymous, own_metrics, monkeypatch):
    from api.services import exports

    real = exports.batches   # what an NDJSON export streams

    def breaks_off(*args, **kwargs):
        lists = real(*args, **kwargs)
        yield next(lists)
        raise RuntimeError("the stream broke off")

    exceptions = 'conflict_facts_http_request_exceptions_total{method="GET",status="500"}'
    requests = 'conflict_facts_http_request_total{method="GET",status="200"}'
    before = _sample(anonymous, exceptions), _sample(anonymous, requests)
    monkeypatch.setattr(exports, "batches", breaks_off)
    with pytest.raises(RuntimeError):
        anonymous.get("/v1/events?format=ndjson").get_data()
    after = _sample(anonymous, exceptions), _sample(anonymous, requests)
    assert after[0] == before[0] + 1 and after[1] == before[1] + 1   # the request itself is counted once


# --- conditional GET ---------------------------------------------------------------------------------------

def test_conditional_get_headers_with_and_without_a_condition(client):
    plain = client.get("/v1/events?limit=2")
    assert plain.headers["ETag"].startswith('"') and plain.headers["Date"]
    assert plain.headers["Cache-Control"] == "no-cache" and plain.headers.getlist("Vary") == ["Accept"]
    assert int(plain.headers["Content-Length"]) == len(plain.get_data())
    etag = plain.headers["ETag"]
    assert client.get("/v1/events?limit=2", headers={"If-None-Match": etag}).status_code == 304
    assert client.head("/v1/events?limit=2", headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/v1/events?limit=2", headers={"If-None-Match": '"other"'}).status_code == 200
    record = client.get("/v1/events/1")
    version = record.get_json()["version"]
    assert record.headers["ETag"].startswith(f'"{version}-')   # the record's own ETag, kept
    assert client.get("/v1/events/1", headers={"If-None-Match": record.headers["ETag"]}).status_code == 304


# --- query arguments ---------------------------------------------------------------------------------------

def test_parsed_query_arguments_are_each_requests_own(app):
    parser = parsing.Blueprint.ARGUMENTS_PARSER
    schema = QUERY_SCHEMAS["events"]
    with app.test_request_context("/v1/events?include=participants,place&limit=5"):
        first = parser.parse(schema, location="query")
        first["include"].append("sources")
        first["limit"] = 500
    with app.test_request_context("/v1/events?include=participants,place&limit=5"):
        second = parser.parse(schema, location="query")
    assert second["include"] == ["participants", "place"] and second["limit"] == 5
    assert parser._get_schema(schema, None) is parser._get_schema(schema, None)


def test_remembered_query_strings_are_bounded(app, monkeypatch):
    parser = parsing.Blueprint.ARGUMENTS_PARSER
    monkeypatch.setattr(parsing, "QUERY_CACHE_SIZE", 3)
    for limit in range(1, 10):
        with app.test_request_context(f"/v1/events?limit={limit}"):
            assert parser.parse(QUERY_SCHEMAS["events"], location="query")["limit"] == limit
    assert len(parser._queries) <= 3


def test_an_invalid_query_answers_the_same_every_time(anonymous):
    for path in ("/v1/events?limit=0", "/v1/events?limit=5&limit=6", "/v1/events/1?include=nope",
                 "/v1/events?colour=red"):
        bodies = [problem(anonymous.get(path), 400) for _ in range(3)]
        assert bodies[0] == bodies[1] == bodies[2]
    assert anonymous.get("/v1/events?limit=1").status_code == 200


# --- gunicorn ----------------------------------------------------------------------------------------------

def test_gunicorn_writes_no_access_log_unless_asked(conf, monkeypatch):
    gunicorn_conf = conf
    written = []
    monkeypatch.setattr(glogging.Logger, "access", lambda self, *args: written.append(args))
    logger = object.__new__(gunicorn_conf.Logger)
    logger.cfg = types.SimpleNamespace(accesslog=None)
    logger.access("response", "request", {}, 0.1)
    assert written == []
    logger.cfg = types.SimpleNamespace(accesslog="-")
    logger.access("response", "request", {}, 0.1)
    assert len(written) == 1
    assert gunicorn_conf.logger_class is gunicorn_conf.Logger


@pytest.mark.skipif(ENGINE != "sqlite", reason="the database file shows whether a connection was opened")
def test_building_the_app_opens_no_connection(app, conf, tmp_path):
    """preload_app builds the app in gunicorn's master, which must hold no connection when it forks."""
    from api.app import create_app

    assert conf.preload_app is True
    path = tmp_path / "never-opened.db"
    try:
        create_app({"DATABASE_URL": f"sqlite:///{path}"})
        assert not path.exists()
    finally:
        db.close_all()
        db.bind(app.config["DATABASE_URL"])


# --- PostgreSQL's time limit -------------------------------------------------------------------------------

@pytest.mark.skipif(ENGINE != "postgresql", reason="PostgreSQL's statement_timeout")
def test_statement_timeout_is_sent_only_when_it_changes(client, app, monkeypatch):
    sent = []
    real = db.database.obj
    execute_sql = real.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        if "statement_timeout" in sql:
            sent.append(params[0])
        return execute_sql(sql, params, *args, **kwargs)

    monkeypatch.setattr(real, "execute_sql", recording)
    for _ in range(3):
        assert client.get("/v1/events/1").status_code == 200
    assert sent.count(1000) <= 1                      # once per pooled connection at most
    monkeypatch.setitem(app.config, "QUERY_TIME_LIMIT_MS", 700)
    sent.clear()
    client.get("/v1/events/1")
    assert sent == [700]
    sent.clear()
    assert client.post("/v1/sources", json={"title": "Unlimited write"}).status_code == 201
    client.get("/v1/events/1")
    assert sent == [0, 700]                           # writes run without a limit, reads get theirs back
