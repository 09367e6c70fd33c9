"""gunicorn settings for conflict-facts (`conflict-facts serve` and the container use this file).

Each value can be set from the environment (docs/configuration.md); the CLI's flags override these.
"""
import gc
import multiprocessing
import os
import shutil
import socket
import sys
import tempfile

from gunicorn.glogging import Logger as _GunicornLogger

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# gunicorn's own rule of thumb, (2 x cores) + 1, capped: SQLite serialises writes, so more workers only
# add memory once reads are saturated.
workers = int(os.environ.get("WEB_CONCURRENCY", min(multiprocessing.cpu_count() * 2 + 1, 9)))
# api/server.py's worker: gunicorn's gthread, reading each request's head in its event loop (a slow or idle
# socket holds no thread), with time limits on reading heads and bodies and on writing answers. The main
# thread keeps telling the master it is alive while a long NDJSON export streams (a sync worker would be
# killed at `timeout` mid-stream), and connections can be kept alive between requests. Four threads: a
# client that stops reading an answer holds one for up to SEND_TIMEOUT, and the others go on serving (reads
# are CPU-bound: more threads than that only add contention for the GIL). docs/deployment.md has the
# measurements behind this.
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "api.server.Worker")
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# How long a worker's thread runs Python before a thread waiting for the interpreter lock gets it (CPython's
# switch interval, 5 ms by default). The worker's event loop, which reads each request's head and hands it to a
# thread, waits that long behind a thread building an answer: at half our maximum rate, a get waited 7 ms at the
# median (for 1 ms of work) and 62 ms at p99 with 5 ms, 3 ms and 28 ms with 0.5 ms, for no measurable CPU
# (docs/performance.md, stop 29). Set in post_fork, for the workers only.
switch_interval_ms = float(os.environ.get("GUNICORN_SWITCH_INTERVAL_MS", "1"))
# A read is cut at QUERY_TIME_LIMIT_MS in the database; this is the backstop for anything else (with
# gthread it bounds a worker that stops answering the master, not a long-running stream).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On SIGTERM, workers finish the requests they hold for up to this long, then stop (docker stop waits 10 s
# by default: run it with --time 30, or lower this).
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
keepalive = 5
# gunicorn's largest request line: longer ones are answered 414 (problem+json, by the worker) before they are
# read to their end. Without a bound, a 12 MB line cost a worker 13 s of parsing.
limit_request_line = 8190
# Workers are not recycled (0): a worker's memory levels off instead of growing (a 32,000-request soak of
# reads: docs/performance.md, "Connections per worker and worker memory"), and every restart handed the
# kept-alive connections it dropped to the workers still up, which then held them for good (16 of 16 on one
# worker of two). A leak would be a bug to fix; GUNICORN_MAX_REQUESTS brings recycling back if ever one
# needs to be contained meanwhile.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
# Each worker listens on a socket of its own (SO_REUSEPORT) and the kernel deals new connections out among
# them by a hash of their addresses. On one shared socket, whichever worker woke first took every connection
# arriving together and kept it while the client kept it alive: wrk's 16 connections sat 16/0 on one of two
# workers in 5 runs of 8, the other worker idle. docs/deployment.md "Spreading connections" has the counts.
reuse_port = os.environ.get("GUNICORN_REUSE_PORT", "1") != "0"
# The app is built once, in the master, and each worker forks with it ready: a recycled worker starts in
# milliseconds instead of rebuilding the app and its OpenAPI document (0.7 s of CPU each time), and the
# workers share its memory. Safe with the pooled connections: building the app opens none, and on_starting
# (which runs after the app is built) closes every connection it opened to migrate before any fork.
# (Code changes then need a restart, not a HUP.)
preload_app = True
accesslog = os.environ.get("ACCESS_LOG") or None   # the app logs each request as JSON already
errorlog = "-"
wsgi_app = "api.wsgi:app"


# gunicorn's master logs this when it starts (gunicorn/arbiter.py, Arbiter.start; pinned in pyproject.toml).
_MASTER_LISTENING = "Listening at: %s (%s)"


def _listening_url(cfg, address):
    """An address the server listens at, as gunicorn writes its sockets (http://127.0.0.1:8000, unix:/path)."""
    if not isinstance(address, tuple):
        return f"unix:{address}"
    host, port = address[0], address[1]
    return f"{'https' if cfg.is_ssl else 'http'}://{f'[{host}]' if ':' in host else host}:{port}"


class Logger(_GunicornLogger):
    """gunicorn's logger, with its access log only when ACCESS_LOG asks for one, and a master's "Listening at"
    line that names the address.

    gunicorn turns the access log on whenever a logging configuration is given (logconfig_dict below), which
    wrote a second line for every request beside the app's own JSON line, and built it, at some cost, on every
    request. With reuse_port the master binds nothing and wrote "Listening at:  (pid)", no address at all;
    it now says where the workers listen, and how."""

    def access(self, resp, req, environ, request_time):
        if self.cfg.accesslog:
            super().access(resp, req, environ, request_time)

    def info(self, msg, *args, **kwargs):
        if msg == _MASTER_LISTENING and len(args) == 2 and not args[0]:   # the master bound no socket itself
            addresses = ",".join(_listening_url(self.cfg, address) for address in self.cfg.address)
            msg = "Listening at: %s (pid %s), %s workers, each with its own socket (SO_REUSEPORT)"
            args = (addresses, args[1], self.cfg.workers)
        super().info(msg, *args, **kwargs)


logger_class = Logger

# gunicorn's runtime control socket is one path per user: two instances on one host would take it from
# each other. Nothing here uses it.
control_socket_disable = True

# Workers share their Prometheus counts through files in this folder; a fresh one per server start,
# removed when the server stops (unless the operator named one).
_OWN_METRICS_DIR = "PROMETHEUS_MULTIPROC_DIR" not in os.environ
if _OWN_METRICS_DIR:   # (setdefault would make a folder even when one is named, and leave it behind)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="conflict-facts-metrics-")

# NDJSON exports take one of EXPORT_CONCURRENCY slots (lock files, api/slots.py) that every worker sees;
# a fresh folder per server start, removed when the server stops.
os.environ["CONFLICT_FACTS_SLOTS_DIR"] = tempfile.mkdtemp(prefix="conflict-facts-slots-")

# One JSON object per line, for gunicorn's own messages and the app's.
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    # python-json-logger, with orjson encoding the lines.
    "formatters": {"json": {"()": "pythonjsonlogger.orjson.OrjsonFormatter",
                            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
                            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"}}},
    "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
    "root": {"level": os.environ.get("LOG_LEVEL", "INFO"), "handlers": ["stderr"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["stderr"], "propagate": False},
        "gunicorn.access": {"level": "INFO", "handlers": ["stderr"], "propagate": False},
    },
}


def _check_address_is_free(server):
    """With reuse_port the master binds nothing and each worker binds its own socket; a worker that cannot
    (the address is taken by another program) exits with an ordinary code, and gunicorn would boot another
    one, and another, for ever. So the master tries the address first, as the workers will (SO_REUSEPORT),
    and stops with gunicorn's own "Connection in use" line if it is taken."""
    for address in server.cfg.address:
        if not isinstance(address, tuple):   # a unix socket: gunicorn's own bind reports it
            continue
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
            try:
                probe.bind(address)
            except OSError as error:
                server.log.error("Connection in use: %s (%s)", address, error.strerror)
                sys.exit(1)


def on_starting(server):
    """In the master, before any worker forks: check the address can be bound (with reuse_port), bring the
    schema up to date and, on an empty database, load the example data. Workers never race each other to
    migrate."""
    from api import config

    if server.cfg.reuse_port and hasattr(socket, "SO_REUSEPORT"):
        _check_address_is_free(server)
    from api.cli import prepare_database

    settings = config.load()
    prepare_database(load_examples=settings["LOAD_EXAMPLE_DATA"], log=server.log.info,
                     initial_admin_token_file=settings["INITIAL_ADMIN_TOKEN_FILE"])


def on_exit(server):
    shutil.rmtree(os.environ["CONFLICT_FACTS_SLOTS_DIR"], ignore_errors=True)
    if _OWN_METRICS_DIR:
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)


def child_exit(server, worker):
    from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics

    from api import connection_balance

    GunicornInternalPrometheusMetrics.mark_process_dead_on_child_exit(worker.pid)
    connection_balance.table().clear(worker.pid)


def post_fork(server, worker):
    """In each worker, once its sockets listen: with reuse_port the master listens on nothing (its "Listening
    at:" line names the address the workers take, see Logger), each worker on a socket of its own, so this is
    the line that says the server takes connections."""
    server.log.info("Worker listening at: %s (%s)", ",".join(str(s) for s in worker.sockets), worker.pid)
    if switch_interval_ms > 0:
        sys.setswitchinterval(switch_interval_ms / 1000)


def pre_fork(server, worker):
    """Move every object the master made (the app, its OpenAPI document, schemas: about 150,000) out of the
    garbage collector's reach before a worker forks (preload_app): a worker's full collections then never
    walk them (about 100 ms each, now and then in the middle of a request, otherwise), nor touch the pages
    the worker shares with the master."""
    gc.freeze()
