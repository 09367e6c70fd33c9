"""gunicorn's threaded worker, hardened against slow and hostile clients (docs/deployment.md, "Slow and hostile
clients").

gunicorn's gthread worker hands a connection to a thread as soon as its first byte arrives and parses the
request there, with blocking reads and writes that never time out: a client that sends its headers a line
at a time, or stops reading an export, holds a thread for as long as it likes. This worker:

- reads each request's head (request line and headers) in the worker's event loop, without a thread, and
  hands the connection to a thread only once the head is complete: slow or idle sockets cost a file
  descriptor and a few bytes, never a thread. A head not complete within CLIENT_HEADER_TIMEOUT is answered
  408 and closed; a request line longer than gunicorn's limit_request_line is answered 414 at once, a head
  larger than HEAD_LIMIT 431, both before the rest is read;
- gives each read of the body CLIENT_BODY_TIMEOUT (the app answers 408) and each write of the answer
  SEND_TIMEOUT (the connection is closed);
- closes connections gracefully (half-close, then drain what the client still sends, as RFC 9112 9.6 asks)
  in the event loop, instead of in a blocking loop of up to 2 s in the event loop's own thread;
- answers gunicorn's own refusals (malformed requests) as application/problem+json.

It leans on gthread's internals (its connection class, its event loop's callbacks, how handle_error writes
its answer): they are used in this module only, gunicorn's version is pinned to the range they were read
in (pyproject.toml), and tests/test_server_worker.py fails if they move.
"""
import errno
import html
import math
import selectors
import socket
import time
from collections import deque
from functools import partial

from gunicorn import util
from gunicorn.http2 import negotiation
from gunicorn.workers import gthread

from . import connection_balance
from .client_io import Captured, problem_bytes, receive
from .client_timeouts import with_client_timeouts
from .request_turns import in_turn

HEAD_LIMIT = 64 * 1024       # the largest request head (request line and headers) read
LINGER_SECONDS = 2.0         # how long a closing connection is drained of what the client still sends
LINGER_BYTES = 64 * 1024
HEARTBEAT_SECONDS = 1.0     # how often, at most, a worker tells the master it is alive


class Connection(gthread.TConn):
    def __init__(self, cfg, sock, client, server, worker):
        super().__init__(cfg, sock, client, server)
        self.worker = worker
        self.head = b""            # what the event loop has read of the next request's head
        self.head_complete = False
        self.deadline = 0.0        # when reading the head (or draining a closed connection) gives up
        self.drained = 0
        self.polled = False        # registered with the worker's poller by this module (reading or lingering)
        self.shed = False          # closed after its answer to even out the workers' connections
        # Read once per connection, not per request: gunicorn's Config looks each setting up anew (1-2
        # microseconds each, three of them a request).
        self.keepalive = cfg.keepalive
        self.reads_own_head = worker._reads_own_head(self)

    def init(self):
        """Runs in the thread, before each request on the connection is parsed (and after gunicorn made the
        socket blocking): give the parser the head read so far, and bound each read and write in time."""
        super().init()   # (sets up the parser on the connection's first request only)
        if self.head:
            self.parser.unreader.unread(self.head)
            self.head = b""
        self.head_complete = False
        self.sock.settimeout(self.worker.body_timeout)

    def set_timeout(self):
        self.timeout = time.monotonic() + self.keepalive

    def close(self, graceful=False):
        if self.shed:
            self.shed = False
            self.worker.shedding -= 1
        if graceful:
            self.worker.linger(self)
        else:
            super().close()


class Worker(gthread.ThreadWorker):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from . import config

        settings = config.load()
        self.header_timeout = settings["CLIENT_HEADER_TIMEOUT"] or math.inf   # 0: no limit
        self.body_timeout = settings["CLIENT_BODY_TIMEOUT"] or None
        self.send_timeout = settings["SEND_TIMEOUT"] or None
        self.turn_wait = settings["REQUEST_TURN_WAIT_MS"] / 1000
        # (made here, in the master, so that every worker it forks shares it)
        self.balance = connection_balance.table(self.cfg.workers) if settings["BALANCE_CONNECTIONS"] else None
        self.shedding = 0          # connections decided to be closed, not closed yet
        self.reading = deque()     # connections whose head is being read, oldest deadline first
        self.lingering = deque()   # connections being closed, oldest deadline first
        self.next_heartbeat = 0.0

    def notify(self):
        """Tell the master this worker is alive, at most once per HEARTBEAT_SECONDS. gthread calls this on every
        turn of its event loop, several times a request, and each is a system call on the heartbeat file; the
        master only gives up on a worker silent for its whole `timeout` (30 s by default)."""
        now = time.monotonic()
        if now >= self.next_heartbeat:
            self.next_heartbeat = now + min(HEARTBEAT_SECONDS, self.timeout / 4)
            super().notify()

    def load_wsgi(self):
        super().load_wsgi()
        self.wsgi = with_client_timeouts(in_turn(self.wsgi, self.turn_wait), self.body_timeout, self.send_timeout)

    # --- reading request heads in the event loop ---------------------------------------------------------

    def accept(self, listener):
        self._accept_one(listener)

    def _accept_one(self, listener):
        """Take one waiting connection, if there is one (False when none was waiting)."""
        try:
            client_sock, client_addr = listener.accept()
        except OSError as e:
            if e.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return e.errno == errno.ECONNABORTED   # one gave up: others may still wait behind it
        self.nr_conns += 1
        self.enqueue_req(Connection(self.cfg, client_sock, client_addr, listener.getsockname(), self))
        return True

    # --- leaving the kernel's rotation when stopping (reuse_port) ----------------------------------------

    def set_accept_enabled(self, enabled):
        super().set_accept_enabled(enabled)
        if not enabled and not self.alive and self.cfg.reuse_port:
            self._close_own_listeners()

    def _close_own_listeners(self):
        """With reuse_port each worker listens on a socket of its own, and the kernel goes on dealing new
        connections to it until it is closed; gunicorn closes it only once the worker's last connection is
        done (up to graceful_timeout later), and the connections dealt to it meanwhile were reset then (16
        failed requests in a run when a worker was recycled under load). So a stopping worker takes the
        connections already waiting on its socket, to answer them, and closes the socket at once: new ones
        go to the other workers."""
        for listener in self.sockets:
            while self._accept_one(listener):
                pass
            listener.close()

    def enqueue_req(self, conn):
        """gthread calls this for a new connection, a kept-alive one that became readable, and one whose
        previous request left bytes of the next one behind: a thread gets it only with a complete head."""
        if conn.head_complete or not isinstance(conn, Connection) or conn.reads_own_head:
            return super().enqueue_req(conn)
        if conn.parser is not None:   # bytes of this request read ahead by the previous one
            conn.head = conn.parser.unreader.take_buffered()
        conn.deadline = time.monotonic() + self.header_timeout
        if conn.sock.gettimeout() != 0.0:   # (a kept-alive socket is non-blocking already: no system call)
            conn.sock.setblocking(False)
        self.reading.append(conn)
        # The bytes are often there already (a kept-alive connection became readable): read them first, and
        # wait on the poller only for a head not complete yet, which saves two system calls a request.
        if not conn.head:
            data = receive(conn.sock)
            if data == b"":   # the client went away
                self.reading.remove(conn)
                self._close(conn)
                return
            conn.head = data or b""
        if not self._judge_head(conn, 0):
            self._register(conn, self.on_head_readable)

    def _reads_own_head(self, conn):
        """TLS and HTTP/2 connections are read by gunicorn as usual (in the thread, bounded by the socket's
        timeouts): their bytes are not plain HTTP/1 heads."""
        return self.cfg.is_ssl or negotiation.prior_knowledge_allowed(self.cfg, conn.client)

    def on_head_readable(self, conn, sock):
        data = receive(conn.sock)
        if data is None:
            return
        if not data:   # the client went away
            self._stop_reading(conn)
            self._close(conn)
            return
        conn.head += data
        self._judge_head(conn, len(conn.head) - len(data))

    def _judge_head(self, conn, searched_from):
        """Hand the connection to a thread once its head is complete, refuse it once it is too long; else
        leave it to read on. True when the connection is no longer read here (the poller drops it, if it had
        it: selectors forget an unregistered socket without a system call)."""
        head, start = conn.head, max(0, searched_from - 3)
        if head.find(b"\r\n\r\n", start) >= 0 or head.find(b"\n\n", start) >= 0:
            self._stop_reading(conn)
            conn.head_complete = conn.data_ready = True   # gthread must not wait for data in the thread
            super().enqueue_req(conn)
            return True
        line_limit = self.cfg.limit_request_line
        if line_limit and head.find(b"\n") < 0 and len(head) > line_limit + 2:
            self._stop_reading(conn)
            self._refuse(conn, 414, "URI Too Long", f"The request line is longer than {line_limit} bytes.")
            return True
        if len(head) > HEAD_LIMIT:
            self._stop_reading(conn)
            self._refuse(conn, 431, "Request Header Fields Too Large",
                         f"The request line and headers are longer than {HEAD_LIMIT} bytes.")
            return True
        return False

    def _stop_reading(self, conn):
        self.reading.remove(conn)
        self._unregister(conn)

    def _refuse(self, conn, status, reason, detail):
        self.log.warning("Invalid request from ip=%s: %s", conn.client[0] if conn.client else "", detail)
        try:
            conn.sock.send(problem_bytes(status, reason, detail))   # a few hundred bytes: the buffer is empty
        except OSError:
            pass
        self.nr_conns -= 1
        self.linger(conn)

    def _close(self, conn):
        self.nr_conns -= 1
        util.close(conn.sock)

    def _register(self, conn, callback):
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(callback, conn))
        conn.polled = True

    def _unregister(self, conn):
        """Take the connection off the poller if this module put it there. (Asking the selector to forget a
        socket it does not have raises a KeyError whose message formats the socket, two system calls and
        7 microseconds; most heads are read without the poller, so that was paid on most requests.)"""
        if not conn.polled:
            return
        conn.polled = False
        try:
            self.poller.unregister(conn.sock)
        except (KeyError, ValueError, OSError):
            pass

    # --- closing gracefully without blocking the event loop ----------------------------------------------

    def linger(self, conn):
        """Half-close, then read and drop what the client still sends, until it closes its side, or 64 KiB or
        2 s have gone by: closing with unread bytes would send a reset that can destroy the answer before
        the client reads it. (gunicorn does this in a blocking loop in this same thread.)"""
        try:
            conn.sock.shutdown(socket.SHUT_WR)
            conn.sock.setblocking(False)
        except OSError:
            util.close(conn.sock)
            return
        conn.deadline, conn.drained = time.monotonic() + LINGER_SECONDS, 0
        self.lingering.append(conn)
        self._register(conn, self.on_linger_readable)

    def on_linger_readable(self, conn, sock):
        data = receive(conn.sock)
        if data is None:
            return
        conn.drained += len(data)
        if not data or conn.drained >= LINGER_BYTES:
            self.lingering.remove(conn)
            self._unregister(conn)
            util.close(conn.sock)

    def murder_pending(self):
        """Runs about once a second in the event loop: heads past their deadline get 408 (or, when nothing
        came at all, just a close), and lingering connections past theirs are closed."""
        super().murder_pending()
        now = time.monotonic()
        while self.reading and self.reading[0].deadline <= now:
            conn = self.reading.popleft()
            self._unregister(conn)
            if conn.head.strip():
                self._refuse(conn, 408, "Request Timeout",
                             f"The request line and headers did not arrive within {self.header_timeout} s.")
            else:
                self._close(conn)
        while self.lingering and self.lingering[0].deadline <= now:
            conn = self.lingering.popleft()
            self._unregister(conn)
            util.close(conn.sock)

    # --- the thread's side -------------------------------------------------------------------------------

    def handle_request(self, req, conn):
        if self.balance is not None and self.alive and connection_balance.should_shed(
                self.balance, self.age, self.pid, self.nr_conns - self.shedding):
            req.must_close = True   # gunicorn answers with "Connection: close", then closes
            conn.shed = True
            self.shedding += 1
        try:
            return super().handle_request(req, conn)
        except TimeoutError:
            # A write waited SEND_TIMEOUT for the client to read: the answer cannot be finished.
            self.log.warning("Client at ip=%s stopped reading the answer to %s %s; closed after %s s",
                             conn.client[0] if conn.client else "", req.method, req.path, self.send_timeout)
            return False

    def handle_error(self, req, client, addr, exc):
        """gunicorn's answer to a request it cannot parse (or to an error outside the app), with its status,
        as problem+json instead of text/html."""
        captured = Captured()
        super().handle_error(req, captured, addr, exc)
        try:
            status, reason = captured.status()
        except ValueError:
            status, reason = 500, "Internal Server Error"
        if status >= 500:
            detail = "The server failed to answer; the error was logged."
        else:
            detail = f"The request is malformed: {html.unescape(str(exc))[:300]}"
        try:
            util.write_nonblock(client, problem_bytes(status, reason, detail))
        except Exception:
            self.log.debug("Failed to send error message.")
