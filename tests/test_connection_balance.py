"""api/connection_balance.py: the workers' shared table of connections held, and the worker's decision to close
a connection after its answer. How clients' connections even out over a real server's workers is tested in
tests/e2e/test_connection_spread.py."""
import os

import pytest
from gunicorn.config import Config
from gunicorn.glogging import Logger
from gunicorn.http.message import Request
from gunicorn.workers import gthread

from api import connection_balance
from api.connection_balance import Table, should_shed
from api.server import Worker


def test_a_forked_worker_s_count_is_seen_by_the_others():
    table = Table()
    child = os.fork()
    if child == 0:   # the worker: publishes and exits
        table.publish(3, os.getpid(), 7)
        os._exit(0)
    os.waitpid(child, 0)
    assert table.least_of_others(os.getpid()) == 7
    table.clear(child)
    assert table.least_of_others(os.getpid()) is None


@pytest.mark.parametrize("mine, others, shed", [
    (5, [3], True), (5, [4], False), (5, [5], False), (9, [7, 2], True), (3, [], False), (0, [0], False)])
def test_a_worker_sheds_only_when_two_or_more_above_the_least_loaded_other(mine, others, shed):
    table = Table()
    for row, connections in enumerate(others, start=1):
        table.publish(row, 1000 + row, connections)
    assert should_shed(table, 0, 999, mine) is shed


def test_rows_wrap_around_and_a_row_is_the_latest_worker_s():
    table = Table(rows=4)
    table.publish(1, 101, 8)
    table.publish(5, 105, 2)     # spawn number 5 takes row 1 over (101 has exited by then)
    assert table.least_of_others(999) == 2


@pytest.fixture
def worker(monkeypatch):
    monkeypatch.setattr(connection_balance, "_table", Table())
    cfg = Config()
    worker = Worker(age=1, ppid=os.getppid(), sockets=[], app=None, timeout=30, cfg=cfg, log=Logger(cfg))
    worker.pid, worker.alive = 4242, True
    monkeypatch.setattr(gthread.ThreadWorker, "handle_request", lambda self, req, conn: not req.must_close)
    return worker


class Conn:
    shed = False


def request():
    req = Request.__new__(Request)
    req.must_close = False
    return req


def test_the_busier_worker_answers_with_connection_close_and_counts_it_gone(worker):
    connection_balance.table().publish(2, 5151, 3)   # the other worker holds 3
    worker.nr_conns = 6
    first, second, third = Conn(), Conn(), Conn()
    assert worker.handle_request(request(), first) is False and first.shed   # 6 >= 3 + 2: closed
    assert worker.handle_request(request(), second) is False and second.shed  # 6 - 1 >= 5
    assert worker.handle_request(request(), third) is True and not third.shed  # 6 - 2 = 4 < 5: kept
    assert worker.shedding == 2


def test_no_balancing_when_turned_off(monkeypatch):
    monkeypatch.setenv("BALANCE_CONNECTIONS", "false")
    cfg = Config()
    worker = Worker(age=1, ppid=os.getppid(), sockets=[], app=None, timeout=30, cfg=cfg, log=Logger(cfg))
    assert worker.balance is None


def test_gunicorn_s_request_still_closes_when_told_to():
    """The worker sets Request.must_close, which gunicorn's should_close reads (pinned version)."""
    req = request()
    req.must_close = True
    assert Request.should_close(req) is True
