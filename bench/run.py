"""Load-test conflict-facts against Datasette on the same SQLite file, with wrk.

    python bench/run.py --events 1000000 --seconds 10 --db /tmp/cf-1m.db

Starts three servers on loopback, each under gunicorn with 2 workers (this is a 2-core machine):

  ours       `conflict-facts serve --no-example-data --workers 2` (api/gunicorn_conf.py, sync workers)
  datasette  `datasette gunicorn -w 2 -i FILE` (datasette-gunicorn: uvicorn workers; immutable mode;
             sql_time_limit_ms and max_returned_rows raised so that every question gets its full answer)
  bare       bench/bare_app.py, a Flask app answering a constant, under api/gunicorn_conf.py too: the
             framework's ceiling

and drives them with wrk (16 connections, one wrk thread) on four questions:

  get     one event by ID with its participants (random IDs)
  list    events of one actor in a date range, 50 a page, participants embedded
  search  full-text search over statement quotes, 20 a page, a moderately common word
  export  NDJSON export of one country's events with their participants embedded, as Datasette's rows
          carry them (the same rows as JSON through ?sql=); the long export below embeds everything

Before timing, it checks once per question that both servers return the same records. The servers take
turns (ours, datasette, ours, datasette, ...) for --rounds rounds; the table shows medians. Then it
measures a deep page against page 1, the query time limit, a long export's memory, and the workers' RSS,
and ends with one line:

    RATIOS get=<x> list=<x> search=<x> export=<x> ceiling=<x>

(ours / datasette req/s per question; ceiling = our list req/s / the bare endpoint's req/s).

Needs wrk (Debian: apt-get install wrk; --install-wrk does it) and bench/requirements.txt installed in
the same environment as the project. Exit status: 0 when it ran and both servers agreed, 1 when they did
not or the service failed requests while timed, 2 when something it needs is missing.
"""
import argparse
import http.client
import importlib.util
import json
import math
import os
import random
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WRK_SCRIPT = ROOT / "bench" / "wrk" / "bench.lua"
BIN = Path(sys.executable).parent
QUESTIONS = ("get", "list", "search", "export")
TIME_LIMIT_MS = 200  # QUERY_TIME_LIMIT_MS of the second instance that the time-limit check asks (default: 1000)
TIMEOUT_WORDS = ("the", "of")  # in most quotes: a ranked search for both is the expensive query

# Datasette's SQL for each question. Participants come as one JSON array per event, like ours embeds them.
PARTICIPANTS_SQL = (
    "(select json_group_array(json_object('actor_id', p.actor_id, 'name', a.name, 'kind', a.kind, "
    "'role', p.role)) from (select actor_id, role from participant where event_id = e.id order by position) p "
    "join actor a on a.id = p.actor_id)")
DATASETTE_SQL = {
    "get": f"select e.*, {PARTICIPANTS_SQL} as participants from event e where e.id = :id",
    "list": (f"select e.*, {PARTICIPANTS_SQL} as participants from event e "
             "where e.id in (select event_id from participant where actor_id = :actor) "
             "and (e.date_end is null or e.date_end >= :date_from) and e.date_start <= :date_to "
             "order by e.id limit 50"),
    "search": ("select s.*, statement_search.rank as rank from statement_search "
               "join statement s on s.id = statement_search.rowid "
               "where statement_search match :q order by statement_search.rank, s.id limit 20"),
    "export": (f"select e.*, {PARTICIPANTS_SQL} as participants from event e "
               "where e.place_id in (select id from place where country = :country) order by e.id"),
}


class Missing(Exception):
    """Something the bench needs is not installed."""


# --- small helpers ---------------------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(port, path, timeout=60, headers=None):
    """(status, headers dict lower-cased, body bytes, seconds)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    conn.request("GET", path, headers=headers or {})
    response = conn.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - started
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body, elapsed


def get_json(port, path):
    status, _, body, _ = http_get(port, path)
    if status != 200:
        raise RuntimeError(f"GET {path} on port {port}: {status} {body[:300]!r}")
    return json.loads(body)


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def children(pid):
    """PIDs whose parent is pid (the gunicorn workers of a master)."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        pass
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    return found


def fmt(x, digits=1):
    if x is None:
        return "-"
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return "-"
    return f"{x:,.{digits}f}"


# --- servers --------------------------------------------------------------------------------------------

class Server:
    def __init__(self, name, argv, env, port, ready_path, workdir):
        self.name, self.argv, self.port, self.ready_path = name, argv, port, ready_path
        self.log_path = workdir / f"{name}.log"
        runtime = workdir / f"{name}-run"  # gunicorn's control socket lives in XDG_RUNTIME_DIR: one each
        runtime.mkdir(exist_ok=True)
        self.env = {**env, "XDG_RUNTIME_DIR": str(runtime)}
        self.proc = None

    def start(self, nice=0):
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(self.argv, env=self.env, cwd=ROOT, stdout=self.log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True,
                                     preexec_fn=(lambda: os.nice(nice)) if nice else None)
        set_priority(self.proc.pid, nice)

    def wait_ready(self, timeout=180):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}; see {self.log_path}:\n"
                                   + self.log_path.read_text(errors="replace")[-3000:])
            try:
                status, _, _, _ = http_get(self.port, self.ready_path, timeout=5)
                if status == 200 and len(self.workers()) >= 1:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer {self.ready_path} within {timeout} s; see {self.log_path}")

    def workers(self):
        return children(self.proc.pid) if self.proc else []

    def stop(self):
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)  # the group this bench started for this server
            self.proc.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
        self.log.close()


class RssSampler(threading.Thread):
    """Samples the workers' VmRSS every interval; keeps the maximum per server, and a series while marked."""

    def __init__(self, servers, interval=0.2):
        super().__init__(daemon=True)
        self.servers, self.interval = servers, interval
        self.max_kb = {s.name: 0 for s in servers}
        self.series = {}
        self.mark = None
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(self.interval):
            mark = self.mark
            for server in self.servers:
                values = [v for v in (rss_kb(p) for p in server.workers()) if v]
                if values:
                    self.max_kb[server.name] = max(self.max_kb[server.name], max(values))
                    if mark:
                        self.series.setdefault((mark, server.name), []).append(max(values))


# --- wrk ------------------------------------------------------------------------------------------------

NICE = 0  # --nice: the priority change of the servers and wrk (negative: ahead of other work on the machine)


def set_priority(pid, nice):
    """Raise a session's priority. With autogroup scheduling (Linux's default for desktops and many servers)
    a process's niceness only counts inside its session's group, so the group's niceness is set too."""
    if not nice:
        return
    try:
        with open(f"/proc/{pid}/autogroup", "w") as f:
            f.write(str(nice))
    except OSError:
        pass


def wrk(port, path, seconds, connections=16, max_id=0):
    argv = (["nice", "-n", str(NICE)] if NICE else []) + [
        "wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "60s", "-s", str(WRK_SCRIPT),
        f"http://127.0.0.1:{port}", "--", path] + ([str(max_id)] if max_id else [])
    out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 120)
    for line in out.stdout.splitlines():
        if line.startswith("WRKJSON "):
            r = json.loads(line[len("WRKJSON "):])
            secs = r["duration_us"] / 1e6
            return {"rps": r["requests"] / secs if secs else 0.0, "p50": r["p50_us"] / 1000,
                    "p99": r["p99_us"] / 1000, "requests": r["requests"],
                    "errors": r["errors_status"] + r["errors_connect"] + r["errors_read"] + r["errors_timeout"],
                    "bytes": r["bytes"]}
    raise RuntimeError(f"wrk printed no summary: {out.stdout[-2000:]} {out.stderr[-2000:]}")


# --- choosing the questions' parameters from the data ----------------------------------------------------

def choose_parameters(db_path):
    c = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    n_events = c.execute("SELECT max(id) FROM event").fetchone()[0] or 0
    n_statements = c.execute("SELECT count(*) FROM statement").fetchone()[0]
    counts = c.execute("SELECT actor_id, count(*) FROM participant GROUP BY actor_id ORDER BY 2 DESC").fetchall()
    # (b): an actor in about 1% of the events (a main side of one war, not the single busiest actor), and
    # its busiest year, which must hold at least 50 of its events.
    target = max(50, n_events * 0.01)
    actor = None
    for actor_id, n in sorted(counts, key=lambda r: abs(math.log(r[1] / target))):
        years = c.execute("SELECT substr(e.date_start, 1, 4) AS y, count(*) FROM participant p "
                          "JOIN event e ON e.id = p.event_id WHERE p.actor_id = ? GROUP BY y "
                          "ORDER BY 2 DESC LIMIT 1", (actor_id,)).fetchone()
        if years and years[1] >= 50:
            actor = {"actor": actor_id, "participations": n, "date_from": f"{years[0]}-01-01",
                     "date_to": f"{years[0]}-12-31"}
            break
    if actor is None:  # tiny data: the busiest actor over all dates
        actor = {"actor": counts[0][0], "participations": counts[0][1], "date_from": "1900-01-01",
                 "date_to": "2100-12-31"}
    hot = {"actor": counts[0][0], "participations": counts[0][1]}
    # (c): a word in about 1% of the statements' text
    want = max(20, n_statements * 0.01)
    candidates = ["cholera", "famine", "hostages", "corridor", "negotiations", "withdrawal", "mediation",
                  "peacekeepers", "ambush", "convoy", "checkpoint", "blockade", "truce", "evacuation",
                  "reinforcements", "ammunition", "annexation", "referendum", "sanctions", "siege"]
    words = []
    for word in candidates:
        n = c.execute("SELECT count(*) FROM statement_search WHERE statement_search MATCH ?",
                      (f'"{word}"',)).fetchone()[0]
        if n >= 20:
            words.append((abs(math.log(n / want)), word, n))
    word = min(words)[1:] if words else ("ceasefire", None)
    # (d): a country with a few thousand events (closest to 3,000)
    countries = c.execute("SELECT p.country, count(*) FROM event e JOIN place p ON p.id = e.place_id "
                          "WHERE p.country IS NOT NULL GROUP BY p.country").fetchall()
    country = min(countries, key=lambda r: abs(math.log(r[1] / 3000)))
    # the long export: a country with about 50,000 events (at 5,000 events/s, well inside gunicorn's 30 s
    # worker timeout, which cuts longer streams: see docs/performance.md)
    long_export = min(countries, key=lambda r: abs(math.log(r[1] / 50000)))
    timeout_hits = c.execute("SELECT count(*) FROM statement_search WHERE statement_search MATCH ?",
                             (" AND ".join(f'"{w}"' for w in TIMEOUT_WORDS),)).fetchone()[0]
    c.close()
    return {"events": n_events, "statements": n_statements, **actor, "hot_actor": hot,
            "word": word[0], "word_hits": word[1], "country": country[0], "country_events": country[1],
            "long_country": long_export[0], "long_country_events": long_export[1], "timeout_hits": timeout_hits}


def unlimited_search_ms(db_path, words):
    """The service's ranked-search SQL for these words, run directly on the file with no time limit."""
    c = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    sql = ("WITH hits(id, rank) AS (SELECT rowid, rank FROM statement_search WHERE statement_search MATCH ?) "
           "SELECT statement.*, hits.rank FROM statement JOIN hits ON statement.id = hits.id "
           "ORDER BY hits.rank, statement.id LIMIT 21")
    started = time.perf_counter()
    c.execute(sql, (" AND ".join(f'"{w}"' for w in words),)).fetchall()
    elapsed = (time.perf_counter() - started) * 1000
    c.close()
    return elapsed


# --- the questions, for each server ----------------------------------------------------------------------

def paths(params, ds_db):
    q = urllib.parse.quote

    def ds(question, **values):
        query = {"sql": DATASETTE_SQL[question], "_shape": "array", **values}
        return f"/{q(ds_db)}.json?" + urllib.parse.urlencode(query)

    ours = {
        "get": "/v1/events/{id}?include=participants",
        "list": (f"/v1/events?actor={params['actor']}&date_from={params['date_from']}&date_to={params['date_to']}"
                 "&limit=50&include=participants"),
        "search": f"/v1/statements?q={q(params['word'])}&limit=20",
        "export": f"/v1/events?country={params['country']}&format=ndjson&include=participants",
    }
    theirs = {
        "get": ds("get") + "&id={id}",
        "list": ds("list", actor=params["actor"], date_from=params["date_from"], date_to=params["date_to"]),
        "search": ds("search", q=f'"{params["word"]}"'),
        "export": ds("export", country=params["country"]),
    }
    return ours, theirs


def verify(ours_port, ds_port, ours, theirs, params, rng):
    """Both servers give the same records for each question: [(question, ok, detail)]."""
    results = []
    # get: the same event and the same participants (actor, role) in the same order
    ok, detail = True, []
    for event_id in rng.sample(range(1, params["events"] + 1), min(3, params["events"])):
        a = get_json(ours_port, ours["get"].replace("{id}", str(event_id)))
        b = get_json(ds_port, theirs["get"].replace("{id}", str(event_id)))
        mine = (a["id"], [(p["actor"]["id"], p["role"]) for p in a["participants"]])
        other = (b[0]["id"], [(p["actor_id"], p["role"]) for p in json.loads(b[0]["participants"] or "[]")])
        ok &= mine == other
        detail.append(f"{event_id}:{len(mine[1])}p")
    results.append(("get", ok, "events " + ", ".join(detail)))
    a = [r["id"] for r in get_json(ours_port, ours["list"])["items"]]
    b = [r["id"] for r in get_json(ds_port, theirs["list"])]
    results.append(("list", a == b and len(a) > 0, f"{len(a)} events, ids {a[:3]}...{a[-1:]}"))
    a = [r["id"] for r in get_json(ours_port, ours["search"])["items"]]
    b = [r["id"] for r in get_json(ds_port, theirs["search"])]
    results.append(("search", a == b and len(a) > 0, f"{len(a)} statements, ids {a[:3]}..."))
    status, _, body, _ = http_get(ours_port, ours["export"], timeout=300)
    a = [json.loads(line)["id"] for line in body.splitlines() if line.strip()] if status == 200 else []
    b = [r["id"] for r in get_json(ds_port, theirs["export"])]
    results.append(("export", status == 200 and a == b and len(a) == params["country_events"],
                    f"{len(a)} events ({len(body) / 1e6:.1f} MB NDJSON) vs {len(b)}"))
    return results


def walk_to_page(port, page, limit=50, big=500):
    """The cursor of page `page` (limit 50) of /v1/events, found by following `next` links with big pages."""
    skip = (page - 1) * limit
    cursor, walked, requests = None, 0, 0
    while walked < skip:
        step = min(big, skip - walked)
        url = f"/v1/events?limit={step}&fields=id" + (f"&cursor={cursor}" if cursor else "")
        body = get_json(port, url)
        requests += 1
        walked += len(body["items"])
        if not body["next"]:
            break
        cursor = urllib.parse.parse_qs(urllib.parse.urlsplit(body["next"]).query)["cursor"][0]
    return cursor, walked, requests


def time_limit_check(port, words, limit_ms):
    """A ranked search for very common words: cut off with 503 problem+json, and the workers stay free."""
    path = "/v1/statements?limit=20&q=" + urllib.parse.quote(" ".join(words))
    status, headers, body, elapsed = http_get(port, path)
    single = {"status": status, "type": headers.get("content-type", ""), "ms": elapsed * 1000}
    try:
        single["problem"] = json.loads(body).get("type")
    except ValueError:
        single["problem"] = None
    # Four at once (two per worker), and a cheap request sent meanwhile: how long does it wait?
    results = []

    def one():
        s, h, _, e = http_get(port, path)
        results.append((s, e * 1000))

    threads = [threading.Thread(target=one) for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.05)
    probe = http_get(port, "/healthz")
    for t in threads:
        t.join()
    after = http_get(port, "/healthz")
    return single, results, probe[3] * 1000, after[3] * 1000


def stream_export(port, path, sampler, mark):
    """Read one (long) export to the end, discarding it, while the sampler records RSS under `mark`."""
    sampler.mark = mark
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    started = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    size = lines = 0
    last = b""
    error = None
    try:
        while True:
            chunk = response.read(1 << 16)
            if not chunk:
                break
            size += len(chunk)
            lines += chunk.count(b"\n")
            last = (last + chunk)[-2000:]
    except (http.client.HTTPException, OSError) as e:  # the server closed the stream before its end
        if isinstance(e, http.client.IncompleteRead):
            size += len(e.partial)
            lines += e.partial.count(b"\n")
        error = f"{type(e).__name__} after {size / 1e6:.1f} MB"
    elapsed = time.perf_counter() - started
    conn.close()
    sampler.mark = None
    return {"status": response.status, "bytes": size, "lines": lines, "seconds": elapsed,
            "complete": error is None and last.endswith(b"\n"), "error": error}


# --- main -----------------------------------------------------------------------------------------------

def preflight(install_wrk):
    if shutil.which("wrk") is None:
        if install_wrk:
            print("wrk is missing: installing Debian's wrk package", flush=True)
            subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False)
        if shutil.which("wrk") is None:
            raise Missing("wrk is not installed. Install it with `apt-get install -y wrk` (Debian's wrk "
                          "package), or run bench/run.py with --install-wrk.")
    for module, package in (("datasette", "datasette"), ("datasette_gunicorn", "datasette-gunicorn"),
                            ("uvicorn", "uvicorn")):
        if importlib.util.find_spec(module) is None:
            raise Missing(f"{package} is not installed in {sys.prefix}. Install the bench's requirements: "
                          f"{sys.executable} -m pip install -r {ROOT / 'bench' / 'requirements.txt'}")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--events", type=int, default=1_000_000, help="events to generate when --db does not exist")
    p.add_argument("--seconds", type=float, default=10, help="length of each timed wrk run (export: 3x)")
    p.add_argument("--db", help="the database file; generated (bench/generate.py) when missing. "
                                "Default: <tmp>/conflict-facts-bench/events-<N>.db")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--connections", type=int, default=16)
    p.add_argument("--warmup", type=float, default=1, help="seconds of wrk per question and server before "
                   "timing (0: none)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--install-wrk", action="store_true", help="apt-get install wrk when it is missing")
    p.add_argument("--nice", type=int, default=0,
                   help="run the servers and wrk at this niceness (e.g. -10, as root) so that other work on a "
                        "shared machine disturbs the measurements less; all three servers get the same")
    p.add_argument("--keep-logs", action="store_true",
                   help="keep the servers' logs when the run succeeds (they are always kept when it fails)")
    p.add_argument("--no-large-export", action="store_true",
                   help="skip streaming a long export (the country closest to 50,000 events) to the end")
    args = p.parse_args(argv)
    global NICE
    NICE = args.nice
    set_priority("self", NICE)  # this session: wrk and the samplers
    seconds = max(1, int(round(args.seconds)))
    export_seconds = 3 * seconds

    try:
        preflight(args.install_wrk)
    except Missing as e:
        print(f"bench/run.py: {e}", file=sys.stderr)
        return 2

    db_path = (Path(args.db) if args.db
               else Path(tempfile.gettempdir()) / "conflict-facts-bench" / f"events-{args.events}.db")
    db_path = db_path.resolve()
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
           "PYTHONUNBUFFERED": "1"}
    if not db_path.exists():
        if importlib.util.find_spec("wordfreq") is None:
            print(f"bench/run.py: wordfreq is not installed (the generator's word list): {sys.executable} -m pip "
                  f"install -r {ROOT / 'bench' / 'requirements.txt'}", file=sys.stderr)
            return 2
        db_path.parent.mkdir(parents=True, exist_ok=True)
        print(f"generating {db_path} with {args.events} events", flush=True)
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--events", str(args.events),
                        "--db", str(db_path), "--seed", str(args.seed)], env=env, check=True)

    workdir = Path(tempfile.mkdtemp(prefix="conflict-facts-bench-"))
    rng = random.Random(args.seed)
    started = time.monotonic()
    ours_port, ds_port, bare_port, limited_port = free_port(), free_port(), free_port(), free_port()
    # The timed runs use the service's own settings (QUERY_TIME_LIMIT_MS left to its default); the
    # time-limit check asks a second instance with a lower limit, so that the limit bites on this data.
    env.pop("QUERY_TIME_LIMIT_MS", None)
    # READ_RATE=0: the load generator is one client asking far faster than the read rate limits allow.
    # EXPORT_CONCURRENCY: wrk's connections all export at once, beyond the default cap of 2 (which would
    # answer most of them 503); the bench measures throughput, not admission.
    db_env = {**env, "DATABASE_URL": f"sqlite:///{db_path}", "LOAD_EXAMPLE_DATA": "false", "READ_RATE": "0",
              "EXPORT_CONCURRENCY": "64"}
    ours = Server("ours", [sys.executable, "-m", "api.cli", "serve", "--no-example-data", "--workers", "2",
                           "--port", str(ours_port)], db_env, ours_port, "/healthz", workdir)
    limited = Server("limited", [sys.executable, "-m", "api.cli", "serve", "--no-example-data", "--workers", "2",
                                 "--port", str(limited_port)], {**db_env, "QUERY_TIME_LIMIT_MS": str(TIME_LIMIT_MS)},
                     limited_port, "/healthz", workdir)
    datasette = Server("datasette", [sys.executable, "-m", "datasette", "gunicorn", "-w", "2", "-p", str(ds_port),
                                     "-i", str(db_path), "--setting", "sql_time_limit_ms", "60000",
                                     "--setting", "max_returned_rows", "1000000"],
                       env, ds_port, "/-/versions.json", workdir)
    bare = Server("bare", [sys.executable, "-m", "gunicorn", "-c", "python:api.gunicorn_conf", "--workers", "2",
                           "--bind", f"127.0.0.1:{bare_port}", "bench.bare_app:app"], db_env, bare_port, "/",
                  workdir)
    servers = [ours, datasette, bare]
    failed = []
    problems = []  # the service misbehaved under load (reported; exit status 1)

    def stop_on_signal(signum, frame):  # run the `finally` below: the servers are stopped, not orphaned
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, stop_on_signal)
    signal.signal(signal.SIGINT, stop_on_signal)
    print(f"database {db_path} ({db_path.stat().st_size / 1e6:,.0f} MB); logs in {workdir}", flush=True)
    try:
        ours.start(NICE)
        ours.wait_ready()  # ours first: it applies any pending migration before Datasette opens the file
        datasette.start(NICE)
        bare.start(NICE)
        limited.start(NICE)
        datasette.wait_ready()
        bare.wait_ready()
        limited.wait_ready()
        sampler = RssSampler(servers)
        sampler.start()
        params = choose_parameters(db_path)
        ds_info = get_json(ds_port, "/-/databases.json")[0]
        ds_db = ds_info.get("route") or ds_info["name"]
        ours_paths, ds_paths = paths(params, ds_db)
        print(f"data: {params['events']:,} events, {params['statements']:,} statements; "
              f"list: actor {params['actor']} ({params['participations']:,} participations), "
              f"{params['date_from']}..{params['date_to']}; search: '{params['word']}' "
              f"({params['word_hits']} statements); export: {params['country']} "
              f"({params['country_events']:,} events)", flush=True)
        print(f"servers: ours :{ours_port}, datasette :{ds_port} (-i, 2 workers), bare :{bare_port}, and ours "
              f":{limited_port} with QUERY_TIME_LIMIT_MS={TIME_LIMIT_MS} for the time-limit check; "
              f"wrk -t1 -c{args.connections}, "
              f"{seconds} s a run ({export_seconds} s for export), {args.rounds} rounds"
              + (f"; niceness {NICE}" if NICE else ""), flush=True)

        for question, ok, detail in verify(ours_port, ds_port, ours_paths, ds_paths, params, rng):
            print(f"verify {question:<7} {'same records' if ok else 'DIFFERENT RECORDS'}: {detail}", flush=True)
            if not ok:
                failed.append(f"verify {question}")

        max_ids = {"get": params["events"]}
        warmup = int(round(args.warmup))
        if warmup > 0:  # a short run of each question on each server, not counted
            for question in QUESTIONS:
                for server, table in ((ours, ours_paths), (datasette, ds_paths)):
                    wrk(server.port, table[question], warmup, args.connections, max_ids.get(question, 0))
            wrk(bare_port, "/", warmup, args.connections)

        runs = {}  # (question, server) -> [result per round]
        for round_ in range(args.rounds):
            order = [(ours, ours_paths), (datasette, ds_paths)]
            for question in QUESTIONS:
                length = export_seconds if question == "export" else seconds
                for server, table in order:
                    if question == "export":
                        sampler.mark = f"export-{server.name}"
                    result = wrk(server.port, table[question], length, args.connections, max_ids.get(question, 0))
                    sampler.mark = None
                    runs.setdefault((question, server.name), []).append(result)
            runs.setdefault(("ceiling", "bare"), []).append(wrk(bare_port, "/", seconds, args.connections))
            line = ", ".join(f"{q} {runs[(q, 'ours')][-1]['rps']:.0f}/{runs[(q, 'datasette')][-1]['rps']:.0f}"
                             for q in QUESTIONS)
            print(f"round {round_ + 1}/{args.rounds} (ours/datasette req/s): {line}; "
                  f"bare {runs[('ceiling', 'bare')][-1]['rps']:.0f}", flush=True)

        def med(question, server, key):
            return statistics.median(r[key] for r in runs[(question, server)])

        # deep page vs page 1 (ours, one connection: latency, not throughput)
        deep_page = max(2, min(10_000, params["events"] // 50))
        cursor, walked, walk_requests = walk_to_page(ours_port, deep_page)
        page1_path = "/v1/events?limit=50"
        deep_path = f"/v1/events?limit=50&cursor={cursor}"
        first_deep = get_json(ours_port, deep_path)["items"][0]["id"]
        page_seconds = max(1, seconds // 2)
        page1 = wrk(ours_port, page1_path, page_seconds, 1)
        deep = wrk(ours_port, deep_path, page_seconds, 1)

        # the query time limit
        unlimited_ms = unlimited_search_ms(db_path, TIMEOUT_WORDS)
        single, concurrent, probe_ms, after_ms = time_limit_check(limited_port, TIMEOUT_WORDS, TIME_LIMIT_MS)

        # hot actor: the busiest actor's events in a year, one request at a time, both servers
        hot_year = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True).execute(
            "SELECT substr(e.date_start, 1, 4) FROM participant p JOIN event e ON e.id = p.event_id "
            "WHERE p.actor_id = ? GROUP BY 1 ORDER BY count(*) DESC LIMIT 1",
            (params["hot_actor"]["actor"],)).fetchone()[0]
        hot = {**params, "actor": params["hot_actor"]["actor"], "date_from": f"{hot_year}-01-01",
               "date_to": f"{hot_year}-12-31"}
        hot_ours, hot_ds = paths(hot, ds_db)
        hot_runs = {"ours": wrk(ours_port, hot_ours["list"], page_seconds, 1),
                    "datasette": wrk(ds_port, hot_ds["list"], page_seconds, 1)}

        # a long export, read to the end: does the worker's memory stay flat?
        large = None
        if not args.no_large_export:
            large = stream_export(ours_port, f"/v1/events?country={params['long_country']}&format=ndjson",
                                  sampler, "large-export")
        time.sleep(0.5)
        sampler.stopped.set()
        rss_after = {s.name: [(pid, rss_kb(pid)) for pid in s.workers()] for s in servers}

        # --- report -------------------------------------------------------------------------------------
        print()
        print(f"{'question':<8} {'server':<10} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}  "
              f"req/s per round")
        for question in QUESTIONS:
            for name in ("ours", "datasette"):
                rs = runs[(question, name)]
                errors = sum(r["errors"] for r in rs)
                print(f"{question:<8} {name:<10} {med(question, name, 'rps'):>9,.1f} "
                      f"{med(question, name, 'p50'):>8,.1f} "
                      f"{med(question, name, 'p99'):>8,.1f} {errors:>7}  "
                      + " ".join(f"{r['rps']:.1f}" for r in rs))
                if errors:
                    problems.append(f"{errors} failed requests on {question} ({name}): see {workdir}")
        rs = runs[("ceiling", "bare")]
        print(f"{'ceiling':<8} {'bare':<10} {med('ceiling', 'bare', 'rps'):>9,.1f} "
              f"{med('ceiling', 'bare', 'p50'):>8,.1f} "
              f"{med('ceiling', 'bare', 'p99'):>8,.1f} {sum(r['errors'] for r in rs):>7}  "
              + " ".join(f"{r['rps']:.1f}" for r in rs))
        print()
        print("worker RSS (MB): server  after the runs [pid: MB]  /  max seen during the runs")
        for s in servers:
            now = ", ".join(f"{pid}: {kb / 1024:.0f}" for pid, kb in rss_after[s.name] if kb)
            print(f"  {s.name:<10} {now:<30} / {sampler.max_kb[s.name] / 1024:.0f}")
        for name in ("ours", "datasette"):
            series = sampler.series.get((f"export-{name}", name), [])
            if series:
                print(f"  export runs, {name}: RSS of the largest worker "
                      f"{min(series) / 1024:.0f}..{max(series) / 1024:.0f} MB "
                      f"over {len(series)} samples (first {series[0] / 1024:.0f}, last {series[-1] / 1024:.0f})")
        if large:
            series = sampler.series.get(("large-export", "ours"), [])
            rng_text = (f"{min(series) / 1024:.0f}..{max(series) / 1024:.0f} MB over {len(series)} samples"
                        if series else "no samples")
            print(f"  long export, ours: {params['long_country']} ({params['long_country_events']:,} events): "
                  f"status {large['status']}, {large['lines']:,} lines, {large['bytes'] / 1e6:,.1f} MB in "
                  f"{large['seconds']:.1f} s ({large['lines'] / large['seconds']:,.0f} events/s), "
                  + ("complete" if large["complete"] and large["lines"] == params["long_country_events"]
                     else f"INCOMPLETE ({large['error'] or 'short'}; see {ours.log_path})") + "; "
                  f"worker RSS {rng_text}")
            if large["lines"] != params["long_country_events"]:
                problems.append("long export incomplete")
        print()
        print(f"list p99 (16 connections): ours {med('list', 'ours', 'p99'):.1f} ms, "
              f"datasette {med('list', 'datasette', 'p99'):.1f} ms")
        print(f"deep page: page {deep_page:,} of /v1/events?limit=50 (first id {first_deep}; cursor reached by "
              f"{walk_requests} requests of up to 500) p50 {deep['p50']:.1f} ms, p99 {deep['p99']:.1f} ms; page 1 "
              f"p50 {page1['p50']:.1f} ms, p99 {page1['p99']:.1f} ms; ratio deep/page1 (p50) "
              f"{deep['p50'] / page1['p50'] if page1['p50'] else float('nan'):.2f}")
        print(f"hot actor: actor {hot['actor']} ({params['hot_actor']['participations']:,} participations), "
              f"{hot['date_from'][:4]}, one connection: ours p50 {hot_runs['ours']['p50']:.1f} ms, "
              f"datasette p50 {hot_runs['datasette']['p50']:.1f} ms")
        cut = single["status"] == 503 and single["type"].startswith("application/problem+json")
        print(f"time limit: a second instance with QUERY_TIME_LIMIT_MS={TIME_LIMIT_MS} (set by the bench; the default "
              "is 1000); "
              f"q='{' '.join(TIMEOUT_WORDS)}' matches {params['timeout_hits']:,} of {params['statements']:,} "
              f"statements, {unlimited_ms:.0f} ms unlimited (sqlite3, in-process): answered {single['status']} "
              f"{single['type'] or '-'} ({single['problem']}) in {single['ms']:.0f} ms; 4 at once: "
              f"{', '.join(f'{s} in {ms:.0f} ms' for s, ms in sorted(concurrent))}; /healthz sent meanwhile "
              f"answered in {probe_ms:.0f} ms, right after in {after_ms:.0f} ms"
              + ("" if cut else " -- NOT CUT OFF" + (" (the query is faster than the limit on this data)"
                                                     if unlimited_ms < TIME_LIMIT_MS else "")))
        ratios = {q: med(q, "ours", "rps") / med(q, "datasette", "rps") for q in QUESTIONS}
        ratios["ceiling"] = med("list", "ours", "rps") / med("ceiling", "bare", "rps")
        targets = [("get", ratios["get"], 2), ("list", ratios["list"], 2), ("search", ratios["search"], 3),
                   ("export", ratios["export"], 2), ("ceiling", ratios["ceiling"], 0.4)]
        print("targets: " + "; ".join(f"{name} {value:.2f} {'>=' if value >= want else '<'} {want} "
                                      f"{'met' if value >= want else 'MISSED'}" for name, value, want in targets)
              + f"; list p99 {med('list', 'ours', 'p99'):.1f} ms {'<' if med('list', 'ours', 'p99') < 50 else '>='} 50 "
              f"{'met' if med('list', 'ours', 'p99') < 50 else 'MISSED'}"
              + f"; deep page {deep['p50'] / page1['p50']:.2f}x page 1 "
              f"{'met' if deep['p50'] <= 2 * page1['p50'] else 'MISSED'}"
              + f"; worker RSS max {sampler.max_kb['ours'] / 1024:.0f} MB "
              f"{'met' if sampler.max_kb['ours'] < 200 * 1024 else 'MISSED'}")
        if failed or problems:
            print("problems: " + "; ".join(failed + problems))
        print(f"took {time.monotonic() - started:.0f} s")
        print("RATIOS " + " ".join(f"{k}={v:.2f}" for k, v in ratios.items()))
        return 1 if failed or problems else 0
    except BaseException:
        failed.append("exception")
        raise
    finally:
        for server in servers + [limited]:
            server.stop()
        if failed or problems or args.keep_logs:
            print(f"server logs kept in {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
