"""A PostgreSQL copy of what the aggregates read from a database bench/generate.py made, to time them on
PostgreSQL (bench/aggregates.py --database-url):

    python bench/pg_copy.py --db /tmp/cf-1m.db --database-url postgresql://postgres@127.0.0.1:5432/cf1m

The schema is the project's (api.services.migrations.upgrade() on the empty database); the tables the aggregates
read (place, actor, event, participant, figure) are copied with COPY, triggers and foreign keys switched off while
copying (session_replication_role = replica), then the events' rollup is summed (rollup_upkeep.rebuild(), what
`conflict-facts db rebuild-rollup` runs) and the tables analysed. The other tables stay empty.
"""
import argparse
import csv
import io
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from api import db  # noqa: E402
from api import models as m  # noqa: E402
from api.services import migrations, rollup_upkeep  # noqa: E402

TABLES = ("place", "actor", "event", "participant", "figure")
BATCH = 200_000


def _copy(source, target, table):
    columns = [row[1] for row in source.execute(f'PRAGMA table_info("{table}")')]
    names = ", ".join(f'"{c}"' for c in columns)
    cursor = source.execute(f'SELECT {names} FROM "{table}"')
    copied = 0
    while True:
        rows = cursor.fetchmany(BATCH)
        if not rows:
            return copied
        text = io.StringIO()
        writer = csv.writer(text)
        for row in rows:
            writer.writerow(["\\N" if v is None else v for v in row])
        text.seek(0)
        target.copy_expert(f'COPY "{table}" ({names}) FROM STDIN WITH (FORMAT csv, NULL \'\\N\')', text)
        copied += len(rows)


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True)
    p.add_argument("--database-url", required=True)
    args = p.parse_args(argv)
    started = time.monotonic()
    db.bind(args.database_url)
    migrations.upgrade()
    source = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    with db.database.connection_context():
        with db.database.atomic(), db.database.connection().cursor() as target:
            target.execute("SET LOCAL session_replication_role = replica")
            for table in TABLES:
                print(f"[{time.monotonic() - started:6.0f} s] {table}: {_copy(source, target, table):,} rows",
                      flush=True)
        db.reset_sequences([m.Place, m.Actor, m.Event, m.Participant, m.Figure])
        with db.write_transaction():
            rollup_upkeep.rebuild()
        db.database.execute_sql("ANALYZE")
    print(f"[{time.monotonic() - started:6.0f} s] rollup summed, tables analysed", flush=True)


if __name__ == "__main__":
    main()
