"""Who is asking, and may they: bearer tokens, roles, change notes and If-Match, read from each request.

Every write method under /v1 needs a curator (or admin) token before any view runs, so no write route can
be left open by mistake; admin-only routes ask for more with `require("admin")`. Reads are public unless
READS_NEED_TOKEN is set.
"""
import re
from urllib.parse import unquote

from flask import current_app, g, has_request_context, request

from .services import pseudonyms, tokens
from .services.exceptions import Forbidden, PreconditionRequired, Unauthorized
from .services.records import Change

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
REALM = 'Bearer realm="conflict-facts"'
MAX_NOTE_LENGTH = 2000


def authenticate():
    """before_request: resolve the bearer token, if any, into g.token; refuse a bad one outright."""
    g.token = None
    header = request.headers.get("Authorization")
    if header is not None:
        scheme, _, presented = header.partition(" ")
        token = tokens.authenticate(presented.strip()) if scheme.lower() == "bearer" else None
        if token is None:
            raise Unauthorized("The bearer token is not valid: unknown, revoked, or malformed.",
                               challenge=f'{REALM}, error="invalid_token"')
        g.token = token
    if request.path.startswith("/v1/"):
        if request.method in WRITE_METHODS:
            require("curator")
        elif current_app.config["READS_NEED_TOKEN"]:
            require("reader")


def require(role):
    token = g.get("token")
    if token is None:
        raise Unauthorized(f"This needs a token with the {role} role: send Authorization: Bearer <token>.")
    if tokens.rank(token["role"]) < tokens.rank(role):
        raise Forbidden(f"This needs the {role} role; the token '{token['name']}' is a {token['role']}.")
    return token


def expected_version(required=True):
    """The version named by If-Match: None for '*', 428 when the header is missing (if required).

    Record ETags read "<version>-<hash>"; a bare "<version>" is accepted too. Anything else matches no
    version, so the write fails with 412 and the current version."""
    header = request.headers.get("If-Match")
    if header is None:
        if required:
            raise PreconditionRequired("Send If-Match with the ETag you last read for this record (or *), so "
                                       "that changes made since are not overwritten.")
        return None
    first = header.split(",")[0].strip()
    if first == "*":
        return None
    match = re.fullmatch(r'(?:W/)?"(\d+)(?:-[0-9a-f]*)?"', first)
    return int(match.group(1)) if match else -1


def change(expected=None):
    """The Change a write records: this request's token and its Change-Note header (percent-decoded)."""
    token = g.get("token") or {}
    note = request.headers.get("Change-Note")
    if note is not None:
        note = unquote(note)[:MAX_NOTE_LENGTH]
    return Change(token_id=token.get("id"), token_name=token.get("name"), note=note, expected_version=expected)


# Tokens' real names are for admins; everyone else sees pseudonyms (api/services/pseudonyms.py).
pseudonyms.show_real_names_when(
    lambda: has_request_context() and (g.get("token") or {}).get("role") == "admin")
