"""Idempotent creates: a retried POST with the same Idempotency-Key gets the first answer again.

The key is looked up and the answer stored inside the create's own transaction, which holds the write
lock: two concurrent requests with one key cannot both create. Keys are scoped to the token that sent them
and kept for KEEP_FOR; the same key with a different body (or for another collection) is refused.
"""
import datetime
import hashlib


from .. import jsonio
from ..db import write_transaction
from ..models import IdempotencyKey, utcnow
from .exceptions import InvalidInput

KEEP_FOR = datetime.timedelta(hours=24)
MAX_KEY_LENGTH = 255


def check_key(key):
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise InvalidInput({"Idempotency-Key": [f"Must be 1 to {MAX_KEY_LENGTH} printable characters."]},
                           detail="The Idempotency-Key header is invalid.")


def once(token_id, key, path, body, create):
    """Run `create()` -> (status, record, location) once per (token, key); replay its answer after that."""
    check_key(key)
    body_hash = hashlib.sha256(body).hexdigest()
    with write_transaction():
        IdempotencyKey.delete().where(IdempotencyKey.created_at < utcnow() - KEEP_FOR).execute()
        stored = (IdempotencyKey.select()
                  .where((IdempotencyKey.token_id == token_id) & (IdempotencyKey.key == key)).dicts().first())
        if stored is not None:
            if stored["body_hash"] != body_hash or stored["path"] != path:
                raise InvalidInput({"Idempotency-Key": ["Already used with a different request body; use a new "
                                                        "key for a new record."]},
                                   detail="The Idempotency-Key was used before for another request.")
            return stored["status"], jsonio.loads(stored["response"]), stored["location"], True
        status, record, location = create()
        IdempotencyKey.insert(token_id=token_id, key=key, path=path, body_hash=body_hash, status=status,
                              response=jsonio.dumps_text(record),
                              location=location, created_at=utcnow()).execute()
        return status, record, location, False
