"""Per-token rate limits on writes (Flask-Limiter), counted in the service's own database.

Limits are only as good as their counters' sharing: every gunicorn worker, and every instance behind a
load balancer, must count in one place. The database is the one place they all share already, so the
counters live there (table rate_limit) behind a `limits` storage backend, rather than in process memory
(wrong with several workers) or in a Redis the operator would have to run for this alone.
"""
import time

from flask import current_app, g, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits.storage import Storage
from peewee import EXCLUDED, Case, PeeweeException

from . import jsonio
from .db import write_transaction
from .models import RateLimit
from .query_templates import Templates


# A counter is asked about three times a write (counted, then read twice for the answer's headers): the statements'
# text is composed once (api/query_templates.py), not by peewee each time.
TEMPLATES = Templates()


def _incremented(values):
    key, amount, expiry, now, again = values
    ended = RateLimit.expiry <= now
    return (RateLimit.insert(key=key, count=amount, expiry=expiry)
            .on_conflict(conflict_target=[RateLimit.key], update={
                RateLimit.count: Case(None, [(ended, EXCLUDED.count)], RateLimit.count + EXCLUDED.count),
                RateLimit.expiry: Case(None, [(RateLimit.expiry <= again, EXCLUDED.expiry)], RateLimit.expiry)})
            .returning(RateLimit.count))


class DatabaseStorage(Storage):
    """A fixed-window counter store for `limits` on the service's database (SQLite or PostgreSQL)."""

    STORAGE_SCHEME = ["conflictfacts"]

    @property
    def base_exceptions(self):
        return PeeweeException

    def incr(self, key, expiry, amount=1):
        now = time.time()
        with write_transaction(durable=False):   # (a count: not worth waiting for the disk)
            # One statement: a window begun, or one past its expiry begun again, or the count of one under way
            # raised; the new count read back. (Each SET reads the row as it stood.)
            return TEMPLATES.rows(("incr",), _incremented, [key, amount, now + expiry, now, now])[0][0]

    def get(self, key):
        rows = TEMPLATES.rows(("get",), lambda given: RateLimit.select(RateLimit.count).where(
            (RateLimit.key == given[0]) & (RateLimit.expiry > given[1])), [key, time.time()])
        return rows[0][0] if rows else 0

    def get_expiry(self, key):
        rows = TEMPLATES.rows(("expiry",), lambda given: RateLimit.select(RateLimit.expiry).where(
            RateLimit.key == given[0]), [key])
        return rows[0][0] if rows else time.time()

    def check(self):
        return True

    def reset(self):
        return RateLimit.delete().execute()

    def clear(self, key):
        RateLimit.delete().where(RateLimit.key == key).execute()


def _who():
    """Writes are counted per token; anything else per client address."""
    token = g.get("token")
    return f"token:{token['id']}" if token else f"ip:{get_remote_address()}"


# The methods that only read (RFC 9110's safe methods; TRACE is not served): never rate-limited.
SAFE_METHODS = frozenset(("GET", "HEAD", "OPTIONS"))


def _is_read():
    return request.method in SAFE_METHODS


def _write_limit():
    return current_app.config["WRITE_RATE_LIMIT"]


def _cost():
    """A write costs 1; a batch (POST /v1/batch) as many as it has operations (up to BATCH_MAX_OPERATIONS),
    so batching neither escapes the limit nor costs more than the same writes sent one by one."""
    if request.path != "/v1/batch":
        return 1
    try:
        operations = jsonio.loads(request.get_data(cache=True)).get("operations")
    except (jsonio.DecodeError, AttributeError):
        return 1
    if not isinstance(operations, list):
        return 1
    return max(1, min(len(operations), current_app.config["BATCH_MAX_OPERATIONS"]))


limiter = Limiter(
    key_func=_who,
    storage_uri="conflictfacts://",
    strategy="fixed-window",
    headers_enabled=True,
    # A failure to count (the database busy, say) must not fail the write it was counting, nor, after the
    # write committed, turn its answer into an error: the limiter logs it and lets the request through.
    swallow_errors=True,
    default_limits=[_write_limit],
    default_limits_exempt_when=_is_read,
    default_limits_cost=_cost,
)


@limiter.request_filter
def _reads_are_not_limited():
    """Reads are not limited. (The app calls the limiter's hooks for writes only, so reads never reach it:
    even with this filter, each of its three hooks still did some work on every read. This filter stays
    for any other way into the limiter.)"""
    return _is_read()


class _HookCollector:
    """The app as Limiter.init_app sees it: its settings and extensions are the app's own, but the hooks the
    limiter registers through the (public) before_request, after_request and teardown_request are kept here,
    for the app to call on writes only (api/app.py). Registered on the app, they would run on every read:
    flask-limiter has no option that keeps a request from reaching them (request_filter and
    default_limits_exempt_when are asked only after each hook has started its work)."""

    def __init__(self, app):
        self.config, self.extensions = app.config, app.extensions
        self.before, self.after, self.teardown = [], [], []

    def before_request(self, hook):
        self.before.append(hook)
        return hook

    def after_request(self, hook):
        self.after.append(hook)
        return hook

    def teardown_request(self, hook):
        self.teardown.append(hook)
        return hook


def write_hooks(app):
    """Initialise the limiter for `app` and return its (before, after, teardown) request hooks, one each,
    for the app to run around writes. This leans on how flask-limiter's init_app registers its hooks (through
    the app's hook decorators, once each), which no public API promises: pyproject.toml pins flask-limiter to
    the versions tests/test_library_internals.py checked, and this refuses to start if that changed."""
    collector = _HookCollector(app)
    limiter.init_app(collector)
    hooks = (collector.before, collector.after, collector.teardown)
    if [len(found) for found in hooks] != [1, 1, 1]:
        raise RuntimeError("flask-limiter's init_app no longer registers one before, one after and one teardown "
                           f"request hook ({[len(found) for found in hooks]}): api/ratelimit.py must follow it.")
    return hooks
