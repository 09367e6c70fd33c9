"""The /docs page in a real browser: Debian's headless Chromium loads it from a live server, Swagger UI renders
the OpenAPI document into the page, and nothing but our own server is ever contacted.

Self-contained on purpose: it starts its own server on its own database and uses no fixture from conftest.py.
"""
import json
import os
import re
import signal
import subprocess
import threading
import urllib.request
from urllib.parse import urlsplit

import pytest
from werkzeug.serving import make_server

from api import db
from api.app import create_app
from api.services import fixtures, migrations

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_TIMEOUT = 90  # seconds of real time; a normal run takes about three
VIRTUAL_TIME_BUDGET_MS = 10_000  # virtual time: lets the page's JS fetch and render the spec, costs no real wait

# Paths that exist only once Swagger UI has fetched /openapi.json and rendered it: the HTML shell has none.
EXPECTED_PATHS = (
    "/v1/events",
    "/v1/events/{record_id}",
    "/v1/actors",
    "/v1/actors/{record_id}/events",
    "/v1/treaties",
    "/v1/statements",
)
# What the page itself must have fetched from our server.
EXPECTED_FETCHES = (
    "/docs",
    "/docs/static/swagger-ui.css",
    "/docs/static/swagger-ui-standalone-preset.js",
    "/docs/static/swagger-ui-bundle.js",
    "/openapi.json",
)
ERR_NAME_NOT_RESOLVED = -105


class _RecordingApp:
    """WSGI middleware that records (method, path) of every request the server receives."""

    def __init__(self, app):
        self.app = app
        self.requests = []
        self._lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self._lock:
            self.requests.append((environ["REQUEST_METHOD"], environ.get("PATH_INFO", "")))
        return self.app(environ, start_response)

    def paths(self):
        with self._lock:
            return [path for _, path in self.requests]

    def clear(self):
        with self._lock:
            self.requests.clear()


@pytest.fixture
def live_server(tmp_path):
    """The real app on a fresh SQLite file with the example data, served by werkzeug on 127.0.0.1:<free port>
    from a background thread. Yields (base_url, recorder)."""
    database = tmp_path / "docs.db"
    app = create_app({"DATABASE_URL": f"sqlite:///{database}", "TESTING": True})
    migrations.upgrade()
    fixtures.load()
    db.database.close()

    recorder = _RecordingApp(app)
    server = make_server("127.0.0.1", 0, recorder, threaded=True)  # bound and listening on return
    thread = threading.Thread(target=server.serve_forever, name="docs-live-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", recorder
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
        db.database.close()


def _get(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        assert response.status == 200, f"GET {url} -> {response.status}"
        return response.read().decode("utf-8")


def _run_chromium(url, tmp_path):
    """Load url in headless Chromium; return (rendered DOM, net-log path, stderr). Every host name except
    127.0.0.1 is made unresolvable, so nothing else can be reached even if something tried."""
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    net_log = tmp_path / "netlog.json"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        # Debian's launcher adds this only when it can parse /dev/shm's size; say it always.
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        f"--log-net-log={net_log}",
        f"--virtual-time-budget={VIRTUAL_TIME_BUDGET_MS}",
        # The page's console on stderr: a Content-Security-Policy violation is reported there.
        "--enable-logging=stderr",
        "--log-level=0",
        "--dump-dom",
        url,
    ]
    # A session of its own, so a hung browser can be killed with all its helper processes.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        dom, stderr = process.communicate(timeout=CHROMIUM_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        _, stderr = process.communicate()
        pytest.fail(f"Chromium did not finish within {CHROMIUM_TIMEOUT}s. Its stderr:\n{stderr[-4000:]}")
    assert process.returncode == 0, f"Chromium exited with {process.returncode}. Its stderr:\n{stderr[-4000:]}"
    assert net_log.exists(), f"Chromium wrote no net log. Its stderr:\n{stderr[-4000:]}"
    return dom, net_log, stderr


def _url_requests(net_log):
    """Every URL request in a Chromium net log: {source id: {"urls", "initiator", "isolation_key", "error"}}.
    urls holds the requested URL and every redirect target."""
    try:
        log = json.loads(net_log.read_text(encoding="utf-8"))
    except ValueError as exc:
        pytest.fail(f"Chromium's net log {net_log} is not complete JSON: {exc}")
    event_names = {number: name for name, number in log["constants"]["logEventTypes"].items()}
    source_types = {number: name for name, number in log["constants"]["logSourceType"].items()}
    requests = {}
    for event in log["events"]:
        if source_types.get(event["source"]["type"]) != "URL_REQUEST":
            continue
        request = requests.setdefault(event["source"]["id"], {
            "urls": [], "initiator": None, "isolation_key": None, "error": None})
        params = event.get("params") or {}
        for key in ("url", "location"):
            if key in params and params[key] not in request["urls"]:
                request["urls"].append(params[key])
        if event_names.get(event["type"]) == "URL_REQUEST_START_JOB" and "initiator" in params:
            request["initiator"] = params["initiator"]
            request["isolation_key"] = params.get("network_isolation_key")
        if params.get("net_error"):
            request["error"] = params["net_error"]
    return {source: request for source, request in requests.items() if request["urls"]}


def _tcp_peers(net_log):
    """Every address Chromium opened (or tried to open) a TCP connection to."""
    log = json.loads(net_log.read_text(encoding="utf-8"))
    event_names = {number: name for name, number in log["constants"]["logEventTypes"].items()}
    peers = set()
    for event in log["events"]:
        name = event_names.get(event["type"], "")
        params = event.get("params") or {}
        if name.startswith("TCP_CONNECT"):
            peers.update(params.get("address_list", ()))
            for key in ("address", "remote_address"):
                if key in params:
                    peers.add(params[key])
    return peers


def _is_ours(url, origin):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https", "ws", "wss", "ftp"):
        return True  # data:, blob: and the like reach no host
    return f"{parts.scheme}://{parts.netloc}" == origin


@pytest.mark.e2e
@pytest.mark.browser
@pytest.mark.needs("chromium")
def test_docs_page_renders_the_spec_in_chromium_from_our_server_only(live_server, tmp_path):
    origin, recorder = live_server
    port = urlsplit(origin).port

    # The HTML shell alone shows no operation: whatever the browser shows below, Swagger UI's JS rendered it.
    shell = _get(f"{origin}/docs")
    for path in EXPECTED_PATHS:
        assert path not in shell
    assert 'class="title"' not in shell
    spec_paths = set(json.loads(_get(f"{origin}/openapi.json"))["paths"])
    assert set(EXPECTED_PATHS) <= spec_paths
    recorder.clear()

    dom, net_log, stderr = _run_chromium(f"{origin}/docs", tmp_path)
    fetched = recorder.paths()

    # Swagger UI rendered the document: the API's title and one block per path of the spec.
    assert "Failed to load API definition" not in dom, dom[-2000:]
    assert re.search(r'<h2 class="title">\s*conflict-facts\b', dom), (
        f"Swagger UI's info block with the API title is missing from the rendered DOM:\n{dom[:3000]}")
    rendered_paths = set(re.findall(r'class="opblock-summary-path"[^>]*\bdata-path="([^"]+)"', dom))
    for path in EXPECTED_PATHS:
        assert path in rendered_paths, f"{path} not rendered; rendered paths: {sorted(rendered_paths)}"
    assert spec_paths <= rendered_paths, f"paths of the spec not rendered: {sorted(spec_paths - rendered_paths)}"

    # The page's Content-Security-Policy (api/http.py) let all of it run: the browser reported no violation.
    violations = [line for line in stderr.splitlines() if "Content Security Policy" in line]
    assert not violations, violations

    # Our server saw the page, its assets and the spec being fetched: they came from here, from no CDN.
    for path in EXPECTED_FETCHES:
        assert path in fetched, f"the browser never fetched {path} from our server; it fetched {fetched}"

    # No other host was reached. Chromium itself (not the page) also phones home (update checks, Google
    # account lookups) whatever the flags; those must be the browser's own and must have failed to resolve.
    requests = _url_requests(net_log)
    page_urls = []
    for request in requests.values():
        foreign = [url for url in request["urls"] if not _is_ours(url, origin)]
        from_page = "127.0.0.1" in (request["initiator"] or "") or "127.0.0.1" in (request["isolation_key"] or "")
        if from_page:
            page_urls.extend(request["urls"])
            assert not foreign, f"the docs page requested another host: {request}"
        elif foreign:
            assert request["error"] == ERR_NAME_NOT_RESOLVED, (
                f"a request to another host was not blocked by the host-resolver rules: {request}")
    for path in EXPECTED_FETCHES:
        assert f"{origin}{path}" in page_urls, f"{origin}{path} not in Chromium's net log: {page_urls}"
    assert all(url.startswith(f"{origin}/") for url in page_urls), page_urls

    peers = _tcp_peers(net_log)
    assert peers == {f"127.0.0.1:{port}"}, f"Chromium opened TCP connections to {peers}"
