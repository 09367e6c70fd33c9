"""WSGI middleware for api/server.py's worker: the app is called for one request at a time, in the order the
requests arrived, so that each is answered in its own time instead of all sharing the interpreter.

A worker runs a few threads (GUNICORN_THREADS) so that a slow answer, or a stream, does not stop the others.
But Python runs one thread at a time and switches between runnable ones every millisecond or so, and at every
database call: four requests of 1 ms each in a worker at once then all finish after about 4 ms, where taken in
turn they finish after 1, 2, 3 and 4 ms, and the switching itself costs time. Under load this sharing is
what made the slowest answers slow (docs/performance.md, stop 30). So a request waits for its turn, while:

- only reads take turns (GET and HEAD: no body to wait for); a write goes ahead at once, so that a client
  sending its body slowly never holds the turn;
- the turn is held only while the app builds the answer: a streamed answer (an NDJSON export) is written
  after the turn is given back, and a body is sent to the client after it;
- a request that has waited REQUEST_TURN_WAIT_MS goes ahead anyway: an answer that takes long to build
  (a heavy aggregate) delays the others by at most that, and they then share the interpreter as before.
"""
import threading


def in_turn(app, wait_seconds, turn=None):
    """WSGI middleware: call `app` for one request at a time, each waiting at most `wait_seconds` for its
    turn (0 or None: no turns, every request goes ahead at once). `turn`: the lock (a new one by default)."""
    if not wait_seconds:
        return app
    turn = turn or threading.Lock()   # (waiters are woken in about the order they came: the kernel queues them)

    def middleware(environ, start_response):
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return app(environ, start_response)
        mine = turn.acquire(timeout=wait_seconds)
        try:
            return app(environ, start_response)
        finally:
            if mine:
                turn.release()

    return middleware
