"""Load-test conflict-facts against Datasette on the same SQLite file, with wrk, as fairly as we know how.

    python bench/run.py --events 1000000 --seconds 10 --rounds 8 --db /tmp/cf-1m.db

Servers, on loopback, each with 2 workers (this is a 2-core machine):

  ours       `conflict-facts serve --no-example-data --workers 2` (api/gunicorn_conf.py)
  datasette  `datasette gunicorn -w 2 -i FILE` (datasette-gunicorn: uvicorn workers, with uvicorn's
             `[standard]` extras httptools and uvloop installed, which it then uses), tuned as its docs
             allow: `cache_size_kb` equal to our SQLite cache, sql_time_limit_ms and max_returned_rows raised
             so that every question gets its full answer, immutable mode
  ceiling    the service itself plus one route answering a stored copy of one of our list pages
             (bench/bare_app.py), under the same gunicorn settings: what HTTP and our hooks cost for those bytes

Four questions, each asked with parameters drawn per request from realistic spreads (bench/draws.py), the
same draws in the same order for both servers:

  get     one event by ID with what it embeds
  list    an actor's events in a year, 50 a page
  search  full-text search over statement quotes, 20 a page
  export  NDJSON export of a country's events

Datasette is sent, through `?sql=`, the best SQL we know: the same plan as ours and the same payload
(bench/peer_sql.py); its stock JSON API is timed too where it has one (get, search), for what a user who
writes no SQL gets. Before timing, both servers' answers are checked to hold the same records on several
draws per question.

Each round times every question on both servers back to back, in alternating order (ABBA); the figure per
question is the median of the per-round ratios (ours / Datasette), with a bootstrap 95% interval. The table
also gives bytes per answer and CPU milliseconds per answer (the servers' own CPU time, from /proc), and how
wrk's connections were spread over each server's workers. Then: latency at a fixed rate (50% and 80% of each
server's measured maximum, for get and list), a deep page against page 1, the query time limit, a long
export's memory, the workers' RSS, issue 13's aggregates (bench/aggregates.py). It ends with one line:

    RATIOS get=<x> list=<x> search=<x> export=<x> ceiling=<x>

Needs wrk (Debian: apt-get install wrk; --install-wrk does it) and bench/requirements.txt installed in the
same environment as the project. Exit status: 0 when it ran and both servers agreed, 1 when they did not or
the service failed requests while timed, 2 when something it needs is missing.
"""
import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aggregates  # noqa: E402
import draws  # noqa: E402
import latency  # noqa: E402
import report  # noqa: E402
import servers as srv  # noqa: E402
from paired import order_of_round  # noqa: E402
from questions import QUESTIONS, STOCK, datasette_path, ours_path, record_ids, record_keys, stock_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
VERIFY_DRAWS = {"get": 5, "list": 5, "search": 5, "export": 2}


class Missing(Exception):
    """Something the bench needs is not installed."""


def verify(ports, pools, ds_db):
    """Both servers hold the same records in their answers, with the same fields (the payload rule of
    bench/peer_sql.py), on the first few draws of each question: [(question, ok, detail)]. A field added to
    our records and not to the peer's SQL fails here, so the payloads cannot drift apart unseen."""
    results = []
    for question in QUESTIONS:
        ok, sizes, only_ours, only_peer, bytes_ = True, [], set(), set(), [0, 0]
        for p in pools[question][:VERIFY_DRAWS[question]]:
            status, _, body, _ = srv.http_get(ports["ours"], ours_path(question, p), timeout=300)
            a = record_ids(question, status, body, "ours")
            keys_a = record_keys(question, status, body, "ours")
            status2, _, body2, _ = srv.http_get(ports["datasette"], datasette_path(question, p, ds_db), timeout=300)
            b = record_ids(question, status2, body2, "datasette")
            keys_b = record_keys(question, status2, body2, "datasette")
            ok &= a is not None and a == b
            if keys_a is not None and keys_b is not None:
                only_ours |= keys_a - keys_b
                only_peer |= keys_b - keys_a
            bytes_[0] += len(body)
            bytes_[1] += len(body2)
            sizes.append(f"{len(a or [])}/{len(b or [])}")
        ok &= not only_ours and not only_peer
        detail = (f"records per draw (ours/datasette): {', '.join(sizes)}; bytes ours/datasette "
                  f"{bytes_[0] / max(bytes_[1], 1):.2f}")
        if only_ours or only_peer:
            detail += f"; FIELDS ONLY OURS {sorted(only_ours)}, ONLY DATASETTE'S {sorted(only_peer)}"
        results.append((question, ok, detail))
    return results


def preflight(install_wrk):
    if shutil.which("wrk") is None:
        if install_wrk:
            print("wrk is missing: installing Debian's wrk package", flush=True)
            subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False)
        if shutil.which("wrk") is None:
            raise Missing("wrk is not installed. Install it with `apt-get install -y wrk` (Debian's wrk "
                          "package), or run bench/run.py with --install-wrk.")
    for module, package in (("datasette", "datasette"), ("datasette_gunicorn", "datasette-gunicorn"),
                            ("uvicorn", "uvicorn"), ("httptools", "httptools"), ("uvloop", "uvloop")):
        if importlib.util.find_spec(module) is None:
            raise Missing(f"{package} is not installed in {sys.prefix}. Install the bench's requirements: "
                          f"{sys.executable} -m pip install -r {ROOT / 'bench' / 'requirements.txt'}")


# --- timing -----------------------------------------------------------------------------------------------

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--events", type=int, default=1_000_000, help="events to generate when --db does not exist")
    p.add_argument("--seconds", type=float, default=10, help="length of each timed wrk run (export: 3x)")
    p.add_argument("--db", help="the database file; generated (bench/generate.py) when missing. "
                                "Default: <tmp>/conflict-facts-bench/events-<N>.db")
    p.add_argument("--rounds", type=int, default=8, help="paired rounds (ABBA); 8 or more for a stable median")
    p.add_argument("--connections", type=int, default=16)
    p.add_argument("--warmup", type=float, default=1, help="seconds of wrk per question and server before "
                   "timing (0: none)")
    p.add_argument("--seed", type=int, default=1, help="seeds the data, the parameter draws and wrk's picks")
    p.add_argument("--port-base", type=int, default=0, help="ports from this one on (ours, datasette, ceiling, "
                   "the time-limited instance), on a machine where each user has a range; default: free ones")
    p.add_argument("--install-wrk", action="store_true", help="apt-get install wrk when it is missing")
    p.add_argument("--nice", type=int, default=0,
                   help="run the servers and wrk at this niceness (e.g. -10, as root) so that other work on a "
                        "shared machine disturbs the measurements less; all servers get the same")
    p.add_argument("--keep-logs", action="store_true",
                   help="keep the servers' logs when the run succeeds (they are always kept when it fails)")
    p.add_argument("--no-large-export", action="store_true",
                   help="skip streaming a long export (the country closest to 50,000 events) to the end")
    p.add_argument("--no-paced", action="store_true", help="skip the latency runs at a fixed rate")
    p.add_argument("--paced-repeats", type=int, default=3,
                   help="runs of each server at each fixed rate, in ABBA order; the p99 reported is their median")
    p.add_argument("--aggregate-repeats", type=int, default=5,
                   help="times each aggregate (bench/aggregates.py) is asked of each server (0: none)")
    args = p.parse_args(argv)
    srv.NICE = args.nice
    srv.set_priority("self", args.nice)
    seconds = max(1, int(round(args.seconds)))
    try:
        preflight(args.install_wrk)
    except Missing as e:
        print(f"bench/run.py: {e}", file=sys.stderr)
        return 2

    db_path = (Path(args.db) if args.db
               else Path(tempfile.gettempdir()) / "conflict-facts-bench" / f"events-{args.events}.db").resolve()
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
    started = time.monotonic()
    wrk_cores, server_cores = srv.wrk_cores()
    names = ("ours", "datasette", "ceiling", "limited")
    ports = ({name: args.port_base + i for i, name in enumerate(names)} if args.port_base
             else {name: srv.free_port() for name in names})
    env.pop("QUERY_TIME_LIMIT_MS", None)
    # READ_RATE=0: the load generator is one client asking far faster than the read rate limits allow.
    # EXPORT_CONCURRENCY: wrk's connections all export at once, beyond the default cap of 2 (which would
    # answer most of them 503); the bench measures throughput, not admission.
    db_env = {**env, "DATABASE_URL": f"sqlite:///{db_path}", "LOAD_EXAMPLE_DATA": "false", "READ_RATE": "0",
              "EXPORT_CONCURRENCY": "64"}
    ceiling_body = workdir / "ceiling-body.json"

    def serve(name, extra_env=None):
        return srv.Server(name, [sys.executable, "-m", "api.cli", "serve", "--no-example-data", "--workers", "2",
                                 "--port", str(ports[name])], {**db_env, **(extra_env or {})}, ports[name],
                          "/healthz", workdir)

    ours = serve("ours")
    limited = serve("limited", {"QUERY_TIME_LIMIT_MS": str(report.TIME_LIMIT_MS)})
    datasette = srv.Server("datasette", aggregates.datasette_argv(ports["datasette"], db_path),
                           env, ports["datasette"], "/-/versions.json", workdir)
    ceiling = srv.Server("ceiling", [sys.executable, "-m", "gunicorn", "-c", "python:api.gunicorn_conf",
                                     "--workers", "2", "--bind", f"127.0.0.1:{ports['ceiling']}",
                                     "bench.bare_app:app"],
                         {**db_env, "BENCH_CEILING_BODY": str(ceiling_body)}, ports["ceiling"], "/healthz", workdir)
    everyone = [ours, datasette, ceiling, limited]
    failed, problems = [], []
    print(f"database {db_path} ({db_path.stat().st_size / 1e6:,.0f} MB); logs in {workdir}", flush=True)
    try:
        ours.start(args.nice, server_cores)
        ours.wait_ready()  # ours first: it applies any pending migration before Datasette opens the file
        datasette.start(args.nice, server_cores)
        limited.start(args.nice, server_cores)
        datasette.wait_ready()
        limited.wait_ready()
        ds_info = srv.get_json(ports["datasette"], "/-/databases.json")[0]
        ds_db = ds_info.get("route") or ds_info["name"]
        side = draws.side_parameters(db_path)
        pools = draws.draw(db_path, args.seed)

        files = {}
        for question in QUESTIONS:
            for name, make in (("ours", lambda q, x: ours_path(q, x)),
                               ("datasette", lambda q, x: datasette_path(q, x, ds_db)),
                               ("stock", lambda q, x: stock_path(q, x, ds_db) if q in STOCK else None)):
                lines = [make(question, x) for x in pools[question]]
                if lines[0] is not None:
                    files[(question, name)] = workdir / f"paths-{question}-{name}.txt"
                    files[(question, name)].write_text("\n".join(lines) + "\n")
        # the ceiling's body: one of our list pages, of the median size among the first draws
        bodies = sorted((srv.http_get(ports["ours"], ours_path("list", x))[2] for x in pools["list"][:21]), key=len)
        ceiling_body.write_bytes(bodies[len(bodies) // 2])
        files[("ceiling", "ceiling")] = workdir / "paths-ceiling.txt"
        files[("ceiling", "ceiling")].write_text("/_bench/ceiling\n")
        ceiling.start(args.nice, server_cores)
        ceiling.wait_ready()
        sampler = srv.RssSampler([ours, datasette, ceiling])
        sampler.start()

        print(report.describe_data(side, pools), flush=True)
        print(f"servers: ours :{ports['ours']}, datasette :{ports['datasette']} (-i, 2 workers, cache_size_kb "
              f"{aggregates.CACHE_KB}), ceiling :{ports['ceiling']}, and ours :{ports['limited']} with QUERY_TIME_LIMIT_MS="
              f"{report.TIME_LIMIT_MS} for the time-limit check; wrk -t1 -c{args.connections}, {seconds} s a run "
              f"({3 * seconds} s for export), {args.rounds} rounds, ABBA; "
              + (f"wrk pinned to core {wrk_cores}, servers to {server_cores}" if wrk_cores
                 else "wrk not pinned (fewer than 4 cores)")
              + (f"; niceness {args.nice}" if args.nice else ""), flush=True)
        for question, ok, detail in verify(ports, pools, ds_db):
            print(f"verify {question:<7} {'same records and fields' if ok else 'DIFFERENT'}: {detail}", flush=True)
            if not ok:
                failed.append(f"verify {question}")

        by_name = {"ours": ours, "datasette": datasette, "stock": datasette, "ceiling": ceiling}
        warmup = int(round(args.warmup))
        if warmup > 0:
            for (question, name), path in files.items():
                srv.wrk(by_name[name].port, path, warmup, args.connections, args.seed, 0, wrk_cores)

        runs = {}  # (question, server) -> [result per round]
        for round_ in range(args.rounds):
            seed = args.seed + round_
            for question in QUESTIONS:
                length = 3 * seconds if question == "export" else seconds
                names = list(order_of_round(round_, "ours", "datasette"))
                if question in STOCK:
                    names.append("stock")
                for name in names:
                    if question == "export":
                        sampler.mark = f"export-{name}"
                    runs.setdefault((question, name), []).append(
                        srv.timed(by_name[name], files[(question, name)], length, args.connections, seed, wrk_cores))
                    sampler.mark = None
            runs.setdefault(("ceiling", "ceiling"), []).append(
                srv.timed(ceiling, files[("ceiling", "ceiling")], seconds, args.connections, seed, wrk_cores))
            print(f"round {round_ + 1}/{args.rounds} (ours/datasette req/s): "
                  + ", ".join(f"{q} {runs[(q, 'ours')][-1]['rps']:.0f}/{runs[(q, 'datasette')][-1]['rps']:.0f}"
                              for q in QUESTIONS)
                  + f"; ceiling {runs[('ceiling', 'ceiling')][-1]['rps']:.0f}", flush=True)

        paced_runs = {}
        if not args.no_paced:
            tops = {(q, name): report.median([r["rps"] for r in runs[(q, name)]])
                    for q in ("get", "list") for name in ("ours", "datasette")}
            paced_runs = latency.measure(by_name, files, tops, seconds, args.seed, wrk_cores, args.paced_repeats)

        extra = report.side_checks(ports, side, db_path, sampler, args, seconds, workdir)
        sampler.stopped.set()
        aggregate_lines = []
        if args.aggregate_repeats:
            load = " ".join(f"{x:.1f}" for x in os.getloadavg())
            aggregate_lines, aggregate_problems = aggregates.report(aggregates.measure(
                ports, ds_db, db_path, side, args.aggregate_repeats), load)
            problems += aggregate_problems
        rss_after = {s.name: [(pid, srv.rss_kb(pid)) for pid in s.workers()] for s in (ours, datasette, ceiling)}
        problems += report.print_all(runs, paced_runs, extra, sampler, rss_after, side, workdir)
        print("\n".join(aggregate_lines))
        if failed or problems:
            print("problems: " + "; ".join(failed + problems))
        print(f"took {time.monotonic() - started:.0f} s")
        print(report.ratios_line(runs))
        return 1 if failed or problems else 0
    except BaseException:
        failed.append("exception")
        raise
    finally:
        for server in everyone:
            server.stop()
        if failed or problems or args.keep_logs:
            print(f"server logs kept in {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
