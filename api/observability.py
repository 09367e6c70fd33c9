"""Operations: request IDs and JSON request logs, Prometheus metrics, readiness.

- Every response carries X-Request-ID: the client's own (when it sent a sane one) or a new one; every log
  line about the request carries it too, so a problem report can be traced to its log lines.
- /metrics is prometheus-flask-exporter's: request counts and latencies by route and status, plus the
  database errors counted in api/errors.py. Under gunicorn the workers share their counts through
  PROMETHEUS_MULTIPROC_DIR (set by api/gunicorn_conf.py), so any worker answers for all of them.

The log lines are formatted by python-json-logger's orjson formatter (api/gunicorn_conf.py).
"""
import logging
import os
import random
import re
import time

from flask import g, request
from prometheus_client import CollectorRegistry, Counter
from prometheus_flask_exporter import PrometheusMetrics
from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics

log = logging.getLogger("conflict_facts.requests")
REQUEST_ID = re.compile(r"[A-Za-z0-9._:@/+=-]{1,200}")   # the whole value (fullmatch)


def new_request_id():
    """128 random bits as 32 hex digits. Not uuid4: an ID labels log lines and needs no secrecy, and uuid4 asks
    the kernel for fresh bytes on every request (a system call in the hottest path; 2.6% of a get's samples).
    The random module's generator is reseeded in each worker after gunicorn forks it, so workers do not repeat
    each other's IDs."""
    return f"{random.getrandbits(128):032x}"


def start_request():
    given = request.headers.get("X-Request-ID")
    g.request_id = given if given and REQUEST_ID.fullmatch(given) else new_request_id()
    g.started = time.perf_counter()


def finish_request(response):
    """after_request, last: X-Request-ID and the log line, with the final status (a 304 is logged as 304)."""
    request_id = g.get("request_id", "")
    response.headers["X-Request-ID"] = request_id
    started = g.get("started")
    if started is not None:
        token = g.get("token")
        log.info("request", extra={
            "request_id": request_id, "method": request.method, "path": request.path,
            "status": response.status_code, "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            "token": token["name"] if token else None, "remote_addr": request.remote_addr})
    return response


def init_metrics(app):
    """Prometheus metrics at /metrics; returns the counter of database errors."""
    multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
    options = dict(group_by="url_rule", defaults_prefix="conflict_facts",
                   excluded_paths=["^/metrics$", "^/healthz$", "^/readyz$", "^/docs/static/"])
    if multiprocess:
        metrics = GunicornInternalPrometheusMetrics(app, **options)
        registry = None  # values go to the shared files, which the collector reads
    else:
        # One registry per app: tests build several apps in one process.
        metrics = PrometheusMetrics(app, registry=CollectorRegistry(), **options)
        registry = metrics.registry
    metrics.info("conflict_facts_info", "conflict-facts", version=app.config.get("API_VERSION", "v1"))
    return Counter("conflict_facts_database_errors", "Database errors answered as 5xx, by kind of error.",
                   ["error"], registry=registry)
