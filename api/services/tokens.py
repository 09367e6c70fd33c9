"""API tokens and roles.

A token reads `cf_<id>_<secret>`. Only a SHA-256 of the secret is stored; a presented token is found by
its ID and its secret compared to the stored hash with hmac.compare_digest, in constant time. Secrets are
256 random bits, so a fast hash is enough: there is nothing to brute-force.

Names are unique (the audit view and the CLI find a token by name). A token may expire (`expires_at`):
from then on it is refused with a 401 that says so. Rotating a token gives it a new secret and keeps its
ID, name, role, expiry and history: the old secret stops working at once.
"""
import datetime
import hashlib
import hmac
import re
import secrets

from ..db import write_transaction
from ..models import Token, utcnow
from ..query_templates import Templates
from .exceptions import Conflict, InvalidInput, NotFound, Unauthorized

ROLES = ("reader", "curator", "admin")
TOKEN_FORMAT = re.compile(r"cf_([1-9][0-9]{0,17})_([A-Za-z0-9_-]{20,100})")
EXPIRED_CHALLENGE = 'Bearer realm="conflict-facts", error="invalid_token", error_description="The token expired"'



def rank(role):
    return ROLES.index(role)


def _hash(secret):
    return hashlib.sha256(secret.encode()).hexdigest()


# Every authenticated request reads its token: the statement's text composed once (api/query_templates.py).
TEMPLATES = Templates()
COLUMNS = Token._meta.sorted_fields


def _public(row):
    return {"id": row["id"], "name": row["name"], "role": row["role"], "created_at": row["created_at"],
            "revoked_at": row["revoked_at"], "expires_at": row["expires_at"], "href": f"/v1/tokens/{row['id']}"}


def _utc(moment):
    """A datetime (aware, or naive UTC) as the naive UTC the database keeps."""
    if moment is not None and moment.tzinfo is not None:
        moment = moment.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    return moment


def _token_string(token_id, secret):
    return f"cf_{token_id}_{secret}"


def create(name, role, expires_at=None):
    """A new token: (its public description, the token itself, which is shown this once only).
    `expires_at` (a datetime, aware or naive UTC) must be in the future; None: it never expires."""
    if role not in ROLES:
        raise InvalidInput({"role": [f"Must be one of: {', '.join(ROLES)}."]})
    name = (name or "").strip()
    if not name or len(name) > 200:
        raise InvalidInput({"name": ["Give a name of 1 to 200 characters."]})
    expires_at = _utc(expires_at)
    if expires_at is not None and expires_at <= utcnow():
        raise InvalidInput({"expires_at": ["Must be in the future."]})
    secret = secrets.token_urlsafe(32)
    with write_transaction():
        # Writes are serialised: no other create can take the name between this check and the insert.
        if Token.select().where(Token.name == name).exists():
            raise Conflict(f"A token named '{name}' exists already: token names are unique. Choose another "
                           "name, or rotate that token to get it a new secret.")
        token_id = Token.insert(name=name, role=role, secret_hash=_hash(secret), created_at=utcnow(),
                                expires_at=expires_at).execute()
    return get(token_id), _token_string(token_id, secret)


def rotate(token_id):
    """A new secret for a token, same ID: (its public description, the new token, shown this once). The
    old secret stops working at once. A revoked token stays revoked: refused."""
    secret = secrets.token_urlsafe(32)
    with write_transaction():
        token = get(token_id)
        if token["revoked_at"] is not None:
            raise Conflict(f"Token {token_id} is revoked: create a new token instead.")
        Token.update(secret_hash=_hash(secret)).where(Token.id == token_id).execute()
    return token, _token_string(token_id, secret)


def get(token_id):
    rows = TEMPLATES.dicts(("token",), COLUMNS, lambda given: Token.select(*COLUMNS).where(Token.id == given[0]),
                           [token_id])
    row = rows[0] if rows else None
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
    """The live token a bearer string names, or None. Same work whether or not the ID exists. An expired
    token (right secret) is refused with a 401 of its own, so its holder knows to ask for a new one."""
    match = TOKEN_FORMAT.fullmatch(presented or "")
    if not match:
        return None
    token_id, secret = int(match.group(1)), match.group(2)
    rows = TEMPLATES.dicts(("token",), COLUMNS, lambda given: Token.select(*COLUMNS).where(Token.id == given[0]),
                           [token_id])
    row = rows[0] if rows else None
    stored = row["secret_hash"] if row else "0" * 64
    if not hmac.compare_digest(_hash(secret), stored) or row is None or row["revoked_at"] is not None:
        return None
    if row["expires_at"] is not None and row["expires_at"] <= utcnow():
        raise Unauthorized(f"The bearer token expired at {row['expires_at']:%Y-%m-%d %H:%M:%S} UTC: ask an admin "
                           "for a new one.", challenge=EXPIRED_CHALLENGE)
    return _public(row)
