"""Two versions of conflict-facts on the same data, side by side: what a change costs in throughput.

    python bench/versions.py --base /path/to/old/checkout --db /tmp/cf-1m.db --rounds 4 --seconds 8

`--base` is another checkout of the project with its own virtual environment in `.venv` (for example a
`git worktree` of the commit before a change, with the project installed in it); this checkout, run with
the Python running this script, is the new version. Each server runs from its own checkout's directory
with its own Python. `--db` is a SQLite file written by the base version (bench/generate.py run there):
the base serves it as it is; the new version gets a copy in a temporary folder, migrated first with its
own `db upgrade` (the time the migration took is printed: a figure operators will ask for).

Both servers run with the settings bench/run.py gives ours (2 workers, READ_RATE=0, EXPORT_CONCURRENCY=64,
the service's other defaults), and wrk asks both run.py's four questions (bench/questions.py) with the
parameters drawn per request from the data (bench/draws.py: one file of paths per question, wrk picking a
line at random with bench/wrk/bench.lua, the same seed for both sides of a round). Before timing, the
first draws of each question must answer 200 on both. Each round times every question on both servers
back to back, the order alternating (ABBA: base first in even rounds, new first in odd ones; bench/paired.py),
export for 3x `--seconds`, so drift on a shared machine falls on both sides.

Printed: per question and side, the median req/s, p50 and p99, errors, bytes per answer (headers included,
as wrk counts them), CPU ms per answer (the server's own CPU time, all its processes, from /proc) and each
round's req/s; then per question the median of the per-round ratios new / base, of req/s and of CPU ms per
answer, with a bootstrap 95% interval; last a line `RATIOS get=<x> list=<x> search=<x> export=<x>` (req/s,
new / base). Exit status: 0 when it ran without failed requests, 1 when a server failed requests (the
table is printed all the same, the servers' logs kept), 2 when wrk, the base's Python or the file is missing.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import draws  # noqa: E402
import servers as srv  # noqa: E402
from paired import median_with_interval, order_of_round, ratios  # noqa: E402
from questions import QUESTIONS, ours_path  # noqa: E402
from report import median  # noqa: E402
from run import ROOT  # noqa: E402
from servers import timed  # noqa: E402

SIDES = ("base", "new")


def side_env(checkout, db_path):
    """bench/run.py's environment for ours, with this checkout's code first on the path."""
    env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONUNBUFFERED": "1", "DATABASE_URL": f"sqlite:///{db_path}",
           "LOAD_EXAMPLE_DATA": "false", "READ_RATE": "0", "EXPORT_CONCURRENCY": "64"}
    env.pop("QUERY_TIME_LIMIT_MS", None)
    return env


def copy_database(source, target):
    """The file and its write-ahead log if it has one (what a reader of the file would see)."""
    shutil.copyfile(source, target)
    wal = Path(f"{source}-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, f"{target}-wal")


def migrate(python, checkout, db_path, nice):
    """`db upgrade` of the new version on its copy: (seconds, what it printed)."""
    started = time.monotonic()
    out = subprocess.run([str(python), "-m", "api.cli", "db", "upgrade"], cwd=checkout, env=side_env(checkout, db_path),
                         capture_output=True, text=True, preexec_fn=(lambda: os.nice(nice)) if nice else None)
    took = time.monotonic() - started
    if out.returncode:
        raise RuntimeError(f"db upgrade of the copy failed ({out.returncode}):\n{out.stdout[-3000:]}"
                           f"{out.stderr[-3000:]}")
    return took, out.stdout.strip()


def print_table(runs):
    print(f"\n{'question':<8} {'side':<5} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'bytes':>9} "
          f"{'CPU ms':>7}  req/s per round")
    for question in QUESTIONS:
        for name in SIDES:
            rs = runs[(question, name)]
            size = sum(r["bytes"] for r in rs) / max(1, sum(r["requests"] for r in rs))
            print(f"{question:<8} {name:<5} {median([r['rps'] for r in rs]):>9,.1f} "
                  f"{median([r['p50'] for r in rs]):>8,.1f} {median([r['p99'] for r in rs]):>8,.1f} "
                  f"{sum(r['errors'] for r in rs):>7} {size:>9,.0f} {median([r['cpu_ms'] for r in rs]):>7,.2f}  "
                  + " ".join(f"{r['rps']:.1f}" for r in rs))
    print("(bytes: per answer, headers included, as wrk counts them; CPU ms: the server's CPU time per answer, "
          "all its processes)")
    print("\npaired ratios new / base (median of per-round ratios [bootstrap 95% interval]):")
    medians = {}
    for question in QUESTIONS:
        per_side = {name: runs[(question, name)] for name in SIDES}
        rps = median_with_interval(ratios(*([r["rps"] for r in per_side[n]] for n in ("new", "base"))))
        cpu = median_with_interval(ratios(*([r["cpu_ms"] for r in per_side[n]] for n in ("new", "base"))))
        medians[question] = rps[0]
        print(f"  {question:<7} req/s {rps[0]:.2f} [{rps[1]:.2f}-{rps[2]:.2f}]   "
              f"CPU ms per answer {cpu[0]:.2f} [{cpu[1]:.2f}-{cpu[2]:.2f}]")
    return "RATIOS " + " ".join(f"{q}={medians[q]:.2f}" for q in QUESTIONS)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base", required=True, help="the other checkout, with its own .venv")
    p.add_argument("--db", required=True, help="a SQLite file written by the base version (served as it is by "
                                               "the base; the new version migrates a copy)")
    p.add_argument("--rounds", type=int, default=4, help="paired rounds (ABBA)")
    p.add_argument("--seconds", type=float, default=8, help="length of each timed wrk run (export: 3x)")
    p.add_argument("--connections", type=int, default=16)
    p.add_argument("--warmup", type=float, default=1, help="seconds of wrk per question and side before timing")
    p.add_argument("--seed", type=int, default=1, help="seeds the parameter draws and wrk's picks")
    p.add_argument("--port-base", type=int, default=0, help="ports N (base) and N+1 (new); default: free ones")
    p.add_argument("--nice", type=int, default=0,
                   help="run the servers, the migration and wrk at this niceness (e.g. -10, as root), as "
                        "bench/run.py does; both sides get the same")
    p.add_argument("--keep-logs", action="store_true", help="keep the servers' logs when the run succeeds")
    args = p.parse_args(argv)
    srv.NICE = args.nice
    srv.set_priority("self", args.nice)
    seconds = max(1, int(round(args.seconds)))
    base_dir = Path(args.base).resolve()
    pythons = {"base": base_dir / ".venv" / "bin" / "python", "new": Path(sys.executable)}
    db_path = Path(args.db).resolve()
    missing = [str(x) for x in (pythons["base"], db_path) if not x.exists()] + (
        ["wrk (apt-get install wrk)"] if shutil.which("wrk") is None else [])
    if missing:
        print(f"bench/versions.py: missing {', '.join(missing)}", file=sys.stderr)
        return 2

    workdir = Path(tempfile.mkdtemp(prefix="conflict-facts-versions-"))
    new_db = workdir / "new.db"
    started = time.monotonic()
    wrk_cores, server_cores = srv.wrk_cores()
    ports = ({name: args.port_base + i for i, name in enumerate(SIDES)} if args.port_base
             else {name: srv.free_port() for name in SIDES})
    checkouts = {"base": base_dir, "new": ROOT}
    files = {"base": db_path, "new": new_db}
    servers = {name: srv.Server(name, [str(pythons[name]), "-m", "api.cli", "serve", "--no-example-data", "--workers",
                                       "2", "--port", str(ports[name])], side_env(checkouts[name], files[name]),
                                ports[name], "/healthz", workdir, checkouts[name])
               for name in SIDES}
    failed = []
    try:
        print(f"database {db_path} ({db_path.stat().st_size / 1e6:,.0f} MB); base {base_dir} "
              f"({pythons['base']}), new {ROOT} ({pythons['new']}); logs in {workdir}", flush=True)
        copy_database(db_path, new_db)
        took, said = migrate(pythons["new"], ROOT, new_db, args.nice)
        applied = [line.split()[-1] for line in said.splitlines() if line.startswith("applied ")]
        print(f"new: migrated its copy in {took:.1f} s ("
              + (f"{len(applied)} migrations, {applied[0]} to {applied[-1]})" if applied else f"{said})"), flush=True)
        for name, server in servers.items():
            server.start(args.nice, server_cores)
            server.wait_ready(timeout=3600)
        pools = draws.draw(db_path, args.seed)
        paths = {}
        for question in QUESTIONS:
            paths[question] = workdir / f"paths-{question}.txt"
            paths[question].write_text("".join(ours_path(question, x) + "\n" for x in pools[question]))
            for name, server in servers.items():
                status, _, body, _ = srv.http_get(server.port, ours_path(question, pools[question][0]), timeout=300)
                if status != 200:
                    raise RuntimeError(f"{name} {question}: {status} {body[:300]!r}")
        print(f"servers: base :{ports['base']}, new :{ports['new']} (2 workers each); wrk -t1 -c{args.connections}, "
              f"{seconds} s a run ({3 * seconds} s for export), {args.rounds} rounds, ABBA"
              + (f"; wrk pinned to core {wrk_cores}" if wrk_cores else "") + (f"; niceness {args.nice}" if args.nice
                                                                             else ""), flush=True)
        if args.warmup >= 0.5:
            for question in QUESTIONS:
                for server in servers.values():
                    srv.wrk(server.port, paths[question], int(round(args.warmup)), args.connections, args.seed, 0,
                            wrk_cores)
        runs = {}
        for round_ in range(args.rounds):
            for question in QUESTIONS:
                length = 3 * seconds if question == "export" else seconds
                for name in order_of_round(round_, "base", "new"):
                    runs.setdefault((question, name), []).append(timed(
                        servers[name], paths[question], length, args.connections, args.seed + round_, wrk_cores))
            print(f"round {round_ + 1}/{args.rounds} (base/new req/s): " + ", ".join(
                f"{q} {runs[(q, 'base')][-1]['rps']:.0f}/{runs[(q, 'new')][-1]['rps']:.0f}" for q in QUESTIONS),
                flush=True)
        ratios_line = print_table(runs)
        failed += [f"{q} ({n}): {sum(r['errors'] for r in runs[(q, n)])} failed requests"
                   for q in QUESTIONS for n in SIDES if any(r["errors"] for r in runs[(q, n)])]
        if failed:
            print("problems: " + "; ".join(failed))
        print(f"took {time.monotonic() - started:.0f} s")
        print(ratios_line)
        return 1 if failed else 0
    except BaseException:
        failed.append("exception")
        raise
    finally:
        for server in servers.values():
            server.stop()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{new_db}{suffix}").unlink(missing_ok=True)
        if failed or args.keep_logs:
            print(f"server logs kept in {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
