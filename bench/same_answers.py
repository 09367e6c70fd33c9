"""Ask one database the same few hundred questions and write down every answer, to compare two versions of
the code: a refactoring must not change a byte of what clients read.

    # once, with either version: a database holding the example data, a history of edits, deletes and
    # restores, and a generated share of events
    python bench/same_answers.py prepare --dir /tmp/answers
    # then with each version of the code (e.g. from two git worktrees), on copies of those files
    python bench/same_answers.py ask --dir /tmp/answers --out /tmp/before.jsonl
    python bench/same_answers.py ask --dir /tmp/answers --out /tmp/after.jsonl
    python bench/same_answers.py diff /tmp/before.jsonl /tmp/after.jsonl

The questions are found by walking the API itself (every record of every kind, its relations, revisions
and pages by their Link headers) plus a seeded draw of filters over the generated events, so the script
depends on nothing of the project but `api.app.create_app`. Each answer is recorded as its status, the
headers a client acts on and a SHA-256 of its body.
"""
import argparse
import hashlib
import json
import random
import shutil
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlencode

KINDS = ("sources", "actors", "places", "events", "treaties", "statements")
SORTS = {
    "sources": ("id", "title", "created_at", "updated_at"),
    "actors": ("id", "name", "kind", "created_at", "updated_at"),
    "places": ("id", "name", "kind", "created_at", "updated_at"),
    "events": ("id", "date_start", "title", "type", "created_at", "updated_at"),
    "treaties": ("id", "name", "kind", "status", "created_at", "updated_at"),
    "statements": ("id", "date", "medium", "created_at", "updated_at"),
}
INCLUDES = {
    "actors": ("parent",), "places": ("parent",),
    "events": ("place", "parent", "participants", "treaties", "figures", "sources"),
    "treaties": ("parties", "provisions", "sources"),
    "statements": ("speaker", "addressee", "about", "sources"),
}
RELATIONS = {"actors": ("events", "statements"), "places": ("events",), "events": ("statements", "sub-events"),
             "treaties": ("events", "statements"), "statements": ("statements",)}
HEADERS = ("Content-Type", "ETag", "Link", "X-Total-Count", "Content-Disposition", "Location")
WORDS = ("shelling", "ceasefire", "city", "army", "attack", "agreement", "village", "forces", "talks", "border")


def _app(db_path):
    from api.app import create_app

    app = create_app({"DATABASE_URL": f"sqlite:///{db_path}", "TESTING": True,
                      "READ_RATE": 0,   # no read rate limit: the questions come far faster than any client's may
                      "WRITE_RATE_LIMIT": "100000 per second"})
    return app


def prepare(folder, generated_events):
    """Build the databases both versions will read: the example data with a history of edits, deletes and
    restores (example.db), and generated events (generated.db)."""
    folder = Path(folder)
    if folder.exists():
        sys.exit(f"{folder} exists: name a new folder")
    folder.mkdir(parents=True)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import generate
    generate.generate(str(folder / "generated.db"), generated_events, seed=7, quiet=True)
    _with_history(folder / "example.db")
    print(f"prepared {folder}")


def _with_history(path):
    from api import db
    from api.services import fixtures, migrations, tokens

    db.bind(f"sqlite:///{path}")
    with db.database.connection_context():
        migrations.upgrade()
        fixtures.load()
        _, secret = tokens.create("same-answers curator", "admin")
    db.close_all()
    client = _app(path).test_client()
    auth = {"Authorization": f"Bearer {secret}", "If-Match": "*", "Change-Note": "same-answers history"}
    # A small history: a correction, a replacement, a delete and a restore, per kind where it applies.
    for kind, patch in (("events", {"summary": "Corrected."}), ("actors", {"description": "Edited."}),
                        ("sources", {"publisher": "Other News"}), ("treaties", {"summary": "Edited."}),
                        ("places", {"name": "Renamed"}), ("statements", {"summary": "Edited."})):
        first = client.get(f"/v1/{kind}?limit=1&sort=-id").get_json()["items"][0]
        response = client.patch(f"/v1/{kind}/{first['id']}", json=patch, headers=auth,
                                content_type="application/merge-patch+json")
        assert response.status_code == 200, response.get_data(as_text=True)
    statement = client.get("/v1/statements?limit=1&sort=-id").get_json()["items"][0]["id"]
    assert client.delete(f"/v1/statements/{statement}", headers=auth).status_code == 204
    assert client.post(f"/v1/statements/{statement}/restore", headers=auth).status_code in (200, 201)
    db.close_all()


def _questions(client, rng, draws):
    """Every question, found by walking the API; yields URLs in a fixed order."""
    yield from ("/", "/v1/vocabularies", "/v1/changes", "/v1/changes?limit=5", "/healthz")
    for kind in KINDS:
        yield f"/v1/{kind}"
        yield f"/v1/{kind}?count=true"
        yield f"/v1/{kind}?limit=3&count=true"
        for key in SORTS[kind]:
            yield f"/v1/{kind}?sort={key}&limit=5"
            yield f"/v1/{kind}?sort=-{key}&limit=5"
        for fmt in ("csv", "ndjson") + (("geojson",) if kind in ("events", "places") else ()):
            yield f"/v1/{kind}?format={fmt}&limit=20"
        if kind in INCLUDES:
            yield f"/v1/{kind}?include={','.join(INCLUDES[kind])}&limit=10"
            yield f"/v1/{kind}?include=&limit=10"
        # the pages a client follows by Link, three deep
        url = f"/v1/{kind}?limit=2&sort=-updated_at"
        for _ in range(3):
            yield url
            link = client.get(url).headers.get("Link", "")
            if 'rel="next"' not in link:
                break
            url = link.split(">", 1)[0].lstrip("<")
            url = url[url.index("/v1/"):]
        ids = [item["id"] for item in client.get(f"/v1/{kind}?limit=100&sort=id").get_json()["items"]]
        for record_id in ids[:12] + rng.sample(ids[12:], min(len(ids) - 12, 12)) if len(ids) > 12 else ids:
            yield f"/v1/{kind}/{record_id}"
            yield f"/v1/{kind}/{record_id}/revisions"
            yield f"/v1/{kind}/{record_id}/revisions/1"
            if kind in INCLUDES:
                yield f"/v1/{kind}/{record_id}?include={','.join(INCLUDES[kind][:2])}"
            for relation in RELATIONS.get(kind, ()):
                yield f"/v1/{kind}/{record_id}/{relation}"
    # a seeded draw of filters over the generated events
    actors = [a["id"] for a in client.get("/v1/actors?limit=100&sort=id").get_json()["items"]]
    places = [p["id"] for p in client.get("/v1/places?limit=100&sort=id").get_json()["items"]]
    types = ("ASSAULT", "FIGHT", "PROTEST", "COERCE", "CONSULT", "AGREE")
    for _ in range(draws):
        params = {}
        for name, draw in (("actor", lambda: rng.choice(actors)), ("place", lambda: rng.choice(places)),
                           ("type", lambda: rng.choice(types)), ("q", lambda: rng.choice(WORDS)),
                           ("date_from", lambda: f"{rng.randint(1990, 2024)}-01-01"),
                           ("min_deaths", lambda: rng.choice((1, 10, 100))),
                           ("sort", lambda: rng.choice(("-date_start", "date_start", "id", "-updated_at")))):
            if rng.random() < 0.35:
                params[name] = draw()
        params["limit"] = rng.choice((5, 20, 50))
        if rng.random() < 0.2:
            params["format"] = rng.choice(("csv", "ndjson", "geojson"))
        yield "/v1/events?" + urlencode(params)


def ask(folder, out, draws, seed):
    work = Path(tempfile.mkdtemp(prefix="same-answers-"))
    try:
        count = 0
        with open(out, "w") as fh:
            for url, client in _all_questions(Path(folder), work, draws, seed):
                response = client.get(url)
                body = response.get_data()
                fh.write(json.dumps({
                    "url": f"{client.name}:{url}", "status": response.status_code,
                    "headers": {h: response.headers.get(h) for h in HEADERS if h in response.headers},
                    "sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)}) + "\n")
                count += 1
        print(f"{count} answers written to {out}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _all_questions(folder, work, draws, seed):
    from api import db

    for name in ("example", "generated"):
        copy = work / f"{name}.db"
        shutil.copy(folder / f"{name}.db", copy)
        client = _app(copy).test_client()
        client.name = name
        rng = random.Random(seed)
        for url in list(_questions(client, rng, draws if name == "generated" else 0)):
            yield url, client
        db.close_all()


def diff(before, after):
    old = [json.loads(line) for line in open(before)]
    new = [json.loads(line) for line in open(after)]
    if [a["url"] for a in old] != [b["url"] for b in new]:
        print("the two runs asked different questions (the walk found other links)")
    changed = [(a, b) for a, b in zip(old, new) if a != b]
    for a, b in changed:
        what = [k for k in ("status", "headers", "sha256") if a[k] != b[k]]
        print(f"DIFFERENT {a['url']}: {', '.join(what)}")
    print(f"{len(old)} questions, {len(old) - len(changed)} same answers, {len(changed)} different")
    return 1 if changed or len(old) != len(new) else 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare", help="build the database to ask")
    p.add_argument("--dir", required=True, help="a new folder for the two SQLite files")
    p.add_argument("--events", type=int, default=3000, help="generated events beside the example data")
    a = sub.add_parser("ask", help="ask every question and write the answers")
    a.add_argument("--dir", required=True, help="the folder made by prepare (read from copies)")
    a.add_argument("--out", required=True, help="where to write the answers (JSON lines)")
    a.add_argument("--draws", type=int, default=120, help="how many random filter questions")
    a.add_argument("--seed", type=int, default=1)
    d = sub.add_parser("diff", help="compare two answer files")
    d.add_argument("before")
    d.add_argument("after")
    args = parser.parse_args(argv)
    if args.command == "prepare":
        return prepare(args.dir, args.events)
    if args.command == "ask":
        return ask(args.dir, args.out, args.draws, args.seed)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
