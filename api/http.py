"""Small helpers the resources share to build responses, and the headers every response carries."""
import base64
import hashlib
import re

from flask import Response

from . import jsonio


def json_response(data, status=200, headers=None, mimetype="application/json"):
    return Response(jsonio.dumps(data), status=status, headers=headers, mimetype=mimetype)


def record_response(record, status=200, headers=None):
    """One record, with an ETag that names its version ("<version>-<hash of the body>"): the version makes
    If-Match work; the hash changes when a linked record's name does, so conditional GETs stay right."""
    response = json_response(record, status=status, headers=headers)
    if "version" in record:  # fields= may leave it out; then the generic body-hash ETag applies
        response.set_etag(record_etag(record["version"], response.get_data()))
    return response


def record_etag(version, body):
    """A record's ETag from its version and its JSON bytes (the same for a stored record, api/services/stored.py)."""
    return f"{version}-{hashlib.sha1(body).hexdigest()[:16]}"


def stored_response(body, etag, status=200, headers=None):
    """A record's stored bytes and ETag (api/services/stored.py) answered as they are."""
    response = Response(body, status=status, headers=headers, mimetype="application/json")
    response.set_etag(etag)
    return response


# --- headers on every response -----------------------------------------------------------------------------

DOCS_ENDPOINT = "api-docs.openapi_swagger_ui"
# The API answers data, never pages: nothing in a response may run, load or be framed.
API_POLICY = "default-src 'none'; frame-ancestors 'none'"
# /docs is Swagger UI, served from this host (api/resources/meta.py): its scripts, styles and images, the
# OpenAPI document and "Try it out" requests come from here; its one inline script is allowed by its hash.
# Swagger UI sets style attributes and uses data: images, hence those two allowances.
DOCS_POLICY = ("default-src 'none'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
               "base-uri 'none'; form-action 'none'")
INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.S)


def _docs_policy(page):
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(script).digest()).decode()}'"
                      for script in INLINE_SCRIPT.findall(page))
    return DOCS_POLICY.format(hashes=hashes)


def add_security_headers(response, endpoint):
    """after_request: nosniff and a Content-Security-Policy on every response (the /docs page gets one that
    lets Swagger UI work)."""
    headers = response.headers
    headers["X-Content-Type-Options"] = "nosniff"
    if endpoint == DOCS_ENDPOINT and response.status_code == 200 and not response.is_streamed:
        headers["Content-Security-Policy"] = _docs_policy(response.get_data())
    else:
        headers.setdefault("Content-Security-Policy", API_POLICY)
    return response


def drop_needless_retry_after(response):
    """Retry-After only where it means something (429, 503): the write rate limiter sends it on every
    answer, successes included."""
    if response.status_code < 400:
        response.headers.pop("Retry-After", None)
    return response
