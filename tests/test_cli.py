"""The `conflict-facts` command: the README's first command really serves the example data under gunicorn."""
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import urllib.request

import pathlib

import pytest

from api.services import migrations

CLI = [sys.executable, "-m", "api.cli"]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(args, env):
    return subprocess.run(CLI + args, env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def env(dbs):
    """The environment of a command, its DATABASE_URL an empty database on the engine under test."""
    name = dbs.unique("cli")
    yield {**os.environ, "DATABASE_URL": dbs.create(name)}
    dbs.drop(name)


def get_json(url):
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, json.loads(response.read())


def wait_until_serving(url, process):
    """Wait, without polling, until the server listens, then ask `url`.

    Each worker logs "Worker listening at" once its socket listens (api/gunicorn_conf.py: with reuse_port
    the workers listen, not the master); a request sent then waits in the socket's backlog until the worker
    takes it. The rest of the server's log is drained by a thread, so
    the pipe never fills and blocks the server."""
    seen = []
    for line in process.stderr:
        seen.append(line)
        if "Worker listening at" in line:
            break
    else:
        raise AssertionError("serve exited before listening:\n" + "".join(seen))
    threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()
    with urllib.request.urlopen(url, timeout=120) as response:
        return response.status, json.loads(response.read())


@pytest.mark.e2e
def test_serve_migrates_loads_examples_and_serves(env):
    port = free_port()
    process = subprocess.Popen(CLI + ["serve", "--port", str(port), "--workers", "2"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        status, health = wait_until_serving(f"http://127.0.0.1:{port}/healthz", process)
        assert (status, health) == (200, {"status": "ok"})
        status, events = get_json(f"http://127.0.0.1:{port}/v1/events")
        assert status == 200
        assert "2020 Nagorno-Karabakh war" in [e["title"] for e in events["items"]]
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    # gunicorn shuts down cleanly on SIGTERM.
    assert process.returncode == 0


@pytest.mark.e2e
def test_serve_logs_where_it_listens(env):
    """With reuse_port (the default) the master binds nothing; its "Listening at" line still names the address
    the workers listen at, and how (gunicorn's own line named none: "Listening at:  (pid)")."""
    port = free_port()
    process = subprocess.Popen(CLI + ["serve", "--port", str(port), "--workers", "2", "--no-example-data"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        messages = []
        for line in process.stderr:
            if line.startswith("{"):
                messages.append(json.loads(line)["message"])
            if "Worker listening at" in line:
                break
        threading.Thread(target=lambda: [None for _ in process.stderr], daemon=True).start()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    master = [m for m in messages if m.startswith("Listening at:")]
    assert master == [f"Listening at: http://127.0.0.1:{port} (pid {process.pid}), 2 workers, "
                      "each with its own socket (SO_REUSEPORT)"], messages
    worker = [m for m in messages if m.startswith("Worker listening at:")]
    assert worker and worker[0].startswith(f"Worker listening at: http://127.0.0.1:{port} (")


@pytest.mark.e2e
def test_serve_without_example_data(env):
    port = free_port()
    process = subprocess.Popen(CLI + ["serve", "--port", str(port), "--workers", "1", "--no-example-data"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        wait_until_serving(f"http://127.0.0.1:{port}/healthz", process)
        assert get_json(f"http://127.0.0.1:{port}/v1/events")[1]["items"] == []
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_db_commands_and_idempotent_fixture_load(env):
    status = run(["db", "status"], env)
    assert status.returncode == 1 and "[ ] 0001_initial" in status.stdout
    refused = run(["fixtures", "load"], env)
    assert refused.returncode == 1 and "db upgrade" in refused.stderr
    names = sorted(path.stem for path in pathlib.Path(migrations.DIRECTORY).glob("[0-9]*.py"))
    assert run(["db", "upgrade"], env).stdout.split() == [word for name in names for word in ("applied", name)]
    assert run(["db", "upgrade"], env).stdout.strip() == "up to date"
    status = run(["db", "status"], env)
    assert status.returncode == 0 and "[x] 0001_initial" in status.stdout
    first = run(["fixtures", "load"], env)
    assert first.returncode == 0 and "events: 7 created, 0 already there" in first.stdout
    second = run(["fixtures", "load"], env)
    assert "events: 0 created, 7 already there" in second.stdout


def _waits_on_a_lock(pid, engine, env):
    """Whether process `pid` is queued on a lock: Linux's /proc/locks marks a blocked flock with '->'; on
    PostgreSQL, pg_locks lists the advisory lock not granted to the command's session."""
    if engine == "sqlite":
        return any(line.split()[1] == "->" and line.split()[5] == str(pid)
                   for line in pathlib.Path("/proc/locks").read_text().splitlines() if "->" in line)
    from api import db
    return bool(db.database.execute_sql("SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                .fetchall())


def test_a_token_made_while_the_server_creates_the_database_waits_for_it(env, engine):
    """README: `serve &` then `tokens create`. The server holds the schema lock while it migrates; the token
    command waits for it instead of finding a database half made ("pending migrations", as two trial
    curators met)."""
    from api import db
    db.bind(env["DATABASE_URL"])
    with db.database.connection_context(), db.schema_lock():
        names = [m.name for m in migrations.runner().migrations()]
        migrations.runner().up(names[len(names) // 2])   # the server, halfway through
        command = subprocess.Popen(CLI + ["tokens", "create", "--role", "curator", "--name", "first"], env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        while command.poll() is None and not _waits_on_a_lock(command.pid, engine, env):
            pass   # until the command is queued on the lock (or has ended, which fails below)
        assert command.poll() is None, command.communicate()
        migrations.upgrade()   # the server, done
    out, err = command.communicate(timeout=60)
    db.close_all()
    assert command.returncode == 0, err
    assert "pending migrations" not in err and out.strip()
    listed = run(["tokens", "list"], env)
    assert listed.returncode == 0 and "first" in listed.stdout, listed.stderr
