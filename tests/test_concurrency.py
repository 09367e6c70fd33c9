"""The real service under gunicorn (4 workers, one SQLite file), driven by 8 concurrent client processes.

2,000 creates and 500 conflicting updates (read, then PATCH with If-Match) of 5 records. Afterwards,
checked over HTTP and against the server's log:

- every acknowledged create (201) exists exactly once, with what was sent, and nothing else was created;
- every acknowledged update (200) is in its record's history as the version it returned, with the data it
  sent; each record's revisions are versions 1..n in order, one per acknowledged write;
- every refused update got exactly 412 (stale version): no 500, no 503, no "database is locked";
- the change feed after the base records lists exactly the acknowledged changes, once each, in commit order.

No assertion depends on timing: how many updates conflict varies from run to run, and is printed.
"""
import base64
import collections
import concurrent.futures
import json
import multiprocessing
import os
import queue
import random
import signal
import socket
import subprocess
import sys
import threading
import time
import traceback
from urllib.parse import urljoin

import pytest
import requests

from databases import ENGINE

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(
    ENGINE != "sqlite",
    reason="This test is about SQLite under gunicorn: one file, four worker processes, the write lock and "
           "the busy timeout. On PostgreSQL the same guarantees come from the advisory write lock, which "
           "tests/test_scale_out.py exercises across two instances in CI's PostgreSQL pass.")]

CLI = [sys.executable, "-m", "api.cli"]
CLIENTS = 8
# The sizes of the load; the environment may shrink (or grow) them for a slow machine.
CREATES = int(os.environ.get("CONCURRENCY_CREATES", "2000"))
UPDATES = int(os.environ.get("CONCURRENCY_UPDATES", "500"))
HOT_RECORDS = 5
SERVER_WORKERS = 4
REQUEST_TIMEOUT_S = 120  # a bound on a hung request, never an assertion on how long one takes
CLIENTS_DEADLINE_S = 1200


# --- the server ---------------------------------------------------------------------------------------------

def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cli(args, env):
    result = subprocess.run(CLI + args, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def wait_until_serving(base_url, process, stderr_path, deadline_s=120):
    """Poll until the server answers: readiness, not a timing assertion."""
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"serve exited early ({process.returncode}):\n{stderr_path.read_text()}")
        try:
            status = requests.get(f"{base_url}/readyz", timeout=5).status_code
            if status == 404:  # a service without /readyz
                status = requests.get(f"{base_url}/healthz", timeout=5).status_code
            if status == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.1)
    raise AssertionError(f"serve did not answer within {deadline_s} s:\n{stderr_path.read_text()}")


def stop(process):
    """SIGTERM to the server's whole process group (master and workers); SIGKILL if it does not go."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


# --- the clients (each in its own process) ----------------------------------------------------------------

def _send(entry, call):
    """Run one request, recording its status (or the exception that replaced it) in entry."""
    try:
        response = call()
    except requests.RequestException as error:
        entry.update(status=None, error=repr(error))
        return None
    entry["status"] = response.status_code
    if response.status_code >= 300:
        entry["error"] = response.text[:500]
        try:
            body = response.json()
            entry["problem_type"] = body.get("type")
            entry["current_version"] = body.get("current_version")
        except ValueError:
            pass
    return response


def client_main(client, base_url, token, creates, updates, hot_ids, seed, barrier, results):
    """One client: `creates` POSTs and `updates` read-then-PATCH attempts, shuffled; every request logged."""
    log = []
    try:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        rng = random.Random(seed)
        ops = ["create"] * creates + ["update"] * updates
        rng.shuffle(ops)
        barrier.wait(timeout=120)
        for n, op in enumerate(ops):
            if op == "create":
                body = {"title": f"concurrency c{client} n{n}", "publisher": f"client {client}"}
                entry = {"op": "create", "client": client, "n": n, "kind": "sources", "sent": body}
                log.append(entry)
                response = _send(entry, lambda: session.post(f"{base_url}/v1/sources", json=body,
                                                             timeout=REQUEST_TIMEOUT_S))
                if response is not None and response.status_code == 201:
                    record = response.json()
                    entry.update(id=record["id"], version=record["version"], returned=record,
                                 location=response.headers.get("Location"))
            else:
                record_id = rng.choice(hot_ids)
                read = {"op": "read", "client": client, "n": n, "kind": "actors", "id": record_id}
                log.append(read)
                response = _send(read, lambda: session.get(f"{base_url}/v1/actors/{record_id}",
                                                           timeout=REQUEST_TIMEOUT_S))
                if response is None or response.status_code != 200:
                    continue
                etag = response.headers["ETag"]
                read_version = response.json()["version"]
                body = {"description": f"client {client} attempt {n}"}
                entry = {"op": "update", "client": client, "n": n, "kind": "actors", "id": record_id,
                         "sent": body, "if_match": etag, "read_version": read_version}
                log.append(entry)
                response = _send(entry, lambda: session.patch(
                    f"{base_url}/v1/actors/{record_id}", data=json.dumps(body), timeout=REQUEST_TIMEOUT_S,
                    headers={"If-Match": etag, "Content-Type": "application/merge-patch+json"}))
                if response is not None and response.status_code == 200:
                    record = response.json()
                    entry.update(version=record["version"], returned=record)
        results.put((client, log, None))
    except BaseException:  # report, never hang the parent
        results.put((client, log, traceback.format_exc()))


def run_clients(base_url, token, hot_ids):
    context = multiprocessing.get_context("fork")
    barrier = context.Barrier(CLIENTS)
    results = context.Queue()
    processes = []
    for client in range(CLIENTS):
        creates = CREATES // CLIENTS + (client < CREATES % CLIENTS)
        updates = UPDATES // CLIENTS + (client < UPDATES % CLIENTS)
        processes.append(context.Process(
            target=client_main, name=f"client-{client}", daemon=True,
            args=(client, base_url, token, creates, updates, hot_ids, 1000 + client, barrier, results)))
    for process in processes:
        process.start()
    logs, failures = {}, []
    deadline = time.monotonic() + CLIENTS_DEADLINE_S
    try:
        while len(logs) < CLIENTS:
            try:
                client, log, failure = results.get(timeout=5)
            except queue.Empty:
                dead = [p.name for p in processes if p.exitcode not in (None, 0)]
                assert not dead, f"client processes died without reporting: {dead}"
                assert time.monotonic() < deadline, "the clients did not finish"
                continue
            logs[client] = log
            if failure:
                failures.append(f"client {client}:\n{failure}")
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    assert not failures, "\n".join(failures)
    return [entry for client in sorted(logs) for entry in logs[client]]


# --- reading the service back ---------------------------------------------------------------------------

def get_ok(session, url):
    response = session.get(url, timeout=REQUEST_TIMEOUT_S)
    assert response.status_code == 200, f"GET {url}: {response.status_code} {response.text[:500]}"
    return response.json()


def walk(session, base_url, path):
    """Every item of a paged list (a collection or the change feed), following `next`."""
    items, url = [], urljoin(base_url, path)
    while url:
        page = get_ok(session, url)
        items.extend(page["items"])
        url = urljoin(base_url, page["next"]) if page["next"] else None
    return items, page


_thread = threading.local()


def session_get(base_url, path):
    """GET from a thread of the verification pool, each thread with its own session."""
    if not hasattr(_thread, "session"):
        _thread.session = requests.Session()
    response = _thread.session.get(base_url + path, timeout=REQUEST_TIMEOUT_S)
    return response.status_code, response.json()


def change_position(change):
    """A feed cursor's position. The cursor is opaque to clients; this test knows it is base64 JSON
    {"r": <revision id>} so that it can check the feed's order, not just its contents."""
    return json.loads(base64.urlsafe_b64decode(change + "=" * (-len(change) % 4)))["r"]


def changes_after(session, base_url, cursor=None):
    items, last = walk(session, base_url, "/v1/changes?limit=1000" + (f"&after={cursor}" if cursor else ""))
    return items, last["cursor"]


# --- the test ----------------------------------------------------------------------------------------------

def summarise(capsys, lines):
    with capsys.disabled():
        print()
        for line in lines:
            print(f"[concurrency] {line}")


def test_concurrent_writers_on_the_real_service(tmp_path, capsys):
    started = time.monotonic()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'concurrency.db'}",
           "WRITE_RATE_LIMIT": "1000000 per minute", "READ_RATE": "0", "PYTHONUNBUFFERED": "1"}
    env.pop("WEB_CONCURRENCY", None)
    env["PROMETHEUS_MULTIPROC_DIR"] = str(tmp_path / "metrics")  # the workers' shared metrics files
    (tmp_path / "metrics").mkdir()
    cli(["db", "upgrade"], env)
    token = cli(["tokens", "create", "--name", "concurrency curator", "--role", "curator"], env).strip()
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    stdout_path, stderr_path = tmp_path / "server.out.log", tmp_path / "server.err.log"
    with open(stdout_path, "w") as out, open(stderr_path, "w") as err:
        server = subprocess.Popen(CLI + ["serve", "--port", str(port), "--workers", str(SERVER_WORKERS),
                                         "--no-example-data"],
                                  env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_until_serving(base_url, server, stderr_path)
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"

        # The base: the records the updates fight over; the feed is read from after them.
        hot_ids = []
        for i in range(HOT_RECORDS):
            response = session.post(f"{base_url}/v1/actors", timeout=REQUEST_TIMEOUT_S,
                                    json={"name": f"Contested actor {i}", "kind": "non_state_armed_group"})
            assert response.status_code == 201, response.text
            hot_ids.append(response.json()["id"])
        _, base_cursor = changes_after(session, base_url)
        base_sources, _ = walk(session, base_url, "/v1/sources?limit=500&fields=title")
        assert base_sources == []
        load_started = time.monotonic()

        log = run_clients(base_url, token, hot_ids)
        load_seconds = time.monotonic() - load_started

        creates = [e for e in log if e["op"] == "create"]
        reads = [e for e in log if e["op"] == "read"]
        updates = [e for e in log if e["op"] == "update"]
        created = [e for e in creates if e["status"] == 201]
        applied = [e for e in updates if e["status"] == 200]
        refused = [e for e in updates if e["status"] == 412]
        attempted = len(creates) + len(updates)
        acknowledged = len(created) + len(applied)
        summarise(capsys, [
            f"{CLIENTS} client processes, {SERVER_WORKERS} gunicorn workers, SQLite {tmp_path / 'concurrency.db'}",
            f"creates: {len(creates)} sent, {len(created)} acknowledged; updates: {len(updates)} sent, "
            f"{len(applied)} acknowledged, {len(refused)} refused with 412, "
            f"{len(updates) - len(applied) - len(refused)} other",
            f"load {load_seconds:.1f} s ({attempted / load_seconds:.0f} writes/s)",
        ])

        # Nothing but the expected answers: no 5xx, no dropped connection, no 429.
        unexpected = ([e for e in creates if e["status"] != 201] + [e for e in reads if e["status"] != 200]
                      + [e for e in updates if e["status"] not in (200, 412)])
        assert not unexpected, (f"{len(unexpected)} unexpected answers, e.g.:\n"
                                + "\n".join(json.dumps(e)[:700] for e in unexpected[:10]))
        assert len(creates) == CREATES and len(reads) == UPDATES == len(updates)
        for entry in refused:
            assert entry["problem_type"] == "/problems/stale-version", entry
            assert entry["current_version"] > entry["read_version"], entry
        for entry in created:
            assert entry["version"] == 1 and entry["location"] == f"/v1/sources/{entry['id']}", entry
            assert entry["returned"]["title"] == entry["sent"]["title"], entry
        for entry in applied:
            assert entry["version"] == entry["read_version"] + 1, entry
            assert entry["returned"]["description"] == entry["sent"]["description"], entry

        # Every acknowledged create exists exactly once, and nothing else was created.
        listed, _ = walk(session, base_url, "/v1/sources?limit=500&fields=title")
        by_title = collections.Counter(item["title"] for item in listed)
        ids_by_title = {item["title"]: item["id"] for item in listed}
        assert len({e["id"] for e in created}) == len(created), "two creates were answered with one ID"
        for entry in created:
            assert by_title[entry["sent"]["title"]] == 1, entry
            assert ids_by_title[entry["sent"]["title"]] == entry["id"], entry
        assert len(listed) == len(created), (
            f"{len(listed)} sources listed, {len(created)} creates acknowledged: "
            f"{sorted(set(by_title) - {e['sent']['title'] for e in created})[:10]}")

        def fetch(entry):
            return entry, session_get(base_url, f"/v1/sources/{entry['id']}")

        found = 0
        with concurrent.futures.ThreadPoolExecutor(CLIENTS) as pool:
            for entry, (status, record) in pool.map(fetch, created):
                assert status == 200, (entry, status, record)
                assert {k: record[k] for k in entry["sent"]} == entry["sent"] and record["version"] == 1, \
                    (entry, record)
                found += 1

        # Every acknowledged update is in its record's history, as the version it was answered with.
        applied_by_record = collections.defaultdict(dict)
        for entry in applied:
            assert entry["version"] not in applied_by_record[entry["id"]], f"version given twice: {entry}"
            applied_by_record[entry["id"]][entry["version"]] = entry
        for record_id in hot_ids:
            revisions = get_ok(session, f"{base_url}/v1/actors/{record_id}/revisions")["items"]
            versions = [r["version"] for r in revisions]
            assert versions == list(range(1, len(revisions) + 1)), (record_id, versions)
            assert [r["action"] for r in revisions] == ["create"] + ["update"] * (len(revisions) - 1)
            assert sorted(applied_by_record[record_id]) == versions[1:], (
                f"actor {record_id}: revisions {versions}, acknowledged updates "
                f"{sorted(applied_by_record[record_id])}")
            for revision in revisions[1:]:
                sent = applied_by_record[record_id][revision["version"]]["sent"]
                assert revision["data"]["description"] == sent["description"], (record_id, revision, sent)
                found += 1
            assert get_ok(session, f"{base_url}/v1/actors/{record_id}")["version"] == len(revisions)

        # The change feed after the base: exactly the acknowledged changes, once each, in commit order.
        feed, _ = changes_after(session, base_url, base_cursor)
        seen = [(item["kind"], item["id"], item["version"], item["action"]) for item in feed]
        expected = ({("sources", e["id"], 1, "create") for e in created}
                    | {("actors", e["id"], e["version"], "update") for e in applied})
        assert len(seen) == len(set(seen)), f"duplicates in the feed: " \
            f"{[k for k, n in collections.Counter(seen).items() if n > 1][:10]}"
        assert set(seen) == expected, (f"missing from the feed: {sorted(expected - set(seen))[:10]}; "
                                       f"not acknowledged: {sorted(set(seen) - expected)[:10]}")
        positions = [change_position(item["change"]) for item in feed]
        assert all(a < b for a, b in zip(positions, positions[1:])), "the feed is not in strictly increasing order"
        last_version = {}
        for item in feed:
            key = (item["kind"], item["id"])
            assert item["version"] > last_version.get(key, 0 if item["kind"] == "sources" else 1), item
            last_version[key] = item["version"]
            if item["action"] == "update":
                assert item["data"]["description"] == applied_by_record[item["id"]][item["version"]]["sent"][
                    "description"], item
    finally:
        stop(server)

    # The server's own log: no lock errors, no tracebacks.
    server_log = stderr_path.read_text() + stdout_path.read_text()
    for word in ("locked", "Traceback", "database error", "unhandled error"):
        lines = [line for line in server_log.splitlines() if word.lower() in line.lower()]
        assert not lines, f"{word!r} in the server's log:\n" + "\n".join(lines[:20])

    assert found == acknowledged
    summarise(capsys, [f"writes attempted {attempted}, acknowledged {acknowledged}, refused with 412 "
                       f"{len(refused)}, found {found}; whole test {time.monotonic() - started:.1f} s"])

