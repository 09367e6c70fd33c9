"""State kept about requests themselves: idempotency keys of creates, and rate-limit counters."""
from peewee import CharField, DateTimeField, DoubleField, IntegerField, TextField

from .base import BaseModel, StableIdField, utcnow


class IdempotencyKey(BaseModel):
    """The answer to a create made with an Idempotency-Key, replayed when the same key comes again."""

    id = StableIdField()
    token_id = IntegerField()
    key = CharField(max_length=255)
    path = TextField()
    body_hash = CharField(max_length=64)
    status = IntegerField()
    response = TextField()             # the JSON body answered
    location = TextField(null=True)
    created_at = DateTimeField(default=utcnow, index=True)

    class Meta:
        indexes = ((("token_id", "key"), True),)


class RateLimit(BaseModel):
    """A fixed-window counter of the `limits` library (see api/ratelimit.py)."""

    key = CharField(max_length=255, primary_key=True)
    count = IntegerField()
    expiry = DoubleField()             # UNIX time when the window ends
