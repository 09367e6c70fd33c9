"""Some of bench/run.py's questions alone, paired, on three servers: ours as configured (the page cache on,
api/page_cache.py), ours with PAGE_CACHE_MB=0 (every page assembled), and Datasette given our SQL. The same
draws, wrk runs, CPU accounting and ratios as run.py, without its side checks: for measuring one change
on the questions it touches, in a few minutes.

    python bench/questions_paired.py --db /tmp/cf-1m.db --questions list,search --rounds 6 --seconds 5

Each round times every server on a question back to back, the order rotated from round to round (so no
server always runs first); printed: median req/s and CPU ms per answer, and the median of the per-round
ratios with a bootstrap 95% interval, ours / Datasette and ours / ours uncached.

With `--baseline DIR`, the second server runs another checkout's code (DIR, its root) with ours' settings
instead of ours uncached: ours / baseline is then a change's paired ratio on this machine (say a branch
against main, on the same file; `--env PAGE_CACHE_MB=0` for both of ours to time assembling, not the cache).

    python bench/questions_paired.py --db /tmp/cf-1m.db --questions get,list,export --baseline /work/main \\
        --env PAGE_CACHE_MB=0
"""
import argparse
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import aggregates  # noqa: E402
import draws  # noqa: E402
import servers as srv  # noqa: E402
from paired import median_with_interval, ratios  # noqa: E402
from questions import datasette_path, ours_path  # noqa: E402
from run import ROOT  # noqa: E402
from servers import timed  # noqa: E402

NAMES = ("ours", "uncached", "datasette")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True)
    p.add_argument("--questions", default="list,search", help="any of get,list,search (comma-separated)")
    p.add_argument("--rounds", type=int, default=6)
    p.add_argument("--seconds", type=int, default=5)
    p.add_argument("--connections", type=int, default=16)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--port-base", type=int, default=0, help="ports N to N+2 (default: free ones)")
    p.add_argument("--nice", type=int, default=0)
    p.add_argument("--baseline", help="a checkout's root: the second server runs its code, not ours uncached")
    p.add_argument("--env", action="append", default=[], help="KEY=VALUE set for both of ours (repeatable)")
    p.add_argument("--fill", action="store_true", help="before the rounds, ask both of ours every path 3 times "
                   "(a new connection each, so both workers see most), so that the rounds time a warm cache")
    args = p.parse_args(argv)
    srv.NICE = args.nice
    db_path = Path(args.db).resolve()
    workdir = Path(tempfile.mkdtemp(prefix="conflict-facts-paired-"))
    ports = ({name: args.port_base + i for i, name in enumerate(NAMES)} if args.port_base
             else {name: srv.free_port() for name in NAMES})
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    ours_env = {**env, "DATABASE_URL": f"sqlite:///{db_path}", "LOAD_EXAMPLE_DATA": "false", "READ_RATE": "0",
                **dict(pair.split("=", 1) for pair in args.env)}
    label = {**{name: name for name in NAMES}, **({"uncached": "baseline"} if args.baseline else {})}

    def serve(name, extra, root=ROOT):
        return srv.Server(name, [sys.executable, "-m", "api.cli", "serve", "--no-example-data", "--workers", "2",
                                 "--port", str(ports[name])], {**ours_env, **extra, "PYTHONPATH": str(root)},
                          ports[name], "/healthz", workdir, root)

    second = (serve("uncached", {}, Path(args.baseline).resolve()) if args.baseline
              else serve("uncached", {"PAGE_CACHE_MB": "0"}))
    servers = {"ours": serve("ours", {}), "uncached": second,
               "datasette": srv.Server("datasette", aggregates.datasette_argv(ports["datasette"], db_path), env,
                                       ports["datasette"], "/-/versions.json", workdir)}
    questions = args.questions.split(",")
    try:
        for server in servers.values():
            server.start(args.nice)
            server.wait_ready()
        ds_info = srv.get_json(ports["datasette"], "/-/databases.json")[0]
        ds_db = ds_info.get("route") or ds_info["name"]
        pools = draws.draw(db_path, args.seed)
        files = {}
        for question in questions:
            for name in NAMES:
                files[(question, name)] = workdir / f"{question}-{name}.txt"
                files[(question, name)].write_text("".join(
                    (datasette_path(question, x, ds_db) if name == "datasette" else ours_path(question, x)) + "\n"
                    for x in pools[question]))
                srv.wrk(ports[name], files[(question, name)], 1, args.connections, args.seed)   # warm up
            if args.fill:
                for name in ("ours", "uncached"):
                    for path in files[(question, name)].read_text().split() * 3:
                        srv.http_get(ports[name], path, timeout=120)
        load = [os.getloadavg()[0]]
        runs = {}
        for round_ in range(args.rounds):
            order = NAMES[round_ % 3:] + NAMES[:round_ % 3]
            order = order if round_ % 2 == 0 else tuple(reversed(order))
            for question in questions:
                for name in order:
                    runs.setdefault((question, name), []).append(timed(
                        servers[name], files[(question, name)], args.seconds, args.connections, args.seed + round_, None))
            load.append(os.getloadavg()[0])
            print(f"round {round_ + 1}/{args.rounds}: " + ", ".join(
                f"{q} " + "/".join(f"{runs[(q, n)][-1]['rps']:.0f}" for n in NAMES) for q in questions)
                + f" (ours/{label['uncached']}/datasette req/s)", flush=True)
        print(f"\nload average (1 min) during the rounds: {min(load):.1f} to {max(load):.1f}")
        print("question server      req/s  CPU ms  errors")
        for question in questions:
            for name in NAMES:
                rs = runs[(question, name)]
                rps = sorted(r["rps"] for r in rs)[len(rs) // 2]
                cpu = sorted(r["cpu_ms"] for r in rs)[len(rs) // 2]
                print(f"{question:<8} {label[name]:<10} {rps:8.1f} {cpu:7.2f} {sum(r['errors'] for r in rs):7d}")
        print("\npaired ratios (median of per-round ratios [bootstrap 95% interval]):")
        for question in questions:
            ours = [r["rps"] for r in runs[(question, "ours")]]
            for other in ("datasette", "uncached"):
                m, lo, hi = median_with_interval(ratios(ours, [r["rps"] for r in runs[(question, other)]]))
                print(f"  {question:<7} ours / {label[other]:<10} {m:.2f} [{lo:.2f}-{hi:.2f}]")
    finally:
        for server in servers.values():
            server.stop()


if __name__ == "__main__":
    main()
