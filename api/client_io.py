"""Bytes to and from a client's socket for api/server.py's worker: what a non-blocking socket has, gunicorn's
refusals rewritten as problem+json."""
from . import jsonio


def problem_bytes(status, reason, detail):
    """A complete HTTP/1.1 answer carrying an RFC 9457 problem document, for the connection to close after."""
    body = jsonio.dumps({"type": "about:blank", "title": reason, "status": status, "detail": detail})
    head = (f"HTTP/1.1 {status} {reason}\r\nConnection: close\r\nContent-Type: application/problem+json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n")
    return head.encode("latin-1") + body


def receive(sock):
    """What a non-blocking socket has (b"" when the client went away or the connection broke), or None when
    it has nothing yet."""
    try:
        return sock.recv(65536)
    except (BlockingIOError, InterruptedError):
        return None
    except OSError:
        return b""


class Captured:
    """Stands in for the client's socket while gunicorn's handle_error writes its text/html answer, so that its
    status line (gunicorn's own choice of status for each of its parse errors) can be kept and the body
    replaced."""

    def __init__(self):
        self.data = b""

    def gettimeout(self):
        return 0.0   # "non-blocking": util.write_nonblock then writes without toggling it

    def sendall(self, data):
        self.data += data

    def status(self):
        line = self.data.split(b"\r\n", 1)[0].decode("latin-1")
        _, status, reason = line.split(" ", 2)
        return int(status), reason
