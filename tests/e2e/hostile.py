"""Raw HTTP for the end-to-end tests: requests written byte by byte, answers read back, and a probe client
that keeps asking the server something while an attack runs."""
import http.client
import json
import threading
import time

PROBE_PATH = "/v1/events/1"
PROBE_ADDRESS = "127.0.0.2"   # the probe's own client address (when the server is on this host)


def read_response(sock):
    """The next response on `sock`: (status, headers with lower-case names, body)."""
    response = http.client.HTTPResponse(sock)
    response.begin()
    body = response.read()
    return response.status, {name.lower(): value for name, value in response.getheaders()}, body


def exchange(server, raw, source=None):
    """Send the bytes `raw` on a new connection and read the answer."""
    with server.connect(source=source) as sock:
        sock.sendall(raw)
        return read_response(sock)


def assert_problem(status, headers, body, expected_status):
    assert status == expected_status, body[:300]
    assert headers["content-type"] == "application/problem+json", (headers, body[:300])
    document = json.loads(body)
    assert document["status"] == expected_status and document["title"] and document["detail"]
    return document


class Probe:
    """A well-behaved client that asks for one event every 100 ms on a new connection, from its own address,
    and notes how long each answer took (or what went wrong)."""

    def __init__(self, server, interval=0.1, timeout=5):
        self.server, self.interval, self.timeout = server, interval, timeout
        self.results = []   # (seconds, status or the exception's text)
        self._answered = threading.Condition()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        while len(self.results) < 3 and self._thread.is_alive():   # a short attack still gets three probes
            self._thread.join(self.interval)
        self._stop.set()
        self._thread.join()

    def _run(self):
        request = f"GET {PROBE_PATH} HTTP/1.1\r\nHost: probe\r\nConnection: close\r\n\r\n".encode()
        while not self._stop.is_set():
            start = time.monotonic()
            try:
                with self.server.connect(source=PROBE_ADDRESS, timeout=self.timeout) as sock:
                    sock.sendall(request)
                    outcome = read_response(sock)[0]
            except OSError as error:
                outcome = f"{type(error).__name__}: {error}"
            with self._answered:
                self.results.append((time.monotonic() - start, outcome))
                self._answered.notify_all()
            self._stop.wait(self.interval)

    def wait_for(self, answers, timeout=120):
        """Hold an attack open until the probe has asked `answers` times (at 10 a second: past the test
        server's 2 s timeouts), however long each answer took."""
        with self._answered:
            self._answered.wait_for(lambda: len(self.results) >= answers, timeout)

    def assert_answered_quickly(self, within=2.0):
        """Every probe answered within `within` seconds: 200, or, against a server elsewhere (where the probe
        may share its address with the attacks), 429 too."""
        answers = (200,) if self.server.local else (200, 429)
        assert len(self.results) >= 3, self.results
        print(f"probe: {len(self.results)} answers, the slowest in {max(s for s, _ in self.results):.3f} s")
        slow = [(round(seconds, 2), outcome) for seconds, outcome in self.results
                if seconds >= within or outcome not in answers]
        assert not slow, f"{len(slow)} of {len(self.results)} probes failed or took {within} s or more: {slow[:10]}"
