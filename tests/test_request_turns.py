"""api/request_turns.py: a worker's threads build answers to reads one at a time, in turn; streams, writes and
a request that has waited long enough go ahead. The apps here record when they are entered and left, and the
turn is a lock that says when someone waits for it, so that nothing depends on how fast the machine is."""
import os
import threading

from gunicorn.config import Config
from gunicorn.glogging import Logger

from api.request_turns import in_turn
from api.server import Worker


class WatchedLock:
    """A lock that tells when a thread starts to wait for it."""

    def __init__(self):
        self.lock = threading.Lock()
        self.waiting = threading.Event()
        self.acquired = 0

    def acquire(self, timeout=-1):
        self.waiting.set()
        mine = self.lock.acquire(timeout=timeout)
        self.acquired += mine
        return mine

    def release(self):
        self.lock.release()

    def locked(self):
        return self.lock.locked()


def recording_app(log, name, hold=None, entered=None):
    def app(environ, start_response):
        log.append(f"{name} in")
        if entered is not None:
            entered.set()
        if hold is not None:
            hold.wait(30)
        log.append(f"{name} out")
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [name.encode()]
    return app


def call(app, method="GET"):
    environ = {"REQUEST_METHOD": method, "PATH_INFO": "/"}
    return b"".join(app(environ, lambda status, headers, exc_info=None: None))


def test_a_read_waits_for_the_one_before_it_to_be_answered():
    log, hold, entered, turn = [], threading.Event(), threading.Event(), WatchedLock()
    first = in_turn(recording_app(log, "first", hold, entered), 30, turn)
    second = in_turn(recording_app(log, "second"), 30, turn)
    a = threading.Thread(target=call, args=(first,))
    a.start()
    assert entered.wait(30)
    turn.waiting.clear()
    b = threading.Thread(target=call, args=(second,))
    b.start()
    assert turn.waiting.wait(30)          # the second is waiting for its turn ...
    assert log == ["first in"]            # ... and has not started
    hold.set()
    a.join(30), b.join(30)
    assert log == ["first in", "first out", "second in", "second out"]
    assert not turn.locked()


def test_a_read_that_waited_long_enough_goes_ahead_beside_the_slow_one():
    log, hold, entered, turn = [], threading.Event(), threading.Event(), WatchedLock()
    slow = in_turn(recording_app(log, "slow", hold, entered), 0.05, turn)
    quick = in_turn(recording_app(log, "quick"), 0.05, turn)
    a = threading.Thread(target=call, args=(slow,))
    a.start()
    assert entered.wait(30)
    assert call(quick) == b"quick"        # answered while the slow one still holds the turn
    assert log == ["slow in", "quick in", "quick out"]
    hold.set()
    a.join(30)
    assert not turn.locked()


def test_a_stream_gives_the_turn_back_before_it_is_sent():
    turn = WatchedLock()

    def streaming(environ, start_response):
        start_response("200 OK", [("Content-Type", "application/x-ndjson")])
        return (line for line in [b"{}\n", b"{}\n"])

    stream = in_turn(streaming, 30, turn)(
        {"REQUEST_METHOD": "GET", "PATH_INFO": "/"}, lambda *args: None)
    assert not turn.locked()              # the body is not sent yet, and the next read may be answered
    assert call(in_turn(recording_app([], "next"), 30, turn)) == b"next"
    assert b"".join(stream) == b"{}\n{}\n"


def test_writes_go_ahead_without_a_turn():
    log, turn = [], WatchedLock()
    app = in_turn(recording_app(log, "write"), 30, turn)
    with turn.lock:                       # a read holds the turn
        assert call(app, "POST") == b"write"
        assert call(app, "PATCH") == b"write"
    assert turn.acquired == 0


def test_no_turns_when_the_wait_is_zero():
    app = recording_app([], "app")
    assert in_turn(app, 0) is app


def test_the_worker_takes_the_wait_from_the_configuration(monkeypatch):
    for value, seconds in (("", 0.02), ("5", 0.005), ("0", 0.0)):
        monkeypatch.setenv("REQUEST_TURN_WAIT_MS", value)
        cfg = Config()
        worker = Worker(age=1, ppid=os.getppid(), sockets=[], app=None, timeout=30, cfg=cfg, log=Logger(cfg))
        assert worker.turn_wait == seconds
