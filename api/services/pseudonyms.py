"""What the public sees of who made a change: a stable pseudonym instead of a token's name.

Token names often name people, and in conflict data that can endanger them. Revisions, the change feed and
410 answers therefore show, to anyone but an admin, "curator-" and 8 hex digits of an HMAC-SHA256 of the
token's ID, keyed with a random key the database keeps (table service_secret, made by migration 0006). The
same token always gets the same pseudonym, across restarts and in backups of the database; without the key
a pseudonym cannot be traced back to a token ID. Names written by the service itself ("system",
"example data": no token) are shown as they are.

Whether the real names may be shown depends on who asks, which only the resource layer knows: it says so
once, with `show_real_names_when(predicate)`, and this module asks the predicate when it needs to.
"""
import hashlib
import hmac
import secrets

from ..models import ServiceSecret

KEY_NAME = "pseudonym_key"
_real_names_visible = None


def show_real_names_when(predicate):
    """`predicate()` tells, during a request, whether the caller may see tokens' real names."""
    global _real_names_visible
    _real_names_visible = predicate


def real_names_visible():
    return bool(_real_names_visible and _real_names_visible())


def _key():
    row = ServiceSecret.select(ServiceSecret.value).where(ServiceSecret.name == KEY_NAME).scalar()
    if row is None:   # a schema made without the migrations: make the key once (the first writer wins)
        ServiceSecret.insert(name=KEY_NAME, value=secrets.token_hex(32)).on_conflict_ignore().execute()
        row = ServiceSecret.select(ServiceSecret.value).where(ServiceSecret.name == KEY_NAME).scalar()
    return bytes.fromhex(row)


def pseudonym(token_id, key):
    digest = hmac.new(key, f"token:{token_id}".encode(), hashlib.sha256).hexdigest()
    return f"curator-{digest[:8]}"


def namer():
    """A function (token_id, name) -> what this caller may see: the name for admins and for the service's
    own changes (no token), the pseudonym otherwise. Reads the key at most once."""
    if real_names_visible():
        return lambda token_id, name: name
    key = []

    def shown(token_id, name):
        if token_id is None:
            return name
        if not key:
            key.append(_key())
        return pseudonym(token_id, key[0])
    return shown
