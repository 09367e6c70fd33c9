"""Two versions of conflict-facts on the same data, side by side: what a change costs in throughput.

    python bench/versions.py --base /path/to/old/checkout --db /tmp/cf-1m.db --rounds 4 --seconds 8

`--base` is another checkout of the project with its own virtual environment in `.venv` (for example a
`git worktree` of the commit before a change); this checkout is the new version. `--db` is a SQLite file
written by the base version (bench/generate.py run there). The new version gets a copy of it, migrated by
its own `serve` at start (the time the migration took is printed: a figure operators will ask for).

Both servers run with the same settings (2 workers, READ_RATE=0, EXPORT_CONCURRENCY=64, as bench/run.py
gives ours), and wrk asks the same questions of both (bench/run.py's get, list, search and export, their
parameters taken from the data). Each round runs every question on both servers, the order alternating
(ABBA: base first in even rounds, new first in odd ones), so drift on a shared machine falls on both sides.
The table gives each side's median req/s and, per question, the median of the per-round ratios
(new / base) with their range, and the bytes of one answer on each side.
"""
import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run as bench  # noqa: E402  (bench/run.py: servers, wrk, the questions)

ROOT = Path(__file__).resolve().parent.parent


class CheckoutServer(bench.Server):
    """bench.Server started from another checkout's directory, with its own Python."""

    def __init__(self, *args, cwd, **kwargs):
        super().__init__(*args, **kwargs)
        self.cwd = cwd

    def start(self, nice=0):
        saved, bench.ROOT = bench.ROOT, self.cwd
        try:
            super().start(nice)
        finally:
            bench.ROOT = saved


def server(name, checkout, python, db, port, workdir):
    env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONUNBUFFERED": "1", "DATABASE_URL": f"sqlite:///{db}",
           "LOAD_EXAMPLE_DATA": "false", "READ_RATE": "0", "EXPORT_CONCURRENCY": "64"}
    env.pop("QUERY_TIME_LIMIT_MS", None)
    argv = [str(python), "-m", "api.cli", "serve", "--no-example-data", "--workers", "2", "--port", str(port)]
    return CheckoutServer(name, argv, env, port, "/healthz", workdir, cwd=checkout)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base", required=True, help="the other checkout (with .venv)")
    p.add_argument("--db", required=True, help="a SQLite file written by the base version")
    p.add_argument("--rounds", type=int, default=4)
    p.add_argument("--seconds", type=float, default=8)
    p.add_argument("--connections", type=int, default=16)
    args = p.parse_args(argv)
    base_dir = Path(args.base).resolve()
    base_python = base_dir / ".venv" / "bin" / "python"
    db = Path(args.db).resolve()
    if not base_python.exists() or not db.exists():
        print(f"bench/versions.py: needs {base_python} and {db}", file=sys.stderr)
        return 2
    new_db = db.with_name(db.stem + "-new.db")
    for suffix in ("", "-wal", "-shm"):
        Path(str(new_db) + suffix).unlink(missing_ok=True)
    shutil.copyfile(db, new_db)
    workdir = Path(tempfile.mkdtemp(prefix="conflict-facts-versions-"))
    seconds = max(1, int(round(args.seconds)))
    params = bench.choose_parameters(db)
    ours, _ = bench.paths(params, "x")
    servers = {"base": server("base", base_dir, base_python, db, bench.free_port(), workdir),
               "new": server("new", ROOT, Path(sys.executable), new_db, bench.free_port(), workdir)}
    results = {name: {q: [] for q in bench.QUESTIONS} for name in servers}
    sizes = {}
    try:
        for name, s in servers.items():
            started = time.monotonic()
            s.start()
            s.wait_ready(timeout=3600)
            print(f"{name}: ready in {time.monotonic() - started:.1f} s (the new one migrates its copy first)",
                  flush=True)
        for name, s in servers.items():
            for q in bench.QUESTIONS:
                path = ours[q].replace("{id}", "1")
                status, _, body, _ = bench.http_get(s.port, path)
                if status != 200:
                    raise RuntimeError(f"{name} {path}: {status} {body[:300]!r}")
                sizes[(name, q)] = len(body)
                bench.wrk(s.port, ours[q], 1, args.connections, params["events"] if "{id}" in ours[q] else 0)
        for r in range(args.rounds):
            order = ("base", "new") if r % 2 == 0 else ("new", "base")
            for q in bench.QUESTIONS:
                for name in order:
                    s = servers[name]
                    secs = seconds * (3 if q == "export" else 1)
                    out = bench.wrk(s.port, ours[q], secs, args.connections,
                                    params["events"] if "{id}" in ours[q] else 0)
                    if out["errors"]:
                        raise RuntimeError(f"{name} {q}: {out['errors']} errors under load")
                    results[name][q].append(out["rps"])
            print(f"round {r + 1}/{args.rounds} done", flush=True)
    finally:
        for s in servers.values():
            s.stop()
    print(f"\n{'question':8} {'base req/s':>11} {'new req/s':>10}  {'ratio new/base [min-max]':>25}  bytes base/new")
    for q in bench.QUESTIONS:
        ratios = [n / b for n, b in zip(results["new"][q], results["base"][q]) if b]
        print(f"{q:8} {statistics.median(results['base'][q]):11,.1f} {statistics.median(results['new'][q]):10,.1f}  "
              f"{statistics.median(ratios):>10.2f} [{min(ratios):.2f}-{max(ratios):.2f}]"
              f"{'':8}  {sizes[('base', q)]:,}/{sizes[('new', q)]:,}")
    print("\nRATIOS " + " ".join(f"{q}={statistics.median([n / b for n, b in zip(results['new'][q], results['base'][q])]):.2f}"
                                 for q in bench.QUESTIONS))
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
