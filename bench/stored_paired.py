"""A small in-process benchmark of one checkout of the service on a copy of a generated SQLite database:
gets, list pages (the first and a deep one), creates of an event with 3 participants and 2 figures, updates
of an event (a PATCH of its summary) and renames of the busiest actor (whose events are stored again),
through Flask's test client (no server, no network). Run it for two checkouts in alternating order and
compare (docs/performance.md, "Stored forms"):

    python bench/generate.py --events 20000 --db /tmp/cf-20k.db
    PYTHONPATH=<checkout> python bench/stored_paired.py --db /tmp/cf-20k.db --label main >> runs.jsonl
    python bench/stored_paired.py --pairs runs.jsonl --label main   # throughput ratios, pair by pair

Each run works on its own copy of the file (the writes change it), migrated first (the time that takes,
which includes storing every record on a checkout with stored forms, is printed as `migrate`). One line of
JSON: milliseconds per request, [elapsed, CPU] (medians of the repeats), for each question.
"""
import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time


def _timed(repeats, count, ask):
    """(wall, CPU): the medians over `repeats` of the mean ms per request of `count` requests, in elapsed time
    and in this process's CPU time (which a loaded machine disturbs less; a write's fsync is not in it)."""
    wall, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        for i in range(count):
            ask(i)
        wall.append((time.perf_counter() - started) * 1000 / count)
        cpu.append((time.process_time() - started_cpu) * 1000 / count)
    return round(statistics.median(wall), 3), round(statistics.median(cpu), 3)


def run(path, label, repeats):
    work = tempfile.mkdtemp(prefix="cf-paired-")
    copy = os.path.join(work, "db.sqlite")
    shutil.copy(path, copy)
    os.environ.update(DATABASE_URL=f"sqlite:///{copy}", READ_RATE="0", WRITE_RATE_LIMIT="1000000 per minute",
                      LOAD_EXAMPLE_DATA="false")
    from api import db
    from api.app import create_app
    from api.services import migrations, tokens

    started = time.perf_counter()
    db.bind(os.environ["DATABASE_URL"])
    migrations.upgrade()
    migrate = time.perf_counter() - started
    with db.database.connection_context():
        # What the migrate wrote goes into the file now, not during the timed writes' commits.
        db.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        secret = tokens.create("bench", "curator")[1]
        events = [r[0] for r in db.database.execute_sql("SELECT id FROM event WHERE deleted_at IS NULL").fetchall()]
        actors = [r[0] for r in db.database.execute_sql("SELECT id FROM actor LIMIT 3").fetchall()]
        busiest = db.database.execute_sql("SELECT actor_id FROM participant GROUP BY actor_id "
                                          "ORDER BY COUNT(*) DESC LIMIT 1").fetchone()[0]
        place = db.database.execute_sql("SELECT id FROM place LIMIT 1").fetchone()[0]
        source = db.database.execute_sql("SELECT id FROM source LIMIT 1").fetchone()[0]
    app = create_app()
    client = app.test_client()
    auth = {"Authorization": f"Bearer {secret}"}
    rng = random.Random(7)
    ids = [rng.choice(events) for _ in range(2000)]
    # A deep page: the cursor after the record 90% of the way through the collection, by ID.
    cutoff = sorted(events)[int(len(events) * 0.9)]
    first = client.get("/v1/events?limit=100").get_json()
    cursor = first["next"].split("cursor=")[1] if first.get("next") else None
    deep = None
    while cursor is not None:   # walk once to find the cursor near the cutoff (not timed)
        page = client.get(f"/v1/events?limit=100&cursor={cursor}").get_json()
        if page["items"][-1]["id"] >= cutoff or not page.get("next"):
            deep = cursor
            break
        cursor = page["next"].split("cursor=")[1]
    body = {"title": "Shelling", "type": "ASSAULT", "date_start": "2020-10-28", "date_end": "2020-10-28",
            "date_precision": "day", "place_id": place, "location_precision": "exact",
            "participants": [{"actor_id": a, "role": role} for a, role in zip(actors, ("initiator", "target", "target"))],
            "figures": [{"quantity": q, "low": 1, "best": 2, "high": 3, "unit": "people", "as_of": "2020-10-28",
                         "source_ids": [source]} for q in ("deaths", "injured")],
            "source_ids": [source]}

    def get(i):
        assert client.get(f"/v1/events/{ids[i % len(ids)]}").status_code == 200

    def page1(i):
        assert client.get("/v1/events?limit=100").status_code == 200

    def deep_page(i):
        assert client.get(f"/v1/events?limit=100&cursor={deep}").status_code == 200

    def create(i):
        response = client.post("/v1/events", json=body, headers=auth)
        assert response.status_code == 201, response.get_json()

    def update(i):   # 50 events over and over: most updates replace a form an update stored (kept since 0085)
        response = client.patch(f"/v1/events/{ids[i % 50]}", json={"summary": f"Edited {rng.random()}"},
                                headers={**auth, "If-Match": "*"})
        assert response.status_code == 200, response.get_json()

    def rename(i):
        response = client.patch(f"/v1/actors/{busiest}", json={"name": f"Renamed {rng.random()}"},
                                headers={**auth, "If-Match": "*"})
        assert response.status_code == 200, response.get_json()

    for ask in (get, page1, deep_page, create, update):   # warm up
        for i in range(20):
            ask(i)
    result = {"label": label, "events": len(events), "migrate_s": round(migrate, 2),
              "get": _timed(repeats, 500, get), "page1": _timed(repeats, 40, page1),
              "deep_page": _timed(repeats, 40, deep_page), "create": _timed(repeats, 100, create),
              "update": _timed(repeats, 100, update), "rename": _timed(repeats, 2, rename)}
    print(json.dumps(result))
    db.close_all()
    shutil.rmtree(work)


QUESTIONS = ("get", "page1", "deep_page", "create", "update", "rename")


def pairs(lines, label):
    """Per question, the throughput of the runs labelled `label` over the others', pair by pair (runs in file
    order, two by two: ABBA gives A/B, B/A, ...), in elapsed and in CPU time, with their medians."""
    runs = [json.loads(line) for line in lines if line.strip()]
    found = {}
    for first, second in zip(runs[0::2], runs[1::2]):
        if first["label"] == second["label"] or label not in (first["label"], second["label"]):
            raise SystemExit(f"runs {first['label']} and {second['label']} are no pair: give ABBA runs of two labels")
        mine, other = (first, second) if first["label"] == label else (second, first)
        for question in QUESTIONS:
            found.setdefault(question, []).append(tuple(other[question][i] / mine[question][i] for i in (0, 1)))
    for question, ratios in found.items():
        elapsed, cpu = [r[0] for r in ratios], [r[1] for r in ratios]
        print(f"{question}: {label} / other, throughput per pair {', '.join(f'{r:.2f}' for r in elapsed)}, median "
              f"{statistics.median(elapsed):.2f} (CPU {', '.join(f'{r:.2f}' for r in cpu)}, median "
              f"{statistics.median(cpu):.2f})")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", help="a file made by bench/generate.py (copied, never changed)")
    p.add_argument("--label", default="run")
    p.add_argument("--repeats", type=int, default=5)
    p.add_argument("--pairs", metavar="FILE", help="no run: the lines of runs in ABBA order saved in FILE, as "
                   "throughput ratios of --label's runs over the others', pair by pair")
    args = p.parse_args(argv)
    if args.pairs:
        with open(args.pairs) as lines:
            pairs(lines, args.label)
        return 0
    if not args.db:
        p.error("give --db (a file to copy and run on) or --pairs (runs to compare)")
    run(args.db, args.label, args.repeats)


if __name__ == "__main__":
    sys.exit(main())
