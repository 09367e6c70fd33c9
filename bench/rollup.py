"""The events' rollup (migrations/0050), timed in-process on a generated SQLite file: each question the rollup
answers, from the rollup and by summing the events (the answers compared: they must be equal), and what a
write pays to keep it (a write of one event of the busiest place and month, that key summed again whole, and a
whole rebuild).

    python bench/rollup.py --db /tmp/cf-100k.db [--repeats 5]

No HTTP and no time limit: the statements alone, one at a time, median [fastest-slowest] in ms.
"""
import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api import db  # noqa: E402
from api.services import rollup, rollup_upkeep, stats  # noqa: E402
from schemas.stats import EventsStatsQuery  # noqa: E402

QUESTIONS = ("group_by=country,time&interval=month", "group_by=country", "group_by=time&interval=year",
             "group_by=type,time&interval=year", "group_by=admin1", "group_by=place,time&interval=quarter")


def timed(run, repeats):
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return f"{statistics.median(times):,.0f} [{min(times):,.0f}-{max(times):,.0f}]"


def answer(args, from_rollup):
    original = rollup.answers
    rollup.answers = (lambda a: original(a)) if from_rollup else (lambda a: False)
    try:
        return stats.event_stats(args, lambda name, message: None)
    finally:
        rollup.answers = original


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True)
    p.add_argument("--repeats", type=int, default=5)
    a = p.parse_args(argv)
    db.bind(f"sqlite:///{a.db}")
    with db.database.connection_context():
        events, rows, countries = db.database.execute_sql(
            "SELECT (SELECT COUNT(*) FROM event WHERE deleted_at IS NULL), (SELECT COUNT(*) FROM event_rollup), "
            "(SELECT COUNT(*) FROM event_rollup_country)").fetchone()
        print(f"{events:,} live events, {rows:,} rollup rows, {countries:,} rows per country")
        print("| question | rollup, ms | summing the events, ms | same answer |\n| --- | --- | --- | --- |")
        for question in QUESTIONS:
            args = EventsStatsQuery().load(dict(part.split("=") for part in question.split("&")))
            assert rollup.answers(args), question
            same = answer(args, True) == answer(args, False)
            print(f"| `{question}` | {timed(lambda: answer(args, True), a.repeats)} | "
                  f"{timed(lambda: answer(args, False), a.repeats)} | {same} |")
        place, month, count = db.database.execute_sql(
            "SELECT place_key, month_key, SUM(events) FROM event_rollup GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1").fetchone()

        event = db.database.execute_sql(
            "SELECT event_id FROM event_rollup_member WHERE place_key = ? AND month_key = ? LIMIT 1",
            (place, month)).fetchone()[0]

        def one_event():
            with db.database.atomic() as transaction:   # as the triggers mark a write of one of its events
                db.database.execute_sql("INSERT INTO event_rollup_changed VALUES (?)", (event,))
                db.database.execute_sql("INSERT INTO event_rollup_stale VALUES (?, ?)", (place, month))
                rollup_upkeep.flush()
                transaction.rollback()

        def one_key():
            with db.database.atomic() as transaction:   # as a migration marks it: every event's member again
                db.database.execute_sql("INSERT INTO event_rollup_stale VALUES (?, ?)", (place, month))
                rollup_upkeep.flush()
                transaction.rollback()
        print(f"\nkeeping the busiest key (place {place}, {month}: {count:,} events) after a write of one of its "
              f"events: {timed(one_event, a.repeats)} ms; summing the key again whole, as after a migration: "
              f"{timed(one_key, a.repeats)} ms")

        def whole():
            with db.database.atomic() as transaction:
                rollup_upkeep.rebuild()
                transaction.rollback()
        print(f"a whole rebuild (db rebuild-rollup): {timed(whole, max(1, a.repeats // 2))} ms")


if __name__ == "__main__":
    main()
