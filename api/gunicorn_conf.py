"""gunicorn settings for conflict-facts (`conflict-facts serve` and the container use this file).

Each value can be set from the environment; the CLI's flags override these.
"""
import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# gunicorn's own rule of thumb, (2 x cores) + 1, capped: SQLite serialises writes, so more workers only
# add memory once reads are saturated.
workers = int(os.environ.get("WEB_CONCURRENCY", min(multiprocessing.cpu_count() * 2 + 1, 9)))
worker_class = "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = 5
max_requests = 10000
max_requests_jitter = 1000
accesslog = os.environ.get("ACCESS_LOG", "-")
errorlog = "-"
wsgi_app = "api.wsgi:app"


def on_starting(server):
    """In the master, before any worker forks: bring the schema up to date and, on an empty database,
    load the example data. Workers never race each other to migrate."""
    from api import config
    from api.cli import prepare_database

    prepare_database(load_examples=config.load()["LOAD_EXAMPLE_DATA"], log=server.log.info)
