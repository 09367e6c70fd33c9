"""Issue 13's aggregates, timed: events and deaths per country and month, over all events and for one actor,
on our GET /v1/events/stats and on Datasette, one request at a time.

Datasette is asked in two ways:

- `?sql=` with our own SQL: the GROUP BY the service runs (api/services/stats.py, compiled by peewee for
  SQLite), the best we know; numbers are written into the text (Datasette's parameters are all strings, and
  a string 1 is not the integer 1 of a ROW_NUMBER), strings stay parameters. Its rows are checked against
  our buckets.
- its stock facets, `/db/event.json?_facet=place_id&_facet_date=date_start&_size=0` (with `_where=` naming
  the actor's events for the filtered question): what a user who writes no SQL gets. Facets count rows per
  value of one column of the table at a time: events per place ID (not per country: the country is on the
  place table, and facets do not join), and per day (not month) of date_start, each on its own, never
  country x month together; they sum nothing (no deaths), and they cut each facet at `_facet_size`.

Ours is asked twice over: as it runs by default, its page cache on (api/page_cache.py: an answer asked again with
nothing written since is the bytes of its first asking, so after each worker's first ask the repeats are hits),
and, standalone, a second server with PAGE_CACHE_MB=0 (`ours, no page cache`: every ask summed and written: what
the first ask after a write costs; the target is judged on it when it runs).

Each is asked `repeats` times, a connection per request; the table gives the median, the fastest and the slowest.
Our service answers under its query time limit (QUERY_TIME_LIMIT_MS, 1000 ms by default): a 503 is printed
as such, and beside it the time our SQL takes in-process with no limit (sqlite3 on the file).

Standalone (starts ours and Datasette on the file, 2 workers each):

    python bench/aggregates.py --db /tmp/cf-1m.db [--repeats 5]
"""
import re
import sqlite3
import statistics
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import servers as srv  # noqa: E402
from api import config  # noqa: E402

CACHE_KB = round(config.SETTINGS["SQLITE_CACHE_MB"][0] * 1024)   # our SQLite page cache: Datasette gets the same

TARGET_MS = {"all events": 300, "one actor": 50, "busiest actor": 50, "busiest actor by type": 50,
             "busiest actor by month": 50}
FACETS = "_facet=place_id&_facet_date=date_start&_facet_size=max&_size=0"


def questions(side):
    """{name: the arguments of GET /v1/events/stats}: country x month over all events, for an actor in about
    1% of the events (bench/draws.py side_parameters) and for the busiest actor."""
    base = {"group_by": ["country", "time"], "interval": "month"}
    return {"all events": base, "one actor": {**base, "actor": [side["actor"]]},
            "busiest actor": {**base, "actor": [side["hot_actor"]["actor"]]}}


def ours_only(side):
    """The busiest actor's events by type and by month: timed on ours alone (the rollup per actor, 0051)."""
    hot = [side["hot_actor"]["actor"]]
    return {"busiest actor by type": {"group_by": ["type"], "actor": hot},
            "busiest actor by month": {"group_by": ["time"], "interval": "month", "actor": hot}}


def ours_path(args):
    query = [("group_by", ",".join(args["group_by"]))] + ([("interval", args["interval"])] if "interval" in args else [])
    query += [("actor", str(a)) for a in args.get("actor", [])]
    return "/v1/events/stats?" + urllib.parse.urlencode(query)


def our_sql(db_path, args):
    """The service's GROUP BY for these arguments, as SQLite text with its numbers inlined and its strings as
    :p0, :p1...; and those strings."""
    from api import db
    from api.services import stats

    db.bind(f"sqlite:///{db_path}")
    sql, params = stats.grouped_query(args).sql()
    strings, pieces = {}, iter(params)

    def place(_):
        value = next(pieces)
        if isinstance(value, (bool, int, float)):
            return str(int(value) if isinstance(value, bool) else value)
        strings[f"p{len(strings)}"] = value
        return f":p{len(strings) - 1}"
    return re.sub(r"\?", place, sql), strings


def _timed(port, path, repeats):
    times, status, body = [], None, b""
    for _ in range(repeats):
        status, _, body, seconds = srv.http_get(port, path, timeout=120)
        times.append(seconds * 1000)
    return {"status": status, "ms": times, "body": body}


def _in_process_ms(db_path, sql, strings, repeats):
    c = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    c.execute(f"PRAGMA cache_size = -{CACHE_KB}")   # the service's (SQLITE_CACHE_MB)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        c.execute(sql, strings).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    c.close()
    return times


def _same(ours_body, datasette_body):
    """Whether our buckets with events and Datasette's rows hold the same (country, month, events, deaths)."""
    import json

    ours = {(b["country"], b["time"], b["events"], b["deaths"])
            for b in json.loads(ours_body)["buckets"] if b["events"]}
    theirs = {(r["country"], r["time"], r["events"], r["deaths"]) for r in json.loads(datasette_body)
              if r["time"] is not None}
    return ours == theirs


def measure(ports, ds_db, db_path, side, repeats):
    """{question: {way: {status, ms}}} and whether ours and Datasette's SQL agreed, per question."""
    out = {}
    for name, args in questions(side).items():
        sql, strings = our_sql(db_path, args)
        ds_sql = f"/{urllib.parse.quote(ds_db)}.json?" + urllib.parse.urlencode(
            [("sql", sql), ("_shape", "array"), *sorted(strings.items())])
        facets = f"/{urllib.parse.quote(ds_db)}/event.json?{FACETS}"
        if args.get("actor"):
            facets += "&" + urllib.parse.urlencode(
                {"_where": f"id in (select event_id from participant where actor_id = {args['actor'][0]})"})
        row = {**_ours(ports, args, repeats),
               "datasette sql": _timed(ports["datasette"], ds_sql, repeats),
               "datasette facets": _timed(ports["datasette"], facets, repeats),
               "ours sql, in-process, no limit": {"status": "-", "ms": _in_process_ms(db_path, sql, strings,
                                                                                    min(repeats, 3))}}
        agreed = None
        if row["ours"]["status"] == 200 and row["datasette sql"]["status"] == 200:
            agreed = _same(row["ours"]["body"], row["datasette sql"]["body"])
        out[name] = {"ways": row, "agreed": agreed, "args": args}
    for name, args in ours_only(side).items():
        out[name] = {"ways": _ours(ports, args, repeats), "agreed": None, "args": args}
    return out


UNCACHED = "ours, no page cache"


def _ours(ports, args, repeats):
    ways = {"ours": _timed(ports["ours"], ours_path(args), repeats)}
    if "uncached" in ports:
        ways[UNCACHED] = _timed(ports["uncached"], ours_path(args), repeats)
    return ways


def report(results, load):
    """The lines bench/run.py prints, and the problems (answers that differ)."""
    lines = [f"aggregates (GET /v1/events/stats?group_by=country,time&interval=month unless said; one request at a "
             f"time; ms: median [fastest-slowest]; load average at the start {load})"]
    problems = []
    for name, result in results.items():
        target = TARGET_MS[name]
        actor = f" actor={result['args']['actor'][0]}" if result["args"].get("actor") else ""
        lines.append(f"  {name}{actor} (target under {target} ms)"
                     + ("" if result["agreed"] is None else
                        f"; ours and datasette sql {'agree' if result['agreed'] else 'DIFFER'}"))
        if result["agreed"] is False:
            problems.append(f"aggregate {name}: ours and Datasette's SQL differ")
        judged = UNCACHED if UNCACHED in result["ways"] else "ours"
        for way, timing in result["ways"].items():
            ms = timing["ms"]
            met = "met" if timing["status"] == 200 and statistics.median(ms) < target else "missed"
            lines.append(f"    {way:<32} {timing['status']!s:>4}  {statistics.median(ms):8,.0f} "
                         f"[{min(ms):,.0f}-{max(ms):,.0f}]" + (f"  {met}" if way == judged else ""))
    lines.append("  (datasette facets: events per place_id and per day of date_start, each alone: facets neither "
                 "join place for the country, nor group two columns together, nor sum deaths)")
    return lines, problems


def main(argv=None):
    import argparse
    import os
    import shutil
    import tempfile

    import draws

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True)
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--ports", default="", help="ours,datasette,uncached: fixed ports (default: free ones)")
    p.add_argument("--database-url", default="", help="ours on this database (a PostgreSQL copy of --db: "
                                                      "bench/pg_copy.py); Datasette and our SQL stay on --db")
    args = p.parse_args(argv)
    db_path = Path(args.db).resolve()
    workdir = Path(tempfile.mkdtemp(prefix="conflict-facts-aggregates-"))
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONUNBUFFERED": "1"}
    names = ("ours", "datasette", "uncached")
    ports = dict(zip(names, map(int, args.ports.split(",")))) if args.ports else {
        name: srv.free_port() for name in names}

    def serve(name, extra_env):
        return srv.Server(name, [sys.executable, "-m", "api.cli", "serve", "--no-example-data", "--workers", "2",
                                 "--port", str(ports[name])],
                          {**env, "DATABASE_URL": args.database_url or f"sqlite:///{db_path}", "READ_RATE": "0",
                           **extra_env}, ports[name], "/healthz", workdir)
    ours = serve("ours", {})
    uncached = serve("uncached", {"PAGE_CACHE_MB": "0"}) if "uncached" in ports else None
    datasette = srv.Server("datasette", datasette_argv(ports["datasette"], db_path), env, ports["datasette"],
                           "/-/versions.json", workdir)
    try:
        for server in filter(None, (ours, uncached)):
            server.start()
            server.wait_ready()
        datasette.start()
        datasette.wait_ready()
        ds_info = srv.get_json(ports["datasette"], "/-/databases.json")[0]
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        lines, problems = report(measure(ports, ds_info.get("route") or ds_info["name"], db_path,
                                         draws.side_parameters(db_path), args.repeats), load)
        print("\n".join([f"ours on {'PostgreSQL' if args.database_url else 'SQLite'}", *lines]))
        return 1 if problems else 0
    finally:
        for server in filter(None, (ours, uncached, datasette)):
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def datasette_argv(port, db_path):
    """Datasette as bench/run.py starts it: 2 workers, immutable, our cache size, limits raised so that every
    question gets its full answer (facets included: facet_time_limit_ms is 200 ms by default)."""
    return [sys.executable, "-m", "datasette", "gunicorn", "-w", "2", "-p", str(port), "-i", str(db_path),
            "--setting", "sql_time_limit_ms", "60000", "--setting", "max_returned_rows", "1000000",
            "--setting", "facet_time_limit_ms", "60000", "--setting", "cache_size_kb", str(CACHE_KB)]


if __name__ == "__main__":
    sys.exit(main())
