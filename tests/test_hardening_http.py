"""HTTP hardening (issue 8): hostile or malformed requests get a problem document, never a 500, and change
nothing; every response carries the headers that keep browsers from misreading it."""
import pytest

from helpers import problem

WRITE_PATHS = ("/v1/sources", "/v1/events", "/v1/statements")


# --- L2: deep JSON -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("depth", [65, 500, 900, 950, 990, 1000, 1023])
@pytest.mark.parametrize("wrap", ["bare", "in a field"])
def test_deeply_nested_json_is_a_400_not_a_recursion_error(client, dump, depth, wrap):
    nested = "[" * depth + "]" * depth
    body = nested if wrap == "bare" else '{"title": ' + nested + "}"
    before = dump()
    for path in WRITE_PATHS:
        found = problem(client.post(path, data=body, content_type="application/json"), 400)
        assert "deeper than 64 levels" in found["detail"]
    found = problem(client.patch("/v1/sources/1", data=body, content_type="application/merge-patch+json"), 400)
    assert "deeper than 64 levels" in found["detail"]
    assert dump() == before


def test_json_nested_64_levels_is_parsed(client):
    nested = "[" * 63 + "]" * 63
    found = problem(client.post("/v1/sources", data='{"title": ' + nested + "}",
                                content_type="application/json"), 422)
    assert "title" in found["errors"]


# --- L3 and rough edges: headers the app stores ---------------------------------------------------------------

def _note_of_last_revision(client, href):
    return client.get(f"{href}/revisions").get_json()["items"][-1]["note"]


@pytest.mark.parametrize("headers, note", [
    ({"Change-Note": "Seat%20in%20Vienna%20%E2%80%93%20fixed"}, "Seat in Vienna \u2013 fixed"),
    ({"Change-Note*": "UTF-8''caf%C3%A9%20cr%C3%A8me"}, "caf\u00e9 cr\u00e8me"),
    ({"Change-Note*": "utf-8'fr'caf%C3%A9"}, "caf\u00e9"),
    ({"Change-Note": "plain", "Change-Note*": "UTF-8''%E2%9C%93"}, "\u2713"),
    ({"Change-Note": "100% sure"}, "100% sure"),
    ({"Change-Note": "two%0Alines"}, "two\nlines"),
])
def test_a_change_note_in_any_script_is_stored_as_sent(client, headers, note):
    created = client.post("/v1/sources", json={"title": "A"}, headers=headers)
    assert created.status_code == 201, created.get_json()
    assert _note_of_last_revision(client, created.get_json()["href"]) == note


@pytest.mark.parametrize("name, value, message", [
    ("Change-Note", "a%00b", "control characters (U+0000)"),
    ("Change-Note", "bell%07", "control characters (U+0007)"),
    ("Change-Note", "esc\x1b[31m", "control characters (U+001B)"),
    ("Change-Note", "caf\u00c3\u00a9", "Must be ASCII"),         # raw UTF-8 bytes, as werkzeug reads them
    ("Change-Note", "%FF%FE", "not UTF-8"),
    ("Change-Note*", "caf%C3%A9", "RFC 8187"),
    ("Change-Note*", "ISO-8859-1''caf%E9", "RFC 8187"),
    ("Change-Note*", "UTF-8''a%00b", "control characters (U+0000)"),
    ("Idempotency-Key", "caf\u00c3\u00a9", "Must be ASCII"),
    ("Idempotency-Key", "key\x01", "control characters (U+0001)"),
])
def test_stored_headers_that_cannot_be_read_as_sent_are_a_400_naming_them(client, dump, name, value, message):
    before = dump()
    found = problem(client.post("/v1/sources", json={"title": "A"}, headers={name: value}), 400)
    assert list(found["errors"]) == [name]
    assert message in found["errors"][name][0]
    assert dump() == before
    if name.startswith("Change-Note"):  # Idempotency-Key applies to creates only
        problem(client.patch("/v1/sources/1", json={"title": "B"}, headers={name: value}), 400)
        assert dump() == before


# --- L10 and rough edges: If-Match ----------------------------------------------------------------------------

def test_a_weak_etag_in_if_match_is_a_412(strict_client, dump):
    etag = strict_client.get("/v1/sources/1").headers["ETag"]
    before = dump()
    found = problem(strict_client.patch("/v1/sources/1", json={"title": "B"}, headers={"If-Match": f"W/{etag}"}), 412)
    assert "weak" in found["detail"] and "RFC 9110" in found["detail"]
    problem(strict_client.patch("/v1/sources/1", json={"title": "B"}, headers={"If-Match": 'W/"1"'}), 412)
    assert dump() == before


@pytest.mark.parametrize("unquote", [lambda tag: tag.strip('"'), lambda tag: tag.split("-")[0].strip('"')])
def test_an_unquoted_etag_is_a_400_saying_to_quote_it(strict_client, dump, unquote):
    etag = strict_client.get("/v1/sources/1").headers["ETag"]
    before = dump()
    found = problem(strict_client.patch("/v1/sources/1", json={"title": "B"}, headers={"If-Match": unquote(etag)}), 400)
    assert list(found["errors"]) == ["If-Match"] and "double quotes" in found["detail"]
    assert dump() == before
    assert strict_client.patch("/v1/sources/1", json={"title": "B"}, headers={"If-Match": etag}).status_code == 200


def test_a_quoted_etag_of_another_form_is_a_412_that_says_so(strict_client):
    found = problem(strict_client.patch("/v1/sources/1", json={"title": "B"}, headers={"If-Match": '"abc"'}), 412)
    assert "not an ETag of this record" in found["detail"]


# --- rough edges: Authorization without Bearer ---------------------------------------------------------------

@pytest.mark.parametrize("header", ["cf_1_abc", "Token cf_1_abc", "Basic dXNlcjpwYXNz"])
def test_a_token_without_bearer_is_told_how_to_send_it(anonymous, header):
    found = problem(anonymous.get("/v1/events", headers={"Authorization": header}), 401)
    assert "Authorization: Bearer <token>" in found["detail"]


# --- L7: headers on every response, CSP on /docs, /metrics behind a token ------------------------------------

@pytest.mark.parametrize("path", ["/v1/events", "/v1/events/1", "/v1/events/999", "/v1/events?limit=0", "/nowhere",
                                  "/healthz", "/openapi.json", "/docs", "/docs/static/swagger-ui.css", "/metrics",
                                  "/v1/events?format=csv", "/v1/events?format=ndjson", "/"])
def test_every_response_says_nosniff_and_forbids_framing(anonymous, path):
    response = anonymous.get(path)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]


def test_writes_and_refusals_say_nosniff_too(client, anonymous):
    for response in (client.post("/v1/sources", json={"title": "A"}), anonymous.post("/v1/sources", json={}),
                     client.post("/v1/sources", data="{", content_type="application/json")):
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_docs_page_allows_only_its_own_scripts(anonymous):
    response = anonymous.get("/docs")
    policy = dict(part.strip().split(" ", 1) for part in response.headers["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert "'unsafe-inline'" not in policy["script-src"] and "'sha256-" in policy["script-src"]
    assert policy["connect-src"] == "'self'"


@pytest.mark.parametrize("config, anonymous_status", [
    ({}, 200), ({"READS_NEED_TOKEN": True}, 401), ({"READS_NEED_TOKEN": True, "METRICS_NEED_TOKEN": False}, 200),
    ({"METRICS_NEED_TOKEN": True}, 401), ({"METRICS_NEED_TOKEN": "true"}, 401)])
def test_metrics_need_a_token_when_configured(app, anonymous, reader, monkeypatch, config, anonymous_status):
    monkeypatch.delitem(app.config, "METRICS_NEED_TOKEN", raising=False)
    for name, value in config.items():
        monkeypatch.setitem(app.config, name, value)
    assert anonymous.get("/metrics").status_code == anonymous_status
    assert reader.get("/metrics").status_code == 200


# --- L8: CORS preflights need no token ---------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/v1/events", "/v1/events/1", "/v1/actors/1/events", "/openapi.json"])
def test_a_cors_preflight_passes_without_a_token_when_reads_need_one(app, anonymous, monkeypatch, path):
    monkeypatch.setitem(app.config, "READS_NEED_TOKEN", True)
    response = anonymous.options(path, headers={"Origin": "https://app.example", "Access-Control-Request-Method": "GET",
                                                "Access-Control-Request-Headers": "authorization"})
    assert response.status_code == 200
    assert response.headers["Access-Control-Allow-Origin"] in ("*", "https://app.example")
    assert "authorization" in response.headers["Access-Control-Allow-Headers"].lower()
    assert anonymous.get(path, headers={"Origin": "https://app.example"}).status_code == (
        200 if path == "/openapi.json" else 401)


# --- rough edges: Retry-After only where it means something ---------------------------------------------------

def test_no_retry_after_on_successful_writes(client):
    created = client.post("/v1/sources", json={"title": "A"})
    assert created.status_code == 201 and "X-RateLimit-Limit" in created.headers
    assert "Retry-After" not in created.headers
    patched = client.patch(created.get_json()["href"], json={"title": "B"})
    assert patched.status_code == 200 and "Retry-After" not in patched.headers


def test_retry_after_stays_on_429(app, client, monkeypatch):
    monkeypatch.setitem(app.config, "WRITE_RATE_LIMIT", "1 per minute")
    client.post("/v1/sources", json={"title": "A"})
    limited = client.post("/v1/sources", json={"title": "B"})
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0


# --- rough edges: / and /docs/ ----------------------------------------------------------------------------------

def test_the_root_links_to_where_to_start(anonymous):
    response = anonymous.get("/")
    assert response.status_code == 200 and response.mimetype == "application/json"
    links = response.get_json()["links"]
    assert {"events", "actors", "docs", "openapi", "changes"} <= set(links)
    for href in links.values():
        assert anonymous.get(href).status_code == 200, href


def test_docs_with_a_slash_redirects_to_docs(anonymous):
    response = anonymous.get("/docs/")
    assert response.status_code in (301, 308) and response.headers["Location"].endswith("/docs")


def test_a_revalidated_docs_page_keeps_its_policy(anonymous):
    page = anonymous.get("/docs")
    again = anonymous.get("/docs", headers={"If-None-Match": page.headers["ETag"]})
    assert again.status_code == 304
    assert again.headers["Content-Security-Policy"] == page.headers["Content-Security-Policy"]
