"""What `as_of` costs a read of one record: the paired ratio of `GET /v1/events/<id>?as_of=...` to the plain
`GET /v1/events/<id>`, in process (Flask's test client, no HTTP server), on generated data.

The data: the example data, then `--events` events written through the API (each with two participants,
a figure and a source, so that its representation names other records), which makes the moment `then`;
after it, `--changed` of those events are edited and a few of their actors renamed. Two cases are timed:

- unchanged: as of the latest change (the common case of a recent moment and of most records of an older
  one): the current stored form answers;
- changed: as of `then`, on events edited since (and showing actors renamed since): the stored form each
  had then, kept when the edit replaced it (api/services/stored_past.py), answers;
- changed, nothing kept: the same, once the kept forms are dropped (a record last stored before migration
  0085, or a FORM bumped since): the event and its renamed actors are put back as they were, in a
  transaction rolled back afterwards, and the event is assembled from them.

Each round reads `--reads` random events plain and as of the moment, in ABBA order (bench/paired.py), and
gives one ratio (as_of time / plain time); the figure is the median of the rounds with a bootstrap 95%
interval. The target (issue 13): within 2x.

    python bench/as_of.py                                  # SQLite in a temporary folder
    python bench/as_of.py --database-url postgresql://postgres@127.0.0.1:5432/postgres   # an empty database

`--existing` works on a database that already holds data instead (bench/generate.py's 1M events, say; it is
changed: upgraded, and the events picked are edited): `--events` random live events of it are each edited
once (so their stored forms have a known start, as every record written since migration 0085 has), the
moment is taken, then `--changed` of them are edited again and the actors of two of those renamed.

    python bench/as_of.py --existing --database-url sqlite:////path/to/cf-1m.db
"""
import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from paired import median_with_interval, order_of_round  # noqa: E402

from api import db, revision_sql  # noqa: E402
from api.app import create_app  # noqa: E402
from api.services import cursors, fixtures, migrations, tokens  # noqa: E402

ACTOR_IDS = (1, 2, 9, 10)


def build(client, events, changed, rng):
    """Write the events, note the moment, edit `changed` of them and rename their actors: (ids, then, edited)."""
    ids = []
    for number in range(events):
        first, second = rng.sample(ACTOR_IDS, 2)
        body = {"title": f"Shelling {number}", "type": "ASSAULT", "date_start": "2020-10-28", "date_precision": "day",
                "place_id": 6, "location_precision": "exact",
                "participants": [{"actor_id": first, "role": "initiator"}, {"actor_id": second, "role": "target"}],
                "figures": [{"quantity": "deaths", "best": rng.randint(1, 50), "unit": "people", "claimant_id": 10,
                             "source_ids": [1]}], "source_ids": [1]}
        response = client.post("/v1/events", json=body)
        assert response.status_code == 201, response.get_json()
        ids.append(response.get_json()["id"])
    then = latest_change(client)
    edited = rng.sample(ids, changed)
    for event_id in edited:
        response = client.patch(f"/v1/events/{event_id}", json={"summary": "Edited since."},
                                headers={"If-Match": "*"})
        assert response.status_code == 200, response.get_json()
    for actor_id in ACTOR_IDS[:2]:
        name = client.get(f"/v1/actors/{actor_id}").get_json()["name"]
        client.patch(f"/v1/actors/{actor_id}", json={"name": name + " (renamed)"}, headers={"If-Match": "*"})
    return ids, then, edited


def edit_existing(client, events, changed, rng):
    """As `build`, on a database that holds data: (ids, then, edited)."""
    with db.database.connection_context():
        top = db.database.execute_sql("SELECT MAX(id) FROM event").fetchone()[0]
    ids = []
    while len(ids) < events:
        event_id = rng.randint(1, top)
        response = client.patch(f"/v1/events/{event_id}", json={"summary": f"Edited before {rng.random()}"},
                                headers={"If-Match": "*"})
        if response.status_code == 200:
            ids.append(event_id)
    then = latest_change(client)
    edited = rng.sample(ids, changed)
    for event_id in edited:
        response = client.patch(f"/v1/events/{event_id}", json={"summary": "Edited since."}, headers={"If-Match": "*"})
        assert response.status_code == 200, response.get_json()
    for event_id in edited[:2]:
        actor_id = client.get(f"/v1/events/{event_id}").get_json()["participants"][0]["actor"]["id"]
        name = client.get(f"/v1/actors/{actor_id}").get_json()["name"]
        client.patch(f"/v1/actors/{actor_id}", json={"name": name + " (renamed)"}, headers={"If-Match": "*"})
    return ids, then, edited


def latest_change(client):
    """The change cursor of the latest change (the change feed's head)."""
    with db.database.connection_context():
        return cursors.encode_revision(revision_sql.latest_revision_id())


def timed(client, paths):
    started = time.perf_counter()
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, (path, response.get_json())
    return time.perf_counter() - started


def rounds(client, ids, moment, count, reads, rng):
    """Per-round ratios of as_of reads to plain reads of the same random records."""
    found = []
    for round_index in range(count):
        picked = [rng.choice(ids) for _ in range(reads)]
        plain = [f"/v1/events/{i}" for i in picked]
        past = [f"/v1/events/{i}?as_of={quote(moment)}" for i in picked]
        seconds = {}
        for name in order_of_round(round_index, "plain", "as_of"):
            seconds[name] = timed(client, plain if name == "plain" else past)
        found.append(seconds["as_of"] / seconds["plain"])
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--changed", type=int, default=60, help="events edited after the moment")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--reads", type=int, default=100, help="reads per side per round")
    parser.add_argument("--database-url", help="an empty database (default: a SQLite file in a temporary folder)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--existing", action="store_true", help="a database that holds data (see above)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    folder = tempfile.mkdtemp(prefix="cf-as-of-")
    url = args.database_url or f"sqlite:///{os.path.join(folder, 'bench.db')}"
    app = create_app({"DATABASE_URL": url, "LOAD_EXAMPLE_DATA": False, "READ_RATE": 0})
    with db.database.connection_context():
        migrations.upgrade()
        if not args.existing:
            fixtures.load()
        _, secret = tokens.create("bench", "admin")
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {secret}"
    ids, then, edited = (edit_existing if args.existing else build)(client, args.events, args.changed, rng)
    latest = latest_change(client)
    print(f"{url.split(':')[0]}: {args.events} events, {args.changed} edited since the moment; "
          f"{args.rounds} rounds of {args.reads} reads a side")
    for name, pool, moment in (("unchanged (as of the latest change)", ids, latest),
                               ("changed since (as of the moment)", edited, then),
                               ("changed since, nothing kept (put back)", edited, then)):
        if "nothing kept" in name:
            with db.database.connection_context():
                db.database.execute_sql("DELETE FROM stored_past")
        timed(client, [f"/v1/events/{i}?as_of={quote(moment)}" for i in pool[:20]])   # warm up
        median, low, high = median_with_interval(rounds(client, pool, moment, args.rounds, args.reads, rng))
        print(f"{name}: as_of / plain = {median:.2f} (95% interval {low:.2f} to {high:.2f})")


if __name__ == "__main__":
    main()
