"""Tokens expire, rotate, have unique names, and the initial admin token file is written safely (issue 8,
M5 and L1's unique names)."""
import datetime
import os
import stat
import subprocess
import sys

import pytest

from api import db
from api.cli import prepare_database
from api.models import Token
from api.services import tokens

from helpers import BODIES, problem

CLI = [sys.executable, "-m", "api.cli"]


def later(**delta):
    return (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(**delta)).isoformat()


def expire_now(token_id):
    """Move a token's expiry into the past, as time passing would (tests do not sleep)."""
    with db.database.connection_context():
        Token.update(expires_at=datetime.datetime(2000, 1, 1)).where(Token.id == token_id).execute()


# --- over HTTP ---------------------------------------------------------------------------------------------

def test_an_expired_token_gets_a_401_that_says_so(admin, app, dump):
    created = admin.post("/v1/tokens", json={"name": "fixer", "role": "curator", "expires_at": later(days=90)})
    assert created.status_code == 201, created.get_json()
    token = created.get_json()
    assert token["expires_at"] and admin.get(token["href"]).get_json()["expires_at"] == token["expires_at"]
    fixer = app.test_client(token=token["token"])
    assert fixer.post("/v1/sources", json=BODIES["sources"]).status_code == 201
    expire_now(token["id"])
    before = dump()
    for response in (fixer.post("/v1/sources", json=BODIES["sources"]), fixer.get("/v1/events")):
        body = problem(response, 401)
        assert "expired" in body["detail"]
        assert 'error_description="The token expired"' in response.headers["WWW-Authenticate"]
    assert dump() == before


@pytest.mark.parametrize("expires_at,message", [("2001-01-01T00:00:00Z", "future"),
                                                 ("2030-01-01T00:00:00", "time zone"),
                                                 ("next week", "datetime")])
def test_an_expiry_must_be_a_future_moment_with_a_time_zone(admin, dump, expires_at, message):
    before = dump()
    body = problem(admin.post("/v1/tokens", json={"name": "x", "role": "reader", "expires_at": expires_at}), 422)
    assert "expires_at" in str(body["errors"])
    assert dump() == before


def test_token_names_are_unique(admin, dump):
    before = dump()
    for name in ("test curator", "  test curator "):
        body = problem(admin.post("/v1/tokens", json={"name": name, "role": "curator"}), 409)
        assert "exists already" in body["detail"]
    assert dump() == before


def test_rotating_a_token_keeps_its_identity_and_retires_the_old_secret(admin, app, client, token_secrets):
    curator_id = 2   # the template's curator token
    rotated = admin.post(f"/v1/tokens/{curator_id}/rotate")
    assert rotated.status_code == 200, rotated.get_json()
    body = rotated.get_json()
    assert body["id"] == curator_id and body["name"] == "test curator" and body["role"] == "curator"
    assert body["token"].startswith(f"cf_{curator_id}_") and body["token"] != token_secrets["curator"]
    assert "not valid" in problem(client.get("/v1/events"), 401)["detail"]     # the old secret
    new = app.test_client(token=body["token"])
    assert new.post("/v1/sources", json=BODIES["sources"]).status_code == 201
    problem(new.post(f"/v1/tokens/{curator_id}/rotate"), 403)                   # admins only
    problem(admin.post("/v1/tokens/999/rotate"), 404)
    admin.delete(f"/v1/tokens/{curator_id}")
    assert "revoked" in problem(admin.post(f"/v1/tokens/{curator_id}/rotate"), 409)["detail"]


# --- on the command line -----------------------------------------------------------------------------------

@pytest.fixture
def env(dbs, template_databases):
    name = dbs.unique("tokens_cli")
    environment = {**os.environ, "DATABASE_URL": dbs.create(name, template="empty")}   # migrated
    yield environment
    db.close_all()
    dbs.drop(name)


def run(args, env):
    return subprocess.run(CLI + args, env=env, capture_output=True, text=True, timeout=60)


def authenticate(env, secret):
    db.bind(env["DATABASE_URL"])
    with db.database.connection_context():
        return tokens.authenticate(secret)


def test_cli_creates_expiring_tokens_and_rotates_them(env):
    created = run(["tokens", "create", "--name", "Ana", "--role", "curator", "--expires-in", "90d"], env)
    assert created.returncode == 0, created.stderr
    assert "expires" in created.stderr
    secret = created.stdout.strip()
    token = authenticate(env, secret)
    in_90_days = datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None) + datetime.timedelta(days=90)
    assert abs(token["expires_at"] - in_90_days) < datetime.timedelta(minutes=5)
    at = run(["tokens", "create", "--name", "Bo", "--role", "reader", "--expires-at", "2099-12-31"], env)
    assert at.returncode == 0 and authenticate(env, at.stdout.strip())["expires_at"] == datetime.datetime(2099, 12, 31)
    listing = run(["tokens", "list"], env).stdout
    assert "until 2099-12-31 00:00" in listing

    rotated = run(["tokens", "rotate", str(token["id"])], env)
    assert rotated.returncode == 0, rotated.stderr
    assert "old one no longer works" in rotated.stderr
    assert authenticate(env, secret) is None
    assert authenticate(env, rotated.stdout.strip())["name"] == "Ana"


@pytest.mark.parametrize("args,message", [
    (["create", "--name", "Ana", "--role", "curator"], "exists already"),
    (["create", "--name", "Cy", "--role", "curator", "--expires-at", "2001-01-01"], "Must be in the future"),
    (["create", "--name", "Cy", "--role", "curator", "--expires-in", "soon"], "is not a duration"),
    (["create", "--name", "Cy", "--role", "curator", "--expires-at", "Tuesday"], "is not a date"),
    (["rotate", "999"], "No token with id 999"),
])
def test_cli_token_mistakes_get_one_line(env, args, message):
    assert run(["tokens", "create", "--name", "Ana", "--role", "curator"], env).returncode == 0
    result = run(["tokens"] + args, env)
    assert result.returncode != 0 and message in result.stderr
    assert "Traceback" not in result.stderr and not result.stdout


# --- the initial admin token file --------------------------------------------------------------------------

@pytest.fixture
def fresh_database(dbs, monkeypatch):
    name = dbs.unique("first_start")
    monkeypatch.setenv("DATABASE_URL", dbs.create(name))
    yield
    db.close_all()
    dbs.drop(name)


def test_the_token_file_is_made_0600_even_when_it_exists_with_another_mode(fresh_database, tmp_path):
    path = tmp_path / "initial-admin-token"
    path.write_text("stale")
    os.chmod(path, 0o644)
    messages = []
    prepare_database(load_examples=False, log=messages.append, initial_admin_token_file=str(path))
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert path.read_text().startswith("cf_1_")
    assert any("delete the file" in message for message in messages)


@pytest.mark.parametrize("target_exists", [True, False])
def test_the_token_file_is_never_written_through_a_symlink(fresh_database, tmp_path, target_exists):
    target = tmp_path / "elsewhere"
    if target_exists:
        target.write_text("keep me")
    link = tmp_path / "initial-admin-token"
    link.symlink_to(target)
    with pytest.raises(SystemExit) as exit_:
        prepare_database(load_examples=False, log=lambda message: None, initial_admin_token_file=str(link))
    assert "symbolic link" in str(exit_.value.code)
    assert (target.read_text() == "keep me") if target_exists else not target.exists()
    db.bind(os.environ["DATABASE_URL"])
    with db.database.connection_context():
        assert tokens.all_tokens() == []      # no token made: the next start tries again


def test_serve_refuses_a_symlinked_token_file_in_one_line(dbs, tmp_path):
    name = dbs.unique("serve_symlink")
    link = tmp_path / "initial-admin-token"
    link.symlink_to(tmp_path / "elsewhere")
    env = {**os.environ, "DATABASE_URL": dbs.create(name), "INITIAL_ADMIN_TOKEN_FILE": str(link)}
    result = run(["serve", "--port", "8399", "--no-example-data"], env)   # refuses before it binds the port
    dbs.drop(name)
    assert result.returncode == 1
    assert "is a symbolic link" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "elsewhere").exists()


@pytest.mark.parametrize("name", ["", "   ", "\u200b", "\u200b\u200d"])
def test_a_token_name_must_show_something(admin, name):
    response = admin.post("/v1/tokens", json={"name": name, "role": "reader"})
    assert response.status_code == 422
    assert "name" in response.get_json()["errors"]


def test_a_first_token_made_before_the_first_start_creates_the_database(fresh_database):
    env = dict(os.environ)
    created = run(["tokens", "create", "--name", "Ana", "--role", "curator"], env)
    assert created.returncode == 0, created.stderr
    assert "created it" in created.stderr and authenticate(env, created.stdout.strip())["name"] == "Ana"
    assert "Ana" in run(["tokens", "list"], env).stdout
