"""Rate limits on reads: a token bucket per client, in each worker process's memory.

Reads are the hot path, so counting one must cost microseconds: no database write (writes are counted in
the database, api/ratelimit.py, where every worker and instance must agree), no lock shared between
processes. Each worker keeps its own buckets, so a client may get up to (workers x READ_BURST) at once and
(workers x READ_RATE) per second in the worst case, spread over every worker; one connection kept alive
stays on one worker and meets that worker's limit. docs/deployment.md has the measurements behind this.

A client is its token when it sends one, else its address. A read costs 1; a search (q=) SEARCH_COST and an
NDJSON export EXPORT_COST, since they cost the server that much more. /healthz, /readyz and /metrics are
never limited: monitoring must not be locked out by the traffic it watches.
"""
import math
import threading
import time

from flask import current_app, g, request

from .services.exceptions import TooManyRequests

UNLIMITED_PATHS = frozenset(("/healthz", "/readyz", "/metrics"))
MAX_CLIENTS = 10_000   # buckets kept per worker before full ones are forgotten


class Buckets:
    """Token buckets, one per client: each holds up to `burst` units and refills at `rate` units a second."""

    def __init__(self):
        self._levels = {}   # client -> (units left, when they were counted)
        self._lock = threading.Lock()   # a worker's threads share the buckets

    def take(self, client, cost, rate, burst):
        """Spend `cost` units of `client`'s bucket: 0 if they were there, else the seconds until they are."""
        cost = min(cost, burst)
        now = time.monotonic()
        with self._lock:
            units, then = self._levels.get(client, (burst, now))
            units = min(burst, units + (now - then) * rate)
            allowed = units >= cost
            self._levels[client] = (units - cost if allowed else units, now)
            if len(self._levels) > MAX_CLIENTS:   # many addresses, each asking once, must not grow it for ever
                self._forget(now, rate, burst)
            return 0.0 if allowed else (cost - units) / rate

    def _forget(self, now, rate, burst):
        """Drop the buckets that have refilled (forgetting them changes nothing); if that is not enough, the
        half least recently used (their clients start again with a full bucket)."""
        levels = {client: (units, then) for client, (units, then) in self._levels.items()
                  if units + (now - then) * rate < burst}
        if len(levels) > MAX_CLIENTS // 2:
            kept = sorted(levels.items(), key=lambda item: item[1][1])[-(MAX_CLIENTS // 2):]
            levels = dict(kept)
        self._levels = levels

    def clear(self):
        with self._lock:
            self._levels.clear()

    def __len__(self):
        return len(self._levels)


def cost_of_read(request, config):
    args = request.args   # (`in` first: a missing key's get() raises and catches an exception inside werkzeug)
    if "format" in args:
        is_export = args["format"] == "ndjson"
    else:
        is_export = "ndjson" in request.environ.get("HTTP_ACCEPT", "")
    if is_export:
        return config["EXPORT_COST"]
    if "q" in args and args["q"]:
        return config["SEARCH_COST"]
    return 1


def check():
    """Count this read against its client's bucket; 429 (with Retry-After) when the bucket is empty. (On every
    read: the proxies are resolved once, since each use of one costs a lookup.)"""
    app = current_app._get_current_object()
    config = app.config
    rate = config["READ_RATE"]
    if not rate:
        return
    req = request._get_current_object()
    if req.path in UNLIMITED_PATHS:
        return
    token = g.get("token")
    client = f"token:{token['id']}" if token else req.remote_addr
    wait = app.extensions["read_limits"].take(client, cost_of_read(req, config), rate, config["READ_BURST"])
    if wait:
        raise TooManyRequests(
            f"Read rate limit reached: {rate:g} units a second, {config['READ_BURST']:g} at once (a search costs "
            f"{config['SEARCH_COST']:g}, an export {config['EXPORT_COST']:g}). Try again in {math.ceil(wait)} s.",
            retry_after=math.ceil(wait))
