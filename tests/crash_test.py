"""Crash test: SIGKILL the service while writes are in flight, then check that nothing acknowledged was lost.

Not a pytest test (the name does not match test_*.py): CI runs it as

    python tests/crash_test.py --cycles 20

Each cycle starts the real service (`python -m api.cli serve --workers 2 --no-example-data`, gunicorn, in
its own process group) on one SQLite file kept across cycles, waits until it answers, and runs a write load:
a few client threads POSTing sources and PATCHing sources with If-Match (read, then write), while another
thread follows the change feed and stores its cursor. After a random delay (0.3 to 2 s, from the printed
seed) it SIGKILLs the gunicorn workers, then the master, then anything left in the group. Then:

- the SQLite file, opened directly: `PRAGMA integrity_check` is ok and foreign keys hold; every write
  acknowledged (2xx) before the kill is there (a create with its data and its create revision; an update as
  the revision of the version it was answered with, holding the data sent); whatever else committed is
  consistent: each record's revisions are versions 1..n in commit order with n its current version, each
  revision's record exists, each record equals its last revision and its search index entry, no update
  committed twice and none that no client sent;
- after the next start, over HTTP: the records acknowledged in the cycle before are readable, and the feed,
  resumed from the stored cursor, lists exactly the revisions committed since the cycle began (together with
  what the follower had read before the kill): no gaps, no duplicates, in order, every acknowledged change.

Writes in flight at the kill may or may not have committed; both are fine, and counted.

Exit status 0 when every check held; 1 with a message naming the violation otherwise.
"""
import argparse
import base64
import collections
import json
import os
import random
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback

import requests

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = [sys.executable, "-m", "api.cli"]
WRITERS = 3
HOT_RECORDS = 3
SERVER_WORKERS = 2
LOAD_SECONDS = (0.3, 2.0)
TIMEOUT = (5, 60)  # connect, read: bounds on a hung request
TABLES = {"sources": "source", "actors": "actor", "places": "place", "events": "event", "treaties": "treaty",
          "statements": "statement"}


class Violation(Exception):
    """A guarantee of the service did not hold."""


def check(condition, message):
    if not condition:
        raise Violation(message() if callable(message) else message)


def position(cursor):
    """A change-feed cursor's position: base64 of JSON {"r": <revision id>}. Opaque to clients; this test
    knows the format so that it can compare the feed with the revision table."""
    if not cursor:
        return 0
    return json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))["r"]


# --- the server ------------------------------------------------------------------------------------------

def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_cli(args, env):
    result = subprocess.run(CLI + args, env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise SystemExit(f"crash test: `{' '.join(args)}` failed:\n{result.stdout}{result.stderr}")
    return result.stdout


class Server:
    def __init__(self, env, log_dir, label):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = os.path.join(log_dir, f"server-{label}.log")
        # The workers' shared metrics files: in the work folder rather than a new temporary folder per start.
        metrics = os.path.join(log_dir, f"metrics-{label}")
        os.makedirs(metrics, exist_ok=True)
        env = {**env, "PROMETHEUS_MULTIPROC_DIR": metrics}
        with open(self.log_path, "w") as log:
            self.process = subprocess.Popen(
                CLI + ["serve", "--port", str(self.port), "--workers", str(SERVER_WORKERS), "--no-example-data"],
                env=env, cwd=REPO, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True)
        self.pid = self.process.pid  # the gunicorn master, leader of its own process group

    def log(self):
        with open(self.log_path) as log:
            return log.read()

    def wait_ready(self, deadline_s=120):
        """Poll until a worker answers that the service is ready (readiness, not timing)."""
        deadline = time.monotonic() + deadline_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Violation(f"the service exited on start ({self.process.returncode}):\n{self.log()[-3000:]}")
            try:
                if ready(self.url):
                    return
            except requests.RequestException:
                pass
            time.sleep(0.05)
        raise Violation(f"the service did not answer within {deadline_s} s:\n{self.log()[-3000:]}")

    def workers(self):
        """PIDs of the master's children (its gunicorn workers)."""
        children = set()
        try:
            for task in os.listdir(f"/proc/{self.pid}/task"):
                with open(f"/proc/{self.pid}/task/{task}/children") as f:
                    children.update(int(pid) for pid in f.read().split())
        except OSError:
            result = subprocess.run(["pgrep", "-P", str(self.pid)], capture_output=True, text=True)
            children.update(int(pid) for pid in result.stdout.split())
        return sorted(children)

    def group_alive(self):
        """Live (not zombie) processes of the server's process group."""
        alive = []
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[2]) == self.pid and fields[0] != "Z":
                alive.append(int(entry))
        return alive

    def kill(self):
        """SIGKILL the workers first, then the master, then anything left in the group; wait until all are
        gone. Returns the workers' PIDs."""
        workers = self.workers()
        for pid in workers:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 60
        while True:
            try:
                os.killpg(self.pid, signal.SIGKILL)  # e.g. a worker the master forked in between
            except ProcessLookupError:
                pass
            if self.process.poll() is not None and not self.group_alive():
                break
            if time.monotonic() > deadline:
                raise Violation(f"processes of the killed service would not die: {self.group_alive()}")
            time.sleep(0.01)
        return workers

    def terminate(self):
        if self.process.poll() is None:
            try:
                os.killpg(self.pid, signal.SIGTERM)
                self.process.wait(timeout=60)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                self.kill()


def ready(url):
    """/readyz answers 200 (the database answers, migrations are current); /healthz where there is none."""
    status = requests.get(f"{url}/readyz", timeout=5).status_code
    if status == 404:
        status = requests.get(f"{url}/healthz", timeout=5).status_code
    return status == 200


# --- the load --------------------------------------------------------------------------------------------

def session(token):
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    return s


class Writer(threading.Thread):
    """POSTs sources and PATCHes sources (read, then If-Match), until stopped. Each write is logged before it
    is sent, then completed with its status, or left with status None when no answer came."""

    def __init__(self, number, cycle, url, token, hot_ids, seed, stop):
        super().__init__(name=f"writer-{number}", daemon=True)
        self.number, self.cycle, self.url, self.hot_ids = number, cycle, url, hot_ids
        self.session, self.rng, self.stop = session(token), random.Random(seed), stop
        self.log, self.reads, self.own = [], [], []

    def label(self, i):
        return f"crash c{self.cycle} w{self.number} i{i}"

    def run(self):
        i = 0
        while not self.stop.is_set():
            i += 1
            roll = self.rng.random()
            try:
                if roll < 0.6:
                    self.create(i)
                else:
                    targets = self.hot_ids if roll < 0.85 or not self.own else self.own
                    self.update(i, self.rng.choice(targets))
            except requests.ConnectionError as error:
                # Killed: a write sent keeps status None (in flight: it may or may not have committed); one
                # refused at connect time was never sent.
                if "refused" in str(error).lower() and self.log and self.log[-1]["status"] is None:
                    self.log[-1]["status"] = "not sent"
            except requests.RequestException:
                pass

    def create(self, i):
        body = {"title": self.label(i), "publisher": "crash test"}
        entry = {"op": "create", "kind": "sources", "sent": body, "status": None}
        self.log.append(entry)
        response = self.session.post(f"{self.url}/v1/sources", json=body, timeout=TIMEOUT)
        entry["status"] = response.status_code
        if response.status_code == 201:
            record = response.json()
            entry.update(id=record["id"], version=record["version"])
            self.own.append(record["id"])
        else:
            entry["answer"] = response.text[:500]

    def update(self, i, record_id):
        read = {"op": "read", "id": record_id, "status": None}
        self.reads.append(read)
        response = self.session.get(f"{self.url}/v1/sources/{record_id}", timeout=TIMEOUT)
        read["status"] = response.status_code
        if response.status_code != 200:
            read["answer"] = response.text[:500]
            return
        body = {"publisher": self.label(i)}
        entry = {"op": "update", "kind": "sources", "id": record_id, "sent": body, "status": None,
                 "read_version": response.json()["version"]}
        self.log.append(entry)
        response = self.session.patch(
            f"{self.url}/v1/sources/{record_id}", data=json.dumps(body), timeout=TIMEOUT,
            headers={"If-Match": response.headers["ETag"], "Content-Type": "application/merge-patch+json"})
        entry["status"] = response.status_code
        if response.status_code == 200:
            entry["version"] = response.json()["version"]
        else:
            entry["answer"] = response.text[:500]


class FeedFollower(threading.Thread):
    """Follows /v1/changes during the load, as a syncing client would, storing its cursor."""

    def __init__(self, url, cursor, stop):
        super().__init__(name="feed", daemon=True)
        self.url, self.cursor, self.stop = url, cursor, stop
        self.session, self.items, self.errors = requests.Session(), [], []

    def run(self):
        while not self.stop.is_set():
            try:
                params = {"limit": 1000, **({"after": self.cursor} if self.cursor else {})}
                response = self.session.get(f"{self.url}/v1/changes", params=params, timeout=TIMEOUT)
            except requests.RequestException:
                continue
            if response.status_code != 200:
                self.errors.append(f"{response.status_code} {response.text[:300]}")
                continue
            page = response.json()
            self.items.extend(page["items"])
            self.cursor = page["cursor"]
            if not page["next"]:
                self.stop.wait(0.05)


# --- the checks ------------------------------------------------------------------------------------------

class History:
    """What the clients know: every write sent, its answer, and the feed cursor they store."""

    def __init__(self):
        self.creates = []   # acknowledged creates: {"id", "sent", ...}
        self.updates = []   # acknowledged updates: {"id", "version", "sent", ...}
        self.unknown = []   # writes sent without an answer (in flight at a kill)
        self.sent_titles = set()
        self.sent_publishers = set()
        self.hot_ids = []
        self.cursor = None      # the feed cursor stored by the client
        self.since = 0          # the feed position the current cycle started from
        self.feed_read = []     # feed items read since `since`, before the kill
        self.pending_http = []  # acknowledged writes of the last cycle, to read back over HTTP
        self.found = 0
        self.attempted = self.acknowledged = self.refused = 0
        self.unknown_committed = 0


def check_database(path, history, cycle_acknowledged, cycle_unknown):
    """The killed service's SQLite file, opened directly."""
    conn = sqlite3.connect(path)
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        check(integrity == ["ok"], lambda: f"PRAGMA integrity_check: {integrity[:20]}")
        broken = conn.execute("PRAGMA foreign_key_check").fetchall()
        check(not broken, lambda: f"PRAGMA foreign_key_check: {broken[:20]}")

        revisions = conn.execute(
            "SELECT id, kind, record_id, version, action, data FROM revision ORDER BY id").fetchall()
        by_record = collections.defaultdict(list)
        for rev_id, kind, record_id, version, action, data in revisions:
            by_record[(kind, record_id)].append((rev_id, version, action, json.loads(data) if data else None))
        records = {}
        for kind, table in TABLES.items():
            for record_id, version, deleted_at in conn.execute(f"SELECT id, version, deleted_at FROM {table}"):
                records[(kind, record_id)] = (version, deleted_at)

        # Whatever committed is consistent: revisions 1..n in commit order, n the record's version.
        for key, revs in by_record.items():
            check(key in records, f"revisions of {key} but no such record: {revs[:3]}")
        for key, (version, _) in records.items():
            versions = [v for _, v, _, _ in by_record.get(key, [])]
            check(versions == list(range(1, version + 1)),
                  f"{key} is at version {version} but its revisions, in commit order, are versions {versions}")
            check(by_record[key][0][2] == "create", f"{key}'s first revision is not its create")

        # Each source equals its last revision and its search index entry (written in one transaction).
        sources = {row[0]: row[1:] for row in conn.execute("SELECT id, title, publisher, version FROM source")}
        indexed = {row[0]: row[1:] for row in conn.execute("SELECT rowid, title, publisher FROM source_search")}
        check(set(indexed) == set(sources), lambda: f"search index rows {sorted(set(indexed) ^ set(sources))[:10]}"
                                                    " do not match the sources")
        for source_id, (title, publisher, version) in sources.items():
            last = by_record[("sources", source_id)][-1][3]
            check((last["title"], last["publisher"]) == (title, publisher),
                  f"source {source_id} is {(title, publisher)} but its last revision says {last}")
            check(indexed[source_id] == (title, publisher or ""),
                  f"source {source_id} is {(title, publisher)} but its index entry is {indexed[source_id]}")

        # Nothing committed twice, nothing committed that no client sent.
        titles = collections.Counter(title for title, _, _ in sources.values())
        twice = [title for title, n in titles.items() if n > 1]
        check(not twice, f"sources created twice: {twice[:10]}")
        stray = set(titles) - history.sent_titles
        check(not stray, f"sources no client sent: {sorted(stray)[:10]}")
        update_publishers = collections.Counter(
            data["publisher"] for revs in by_record.values() for _, _, action, data in revs
            if action == "update" and data is not None)
        twice = [p for p, n in update_publishers.items() if n > 1]
        check(not twice, f"updates committed twice: {twice[:10]}")
        stray = set(update_publishers) - history.sent_publishers
        check(not stray, f"updates no client sent: {sorted(stray)[:10]}")

        # Every acknowledged write, of this cycle and all before, is there.
        revision_at = {(kind, record_id, version): (action, data)
                       for (kind, record_id), revs in by_record.items() for _, version, action, data in revs}
        for entry in history.creates:
            check(entry["id"] in sources and sources[entry["id"]][0] == entry["sent"]["title"],
                  f"acknowledged create lost: {entry} (found {sources.get(entry['id'])})")
            action, data = revision_at.get(("sources", entry["id"], 1), (None, None))
            check(action == "create" and data["title"] == entry["sent"]["title"],
                  f"acknowledged create {entry} has no matching create revision ({action}, {data})")
        for entry in history.updates:
            action, data = revision_at.get(("sources", entry["id"], entry["version"]), (None, None))
            check(action == "update" and data["publisher"] == entry["sent"]["publisher"],
                  f"acknowledged update lost: {entry}: revision {entry['version']} is {(action, data)}")
            check(sources[entry["id"]][2] >= entry["version"],
                  f"acknowledged update {entry}: the record is back at version {sources[entry['id']][2]}")
        found = sum(1 for e in cycle_acknowledged
                    if (e["op"] == "create" and sources.get(e["id"], ("",))[0] == e["sent"]["title"])
                    or (e["op"] == "update" and revision_at.get(("sources", e["id"], e["version"]), (0, {}))[1]
                        .get("publisher") == e["sent"]["publisher"]))
        committed = sum(1 for e in cycle_unknown if (e["sent"]["title"] in titles if e["op"] == "create"
                                                     else e["sent"]["publisher"] in update_publishers))
        return found, committed, len(revisions)
    finally:
        conn.close()


def read_feed(url, cursor):
    """The feed after `cursor` to its end: (items, the cursor to store)."""
    items, s = [], requests.Session()
    while True:
        params = {"limit": 1000, **({"after": cursor} if cursor else {})}
        response = s.get(f"{url}/v1/changes", params=params, timeout=TIMEOUT)
        check(response.status_code == 200, f"GET /v1/changes: {response.status_code} {response.text[:500]}")
        page = response.json()
        items.extend(page["items"])
        cursor = page["cursor"]
        if not page["next"]:
            return items, cursor


def check_service(url, path, history):
    """After a restart: last cycle's acknowledged writes are readable, and the feed resumes exactly."""
    s = requests.Session()
    for entry in history.pending_http:
        if entry["op"] == "create":
            response = s.get(f"{url}/v1/sources/{entry['id']}", timeout=TIMEOUT)
            check(response.status_code == 200 and response.json()["title"] == entry["sent"]["title"],
                  f"acknowledged create {entry} reads back as {response.status_code} {response.text[:300]}")
        else:
            response = s.get(f"{url}/v1/sources/{entry['id']}/revisions/{entry['version']}", timeout=TIMEOUT)
            check(response.status_code == 200
                  and response.json()["data"]["publisher"] == entry["sent"]["publisher"],
                  f"acknowledged update {entry} reads back as {response.status_code} {response.text[:300]}")
            response = s.get(f"{url}/v1/sources/{entry['id']}", timeout=TIMEOUT)
            check(response.status_code == 200 and response.json()["version"] >= entry["version"],
                  f"acknowledged update {entry}: record reads {response.status_code} {response.text[:300]}")

    # Resume the feed from the stored cursor; with what was read before the kill it must be exactly the
    # revisions committed since the cycle began.
    items, cursor = read_feed(url, history.cursor)
    seen = history.feed_read + items
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT id, kind, record_id, version, action, data FROM revision WHERE id > ? "
                            "ORDER BY id", (history.since,)).fetchall()
    finally:
        conn.close()
    expected = [(rev_id, kind, record_id, version, action) for rev_id, kind, record_id, version, action, _ in rows]
    got = [(position(item["change"]), item["kind"], item["id"], item["version"], item["action"]) for item in seen]
    if got != expected:
        missing = sorted(set(expected) - set(got))
        extra = sorted(set(got) - set(expected))
        dupes = [k for k, n in collections.Counter(got).items() if n > 1]
        raise Violation(f"the feed after position {history.since} does not match the revisions committed since: "
                        f"missing {missing[:10]}, not committed {extra[:10]}, duplicated {dupes[:10]}, "
                        f"{len(got)} read vs {len(expected)} committed")
    for item, row in zip(seen, rows):
        check(item["data"] == (json.loads(row[5]) if row[5] else None), f"feed item {item} differs from {row}")
    in_feed = {(kind, record_id, version) for _, kind, record_id, version, _ in got}
    for entry in history.pending_http:
        key = ("sources", entry["id"], entry.get("version", 1))
        check(key in in_feed, f"acknowledged write {entry} is not in the feed")
    check(position(cursor) == (expected[-1][0] if expected else history.since),
          f"the feed's cursor {position(cursor)} is not at the last revision")
    history.cursor, history.since, history.feed_read = cursor, position(cursor), []
    history.pending_http = []
    return len(got)


def check_all_listed(url, history):
    """At the end: every acknowledged create is listed exactly once."""
    s, titles, next_url = requests.Session(), collections.Counter(), "/v1/sources?limit=500&fields=title"
    while next_url:
        response = s.get(url + next_url, timeout=TIMEOUT)
        check(response.status_code == 200, f"GET {next_url}: {response.status_code}")
        page = response.json()
        titles.update(item["title"] for item in page["items"])
        next_url = page["next"]
    for entry in history.creates:
        check(titles[entry["sent"]["title"]] == 1, f"acknowledged create {entry} listed "
                                                    f"{titles[entry['sent']['title']]} times")


# --- a cycle ---------------------------------------------------------------------------------------------

def cycle(number, rng, env, workdir, path, token, history):
    server = Server(env, workdir, f"{number:02d}")
    started = time.monotonic()
    try:
        server.wait_ready()
        ready = time.monotonic() - started
        fed = check_service(server.url, path, history)
        if not history.hot_ids:
            s = session(token)
            for i in range(HOT_RECORDS):
                body = {"title": f"crash hot {i}", "publisher": "crash test"}
                history.sent_titles.add(body["title"])
                response = s.post(f"{server.url}/v1/sources", json=body, timeout=TIMEOUT)
                check(response.status_code == 201, f"creating a base record: {response.status_code} {response.text}")
                entry = {"op": "create", "kind": "sources", "sent": body, "status": 201, "id": response.json()["id"]}
                history.creates.append(entry)
                history.hot_ids.append(entry["id"])

        delay = rng.uniform(*LOAD_SECONDS)
        stop = threading.Event()
        writers = [Writer(n, number, server.url, token, list(history.hot_ids), rng.randrange(2 ** 32), stop)
                   for n in range(WRITERS)]
        follower = FeedFollower(server.url, history.cursor, stop)
        for thread in writers + [follower]:
            thread.start()
        time.sleep(delay)  # the random moment of the crash
        stop.set()  # no new requests: those already sent are in flight
        workers = server.kill()
        for thread in writers + [follower]:
            thread.join(timeout=120)
            check(not thread.is_alive(), f"{thread.name} did not stop")
    finally:
        if server.process.poll() is None:
            server.kill()

    log = [e for w in writers for e in w.log if e["status"] != "not sent"]
    reads = [e for w in writers for e in w.reads]
    for entry in log:
        (history.sent_titles if entry["op"] == "create" else history.sent_publishers).add(
            entry["sent"]["title" if entry["op"] == "create" else "publisher"])
    expected = {"create": (201,), "update": (200, 412)}
    bad = [e for e in log if e["status"] is not None and e["status"] not in expected[e["op"]]]
    bad += [e for e in reads if e["status"] is not None and e["status"] != 200]
    check(not bad, lambda: f"unexpected answers during the load: {bad[:10]}")
    check(not follower.errors, lambda: f"the feed follower got errors: {follower.errors[:5]}")
    for word in ("locked", "Traceback", "database error", "unhandled error"):
        lines = [line for line in server.log().splitlines() if word.lower() in line.lower()]
        check(not lines, lambda: f"{word!r} in the server's log ({server.log_path}):\n" + "\n".join(lines[:20]))

    acknowledged = [e for e in log if e["status"] in (200, 201)]
    unknown = [e for e in log if e["status"] is None]
    refused = [e for e in log if e["status"] == 412]
    history.creates += [e for e in acknowledged if e["op"] == "create"]
    history.updates += [e for e in acknowledged if e["op"] == "update"]
    history.unknown += unknown
    history.feed_read = follower.items
    history.cursor = follower.cursor
    history.pending_http = acknowledged

    found, committed, revisions = check_database(path, history, acknowledged, unknown)
    history.attempted += len(log)
    history.acknowledged += len(acknowledged)
    history.refused += len(refused)
    history.found += found
    history.unknown_committed += committed
    print(f"cycle {number:2d}: killed after {delay:.2f} s (workers {workers}, master {server.pid}); "
          f"writes sent {len(log)}, acknowledged {len(acknowledged)}, refused 412 {len(refused)}, "
          f"no answer {len(unknown)} (committed {committed}); feed since last cycle {fed} changes; "
          f"revisions {revisions}; integrity ok; ready in {ready:.1f} s, cycle {time.monotonic() - started:.1f} s",
          flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument("--seed", type=int, default=None, help="default: a random seed, printed")
    parser.add_argument("--workdir", help="where the database and server logs go (default: a temporary folder, "
                                          "kept only on failure)")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2 ** 32)
    rng = random.Random(seed)
    workdir = args.workdir or tempfile.mkdtemp(prefix="crash-test-")
    os.makedirs(workdir, exist_ok=True)
    path = os.path.join(workdir, "crash.db")
    print(f"crash test: seed {seed}, {args.cycles} cycles, database {path}", flush=True)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{os.path.abspath(path)}",
           "WRITE_RATE_LIMIT": "1000000 per minute", "READ_RATE": "0", "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [REPO, os.environ.get("PYTHONPATH")]))}
    env.pop("WEB_CONCURRENCY", None)
    started = time.monotonic()
    history = History()
    ok = False
    try:
        run_cli(["db", "upgrade"], env)
        token = run_cli(["tokens", "create", "--name", "crash test", "--role", "curator"], env).strip()
        for number in range(1, args.cycles + 1):
            cycle(number, rng, env, workdir, path, token, history)
        server = Server(env, workdir, "final")
        try:
            server.wait_ready()
            fed = check_service(server.url, path, history)
            check_all_listed(server.url, history)
        finally:
            server.terminate()
        print(f"final start: feed since last cycle {fed} changes; every acknowledged create listed once",
              flush=True)
        ok = True
    except Violation as violation:
        print(f"CRASH TEST FAILED (seed {seed}): {violation}\nlogs and database kept in {workdir}",
              file=sys.stderr, flush=True)
        return 1
    except Exception:
        traceback.print_exc()
        print(f"CRASH TEST ERROR (seed {seed}): the test itself failed, see above\nlogs and database kept in "
              f"{workdir}", file=sys.stderr, flush=True)
        return 2
    finally:
        if ok and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"crash test: {args.cycles} cycles, writes attempted {history.attempted}, acknowledged "
          f"{history.acknowledged}, found {history.found}, integrity ok, feed ok "
          f"(refused 412: {history.refused}; no answer: {len(history.unknown)}, of which committed "
          f"{history.unknown_committed}; seed {seed}; {time.monotonic() - started:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
