"""Two instances of the service (separate gunicorn masters, different ports) on one PostgreSQL database
behave as one service: reads see writes at once, ETags, cursors and the change feed agree, and rate limits
hold across both."""
import os
import signal
import subprocess
import sys

import pytest
import requests

from databases import ENGINE
from test_cli import free_port, wait_until_serving

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(
    ENGINE != "postgresql",
    reason="Scaling out means several instances on one PostgreSQL database; several servers on one SQLite "
           "file on one machine is not a deployment this service supports (docs/deployment.md). This test "
           "runs in CI's PostgreSQL pass.")]

CLI = [sys.executable, "-m", "api.cli"]


@pytest.fixture
def instances(dbs):
    name = dbs.unique("scale")
    env = {**os.environ, "DATABASE_URL": dbs.create(name), "WRITE_RATE_LIMIT": "8 per minute"}
    subprocess.run(CLI + ["db", "upgrade"], env=env, check=True, capture_output=True)
    token = subprocess.run(CLI + ["tokens", "create", "--name", "scaler", "--role", "curator"], env=env, check=True,
                           capture_output=True, text=True).stdout.strip()
    servers = []
    try:
        for _ in range(2):
            port = free_port()
            process = subprocess.Popen(CLI + ["serve", "--port", str(port), "--workers", "2"], env=env,
                                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                       start_new_session=True)
            servers.append((process, f"http://127.0.0.1:{port}"))
            wait_until_serving(f"http://127.0.0.1:{port}/readyz", process)
        yield [url for _, url in servers], {"Authorization": f"Bearer {token}"}
    finally:
        for process, _ in servers:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
        dbs.drop(name)


def test_two_instances_behave_as_one(instances):
    (a, b), auth = instances
    # Both started on the same empty database: the example data was loaded once, not twice.
    assert requests.get(f"{a}/v1/events?count=true").json()["total"] == 7

    created = requests.post(f"{a}/v1/sources", json={"title": "Written through A"}, headers=auth)
    assert created.status_code == 201
    href = created.json()["href"]
    through_b = requests.get(f"{b}{href}")
    assert through_b.json() == created.json() and through_b.headers["ETag"] == created.headers["ETag"]

    # An ETag read on A guards a write on B.
    stale = created.headers["ETag"]
    assert requests.patch(f"{b}{href}", json={"publisher": "B"}, headers={**auth, "If-Match": stale}).status_code == 200
    assert requests.patch(f"{a}{href}", json={"publisher": "A"}, headers={**auth, "If-Match": stale}).status_code == 412

    # A cursor from one instance pages on the other.
    first = requests.get(f"{a}/v1/actors?limit=5&sort=-name").json()
    assert requests.get(f"{b}{first['next']}").json() == requests.get(f"{a}{first['next']}").json()

    # The change feed is one feed.
    feed_a, feed_b = requests.get(f"{a}/v1/changes?limit=1000").json(), requests.get(f"{b}/v1/changes?limit=1000").json()
    assert feed_a == feed_b and feed_a["items"][-1]["href"] == href
    assert requests.get(f"{b}/v1/changes", params={"after": feed_a["cursor"]}).json()["items"] == []


def test_rate_limits_hold_across_instances(instances):
    (a, b), auth = instances
    statuses = [requests.post(f"{url}/v1/sources", json={"title": f"n{i}"}, headers=auth).status_code
                for i, url in enumerate([a, b] * 5)]
    # 8 writes per minute for this token, wherever they land.
    assert statuses.count(201) == 8 and statuses[8:] == [429, 429]
