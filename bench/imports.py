"""Import throughput: `conflict-facts import --format ucdp-ged` on synthetic GED files (bench/ged_file.py).

    python bench/imports.py --rows 1000,4000                      # SQLite, in a temporary folder
    python bench/imports.py --rows 1000 --database-url postgresql://postgres@127.0.0.1:5432/postgres

For each size: a fresh database (migrated, untimed), then three imports, each the real command in its own process:
`first` (an empty database), `repeat` (the same file again: nothing changes) and `newer` (the next release,
in which 5% of the rows give other deaths figures). Each line gives the wall time, rows per second, rows per
CPU-second of the import's process (the machine's other load moves the wall time, much less the CPU time),
and the process's peak resident memory (getrusage maxrss): compare it across sizes to see whether memory
grows with the file. On PostgreSQL, --database-url names a server (any database on it): each size gets a
database of its own, dropped at the end.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import ged_file  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _import(path, url, project=ROOT):
    """Run one import -> (summary, wall seconds, CPU seconds, peak MB)."""
    env = {**os.environ, "DATABASE_URL": url}
    command = [sys.executable, "-m", "api.cli", "import", "--format", "ucdp-ged", path]
    started = time.monotonic()
    process = subprocess.Popen(command, env=env, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    if status != 0 and not out:
        raise SystemExit(f"the import of {path} failed (status {status})")
    return json.loads(out), wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


class _Postgres:
    def __init__(self, url):
        import psycopg2
        self.url, self.connection = url, psycopg2.connect(url)
        self.connection.autocommit = True

    def create(self, name):
        with self.connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
        return self.url.rsplit("/", 1)[0] + "/" + name

    def drop(self, name):
        with self.connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')


PHASES = ("first", "repeat", "newer")


def measure(rows, folder, postgres=None, seed=1, phases=PHASES, project=ROOT):
    first = ged_file.write(os.path.join(folder, f"ged231-{rows}.csv"), rows, seed)
    newer = ged_file.write(os.path.join(folder, f"ged241-{rows}.csv"), rows, seed, changed=0.05)
    name = f"cf_bench_imports_{rows}"
    url = postgres.create(name) if postgres else f"sqlite:///{os.path.join(folder, f'{rows}.db')}"
    subprocess.run([sys.executable, "-m", "api.cli", "db", "upgrade"], env={**os.environ, "DATABASE_URL": url},
                   cwd=project, check=True, capture_output=True)
    results = []
    try:
        for phase, path in (("first", first), ("repeat", first), ("newer", newer))[:len(phases)]:
            summary, wall, cpu, peak = _import(path, url, project)
            results.append({"phase": phase, "rows": rows, "seconds": round(wall, 1),
                            "rows_per_s": round(rows / wall), "rows_per_cpu_s": round(rows / cpu),
                            "peak_mb": round(peak), **{k: summary.get(k, 0) for k in (
                                "created", "updated", "unchanged", "deleted", "rejected")}})
            print(_line(results[-1]), flush=True)
    finally:
        if postgres:
            postgres.drop(name)
    return results


def _line(r):
    return (f"{r['phase']:<7} {r['rows']:>8,} rows {r['seconds']:>8.1f} s {r['rows_per_s']:>7,} rows/s "
            f"{r['rows_per_cpu_s']:>7,} rows/CPU-s {r['peak_mb']:>6,} MB peak   created {r['created']}, updated "
            f"{r['updated']}, unchanged {r['unchanged']}, rejected {r['rejected']}")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--rows", default="1000,4000", help="file sizes, comma-separated (default 1000,4000)")
    p.add_argument("--database-url", help="a PostgreSQL server to measure on (default: SQLite files)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--project", default=ROOT, help="the checkout whose `conflict-facts` to run (default: this "
                                                   "one; another commit's worktree gives a before/after)")
    p.add_argument("--first-only", action="store_true", help="only the first import of each size (the longest)")
    args = p.parse_args(argv)
    postgres = _Postgres(args.database_url) if args.database_url else None
    print(f"engine: {'PostgreSQL' if postgres else 'SQLite'}")
    with tempfile.TemporaryDirectory(prefix="cf-bench-imports-") as folder:
        for rows in (int(n) for n in args.rows.split(",")):
            measure(rows, folder, postgres, args.seed, PHASES[:1] if args.first_only else PHASES, args.project)


if __name__ == "__main__":
    main()
