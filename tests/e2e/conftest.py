"""A real server for the end-to-end tests: `conflict-facts serve` on a free port, or the one BASE_URL names.

BASE_URL (e.g. http://127.0.0.1:8000) points the tests at a server that is already running (the container
image, say) with its own settings; otherwise each test module gets its own server, started the way users
start it, on a fresh database of the engine under test, with the short timeouts in SERVER_SETTINGS so the
attacks play out in seconds.
"""
import os
import socket
import subprocess
import sys
import threading
from urllib.parse import urlsplit

import pytest

# Short timeouts, so that a slow client is cut off within the test's few seconds.
SERVER_SETTINGS = {
    "CLIENT_HEADER_TIMEOUT": "2",
    "CLIENT_BODY_TIMEOUT": "2",
    "SEND_TIMEOUT": "2",
    "EXPORT_CONCURRENCY": "2",
    # Room for the stalled readers' pipelined requests to fill every buffer before the read limits refuse them.
    "READ_BURST": "2000",
}


class Server:
    def __init__(self, base_url, local):
        self.base_url = base_url.rstrip("/")
        parts = urlsplit(self.base_url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.local = local   # started by the test, with SERVER_SETTINGS
        self.token = os.environ.get("TOKEN")   # an admin token, if the server is elsewhere and one is given
        self.log = []                          # the server's log lines, when the test started it
        self.pid = None                        # its master's process ID, when the test started it
        self._logged = threading.Condition()

    def read_log(self, stream):
        """Keep the server's log lines (in a thread of their own) for wait_for_log."""
        for line in stream:
            with self._logged:
                self.log.append(line)
                self._logged.notify_all()

    def wait_for_log(self, text, timeout=30):
        """The first log line holding `text`, once the server has written it."""
        with self._logged:
            found = self._logged.wait_for(lambda: next((line for line in self.log if text in line), None), timeout)
        assert found, f"the server did not log {text!r} within {timeout} s"
        return found

    def wait_for_log_count(self, text, count, timeout=60):
        """Wait until `count` of the server's log lines hold `text`."""
        with self._logged:
            done = self._logged.wait_for(lambda: sum(1 for line in self.log if text in line) >= count, timeout)
        assert done, f"the server did not log {text!r} {count} times within {timeout} s"

    def connect(self, source=None, receive_buffer=None, timeout=10):
        """A TCP connection to the server; from the loopback address `source` when the server is on this host
        (every 127.x.y.z address is this host: attackers with several addresses), with a small receive buffer
        if asked."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if receive_buffer:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
        if source and self.host.startswith("127."):
            sock.bind((source, 0))
        sock.settimeout(timeout)
        sock.connect((self.host, self.port))
        return sock


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(dbs, tmp_path_factory):
    if os.environ.get("BASE_URL"):
        yield Server(os.environ["BASE_URL"], local=False)
        return
    name = dbs.unique("e2e")
    port = free_port()
    token_file = tmp_path_factory.mktemp("e2e") / "admin-token"
    env = {**os.environ, **SERVER_SETTINGS, "DATABASE_URL": dbs.create(name), "INITIAL_ADMIN_TOKEN_FILE": str(token_file)}
    process = subprocess.Popen([sys.executable, "-m", "api.cli", "serve", "--port", str(port), "--workers", "2"],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        seen = []
        for line in process.stderr:   # each worker logs this once its socket listens (api/gunicorn_conf.py)
            seen.append(line)
            if "Worker listening at" in line:
                break
        else:
            raise AssertionError("serve exited before listening:\n" + "".join(seen))
        instance = Server(f"http://127.0.0.1:{port}", local=True)
        instance.pid = process.pid
        instance.log.extend(seen)
        threading.Thread(target=instance.read_log, args=(process.stderr,), daemon=True).start()
        instance.token = token_file.read_text().strip()
        yield instance
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)
        dbs.drop(name)
