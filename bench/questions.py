"""The four questions as each server is asked them: our URL, Datasette's `?sql=` URL (bench/peer_sql.py)
and its stock JSON API where it has one, and the record IDs in each answer (to check both hold the same)."""
import json
import urllib.parse

from peer_sql import DATASETTE_SQL, STOCK_PATHS

QUESTIONS = ("get", "list", "search", "export")
STOCK = tuple(STOCK_PATHS)


def ours_path(question, p):
    if question == "get":
        return f"/v1/events/{p['id']}?include=participants"
    if question == "list":
        return (f"/v1/events?actor={p['actor']}&date_from={p['date_from']}&date_to={p['date_to']}"
                "&limit=50&include=participants")
    if question == "search":
        return f"/v1/statements?q={urllib.parse.quote(p['q'])}&limit=20"
    return f"/v1/events?country={p['country']}&format=ndjson&include=participants"


def datasette_path(question, p, ds_db):
    values = dict(p)
    if question == "search":
        values["q"] = f'"{p["q"]}"'
    query = [("sql", DATASETTE_SQL[question]), ("_shape", "array")]
    return f"/{urllib.parse.quote(ds_db)}.json?" + urllib.parse.urlencode(query + sorted(values.items()))


def stock_path(question, p, ds_db):
    return STOCK_PATHS[question].format(db=urllib.parse.quote(ds_db), id=p.get("id"),
                                        q=urllib.parse.quote(str(p.get("q"))))


def record_ids(question, status, body, server):
    if status != 200:
        return None
    if server == "ours" and question == "export":
        return [json.loads(line)["id"] for line in body.splitlines() if line.strip()]
    data = json.loads(body)
    if server == "ours":
        return [data["id"]] if question == "get" else [r["id"] for r in data["items"]]
    return [r["id"] for r in data]




# Keys only one side carries by design: the rank Datasette's search returns as a column (ours orders by it).
_PEER_ONLY = {"rank"}


def record_keys(question, status, body, server):
    """The top-level keys of the first record of an answer (its payload's shape), or None."""
    if status != 200 or not body.strip():
        return None
    if server == "ours" and question == "export":
        first = json.loads(body.splitlines()[0])
    else:
        data = json.loads(body)
        items = [data] if server == "ours" and question == "get" else (data if server != "ours" else data["items"])
        if not items:
            return None
        first = items[0]
    return set(first) - (_PEER_ONLY if server != "ours" else set())
