"""The application factory."""
import io
import logging

from flask import Flask, request
from flask_cors import CORS
from werkzeug.http import http_date, parse_etags
from werkzeug.exceptions import RequestEntityTooLarge, UnsupportedMediaType
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from . import config as config_module
from . import access, background, db, errors, http, observability, openapi, past_reads, readlimits, slots, timeouts
from . import page_cache, uploads
from .ratelimit import SAFE_METHODS, write_hooks
from .resources import actors, batch, changes, events, meta, places, sources, statements, tokens, treaties
from .resources import candidates, imports, local_terms, properties, releases
from .services import exports, search
from schemas import local_terms as term_registry

BLUEPRINTS = (meta, sources, actors, places, events, treaties, statements, changes, tokens, batch)
BLUEPRINTS += (candidates,)   # GET /v1/search
BLUEPRINTS += (imports,)   # /v1/imports
BLUEPRINTS += (releases,)   # /v1/releases
BLUEPRINTS += (properties,)   # /v1/properties (issue 10, props)
BLUEPRINTS += (local_terms,)   # /v1/vocabularies/{vocabulary}: local terms (issue 10, terms)
WRITE_METHODS = {"POST", "PUT", "PATCH"}
READ_METHODS = {"GET", "HEAD"}


def create_app(config=None):
    """Build the app: defaults, then environment variables, then `config`. Binds the database object to
    DATABASE_URL but opens no connection until a request needs one."""
    app = Flask(__name__)
    app.url_map.converters["int"] = BoundedInt   # before any route is added
    settings = config_module.load(config)
    app.config.update(settings)
    app.config.update(
        API_TITLE=settings["API_TITLE"],
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/",
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="docs",
        OPENAPI_SWAGGER_UI_URL="/docs/static/",
        # No call to the public validator: the page must not reach any other host.
        OPENAPI_SWAGGER_UI_CONFIG={"validatorUrl": None, "deepLinking": True},
    )
    db.bind(settings["DATABASE_URL"], settings["SQLITE_CACHE_MB"])
    # Limits on reads (docs/deployment.md, "Slow and hostile clients"): per-client buckets in this process,
    # export slots shared by the server's workers, and the most words a search may have.
    app.extensions["read_limits"] = readlimits.Buckets()
    exports.export_slots = slots.Slots(settings["EXPORT_CONCURRENCY"]) if settings["EXPORT_CONCURRENCY"] else None
    search.MAX_TERMS = settings["MAX_SEARCH_TERMS"]
    page_cache.install(app)   # collection pages kept until the next write (api/page_cache.py)
    # Imports posted over HTTP run after their request is answered (api/background.py); tests may run them inline.
    app.extensions["background_runner"] = background.in_thread
    if settings["TRUSTED_PROXY_HOPS"]:   # behind a proxy, every client would otherwise be the proxy's address
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=settings["TRUSTED_PROXY_HOPS"], x_proto=0, x_host=0,
                                x_port=0, x_prefix=0)

    api = errors.ProblemApi(app, spec_kwargs={
        "info": {"description": _API_DESCRIPTION},
        "marshmallow_plugin": openapi.Plugin(),
    })
    app.extensions["problem_api"] = api
    errors.register(app)
    for module in BLUEPRINTS:
        api.register_blueprint(module.blp)
    app.register_blueprint(meta.assets)

    CORS(app, resources={r"/v1/*": {}, r"/openapi.json": {}}, methods=["GET", "HEAD", "OPTIONS"],
         origins=[o.strip() for o in settings["CORS_ORIGINS"].split(",")] if settings["CORS_ORIGINS"] != "*" else "*",
         expose_headers=["ETag", "Link", "Location", "X-Total-Count", "X-Left-Out-Count", "As-Of", "As-Of-Change"],
         max_age=86400)
    api.spec.components.security_scheme("bearerAuth", {"type": "http", "scheme": "bearer"})
    app.extensions["database_errors"] = observability.init_metrics(app)
    # The rate limiter counts writes only: its hooks run for writes, and reads never reach it (its own
    # exemptions would still resolve and evaluate every limit on each read).
    limit_before, limit_after, limit_teardown = write_hooks(app)
    _install_request_hooks(app, limit_before, limit_after, limit_teardown)
    logging.getLogger("peewee").setLevel(logging.WARNING)
    return app


class BoundedInt(IntegerConverter):
    """<int:...> path parts are 64-bit: an ID past that is a 404, not an overflow in the database driver.
    They are ASCII digits without leading zeros: werkzeug's \\d+ also matched other scripts' digits, so
    /v1/events/%D9%A9 (Arabic-Indic nine) was event 9."""

    regex = r"(?:0|[1-9][0-9]*)"

    def __init__(self, url_map, *args, **kwargs):
        kwargs.setdefault("max", 2**63 - 1)
        super().__init__(url_map, *args, **kwargs)

    def to_python(self, value):
        # Not a ValidationError: werkzeug would then answer other methods' rules 405 with a wrong Allow.
        number = int(value)
        return number if number <= self.max else 0  # no record has ID 0: the view answers 404


def _check_request_body():
    """Refuse bodies the API cannot take before anything reads them: too large (413), not JSON (415)."""
    if request.method not in WRITE_METHODS:
        return
    if uploads.is_upload():   # a file: checked once its sender is known to be allowed (api/uploads.py)
        return
    limit = request.max_content_length
    if limit is not None and request.content_length is not None and request.content_length > limit:
        raise RequestEntityTooLarge(f"The request body is larger than {limit} bytes.")
    if limit is not None and request.content_length is None and "chunked" in request.headers.get(
            "Transfer-Encoding", "").lower():
        _buffer_chunked_body(limit)
    allowed = ("application/json", "application/merge-patch+json", "application/json-patch+json") if (
        request.method == "PATCH") else (
        "application/json",)
    has_body = bool(request.content_length) or "chunked" in request.headers.get("Transfer-Encoding", "")
    if (has_body or request.mimetype) and request.mimetype not in allowed:
        raise UnsupportedMediaType(f"Send the body as {' or '.join(allowed)}"
                                   f"{'' if not request.mimetype else f', not {request.mimetype}'}.")


def _buffer_chunked_body(limit):
    """A chunked body has no Content-Length to check: read it (up to one byte past the limit) and refuse it
    if it is larger, instead of letting werkzeug cut it at the limit without a word; else hand it on with
    its length, as if it had been sent with one."""
    environ = request.environ
    body = environ["wsgi.input"].read(limit + 1)
    if len(body) > limit:
        raise RequestEntityTooLarge(f"The request body is larger than {limit} bytes.")
    environ["wsgi.input"], environ["CONTENT_LENGTH"] = io.BytesIO(body), str(len(body))
    request.__dict__.pop("stream", None)   # (not read yet; in case anything looked at it already)


def _install_request_hooks(app, limit_before, limit_after, limit_teardown):
    """One before, one after and one teardown hook for everything the service does around each request, in
    this order. Before: request ID and clock, body checks, the connection and its time limit, the token,
    the rate limit (writes). After: the conditional GET (ETag, 304), the rate-limit headers (writes), the
    security headers (api/http.py), then X-Request-ID and the log line with the final status. (flask-cors and the metrics exporter run their
    own hooks after these: they registered them first, and Flask runs after-request hooks last first.)"""
    limit_before = [app.ensure_sync(hook) for hook in limit_before]
    limit_after = [app.ensure_sync(hook) for hook in reversed(limit_after)]
    limit_teardown = [app.ensure_sync(hook) for hook in reversed(limit_teardown)]

    def before():
        observability.start_request()
        method = request.method
        if method in WRITE_METHODS:
            _check_request_body()
        _connect()
        term_registry.begin(method in WRITE_METHODS)   # the registry of local terms, read once if met
        access.authenticate()
        if method in WRITE_METHODS and uploads.is_upload():
            uploads.check_body()
        if method in READ_METHODS:
            readlimits.check()
            return past_reads.begin()   # a response when an as_of read is answered from what was stored then
        elif method not in SAFE_METHODS:
            for hook in limit_before:
                hook()

    def after(response):
        method = request.method
        # Before the conditional GET: a 304 must carry the policy of the page it revalidates.
        http.add_security_headers(response, request.endpoint)
        if method in SAFE_METHODS:
            if method != "OPTIONS":
                response = _conditional_get(past_reads.headers(response))
        else:
            for hook in limit_after:
                response = hook(response)
            http.drop_needless_retry_after(response)
        return observability.finish_request(response)

    def teardown(error):
        if past_reads.stream_pending():
            return
        try:
            if request.method not in SAFE_METHODS:
                for hook in limit_teardown:
                    hook(error)
        finally:
            try:
                past_reads.finish(error)
            finally:
                _close(error)

    app.before_request(before)
    app.after_request(after)
    app.teardown_request(teardown)


_CONDITIONS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_UNMODIFIED_SINCE",
               "HTTP_RANGE", "HTTP_IF_RANGE")


def _conditional_get(response):
    """Every GET answers with an ETag (a hash of the body) and honours If-None-Match with 304. Data may
    change at any time, so caches must revalidate (no-cache), which a 304 makes cheap. A record's own ETag
    (api/http.py: record_response) is kept."""
    if response.status_code == 200 and not response.is_streamed:
        response.add_etag()
        environ = request.environ
        if not any(name in environ for name in _CONDITIONS):
            # Nothing to compare: of werkzeug's make_conditional (about 5% of a get's time in the app, on most
            # requests) only its Date header is left to add.
            response.headers.setdefault("Date", http_date())
            response.headers.setdefault("Cache-Control", "no-cache")
            response.vary.add("Accept")
            return response
        if parse_etags(environ.get("HTTP_IF_MATCH")).star_tag:
            # `If-Match: *` matches any current representation (RFC 9110, 13.1.1); werkzeug 3.1 compares the star
            # as a tag and answers 412. A 200 here is a current representation: the condition holds.
            environ = {key: value for key, value in environ.items() if key != "HTTP_IF_MATCH"}
        response.make_conditional(environ)
        response.headers.setdefault("Cache-Control", "no-cache")
        response.vary.add("Accept")
    return response


def _connect():
    db.database.connect(reuse_if_open=True)
    timeouts.install()


def _close(exc):
    if not db.database.is_closed():
        db.database.close()


_API_DESCRIPTION = """Structured facts about armed conflicts: events, actors, treaties and statements, with their
places, figures and sources. Every error is an RFC 9457 problem document (application/problem+json)."""
