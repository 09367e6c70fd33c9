"""API tokens and roles.

A token reads `cf_<id>_<secret>`. Only a SHA-256 of the secret is stored; a presented token is found by
its ID and its secret compared to the stored hash with hmac.compare_digest, in constant time. Secrets are
256 random bits, so a fast hash is enough: there is nothing to brute-force.
"""
import hashlib
import hmac
import re
import secrets

from ..db import write_transaction
from ..models import Token, utcnow
from .exceptions import InvalidInput, NotFound

ROLES = ("reader", "curator", "admin")
TOKEN_FORMAT = re.compile(r"^cf_([1-9][0-9]{0,17})_([A-Za-z0-9_-]{20,100})$")


def rank(role):
    return ROLES.index(role)


def _hash(secret):
    return hashlib.sha256(secret.encode()).hexdigest()


def _public(row):
    return {"id": row["id"], "name": row["name"], "role": row["role"], "created_at": row["created_at"],
            "revoked_at": row["revoked_at"], "href": f"/v1/tokens/{row['id']}"}


def create(name, role):
    """A new token: (its public description, the token itself, which is shown this once only)."""
    if role not in ROLES:
        raise InvalidInput({"role": [f"Must be one of: {', '.join(ROLES)}."]})
    if not name or not name.strip() or len(name) > 200:
        raise InvalidInput({"name": ["Give a name of 1 to 200 characters."]})
    secret = secrets.token_urlsafe(32)
    with write_transaction():
        token_id = Token.insert(name=name.strip(), role=role, secret_hash=_hash(secret), created_at=utcnow()).execute()
    return get(token_id), f"cf_{token_id}_{secret}"


def get(token_id):
    row = Token.select().where(Token.id == token_id).dicts().first()
    if row is None:
        raise NotFound(f"No token with id {token_id}.")
    return _public(row)


def all_tokens():
    return [_public(row) for row in Token.select().order_by(Token.id).dicts()]


def revoke(token_id):
    """Revoke a token (idempotent); its past writes keep its name in the history."""
    with write_transaction():
        token = get(token_id)
        if token["revoked_at"] is None:
            Token.update(revoked_at=utcnow()).where(Token.id == token_id).execute()
    return get(token_id)


def find_by_name(name):
    return [_public(row) for row in Token.select().where(Token.name == name).order_by(Token.id).dicts()]


def authenticate(presented):
    """The live token a bearer string names, or None. Same work whether or not the ID exists."""
    match = TOKEN_FORMAT.match(presented or "")
    if not match:
        return None
    token_id, secret = int(match.group(1)), match.group(2)
    row = Token.select().where(Token.id == token_id).dicts().first()
    stored = row["secret_hash"] if row else "0" * 64
    if not hmac.compare_digest(_hash(secret), stored) or row is None or row["revoked_at"] is not None:
        return None
    return _public(row)
