"""api/server.py's worker leans on gunicorn internals (pinned in pyproject.toml): these tests fail if they move.
What the worker does for clients is tested through a real server in tests/e2e/."""
import inspect
import json
import os
import selectors
import socket

import pytest
from gunicorn.config import Config
from gunicorn.glogging import Logger
from gunicorn.http import errors
from gunicorn.http.unreader import Unreader
from gunicorn.workers import gthread

from api.server import Connection, Worker


@pytest.fixture
def worker():
    cfg = Config()
    return Worker(age=1, ppid=os.getppid(), sockets=[], app=None, timeout=30, cfg=cfg, log=Logger(cfg))


PARSE_ERRORS = [
    (errors.LimitRequestLine(9000, 8190), 414),
    (errors.LimitRequestHeaders("too many headers"), 431),
    (errors.InvalidHeader("X-A: b\r"), 400),
    (errors.InvalidHeaderName("Bad Name"), 400),
    (errors.ObsoleteFolding("X-Folded"), 400),
    (errors.InvalidRequestLine("GET /"), 400),
    (errors.InvalidHTTPVersion("HTTP/9"), 400),
    (RuntimeError("a bug"), 500),
]


@pytest.mark.parametrize("error, status", PARSE_ERRORS, ids=lambda value: type(value).__name__)
def test_gunicorns_answers_to_what_it_cannot_parse_are_problem_documents(worker, error, status):
    """gunicorn's handle_error picks the status and writes its answer through util.write_error to the socket
    it is given; the worker keeps the status and writes problem+json instead."""
    ours, theirs = socket.socketpair()
    with ours, theirs:
        worker.handle_error(None, ours, ("192.0.2.1", 1234), error)
        ours.close()
        answer = b""
        while chunk := theirs.recv(65536):
            answer += chunk
    head, body = answer.split(b"\r\n\r\n", 1)
    assert head.startswith(f"HTTP/1.1 {status} ".encode())
    assert b"\r\nContent-Type: application/problem+json\r\n" in head
    document = json.loads(body)
    assert document["status"] == status and document["title"] and document["detail"]
    assert b"<html" not in answer


def test_the_gthread_internals_the_worker_uses_are_there():
    # The connection: its parser, the flag that skips gthread's wait for data, and init/close.
    for name in ("init", "close", "set_timeout"):
        assert callable(getattr(gthread.TConn, name))
    assert list(inspect.signature(gthread.TConn.__init__).parameters) == ["self", "cfg", "sock", "client", "server"]
    assert list(inspect.signature(gthread.TConn.close).parameters) == ["self", "graceful"]
    source = inspect.getsource(gthread.TConn.__init__)
    assert "self.parser = None" in source and "self.data_ready = False" in source
    # The event loop: what it calls, and in which order the thread sets the socket up before parsing (the
    # worker's Connection.init sets the socket's timeouts, so it must run after the socket is made blocking).
    for name in ("accept", "enqueue_req", "murder_pending", "handle_request", "handle_error", "finish_request",
                 "on_client_socket_readable", "load_wsgi"):
        assert callable(getattr(gthread.ThreadWorker, name)), name
    handle = inspect.getsource(gthread.ThreadWorker.handle)
    assert handle.index("conn.sock.setblocking(True)") < handle.index("conn.init()") < handle.index(
        "next(conn.parser)")
    assert "conn.data_ready" in handle or "wait_for_data" in handle
    assert "self.murder_pending()" in inspect.getsource(gthread.ThreadWorker.run)
    assert "conn.close(graceful=True)" in inspect.getsource(gthread.ThreadWorker.finish_request)
    # The parser's buffer, which the head read in the event loop is handed to.
    assert callable(Unreader.unread) and callable(Unreader.take_buffered)
    # handle_error writes its answer through util.write_error(client, status, reason, message).
    assert "util.write_error(client, status_int, reason, mesg)" in inspect.getsource(
        gthread.ThreadWorker.handle_error)
    assert issubclass(Connection, gthread.TConn) and issubclass(Worker, gthread.ThreadWorker)


def test_a_stopping_worker_with_its_own_socket_answers_what_waits_on_it_and_closes_it(worker, monkeypatch):
    """With reuse_port the kernel deals connections to a worker's socket until it is closed: a stopping worker
    takes those already waiting (to answer them) and closes it at once, so that no new one is dealt to it and
    reset when it exits."""
    worker.cfg.set("reuse_port", True)
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    worker.sockets, worker.poller = [listener], selectors.DefaultSelector()
    taken = []
    monkeypatch.setattr(worker, "enqueue_req", taken.append)
    worker.set_accept_enabled(True)
    waiting = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]   # in the socket's backlog
    try:
        worker.alive = False   # SIGTERM, a HUP or max_requests: gthread's loop ends and stops accepting
        worker.set_accept_enabled(False)
        assert len(taken) == 3 and worker.nr_conns == 3
        assert listener.fileno() == -1
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", port))
    finally:
        for sock in waiting + [conn.sock for conn in taken]:
            sock.close()
        worker.poller.close()


def test_gthread_stops_accepting_before_it_drains_and_gunicorn_gives_each_worker_its_own_socket():
    run = inspect.getsource(gthread.ThreadWorker.run)
    assert run.index("self.set_accept_enabled(False)") < run.index("while self.nr_conns > 0")
    from gunicorn.arbiter import Arbiter
    assert "worker.sockets = sock.create_sockets(self.cfg, self.log)" in inspect.getsource(Arbiter.spawn_worker)


@pytest.mark.parametrize("env, max_requests, reuse_port", [
    ({}, 0, True),   # the defaults: no recycling, a socket per worker
    ({"GUNICORN_MAX_REQUESTS": "5000", "GUNICORN_REUSE_PORT": "0"}, 5000, False),
])
def test_recycling_and_a_socket_per_worker_are_set_from_the_environment(monkeypatch, tmp_path, env, max_requests,
                                                                         reuse_port):
    import importlib
    import shutil

    # Before the first import: it sets both for the whole process, and a later app in this process would then
    # count its metrics in files the test client's /metrics does not read.
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))   # else the import makes a folder of its own
    monkeypatch.setenv("CONFLICT_FACTS_SLOTS_DIR", "")               # restored after the test
    from api import gunicorn_conf

    for name in ("GUNICORN_MAX_REQUESTS", "GUNICORN_REUSE_PORT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    conf = importlib.reload(gunicorn_conf)
    shutil.rmtree(os.environ["CONFLICT_FACTS_SLOTS_DIR"], ignore_errors=True)
    read = conf.max_requests, conf.max_requests_jitter, conf.reuse_port
    for name in env:   # leave the module as other tests import it
        monkeypatch.delenv(name)
    importlib.reload(gunicorn_conf)
    shutil.rmtree(os.environ["CONFLICT_FACTS_SLOTS_DIR"], ignore_errors=True)
    assert read == (max_requests, max_requests // 10, reuse_port)


@pytest.mark.parametrize("env, expected", [({}, 0.001), ({"GUNICORN_SWITCH_INTERVAL_MS": "0.5"}, 0.0005)])
def test_each_worker_lets_its_event_loop_take_the_interpreter_back_sooner(monkeypatch, tmp_path, env, expected):
    """post_fork sets the switch interval in the worker (so requests wait less behind an answer being built);
    GUNICORN_SWITCH_INTERVAL_MS=0 leaves Python's default."""
    import importlib
    import shutil
    import sys
    from types import SimpleNamespace

    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    monkeypatch.setenv("CONFLICT_FACTS_SLOTS_DIR", "")
    monkeypatch.delenv("GUNICORN_SWITCH_INTERVAL_MS", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    from api import gunicorn_conf

    conf = importlib.reload(gunicorn_conf)
    shutil.rmtree(os.environ["CONFLICT_FACTS_SLOTS_DIR"], ignore_errors=True)
    before = sys.getswitchinterval()
    server = SimpleNamespace(log=SimpleNamespace(info=lambda *args: None))
    try:
        conf.post_fork(server, SimpleNamespace(sockets=[], pid=1))
        assert sys.getswitchinterval() == pytest.approx(expected)
        sys.setswitchinterval(before)
        monkeypatch.setenv("GUNICORN_SWITCH_INTERVAL_MS", "0")
        conf = importlib.reload(gunicorn_conf)
        shutil.rmtree(os.environ["CONFLICT_FACTS_SLOTS_DIR"], ignore_errors=True)
        conf.post_fork(server, SimpleNamespace(sockets=[], pid=1))
        assert sys.getswitchinterval() == pytest.approx(before)
    finally:
        sys.setswitchinterval(before)
        monkeypatch.delenv("GUNICORN_SWITCH_INTERVAL_MS")   # leave the module as other tests import it
        importlib.reload(gunicorn_conf)
        shutil.rmtree(os.environ["CONFLICT_FACTS_SLOTS_DIR"], ignore_errors=True)


def test_the_worker_tells_the_master_it_is_alive_once_a_second_not_on_every_turn_of_its_loop(worker, monkeypatch):
    """gthread's event loop calls notify() on every turn (several a request); each call the master sees is a
    system call on the heartbeat file. The master gives up on a worker only after `timeout` (30 s here)."""
    beats = []
    monkeypatch.setattr(worker, "tmp", type("Heartbeat", (), {"notify": lambda self: beats.append(now[0])})())
    now = [1000.0]
    monkeypatch.setattr("api.server.time.monotonic", lambda: now[0])
    for step in range(300):   # three seconds of loop turns, one every 10 ms
        now[0] = 1000.0 + step / 100
        worker.notify()
    assert beats == [1000.0, 1001.0, 1002.0]
    assert "self.notify()" in inspect.getsource(gthread.ThreadWorker.run)   # where gthread calls it


def test_a_worker_with_a_short_timeout_beats_four_times_within_it(monkeypatch):
    cfg = Config()
    short = Worker(age=1, ppid=os.getppid(), sockets=[], app=None, timeout=2, cfg=cfg, log=Logger(cfg))
    beats = []
    monkeypatch.setattr(short, "tmp", type("Heartbeat", (), {"notify": lambda self: beats.append(now[0])})())
    now = [0.0]
    monkeypatch.setattr("api.server.time.monotonic", lambda: now[0])
    for step in range(200):
        now[0] = 10 + step / 100
        short.notify()
    assert beats == [10.0, 10.5, 11.0, 11.5]
