"""The checks bench/run.py makes of the service beside the timed comparison: a deep page, the query time
limit, a long export's memory."""
import http.client
import json
import sqlite3
import threading
import time
import urllib.parse

from servers import get_json, http_get

def unlimited_search_ms(db_path, words):
    """The service's ranked-search SQL for these words, run directly on the file with no time limit."""
    c = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    sql = ("WITH hits(id, rank) AS (SELECT rowid, rank FROM statement_search WHERE statement_search MATCH ?) "
           "SELECT statement.*, hits.rank FROM statement JOIN hits ON statement.id = hits.id "
           "ORDER BY hits.rank, statement.id LIMIT 21")
    started = time.perf_counter()
    c.execute(sql, (" AND ".join(f'"{w}"' for w in words),)).fetchall()
    elapsed = (time.perf_counter() - started) * 1000
    c.close()
    return elapsed



def walk_to_page(port, page, limit=50, big=500):
    """The cursor of page `page` (limit 50) of /v1/events, found by following `next` links with big pages."""
    skip = (page - 1) * limit
    cursor, walked, requests = None, 0, 0
    while walked < skip:
        step = min(big, skip - walked)
        url = f"/v1/events?limit={step}&fields=id" + (f"&cursor={cursor}" if cursor else "")
        body = get_json(port, url)
        requests += 1
        walked += len(body["items"])
        if not body["next"]:
            break
        cursor = urllib.parse.parse_qs(urllib.parse.urlsplit(body["next"]).query)["cursor"][0]
    return cursor, walked, requests


def time_limit_check(port, words, limit_ms):
    """A ranked search for very common words: cut off with 503 problem+json, and the workers stay free."""
    path = "/v1/statements?limit=20&q=" + urllib.parse.quote(" ".join(words))
    status, headers, body, elapsed = http_get(port, path)
    single = {"status": status, "type": headers.get("content-type", ""), "ms": elapsed * 1000}
    try:
        single["problem"] = json.loads(body).get("type")
    except ValueError:
        single["problem"] = None
    # Four at once (two per worker), and a cheap request sent meanwhile: how long does it wait?
    results = []

    def one():
        s, h, _, e = http_get(port, path)
        results.append((s, e * 1000))

    threads = [threading.Thread(target=one) for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(0.05)
    probe = http_get(port, "/healthz")
    for t in threads:
        t.join()
    after = http_get(port, "/healthz")
    return single, results, probe[3] * 1000, after[3] * 1000


def stream_export(port, path, sampler, mark):
    """Read one (long) export to the end, discarding it, while the sampler records RSS under `mark`."""
    sampler.mark = mark
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    started = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    size = lines = 0
    last = b""
    error = None
    try:
        while True:
            chunk = response.read(1 << 16)
            if not chunk:
                break
            size += len(chunk)
            lines += chunk.count(b"\n")
            last = (last + chunk)[-2000:]
    except (http.client.HTTPException, OSError) as e:  # the server closed the stream before its end
        if isinstance(e, http.client.IncompleteRead):
            size += len(e.partial)
            lines += e.partial.count(b"\n")
        error = f"{type(e).__name__} after {size / 1e6:.1f} MB"
    elapsed = time.perf_counter() - started
    conn.close()
    sampler.mark = None
    return {"status": response.status, "bytes": size, "lines": lines, "seconds": elapsed,
            "complete": error is None and last.endswith(b"\n"), "error": error}


