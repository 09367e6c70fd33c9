"""Operations: request IDs and JSON request logs, Prometheus metrics, readiness.

- Every response carries X-Request-ID: the client's own (when it sent a sane one) or a new one; every log
  line about the request carries it too, so a problem report can be traced to its log lines.
- /metrics is prometheus-flask-exporter's: request counts and latencies by route and status, plus the
  database errors counted in api/errors.py. Under gunicorn the workers share their counts through
  PROMETHEUS_MULTIPROC_DIR (set by api/gunicorn_conf.py), so any worker answers for all of them.

All of this runs on every request, so it is kept cheap: the request's log record is made directly (no
caller lookup) and formatted by `JsonFormatter` (orjson, the time string made once a second); the request
metrics are recorded by `finish_request` itself, through label children cached per route and status,
instead of by the exporter's own hooks (same metric names, labels and buckets).
"""
import logging
import os
import re
import time
import uuid

import orjson
from flask import g, request
from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_flask_exporter import PrometheusMetrics
from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics
from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.orjson import orjson_default

log = logging.getLogger("conflict_facts.requests")
REQUEST_ID = re.compile(r"^[A-Za-z0-9._:@/+=-]{1,200}$")
METRICS_PREFIX = "conflict_facts"
# Requests the metrics leave out: the scrapes and probes themselves, and the docs' static files.
UNMEASURED_PATHS = frozenset(("/metrics", "/healthz", "/readyz"))
UNMEASURED_PREFIX = "/docs/static/"
INFO = logging.INFO


def start_request():
    given = request.headers.get("X-Request-ID")
    g.request_id = given if given and REQUEST_ID.match(given) else uuid.uuid4().hex
    g.started = time.perf_counter()


def finish_request(response, metrics=None):
    """after_request, last: X-Request-ID, the request's metrics and its log line, with the final status
    (a 304 is logged and counted as 304)."""
    request_id = g.get("request_id", "")
    response.headers.add("X-Request-ID", request_id)   # nothing else sets it (add: no scan for it first)
    started = g.get("started")
    if started is None:
        return response
    seconds = time.perf_counter() - started
    status = response.status_code
    path = request.path
    if metrics is not None:
        metrics.record(request, path, status, seconds)
    if log.isEnabledFor(INFO):
        token = g.get("token")
        record = log.makeRecord(log.name, INFO, __file__, 0, "request", None, None, "finish_request")
        record.request_id = request_id
        record.method = request.method
        record.path = path
        record.status = status
        record.duration_ms = round(seconds * 1000, 2)
        record.token = token["name"] if token else None
        record.remote_addr = request.remote_addr
        log.handle(record)
    return response


def failed_request(error, metrics=None):
    """teardown_request: a request that failed past the error handlers (or a stream that broke off after its
    status was sent) is counted as an exception with status 500, as prometheus-flask-exporter counts it."""
    if error is not None and metrics is not None:
        started = g.get("started")
        metrics.record_exception(request, max(time.perf_counter() - started, 0) if started else None,
                                 reported=g.get("metrics_reported", False))


class RequestMetrics:
    """prometheus-flask-exporter's default request metrics (`export_defaults`: duration histogram by method,
    url_rule and status; request and exception counters by method and status), recorded at a fraction of
    the cost: one label child per (method, route, status), made once."""

    def __init__(self, registry, prefix=METRICS_PREFIX):
        self.duration = Histogram(f"{prefix}_http_request_duration_seconds", "Flask HTTP request duration in seconds",
                                  ("method", "url_rule", "status"), registry=registry)
        self.total = Counter(f"{prefix}_http_request_total", "Total number of HTTP requests", ("method", "status"),
                             registry=registry)
        self.exceptions = Counter(f"{prefix}_http_request_exceptions_total",
                                  "Total number of HTTP requests which resulted in an exception",
                                  ("method", "status"), registry=registry)
        self._children = {}

    def record(self, req, path, status, seconds):
        if path in UNMEASURED_PATHS or path.startswith(UNMEASURED_PREFIX):
            return
        g.metrics_reported = True
        method, rule = req.method, str(req.url_rule)   # "None" when no route matched, like the exporter
        key = (method, rule, status)
        children = self._children.get(key)
        if children is None:
            children = self._children[key] = (self.duration.labels(method, rule, str(status)),
                                              self.total.labels(method, str(status)))
        children[0].observe(max(seconds, 0))
        children[1].inc()

    def record_exception(self, req, seconds, reported=False):
        path = req.path
        if path in UNMEASURED_PATHS or path.startswith(UNMEASURED_PREFIX):
            return
        self.exceptions.labels(req.method, "500").inc()
        if not reported:   # the request itself is counted once
            if seconds is not None:
                self.duration.labels(req.method, str(req.url_rule), "500").observe(seconds)
            self.total.labels(req.method, "500").inc()


def init_metrics(app):
    """Prometheus metrics at /metrics; returns (the request metrics, the counter of database errors)."""
    multiprocess = bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))
    options = dict(export_defaults=False, defaults_prefix=METRICS_PREFIX)
    if multiprocess:
        metrics = GunicornInternalPrometheusMetrics(app, **options)
        registry = None  # values go to the shared files, which the collector reads
    else:
        # One registry per app: tests build several apps in one process.
        metrics = PrometheusMetrics(app, registry=CollectorRegistry(), **options)
        registry = metrics.registry
    metrics.info(f"{METRICS_PREFIX}_exporter_info", "Information about the Prometheus Flask exporter",
                 version=metrics.version)
    recorder = RequestMetrics(metrics.registry)
    metrics.info("conflict_facts_info", "conflict-facts", version=app.config.get("API_VERSION", "v1"))
    errors = Counter("conflict_facts_database_errors", "Database errors answered as 5xx, by kind of error.",
                     ["error"], registry=registry)
    return recorder, errors


class JsonFormatter(logging.Formatter):
    """One JSON object per line, with python-json-logger's fields and in its order (the fields named in
    `fmt`, renamed by `rename_fields`, then every extra attribute of the record, then exc_info and
    stack_info), at a fraction of its cost: orjson, no per-field renaming calls, and the time string made
    once a second. Configured in api/gunicorn_conf.py with python-json-logger's own options."""

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, rename_fields=None, **_):
        super().__init__(fmt, datefmt, style, validate)
        rename = dict(rename_fields or {})
        self._fields = [(name, rename.get(name, name)) for name in re.findall(r"%\((.+?)\)", self._fmt or "")]
        self._rename = rename
        self._skip = frozenset(RESERVED_ATTRS) | {name for name, _ in self._fields}
        self._uses_time = any(name == "asctime" for name, _ in self._fields)
        self._second = (None, "")   # (a second, its time string): one tuple, read and replaced at once

    def formatTime(self, record, datefmt=None):
        if datefmt is not None:
            return super().formatTime(record, datefmt)
        second = int(record.created)
        cached, text = self._second
        if second != cached:
            text = time.strftime(self.default_time_format, self.converter(second))
            self._second = (second, text)
        return self.default_msec_format % (text, record.msecs)

    def format(self, record):
        message = record.msg
        if isinstance(message, dict):
            extra, record.message = dict(message), ""
        else:
            extra, record.message = None, record.getMessage()
        if self._uses_time:
            record.asctime = self.formatTime(record, self.datefmt)
        attributes = record.__dict__
        data = {key: attributes.get(name) for name, key in self._fields}
        rename = self._rename
        if extra is None and (record.exc_info or record.exc_text or record.stack_info):
            extra = {}
        if extra is not None:
            if not extra.get("exc_info"):
                if record.exc_info:
                    extra["exc_info"] = self.formatException(record.exc_info)
                elif record.exc_text:
                    extra["exc_info"] = record.exc_text
            if record.stack_info and not extra.get("stack_info"):
                extra["stack_info"] = self.formatStack(record.stack_info)
            for key, value in extra.items():
                data[rename.get(key, key)] = value
        skip = self._skip
        for key, value in attributes.items():
            if key not in skip and not (isinstance(key, str) and key.startswith("_")):
                data[rename.get(key, key)] = value
        return orjson.dumps(data, default=orjson_default, option=orjson.OPT_NON_STR_KEYS).decode()
