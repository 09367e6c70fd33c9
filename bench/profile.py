"""Where a worker's time goes on one question: starts the service (2 workers) on a database file, loads it
with wrk on the bench's own draws (bench/draws.py, the paths bench/run.py sends), records every worker with
py-spy (`-f raw`: one collapsed stack a line with its sample count) and prints, per question, the share of
samples in each group of frames and the functions most often on top of the stack.

    python bench/profile.py --db /tmp/cf-1m.db --port 8160 --questions get,list,search --seconds 12

py-spy (bench/requirements.txt) must be allowed to read the workers' memory (root, or ptrace_scope 0).
"""
import argparse
import collections
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import draws  # noqa: E402
import servers as srv  # noqa: E402
from questions import ours_path  # noqa: E402

# Each sample goes to the first group one of whose markers is in its stack (innermost frame first).
GROUPS = (
    ("waiting (epoll, a thread parked)", ("select (selectors", "poll (selectors", "wait (threading", "_wait_for_tstate_lock")),
    ("SQLite executing and fetching", ("execute (peewee", "execute_sql (peewee", "fetchall", "rows (api/sql.py", "sqlite3")),
    ("page cache", ("page_cache",)),
    ("assembling records (api/*representations, relation_lists, refs)", ("representations.py", "relation_lists.py", "refs.py")),
    ("stored forms (reading bodies, jsonio)", ("stored.py", "jsonio.py")),
    ("peewee building and compiling queries", ("peewee.py",)),
    ("the service's other Python (services, resources, parsing)", ("api/services/", "api/resources/", "api/parsing.py", "schemas/")),
    ("request log, request ID, metrics", ("observability.py", "pythonjsonlogger", "prometheus")),
    ("Flask, werkzeug, flask-smorest, webargs, CORS", ("flask", "werkzeug", "webargs", "marshmallow")),
    ("gunicorn: parsing, thread hand-off, writing", ("gunicorn", "api/server.py")),
)


def group_of(stack):
    for name, markers in GROUPS:
        if any(marker in stack for marker in markers):
            return name
    return "other"


def summarise(raw_files, top=15):
    groups, leaves, total = collections.Counter(), collections.Counter(), 0
    for path in raw_files:
        for line in Path(path).read_text().splitlines():
            stack, _, count = line.rpartition(" ")
            if not count.isdigit():
                continue
            n = int(count)
            frames = stack.split(";")
            total += n
            groups[group_of(";".join(reversed(frames)))] += n
            leaves[frames[-1]] += n
    lines = [f"  {n / total:6.1%}  {name}" for name, n in groups.most_common()] if total else []
    lines.append("  top frames (innermost):")
    lines += [f"  {n / total:6.1%}  {frame}" for frame, n in leaves.most_common(top)] if total else []
    return total, "\n".join(lines)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True)
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--questions", default="get,list,search")
    p.add_argument("--seconds", type=int, default=12, help="py-spy records this long; wrk runs 3 s more")
    p.add_argument("--rate", type=int, default=200, help="py-spy samples per second")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--env", action="append", default=[], help="NAME=VALUE for the service (repeatable)")
    args = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="conflict-facts-profile-"))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{os.path.abspath(args.db)}", "READ_RATE": "0",
           "EXPORT_CONCURRENCY": "64", **dict(e.split("=", 1) for e in args.env)}
    pools = draws.draw(args.db, args.seed)
    server = srv.Server("ours", [sys.executable, "-m", "api.cli", "serve", "--no-example-data", "--workers", "2",
                                 "--port", str(args.port)], env, args.port, "/healthz", work)
    server.start()
    server.wait_ready()
    try:
        for question in args.questions.split(","):
            paths = work / f"{question}.txt"
            paths.write_text("".join(ours_path(question, x) + "\n" for x in pools[question]))
            srv.wrk(args.port, paths, 2, seed=args.seed)   # warm up
            load = subprocess.Popen(["wrk", "-t1", "-c16", f"-d{args.seconds + 3}s", "-s", str(srv.WRK_SCRIPT),
                                     f"http://127.0.0.1:{args.port}", "--", str(paths), str(args.seed)],
                                    stdout=subprocess.PIPE, text=True)
            time.sleep(1)
            outs = []
            spies = []
            for pid in srv.children(server.proc.pid):
                out = work / f"{question}-{pid}.txt"
                outs.append(out)
                spies.append(subprocess.Popen([str(Path(sys.executable).with_name("py-spy")), "record", "-p", str(pid), "-d", str(args.seconds), "-r",
                                               str(args.rate), "-f", "raw", "-o", str(out), "--nonblocking"],
                                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            for spy in spies:
                spy.wait()
            summary = next((line for line in load.communicate()[0].splitlines() if line.startswith("Requests/sec")), "")
            total, text = summarise([o for o in outs if o.exists()])
            print(f"{question}: {total} samples over {len(outs)} workers; wrk {summary.strip()}\n{text}\n", flush=True)
    finally:
        server.stop()
    print(f"raw profiles in {work}")


if __name__ == "__main__":
    main()
