"""The framework's ceiling: a bare Flask app answering a constant JSON body.

bench/run.py serves it with the project's own gunicorn settings (api/gunicorn_conf.py, 2 sync workers),
so the only difference from the service is the work done inside the request.
"""
from flask import Flask, Response

app = Flask(__name__)
BODY = b'{"ok": true}'


@app.get("/")
def constant():
    return Response(BODY, mimetype="application/json")
