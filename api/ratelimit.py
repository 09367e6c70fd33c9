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
from peewee import PeeweeException

from .db import write_transaction
from .models import RateLimit


class DatabaseStorage(Storage):
    """A fixed-window counter store for `limits` on the service's database (SQLite or PostgreSQL)."""

    STORAGE_SCHEME = ["conflictfacts"]

    @property
    def base_exceptions(self):
        return PeeweeException

    def incr(self, key, expiry, amount=1):
        now = time.time()
        with write_transaction():  # the write lock makes read-then-update one step
            row = RateLimit.select().where(RateLimit.key == key).first()
            if row is None or row.expiry <= now:
                (RateLimit.insert(key=key, count=amount, expiry=now + expiry)
                 .on_conflict(conflict_target=[RateLimit.key], preserve=[RateLimit.count, RateLimit.expiry])
                 .execute())
                return amount
            RateLimit.update(count=RateLimit.count + amount).where(RateLimit.key == key).execute()
            return row.count + amount

    def get(self, key):
        row = RateLimit.select().where((RateLimit.key == key) & (RateLimit.expiry > time.time())).first()
        return row.count if row else 0

    def get_expiry(self, key):
        row = RateLimit.select(RateLimit.expiry).where(RateLimit.key == key).first()
        return row.expiry if row else time.time()

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
)


@limiter.request_filter
def _reads_are_not_limited():
    """Reads are not limited. (The app calls the limiter's hooks for writes only, so reads never reach it:
    even with this filter, each of its three hooks still did some work on every read. This filter stays
    for any other way into the limiter.)"""
    return _is_read()
