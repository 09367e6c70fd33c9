"""Worker memory and throughput of `conflict-facts serve` under settings given as environment variables
(issue 14): each variant's server is started on a file, loaded with a fixed mix of GETs from a few threads
(keep-alive connections, the same seeded draws for every variant: a warm-up, then a measured run of as many
other requests), and each worker's memory read from /proc/<pid>/smaps_rollup after each. Variants run in turns, rounds in
ABBA order, so that drift on a shared machine falls on all alike.

    python bench/worker_memory.py --db /tmp/cf-100k.db --port 5621 \\
        --variant default= --variant arenas2=MALLOC_ARENA_MAX=2 --variant cache8=SQLITE_CACHE_MB=8

Prints one line per run and, per variant, the median req/s, the workers' CPU time per request (steadier
than req/s on a shared machine) and the median RSS and USS of a worker; the
figures in docs/performance.md ("Worker memory: arenas and page caches") come from it.
"""
import argparse
import http.client
import json
import os
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

WORDS = ["ceasefire", "attack", "the", "talks", "army", "killed", "agreement", "border", "village", "rebels"]


def draw_paths(db, count, seed, exports):
    """`count` request paths: records by ID (in full, and with their participants), an actor's events in a
    year, a full-text search, another kind's records, and now and then an NDJSON export of a country."""
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    events = c.execute("SELECT max(id) FROM event").fetchone()[0]
    actors = c.execute("SELECT max(id) FROM actor").fetchone()[0]
    statements = c.execute("SELECT max(id) FROM statement").fetchone()[0]
    countries = [row[0] for row in c.execute(
        "SELECT p.country FROM event e JOIN place p ON p.id = e.place_id WHERE p.country IS NOT NULL "
        "GROUP BY p.country ORDER BY count(*) LIMIT 1")]
    c.close()
    rng, paths = random.Random(seed), []
    for _ in range(count):
        r = rng.random()
        if r < 0.35:
            paths.append(f"/v1/events/{rng.randint(1, events)}")
        elif r < 0.55:
            paths.append(f"/v1/events/{rng.randint(1, events)}?include=participants")
        elif r < 0.75:
            year = rng.randint(2000, 2023)
            paths.append(f"/v1/events?actor={rng.randint(1, actors)}&date_from={year}-01-01&date_to={year}-12-31"
                         "&limit=50&include=participants")
        elif r < 0.85:
            paths.append(f"/v1/statements?q={urllib.parse.quote(rng.choice(WORDS))}&limit=20")
        elif r < 1 - exports:
            paths.append(f"/v1/statements/{rng.randint(1, statements)}")
        else:
            paths.append(f"/v1/events?country={countries[0]}&format=ndjson&include=participants")
    return paths


def load(port, paths, threads):
    """Ask every path once, from `threads` keep-alive connections; (seconds taken, status counts)."""
    todo, lock, statuses = list(reversed(paths)), threading.Lock(), {}

    def client():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if not todo:
                    break
                path = todo.pop()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            with lock:
                statuses[response.status] = statuses.get(response.status, 0) + 1
        conn.close()

    started = time.perf_counter()
    workers = [threading.Thread(target=client) for _ in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return time.perf_counter() - started, statuses


def memory(pid):
    """A process's RSS, PSS and USS (private) in MB, from /proc/<pid>/smaps_rollup."""
    fields = {}
    with open(f"/proc/{pid}/smaps_rollup") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3 and parts[1].isdigit():
                fields[parts[0].rstrip(":")] = int(parts[1]) / 1024
    return {"rss": fields["Rss"], "pss": fields["Pss"], "uss": fields["Private_Clean"] + fields["Private_Dirty"]}


def cpu_seconds(pid):
    """User and system CPU time a process has used so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def worker_pids(master):
    with open(f"/proc/{master}/task/{master}/children") as f:
        return [int(p) for p in f.read().split()]


def run(args, name, settings, warmup_paths, paths):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{os.path.abspath(args.db)}", "LOAD_EXAMPLE_DATA": "false",
           "READ_RATE": "0", "EXPORT_CONCURRENCY": "0", **settings}
    server = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--port", str(args.port), "--workers",
                               str(args.workers)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, start_new_session=True)
    try:
        listening = 0
        for line in server.stderr:
            listening += "Worker listening at" in line
            if listening == args.workers:
                break
        threading.Thread(target=lambda: [None for _ in server.stderr], daemon=True).start()
        warm_seconds, warm_statuses = load(args.port, warmup_paths, args.threads)
        warm = [memory(pid) for pid in worker_pids(server.pid)]
        cpu_before = sum(cpu_seconds(pid) for pid in worker_pids(server.pid))
        seconds, statuses = load(args.port, paths, args.threads)
        cpu = sum(cpu_seconds(pid) for pid in worker_pids(server.pid)) - cpu_before
        after = [memory(pid) for pid in worker_pids(server.pid)]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=60)
    result = {"variant": name, "warmup_rps": len(warmup_paths) / warm_seconds, "rps": len(paths) / seconds,
              "cpu_ms": 1000 * cpu / len(paths),
              "statuses": {**warm_statuses, **{k: warm_statuses.get(k, 0) + v for k, v in statuses.items()}},
              "rss_warm": [round(m["rss"]) for m in warm], "rss": [round(m["rss"]) for m in after],
              "uss": [round(m["uss"]) for m in after], "pss": [round(m["pss"]) for m in after]}
    print(json.dumps(result), flush=True)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--port", type=int, default=5621)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8, help="client connections")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--exports", type=float, default=0.01, help="share of requests that are NDJSON exports")
    parser.add_argument("--variant", action="append", required=True,
                        help="name=VAR=value,VAR=value (name= alone: the defaults)")
    args = parser.parse_args()
    variants = []
    for spec in args.variant:
        name, _, rest = spec.partition("=")
        variants.append((name, dict(item.split("=", 1) for item in rest.split(",") if item)))
    # The measured run asks other records and pages than the warm-up (pages asked again would come from the
    # page cache).
    warmup_paths, paths = (draw_paths(args.db, args.requests, 14, args.exports),
                           draw_paths(args.db, args.requests, 15, args.exports))
    results = {name: [] for name, _ in variants}
    for round_ in range(args.rounds):
        order = variants if round_ % 2 == 0 else list(reversed(variants))
        for name, settings in order:
            results[name].append(run(args, name, settings, warmup_paths, paths))
    base = statistics.median(r["rps"] for r in results[variants[0][0]])
    base_cpu = statistics.median(r["cpu_ms"] for r in results[variants[0][0]])
    for name, runs in results.items():
        rps = statistics.median(r["rps"] for r in runs)
        cpu = statistics.median(r["cpu_ms"] for r in runs)
        print(f"{name:>12}: {rps:6.0f} req/s ({rps / base:.2f} of {variants[0][0]}), workers' CPU {cpu:.2f} ms a "
              f"request ({cpu / base_cpu:.2f}), worker RSS median "
              f"{statistics.median(m for r in runs for m in r['rss']):.0f} MB (max "
              f"{max(m for r in runs for m in r['rss'])}), USS median "
              f"{statistics.median(m for r in runs for m in r['uss']):.0f} MB")


if __name__ == "__main__":
    main()
