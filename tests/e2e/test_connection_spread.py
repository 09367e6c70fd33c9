"""Kept-alive connections are spread over the workers (issue 14): each worker listens on a socket of its own
(reuse_port) and the kernel deals new connections out among them, so a client's connections opened together do
not all land on the worker that happened to wake first, and a HUP (every worker replaced) loses no request.

Runs against the server the e2e conftest starts (2 workers); it reads which worker holds which connection from
/proc, so it needs a server on this Linux host."""
import os
import signal
import sys

import pytest

from hostile import read_response

CONNECTIONS = 16


def workers(master):
    with open(f"/proc/{master}/task/{master}/children") as f:
        return [int(pid) for pid in f.read().split()]


def socket_inodes(pid):
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(link[8:-1])
    return inodes


def server_side_inodes(port, client_ports):
    """The inodes of the server's ends of these client connections (/proc/net/tcp: local address, remote
    address, ..., inode)."""
    inodes = set()
    with open("/proc/net/tcp") as f:
        next(f)
        for line in f:
            parts = line.split()
            local, remote = int(parts[1].rsplit(":", 1)[1], 16), int(parts[2].rsplit(":", 1)[1], 16)
            if local == port and remote in client_ports:
                inodes.add(parts[9])
    return inodes


def held_per_worker(server, sockets):
    """{worker pid: how many of these client sockets' server ends it holds}."""
    ends = server_side_inodes(server.port, {sock.getsockname()[1] for sock in sockets})
    return {pid: len(socket_inodes(pid) & ends) for pid in workers(server.pid)}


def ask_on_each(sockets):
    """One GET on each kept-alive connection; every one is answered 200 (so each connection is held by a
    worker by the time this returns)."""
    for sock in sockets:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    for sock in sockets:
        status, headers, _ = read_response(sock)
        assert status == 200 and headers.get("connection", "").lower() != "close"


pytestmark = [pytest.mark.e2e,
              pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the workers' sockets in /proc")]


@pytest.fixture
def local(server):
    if not server.local:
        pytest.skip("counts the connections each worker holds, which needs the server on this host")
    return server


def test_connections_opened_together_are_spread_over_the_workers_and_after_a_hup(local):
    # The kernel picks a worker's socket by a hash of each connection's addresses: all 16 on one of 2 workers
    # has a chance of 2 in 65,536, once both listen (connections opened before the second one does all go to
    # the first).
    local.wait_for_log_count("Worker listening at", 2)
    sockets = [local.connect() for _ in range(CONNECTIONS)]
    try:
        ask_on_each(sockets)
        held = held_per_worker(local, sockets)
        assert len(held) == 2 and sum(held.values()) == CONNECTIONS and min(held.values()) >= 1, held
    finally:
        for sock in sockets:
            sock.close()

    # A HUP replaces both workers: the new ones each log once their socket listens, the old ones as they exit.
    listening, exiting = (sum(1 for line in local.log if text in line)
                          for text in ("Worker listening at", "Worker exiting"))
    os.kill(local.pid, signal.SIGHUP)
    local.wait_for_log_count("Worker listening at", listening + 2)
    local.wait_for_log_count("Worker exiting", exiting + 2)
    sockets = [local.connect() for _ in range(CONNECTIONS)]
    try:
        ask_on_each(sockets)
        held = held_per_worker(local, sockets)
        assert sum(held.values()) == CONNECTIONS and sum(1 for n in held.values() if n) == 2, held
    finally:
        for sock in sockets:
            sock.close()
