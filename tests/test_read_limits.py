"""Read rate limits per client (searches and exports cost more), the cap on concurrent exports and on a
search's words (issue 8: M1). The slow-client side, against a real server: tests/e2e/."""
import os
import signal
import subprocess
import sys

import pytest

from api import formats, slots
from api.services import exports
from helpers import problem

BURST = 10


@pytest.fixture
def limited(app, monkeypatch):
    """The app with small read limits: 10 units at once, one more every 10 s."""
    for name, value in {"READ_RATE": 0.1, "READ_BURST": BURST, "SEARCH_COST": 5, "EXPORT_COST": 10}.items():
        monkeypatch.setitem(app.config, name, value)
    app.extensions["read_limits"].clear()
    yield app
    app.extensions["read_limits"].clear()


READS = {   # a read, and what it costs under the fixture's settings
    "/v1/events": 1,
    "/v1/events/1": 1,
    "/v1/events?q=war": 5,
    "/v1/events?format=ndjson": 10,
    "/v1/events?format=csv": 1,
}


@pytest.mark.parametrize("path", READS)
def test_a_client_past_its_burst_gets_429_with_retry_after(limited, anonymous, path):
    allowed = BURST // READS[path]
    for _ in range(allowed):
        response = anonymous.get(path)
        assert response.status_code == 200
        response.close()
    refused = anonymous.get(path)
    body = problem(refused, 429)
    assert refused.headers["Retry-After"] == str(10 * READS[path])   # the seconds its cost takes to come back
    assert "rate limit" in body["detail"]


def test_an_export_asked_for_by_accept_costs_an_export(limited, anonymous):
    assert anonymous.get("/v1/events", headers={"Accept": "application/x-ndjson"}).status_code == 200
    problem(anonymous.get("/v1/events/1"), 429)


def test_many_addresses_asking_once_do_not_grow_the_buckets_for_ever(limited, anonymous, monkeypatch):
    from api import readlimits

    monkeypatch.setattr(readlimits, "MAX_CLIENTS", 8)
    for n in range(40):
        response = anonymous.get("/v1/events/1", environ_base={"REMOTE_ADDR": f"10.0.0.{n}"})
        assert response.status_code == 200
    assert len(limited.extensions["read_limits"]) <= 8


def test_monitoring_is_never_limited(limited, anonymous):
    for _ in range(3 * BURST):
        for path in ("/healthz", "/readyz", "/metrics"):
            assert anonymous.get(path).status_code == 200


def test_clients_are_counted_apart(limited, anonymous, reader, client):
    for _ in range(BURST):
        anonymous.get("/v1/events/1")
    problem(anonymous.get("/v1/events/1"), 429)
    assert anonymous.get("/v1/events/1", environ_base={"REMOTE_ADDR": "192.0.2.7"}).status_code == 200
    assert reader.get("/v1/events/1").status_code == 200     # a token is its own client
    assert client.post("/v1/sources", json={"title": "Writes are limited apart"}).status_code == 201


def test_read_limits_off(limited, anonymous, monkeypatch):
    monkeypatch.setitem(limited.config, "READ_RATE", 0)
    for _ in range(3 * BURST):
        assert anonymous.get("/v1/events/1").status_code == 200


# --- concurrent exports ----------------------------------------------------------------------------------

@pytest.fixture
def one_export_at_a_time(monkeypatch, tmp_path):
    monkeypatch.setattr(exports, "export_slots", slots.Slots(1, str(tmp_path)))


def test_an_export_past_the_cap_gets_503_with_retry_after(one_export_at_a_time, anonymous, monkeypatch):
    monkeypatch.setattr(formats, "NDJSON_CHUNK", 1)   # a chunk per record: the export is mid-way after one
    streaming = anonymous.get("/v1/events?format=ndjson")   # one chunk read: still streaming
    assert streaming.status_code == 200
    refused = anonymous.get("/v1/actors?format=ndjson")
    assert "exports are streaming already" in problem(refused, 503)["detail"]
    assert refused.headers["Retry-After"] == "10"
    assert anonymous.get("/v1/actors").status_code == 200   # pages are not exports
    assert streaming.get_data().count(b"\n") == 7
    streaming.close()
    assert anonymous.get("/v1/actors?format=ndjson").status_code == 200


def test_an_export_refused_before_it_streams_frees_its_slot(one_export_at_a_time, anonymous):
    problem(anonymous.get("/v1/events?format=ndjson&q=%22%22"), 400)
    response = anonymous.get("/v1/events?format=ndjson")
    assert response.status_code == 200
    response.close()


def test_slots_are_shared_between_processes_and_freed_when_one_dies(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from api.slots import Slots; slot = Slots(1, sys.argv[1]).take(); "
                               "print(slot is not None, flush=True); sys.stdin.read()", str(tmp_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=os.path.dirname(os.path.dirname(__file__)))
    try:
        assert holder.stdout.readline().strip() == "True"
        assert slots.Slots(1, str(tmp_path)).take() is None
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert slots.Slots(1, str(tmp_path)).take() is not None


# --- words in a search -----------------------------------------------------------------------------------

def test_a_search_may_have_at_most_max_search_terms_words(anonymous):
    words = [f"w{n}" for n in range(16)]
    assert anonymous.get("/v1/events", query_string={"q": " ".join(words)}).status_code == 200
    assert anonymous.get("/v1/events", query_string={"q": " OR ".join(words)}).status_code == 200
    body = problem(anonymous.get("/v1/events", query_string={"q": " ".join(words + ["one*"])}), 400)
    assert body["errors"] == {"q": ["Has 17 words; a search may have at most 16."]}


def test_behind_a_trusted_proxy_clients_are_counted_by_their_forwarded_address(dbs, template_databases):
    from api.app import create_app

    app = create_app({"DATABASE_URL": dbs.url("empty"), "TESTING": True, "READ_RATE": 0.1, "READ_BURST": 1,
                      "TRUSTED_PROXY_HOPS": 1})
    proxy = app.test_client()
    behind = {"REMOTE_ADDR": "10.0.0.2"}   # every request comes from the proxy
    assert proxy.get("/v1/vocabularies", environ_base=behind, headers={"X-Forwarded-For": "192.0.2.1"}).status_code == 200
    assert proxy.get("/v1/vocabularies", environ_base=behind, headers={"X-Forwarded-For": "192.0.2.2"}).status_code == 200
    problem(proxy.get("/v1/vocabularies", environ_base=behind, headers={"X-Forwarded-For": "192.0.2.1"}), 429)
