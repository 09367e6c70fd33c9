"""Operations endpoints: readiness, metrics, request IDs and JSON request logs."""
import json
import logging

from api.services import migrations


def test_readyz_when_ready(client):
    body = client.get("/readyz").get_json()
    assert body == {"status": "ready", "database": "ok", "pending_migrations": []}


def test_readyz_with_a_pending_migration(client, monkeypatch):
    monkeypatch.setattr(migrations, "pending_on_open_connection", lambda: ["0099_future"])
    response = client.get("/readyz")
    assert response.status_code == 503 and response.get_json()["pending_migrations"] == ["0099_future"]


def test_readyz_when_the_database_is_unreachable(client, monkeypatch):
    def broken():
        raise ConnectionError("no database")
    monkeypatch.setattr(migrations, "pending_on_open_connection", broken)
    response = client.get("/readyz")
    assert response.status_code == 503 and response.get_json()["status"] == "unavailable"


def test_metrics_count_requests_by_route_and_status(client):
    client.get("/v1/events/1")
    client.get("/v1/events/999")
    text = client.get("/metrics").get_data(as_text=True)
    counts = [line for line in text.splitlines() if line.startswith("conflict_facts_http_request_duration_seconds_count")
              and 'url_rule="/v1/events/<int:record_id>"' in line]
    assert any('status="200"' in line for line in counts) and any('status="404"' in line for line in counts)
    assert "conflict_facts_http_request_duration_seconds_bucket" in text
    assert "conflict_facts_database_errors" in text


def test_request_ids_are_kept_or_made(client):
    assert client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["X-Request-ID"] == "abc-123"
    made = client.get("/healthz").headers["X-Request-ID"]
    assert len(made) == 32 and made != client.get("/healthz").headers["X-Request-ID"]
    assert client.get("/healthz", headers={"X-Request-ID": "bad id;"}).headers["X-Request-ID"] != "bad id;"


def test_each_request_is_logged_with_its_id(client, caplog):
    with caplog.at_level(logging.INFO, logger="conflict_facts.requests"):
        client.get("/v1/events?limit=1", headers={"X-Request-ID": "trace-me"})
    (record,) = [r for r in caplog.records if getattr(r, "request_id", None) == "trace-me"]
    assert (record.method, record.path, record.status) == ("GET", "/v1/events", 200)
    assert record.token == "test curator" and record.duration_ms >= 0


def test_the_log_format_is_one_json_object_per_line():
    import pydoc

    from api import gunicorn_conf

    formatter_config = dict(gunicorn_conf.logconfig_dict["formatters"]["json"])
    formatter = pydoc.locate(formatter_config.pop("()"))(**formatter_config)
    record = logging.LogRecord("conflict_facts.requests", logging.INFO, __file__, 1, "request", None, None)
    record.request_id = "r1"
    line = formatter.format(record)
    assert "\n" not in line and json.loads(line)["request_id"] == "r1" and json.loads(line)["level"] == "INFO"
