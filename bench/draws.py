"""The parameters bench/run.py asks with: drawn per request from realistic spreads, the same for every server.

A fixed URL per question measures a cache more than a server (our parsed-query cache always hits, SQLite's
pages for one actor stay hot). So each question has a pool of parameters, drawn once with a seed from the
data itself, and wrk picks one at random for each request (bench/wrk/bench.lua), with the same seed for
both servers:

  get     500 event IDs, uniform over all events;
  list    200 (actor, year) pairs across the skew: half drawn from participations (busy actors come up as
          often as they take part), half uniform over actors (the long tail of rarely seen ones), each with
          a year the actor was active in;
  search  200 words from three frequency bands of the statements' index (in 0.05-0.3%, 0.3-1% and 1-4% of
          statements), as FTS5's own vocabulary counts them;
  export  the 20 countries whose event counts are nearest 3,000 (exports of a few thousand events:
          long enough to stream, short enough for many in a run), in a random order.
"""
import math
import random
import sqlite3


def _connect(db_path):
    return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)


def draw(db_path, seed):
    """{question: [parameters, ...]} for get, list, search and export."""
    rng = random.Random(seed)
    c = _connect(db_path)
    try:
        return {"get": _events(c, rng), "list": _actor_years(c, rng), "search": _words(c, rng),
                "export": _countries(c, rng)}
    finally:
        c.close()


def _events(c, rng, n=500):
    ids = [row[0] for row in c.execute("SELECT id FROM event WHERE deleted_at IS NULL")]
    return [{"id": i} for i in rng.sample(ids, min(n, len(ids)))]


def _actor_years(c, rng, n=200):
    low, high = c.execute("SELECT min(id), max(id) FROM participant").fetchone()
    actors = [row[0] for row in c.execute("SELECT DISTINCT actor_id FROM participant")]
    chosen = []
    for i in range(n):
        if i % 2 == 0:   # weighted by participation: a random participation row's actor
            at = rng.randint(low, high)
            actor = c.execute("SELECT actor_id FROM participant WHERE id >= ? ORDER BY id LIMIT 1",
                              (at,)).fetchone()[0]
        else:            # uniform over actors
            actor = rng.choice(actors)
        years = c.execute("SELECT substr(e.date_start, 1, 4), count(*) FROM participant p JOIN event e "
                          "ON e.id = p.event_id WHERE p.actor_id = ? GROUP BY 1", (actor,)).fetchall()
        year = rng.choices([y for y, _ in years], weights=[k for _, k in years])[0]
        chosen.append({"actor": actor, "date_from": f"{year}-01-01", "date_to": f"{year}-12-31"})
    return chosen


BANDS = ((0.0005, 0.003), (0.003, 0.01), (0.01, 0.04))


def _words(c, rng, n=200):
    statements = c.execute("SELECT count(*) FROM statement").fetchone()[0]
    c.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.statement_terms USING fts5vocab(main, statement_search, row)")
    terms = c.execute("SELECT term, doc FROM temp.statement_terms WHERE term GLOB '[a-z]*' "
                      "AND length(term) > 3").fetchall()
    words = []
    per_band = -(-n // len(BANDS))
    for low, high in BANDS:
        band = [t for t, docs in terms if low * statements <= docs < high * statements]
        if not band:   # a small database: take the commonest terms under the band's top instead
            band = [t for t, docs in sorted(terms, key=lambda r: -r[1]) if docs < high * statements][:per_band]
        words += rng.sample(band, min(per_band, len(band)))
    return [{"q": w} for w in words[:n]]


def _countries(c, rng, n=20):
    rows = c.execute("SELECT p.country, count(*) FROM event e JOIN place p ON p.id = e.place_id "
                     "WHERE p.country IS NOT NULL GROUP BY p.country").fetchall()
    nearest = sorted(rows, key=lambda r: abs(math.log(r[1] / 3000)))[:n]
    return [{"country": country} for country, _ in rng.sample(nearest, len(nearest))]


TIMEOUT_WORDS = ("the", "of")  # in most quotes: a ranked search for both is the expensive query


def side_parameters(db_path):
    """The fixed parameters of the checks beside the comparison (the busiest actor, a long export, the
    time limit's words, the sizes of the data)."""
    c = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    n_events = c.execute("SELECT max(id) FROM event").fetchone()[0] or 0
    n_statements = c.execute("SELECT count(*) FROM statement").fetchone()[0]
    counts = c.execute("SELECT actor_id, count(*) FROM participant GROUP BY actor_id ORDER BY 2 DESC").fetchall()
    # (b): an actor in about 1% of the events (a main side of one war, not the single busiest actor), and
    # its busiest year, which must hold at least 50 of its events.
    target = max(50, n_events * 0.01)
    actor = None
    for actor_id, n in sorted(counts, key=lambda r: abs(math.log(r[1] / target))):
        years = c.execute("SELECT substr(e.date_start, 1, 4) AS y, count(*) FROM participant p "
                          "JOIN event e ON e.id = p.event_id WHERE p.actor_id = ? GROUP BY y "
                          "ORDER BY 2 DESC LIMIT 1", (actor_id,)).fetchone()
        if years and years[1] >= 50:
            actor = {"actor": actor_id, "participations": n, "date_from": f"{years[0]}-01-01",
                     "date_to": f"{years[0]}-12-31"}
            break
    if actor is None:  # tiny data: the busiest actor over all dates
        actor = {"actor": counts[0][0], "participations": counts[0][1], "date_from": "1900-01-01",
                 "date_to": "2100-12-31"}
    hot = {"actor": counts[0][0], "participations": counts[0][1]}
    # (c): a word in about 1% of the statements' text
    want = max(20, n_statements * 0.01)
    candidates = ["cholera", "famine", "hostages", "corridor", "negotiations", "withdrawal", "mediation",
                  "peacekeepers", "ambush", "convoy", "checkpoint", "blockade", "truce", "evacuation",
                  "reinforcements", "ammunition", "annexation", "referendum", "sanctions", "siege"]
    words = []
    for word in candidates:
        n = c.execute("SELECT count(*) FROM statement_search WHERE statement_search MATCH ?",
                      (f'"{word}"',)).fetchone()[0]
        if n >= 20:
            words.append((abs(math.log(n / want)), word, n))
    word = min(words)[1:] if words else ("ceasefire", None)
    # (d): a country with a few thousand events (closest to 3,000)
    countries = c.execute("SELECT p.country, count(*) FROM event e JOIN place p ON p.id = e.place_id "
                          "WHERE p.country IS NOT NULL GROUP BY p.country").fetchall()
    country = min(countries, key=lambda r: abs(math.log(r[1] / 3000)))
    # the long export: a country with about 50,000 events (at 5,000 events/s, well inside gunicorn's 30 s
    # worker timeout, which cuts longer streams: see docs/performance.md)
    long_export = min(countries, key=lambda r: abs(math.log(r[1] / 50000)))
    timeout_hits = c.execute("SELECT count(*) FROM statement_search WHERE statement_search MATCH ?",
                             (" AND ".join(f'"{w}"' for w in TIMEOUT_WORDS),)).fetchone()[0]
    c.close()
    return {"events": n_events, "statements": n_statements, **actor, "hot_actor": hot,
            "word": word[0], "word_hits": word[1], "country": country[0], "country_events": country[1],
            "long_country": long_export[0], "long_country_events": long_export[1], "timeout_hits": timeout_hits}



