"""The ceiling: the service itself, with one more route that answers a stored body.

bench/run.py serves it exactly as it serves the service (`conflict-facts serve`'s gunicorn settings,
api/gunicorn_conf.py, 2 workers, the same environment), and stores in BENCH_CEILING_BODY a copy of one of
our list pages: so `/_bench/ceiling` costs what HTTP, gunicorn and every hook and middleware of ours cost for
those bytes, and nothing else. Our list's req/s over this route's is the share of the ceiling we reach.
"""
import os

from flask import Response

from api.wsgi import app

with open(os.environ["BENCH_CEILING_BODY"], "rb") as f:
    BODY = f.read()


@app.get("/_bench/ceiling")
def stored_body():
    return Response(BODY, mimetype="application/json")
