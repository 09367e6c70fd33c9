"""Configuration: defaults, then environment variables, then explicit overrides (tests, the CLI).

Every setting an operator may change is listed in SETTINGS with its environment variable and its type;
docs/configuration.md is checked against this table by a test.
"""
import os
from urllib.parse import urlsplit, urlunsplit

import platformdirs

# An empty DATABASE_URL means this file in the platform's per-user data folder, so that every command finds
# the same database whatever folder it is run from (~/.local/share/conflict-facts/ on Linux, or
# $XDG_DATA_HOME/conflict-facts/; ~/Library/Application Support/conflict-facts/ on macOS).
DEFAULT_DATABASE_URL = ""
DEFAULT_DATABASE_FILE = "conflict-facts.db"


def default_database_url():
    return "sqlite:///" + str(platformdirs.user_data_path("conflict-facts", appauthor=False) / DEFAULT_DATABASE_FILE)


def describe_database(url):
    """The database a URL names, for people: a SQLite file's absolute path; any password masked."""
    if url.startswith("sqlite:///"):
        path = url[len("sqlite:///"):]
        return "SQLite " + (path if path == ":memory:" else os.path.abspath(path))
    parts = urlsplit(url)
    if parts.password:
        parts = parts._replace(netloc=parts.netloc.replace(":" + parts.password + "@", ":***@", 1))
    return urlunsplit(parts)


def import_spool_dir(config):
    """The folder uploads to POST /v1/imports are kept in until imported: IMPORT_SPOOL_DIR, else imports/ beside
    a SQLite database (the data's own folder: a container's volume), else in the user's data folder."""
    if config["IMPORT_SPOOL_DIR"]:
        return os.path.abspath(config["IMPORT_SPOOL_DIR"])
    url = config["DATABASE_URL"]
    if url.startswith("sqlite:///") and url[len("sqlite:///"):] not in ("", ":memory:"):
        return os.path.join(os.path.dirname(os.path.abspath(url[len("sqlite:///"):])), "imports")
    return str(platformdirs.user_data_path("conflict-facts", appauthor=False) / "imports")


def _bool(value):
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


# name -> (default, type, description). The environment variable has the same name.
SETTINGS = {
    "DATABASE_URL": (DEFAULT_DATABASE_URL, str,
                     "Where the data lives: sqlite:////absolute/path.db, sqlite:///relative/path.db, "
                     "postgresql://...; empty: conflict-facts.db in the user's data folder."),
    "MAX_CONTENT_LENGTH": (1_000_000, int, "Largest request body accepted, in bytes; larger ones get 413."),
    "LOAD_EXAMPLE_DATA": (True, _bool, "`serve` loads the example data into an empty database on start."),
    "API_TITLE": ("conflict-facts", str, "Title of the OpenAPI document."),
    "INITIAL_ADMIN_TOKEN_FILE": ("", str, "On a first start (no tokens yet), create an admin token and write it "
                                          "to this file (mode 600)."),
    "QUERY_TIME_LIMIT_MS": (1000, int, "Longest a request's database query may run before it is cut off "
                                       "with 503; 0 disables the limit."),
    "CORS_ORIGINS": ("*", str, "Origins allowed to read the API from a browser (comma-separated, or *)."),
    "READS_NEED_TOKEN": (False, _bool, "Reads need a token too (any role); by default they are public."),
    "METRICS_NEED_TOKEN": ("", _bool, "/metrics needs a token (any role): true or false; empty: as "
                                      "READS_NEED_TOKEN."),
    "WRITE_RATE_LIMIT": ("600 per minute", str, "Writes allowed per token (Flask-Limiter notation)."),
    "BATCH_MAX_OPERATIONS": (100, int, "Most operations one POST /v1/batch may hold; more get 413. Each "
                                       "operation counts as one write against WRITE_RATE_LIMIT."),
    "CLIENT_HEADER_TIMEOUT": (10.0, float, "Seconds a client has to send a request's line and headers; then "
                                           "408 and the connection is closed."),
    "CLIENT_BODY_TIMEOUT": (10.0, float, "Seconds a request body may stop arriving before the request gets "
                                         "408; 0: no limit."),
    "SEND_TIMEOUT": (30.0, float, "Seconds an answer may wait for the client to read it before the connection "
                                  "is closed; 0: no limit."),
    "REQUEST_TURN_WAIT_MS": (20.0, float, "Longest a request waits for the requests before it in its worker "
                                          "to be answered before it goes ahead beside them; 0: no turns."),
    "BALANCE_CONNECTIONS": (True, _bool, "A worker holding two or more kept-alive connections above another "
                                         "closes one after its answer, so that clients spread over the workers."),
    "EXPORT_CONCURRENCY": (2, int, "NDJSON exports that may stream at once across the server's workers; more "
                                   "get 503 with Retry-After."),
    "PAGE_CACHE_MB": (16.0, float, "Collection pages (JSON, CSV, GeoJSON) each worker keeps in memory, in "
                                  "megabytes of bodies, answered again until the next write; 0 keeps none."),
    "SQLITE_CACHE_MB": (8.0, float, "Pages of the SQLite file each pooled connection keeps in memory, in MiB "
                                    "(up to one connection per thread of each worker)."),
    "READ_RATE": (20.0, float, "Cost units a client (token, or address when anonymous) regains per second, "
                               "in each worker; 0 turns read rate limits off."),
    "READ_BURST": (200.0, float, "Cost units a client may spend at once, in each worker; a read beyond "
                                 "them gets 429 with Retry-After."),
    "SEARCH_COST": (5.0, float, "What a read with q= (a full-text search) costs; a plain read costs 1."),
    "EXPORT_COST": (50.0, float, "What an NDJSON export costs."),
    "MAX_SEARCH_TERMS": (16, int, "Most words a q= search may have; more get 400."),
    "IMPORT_MAX_BYTES": (512 * 1024 * 1024, int, "Largest dataset file POST /v1/imports accepts, in bytes (the whole "
                                                 "multipart body); larger ones get 413."),
    "IMPORT_SPOOL_DIR": ("", str, "Where files posted to /v1/imports wait while they are imported; empty: imports/ "
                                  "beside the SQLite database file, or in the user's data folder."),
    "IMPORT_STALE_AFTER": (300, int, "Seconds without a heartbeat after which an import running on another machine "
                                     "is taken for dead and marked failed."),
    "TRUSTED_PROXY_HOPS": (0, int, "Reverse proxies in front that append the client's address to "
                                   "X-Forwarded-For; the client is then taken from there (read rate limits, logs)."),
}


def load(overrides=None):
    """The app's configuration as a dict."""
    config = {}
    for name, (default, cast, _) in SETTINGS.items():
        raw = os.environ.get(name)
        config[name] = cast(raw) if raw not in (None, "") else default
    config.update(overrides or {})
    config["DATABASE_URL"] = config["DATABASE_URL"] or default_database_url()
    return config
