"""Who is asking, and may they: bearer tokens, roles, change notes and If-Match, read from each request.

Every write method under /v1 needs a curator (or admin) token before any view runs, so no write route can
be left open by mistake; admin-only routes ask for more with `require("admin")`. Reads are public unless
READS_NEED_TOKEN is set; /metrics needs a token when METRICS_NEED_TOKEN says so (by default: when reads
do). OPTIONS never needs one: a browser's CORS preflight cannot carry a token.

Headers the app stores (Change-Note, Idempotency-Key) are ASCII without control characters. A note in
another script comes percent-encoded UTF-8 (`Change-Note: caf%C3%A9`) or as an RFC 8187 extended value
(`Change-Note*: UTF-8''caf%C3%A9`); raw non-ASCII bytes are refused rather than guessed at (they used to
be read as Latin-1 and stored as mojibake).
"""
import re
import unicodedata
from urllib.parse import unquote

from flask import current_app, g, has_request_context, request

from .services import pseudonyms, tokens
from .services.exceptions import (Forbidden, PreconditionFailed, PreconditionRequired, ServiceError,
                                  Unauthorized)
from .services.records import Change

WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
REALM = 'Bearer realm="conflict-facts"'
MAX_NOTE_LENGTH = 2000


def authenticate():
    """before_request: resolve the bearer token, if any, into g.token; refuse a bad one outright."""
    g.token = None
    if request.method == "OPTIONS":
        return  # CORS preflights carry no credentials (Fetch standard): answering them needs none
    header = request.headers.get("Authorization")
    if header is not None:
        scheme, _, presented = header.partition(" ")
        if scheme.lower() != "bearer":
            raise Unauthorized("Send the token as Authorization: Bearer <token>; this Authorization header "
                               "has no Bearer scheme.", challenge=f'{REALM}, error="invalid_token"')
        token = tokens.authenticate(presented.strip())
        if token is None:
            raise Unauthorized("The bearer token is not valid: unknown, revoked, or malformed.",
                               challenge=f'{REALM}, error="invalid_token"')
        g.token = token
    config = current_app.config
    if request.path.startswith("/v1/"):
        if request.method in WRITE_METHODS:
            require("curator")
        elif config["READS_NEED_TOKEN"]:
            require("reader")
    elif request.path == "/metrics" and metrics_need_token(config):
        require("reader")


def metrics_need_token(config):
    """METRICS_NEED_TOKEN when set (true/false), else the same as READS_NEED_TOKEN."""
    setting = config.get("METRICS_NEED_TOKEN")
    return config["READS_NEED_TOKEN"] if setting in (None, "") else bool(setting)


def require(role):
    token = g.get("token")
    if token is None:
        raise Unauthorized(f"This needs a token with the {role} role: send Authorization: Bearer <token>.")
    if tokens.rank(token["role"]) < tokens.rank(role):
        raise Forbidden(f"This needs the {role} role; the token '{token['name']}' is a {token['role']}.")
    return token


class WeakEntityTag(PreconditionFailed):
    """If-Match names a weak entity tag, which never matches: RFC 9110 compares If-Match strongly."""


def _header_problem(name, message, detail):
    return ServiceError(detail, errors={name: [message]})


RECORD_ETAG = re.compile(r'"([0-9]+)(?:-[0-9a-f]*)?"')
ENTITY_TAG = re.compile(r'(W/)?"[\x21\x23-\x7e\x80-\xff]*"')   # RFC 9110 entity-tag


def expected_version(required=True):
    """The version named by If-Match: None for '*', 428 when the header is missing (if required).

    Record ETags read "<version>-<hash>"; a bare "<version>" is accepted too. A weak tag (W/"2") fails with
    412 (RFC 9110: If-Match uses the strong comparison, which a weak tag never passes); an unquoted one
    (2-abc, as some scripts pass it on) is a 400 saying to quote it; a quoted tag of another form is not
    this record's, 412."""
    header = request.headers.get("If-Match")
    if header is None:
        if required:
            raise PreconditionRequired("Send If-Match with the ETag you last read for this record (or *), so "
                                       "that changes made since are not overwritten.")
        return None
    return version_in_if_match(header)


def version_in_if_match(header):
    """The version an If-Match value names (None for '*'), or the problem expected_version describes."""
    first = header.split(",")[0].strip()
    if first == "*":
        return None
    tag = ENTITY_TAG.fullmatch(first)
    if tag is None:
        raise _header_problem("If-Match", 'Must be an entity tag in double quotes, exactly as the ETag header '
                              'gave it ("2-1a2b3c..."), or *.',
                              f"If-Match is not a quoted entity tag: send If-Match: \"{first.strip(chr(34))}\" "
                              "(with the double quotes) or If-Match: *.")
    if tag.group(1):
        raise WeakEntityTag(f"If-Match {first} is a weak entity tag, which never matches (RFC 9110 compares "
                            "If-Match strongly): send the ETag exactly as the record's ETag header gave it, "
                            "without W/.")
    match = RECORD_ETAG.fullmatch(first)
    if match is None:
        raise PreconditionFailed(f"If-Match {first} is not an ETag of this record: read the record and send "
                                 "its ETag header.")
    return int(match.group(1))


# RFC 8187 ext-value with the UTF-8 charset: charset ' [language] ' value-chars
EXTENDED_VALUE = re.compile(r"(?i:UTF-8)'[A-Za-z0-9-]{0,35}'((?:%[0-9A-Fa-f]{2}|[A-Za-z0-9!#$&+.^_`|~-])*)")
ALLOWED_CONTROLS = frozenset("\t\n\r")


def _without_controls(name, text):
    bad = sorted({f"U+{ord(c):04X}" for c in text if unicodedata.category(c) == "Cc" and c not in ALLOWED_CONTROLS})
    if bad:
        raise _header_problem(name, f"Must not contain control characters ({', '.join(bad)}).",
                              f"The {name} header holds control characters.")
    return text


def header_text(name):
    """A header the app stores, as sent: ASCII without control characters, else a 400 naming it."""
    value = request.headers.get(name)
    if value is None:
        return None
    if not value.isascii():
        raise _header_problem(name, "Must be ASCII.", f"The {name} header holds bytes that are not ASCII.")
    return _without_controls(name, value)


def _percent_decoded(name, text):
    try:
        return unquote(text, errors="strict")
    except UnicodeDecodeError:
        raise _header_problem(name, "Its percent-encoded bytes are not UTF-8.",
                              f"The {name} header does not decode as UTF-8.") from None


def change_note():
    """The Change-Note (or Change-Note*, which wins) as text, or None; 400 naming the header when it cannot
    be read as the client meant it."""
    extended = request.headers.get("Change-Note*")
    if extended is not None:
        value = EXTENDED_VALUE.fullmatch(extended.strip())
        if value is None:
            raise _header_problem("Change-Note*", "Must read UTF-8''<percent-encoded UTF-8> (RFC 8187), for "
                                  "example UTF-8''caf%C3%A9.", "The Change-Note* header is not an RFC 8187 "
                                  "extended value in UTF-8.")
        return _without_controls("Change-Note*", _percent_decoded("Change-Note*", value.group(1)))
    raw = request.headers.get("Change-Note")
    if raw is None:
        return None
    if not raw.isascii():
        raise _header_problem("Change-Note", "Must be ASCII: percent-encode the note's UTF-8 (caf%C3%A9), or "
                              "send Change-Note*: UTF-8''caf%C3%A9 (RFC 8187).",
                              "The Change-Note header holds raw bytes that are not ASCII; HTTP does not say "
                              "how to read them.")
    return _without_controls("Change-Note", _percent_decoded("Change-Note", raw))


def change(expected=None):
    """The Change a write records: this request's token and its change note (see change_note)."""
    token = g.get("token") or {}
    note = change_note()
    if note is not None:
        note = note[:MAX_NOTE_LENGTH]
    return Change(token_id=token.get("id"), token_name=token.get("name"), note=note, expected_version=expected)


# Tokens' real names are for admins; everyone else sees pseudonyms (api/services/pseudonyms.py).
pseudonyms.show_real_names_when(
    lambda: has_request_context() and (g.get("token") or {}).get("role") == "admin")
