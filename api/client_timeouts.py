"""WSGI middleware for api/server.py's worker: time limits on reading a request's body and on writing its
answer, set on the client's socket (gunicorn passes it in the environ as gunicorn.socket)."""
from werkzeug.exceptions import RequestTimeout


class _TimedInput:
    """The request body's stream: a read that waits longer than CLIENT_BODY_TIMEOUT becomes a 408."""

    def __init__(self, stream, seconds):
        self._stream, self._seconds = stream, seconds

    def _timed(self, method, *args):
        try:
            return method(*args)
        except TimeoutError:
            raise RequestTimeout(f"The request body stopped arriving for {self._seconds} s.") from None

    def read(self, *args):
        return self._timed(self._stream.read, *args)

    def readline(self, *args):
        return self._timed(self._stream.readline, *args)

    def readlines(self, *args):
        return self._timed(self._stream.readlines, *args)

    def __iter__(self):
        return iter(self.readline, b"")


def with_client_timeouts(app, body_timeout, send_timeout):
    """WSGI middleware: reads of the body time out after `body_timeout`, and once the app starts its answer
    (the body has been read by then) each write gets `send_timeout` instead."""
    def middleware(environ, start_response):
        sock = environ.get("gunicorn.socket")
        environ["wsgi.input"] = _TimedInput(environ["wsgi.input"], body_timeout)

        def start(status, headers, exc_info=None):
            if sock is not None:
                sock.settimeout(send_timeout)
            return start_response(status, headers, exc_info)

        return app(environ, start)

    return middleware
