"""Who may do what: every write route without a token, with a revoked or unknown token, with a reader token;
admin routes with a curator token. Nothing answers 500 and nothing changes."""
import pytest

from api.app import create_app
from helpers import BODIES, problem


def write_routes(app):
    """(method, path) of every write route the app serves, with real IDs filled in."""
    routes = []
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/v1/"):
            continue
        for method in sorted(rule.methods & {"POST", "PUT", "PATCH", "DELETE"}):
            path = (rule.rule.replace("<int:record_id>", "1").replace("<int:version>", "1")
                    .replace("<int:token_id>", "1"))
            routes.append((method, path))
    return routes


ROUTES = write_routes(create_app({"DATABASE_URL": "sqlite:///:memory:"}))


def body_for(path):
    kind = path.split("/")[2]
    return BODIES.get(kind, {"name": "x", "role": "reader"})


@pytest.mark.parametrize("method,path", ROUTES)
def test_writes_need_a_token(anonymous, dump, method, path):
    before = dump()
    response = anonymous.open(path, method=method, json=body_for(path), headers={"If-Match": "*"})
    body = problem(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "token" in body["detail"]
    assert dump() == before


@pytest.mark.parametrize("method,path", ROUTES)
def test_a_reader_cannot_write(reader, dump, method, path):
    before = dump()
    problem(reader.open(path, method=method, json=body_for(path), headers={"If-Match": "*"}), 403)
    assert dump() == before


@pytest.mark.parametrize("header", ["Bearer cf_1_" + "x" * 43, "Bearer cf_999_" + "y" * 43, "Bearer nonsense",
                                    "Basic dXNlcjpwYXNz", "Bearer", "cf_1_abc"])
def test_bad_tokens_are_refused_even_on_reads(anonymous, header):
    response = anonymous.get("/v1/events", headers={"Authorization": header})
    problem(response, 401)
    assert 'error="invalid_token"' in response.headers["WWW-Authenticate"]


def test_a_revoked_token_stops_working_at_once(admin, app, token_secrets, dump):
    curator = app.test_client(token=token_secrets["curator"])
    assert curator.post("/v1/sources", json=BODIES["sources"]).status_code == 201
    assert admin.delete("/v1/tokens/2").get_json()["revoked_at"]      # token 2 is the curator's
    before = dump()
    problem(curator.post("/v1/sources", json=BODIES["sources"]), 401)
    assert dump() == before


@pytest.mark.parametrize("method,path", [("GET", "/v1/tokens"), ("POST", "/v1/tokens"), ("GET", "/v1/tokens/1"),
                                         ("DELETE", "/v1/tokens/1"), ("POST", "/v1/sources/1/restore"),
                                         ("GET", "/v1/changes?token=test%20curator")])
def test_admin_routes_refuse_a_curator(client, method, path):
    problem(client.open(path, method=method, json={"name": "x", "role": "admin"}), 403)


def test_reads_are_public_by_default(anonymous):
    assert anonymous.get("/v1/events").status_code == 200


def test_reads_can_require_a_token(app, anonymous, reader, monkeypatch):
    monkeypatch.setitem(app.config, "READS_NEED_TOKEN", True)
    problem(anonymous.get("/v1/events"), 401)
    assert reader.get("/v1/events").status_code == 200
    assert anonymous.get("/healthz").status_code == 200           # health stays open for load balancers


def test_tokens_are_stored_only_as_hashes(admin):
    from api import db
    from api.models import Token

    secret = admin.post("/v1/tokens", json={"name": "newsroom bot", "role": "curator"}).get_json()["token"]
    with db.database.connection_context():
        stored = " ".join(str(value) for row in Token.select().tuples() for value in row)
    token_secret = secret.split("_", 2)[2]          # the secret itself may contain "_" (URL-safe base64)
    assert len(token_secret) >= 40
    assert token_secret not in stored and secret not in stored


def test_admins_manage_tokens_over_the_api(admin, app):
    created = admin.post("/v1/tokens", json={"name": "newsroom bot", "role": "curator"})
    assert created.status_code == 201
    token = created.get_json()
    assert token["token"].startswith(f"cf_{token['id']}_") and token["role"] == "curator"
    assert "token" not in admin.get(f"/v1/tokens/{token['id']}").get_json()
    bot = app.test_client(token=token["token"])
    assert bot.post("/v1/sources", json=BODIES["sources"]).status_code == 201
    names = [t["name"] for t in admin.get("/v1/tokens").get_json()["items"]]
    assert "newsroom bot" in names
    problem(admin.post("/v1/tokens", json={"name": "x", "role": "emperor"}), 422)


HOSTILE = ["'; DROP TABLE event; --", "\" OR 1=1 --", "%00", "\u0000", "🙂" * 100, "x" * 10000, "../../etc/passwd",
           "<script>alert(1)</script>", "NaN", "-1e309"]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_in_every_filter(client, dump, value):
    from schemas.arguments import QUERY_SCHEMAS

    before = dump()
    for kind, schema in QUERY_SCHEMAS.items():
        for name in schema().fields:
            response = client.get(f"/v1/{kind}", query_string={name: value})
            assert response.status_code in (200, 400), (kind, name, response.status_code)
    assert dump() == before


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_in_bodies(client, value):
    """In every field of every kind: stored as text where the field is text, refused (422) elsewhere."""
    for kind, body in BODIES.items():
        for field in body:
            response = client.post(f"/v1/{kind}", json={**body, field: value})
            assert response.status_code in (201, 422), (kind, field, response.status_code)
            if response.status_code == 201:
                assert response.get_json()[field] == value


def test_deep_nesting_and_invalid_utf8_in_writes(client, dump):
    before = dump()
    for data in ("[" * 5000 + "]" * 5000, b'{"title": "\xc3\x28"}', b"\xff\xfe\xfd"):
        response = client.post("/v1/events", data=data, content_type="application/json")
        assert response.status_code == 400
    assert dump() == before
