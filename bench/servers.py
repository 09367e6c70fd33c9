"""The servers bench/run.py starts and the load it sends them: processes, their CPU time and memory, wrk."""
import http.client
import json
import math
import os
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WRK_SCRIPT = ROOT / "bench" / "wrk" / "bench.lua"

# --- small helpers ---------------------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_get(port, path, timeout=60, headers=None):
    """(status, headers dict lower-cased, body bytes, seconds)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    started = time.perf_counter()
    conn.request("GET", path, headers=headers or {})
    response = conn.getresponse()
    body = response.read()
    elapsed = time.perf_counter() - started
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body, elapsed


def get_json(port, path):
    status, _, body, _ = http_get(port, path)
    if status != 200:
        raise RuntimeError(f"GET {path} on port {port}: {status} {body[:300]!r}")
    return json.loads(body)


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def children(pid):
    """PIDs whose parent is pid (the gunicorn workers of a master)."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        pass
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
    return found


def fmt(x, digits=1):
    if x is None:
        return "-"
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return "-"
    return f"{x:,.{digits}f}"


# --- servers --------------------------------------------------------------------------------------------

class Server:
    def __init__(self, name, argv, env, port, ready_path, workdir, root=ROOT):
        """`root`: the checkout whose code `python -m` runs (its directory comes first on the path)."""
        self.name, self.argv, self.port, self.ready_path, self.root = name, argv, port, ready_path, root
        self.log_path = workdir / f"{name}.log"
        runtime = workdir / f"{name}-run"  # gunicorn's control socket lives in XDG_RUNTIME_DIR: one each
        runtime.mkdir(exist_ok=True)
        self.env = {**env, "XDG_RUNTIME_DIR": str(runtime)}
        self.proc = None

    def start(self, nice=0, cores=None):
        """Start it, at this niceness, pinned to these cores when given (see wrk_cores)."""
        self.log = open(self.log_path, "wb")
        argv = (["taskset", "-c", ",".join(map(str, cores))] if cores else []) + self.argv
        self.proc = subprocess.Popen(argv, env=self.env, cwd=self.root, stdout=self.log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL, start_new_session=True,
                                     preexec_fn=(lambda: os.nice(nice)) if nice else None)
        set_priority(self.proc.pid, nice)

    def wait_ready(self, timeout=180):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}; see {self.log_path}:\n"
                                   + self.log_path.read_text(errors="replace")[-3000:])
            try:
                status, _, _, _ = http_get(self.port, self.ready_path, timeout=5)
                if status == 200 and len(self.workers()) >= 1:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer {self.ready_path} within {timeout} s; see {self.log_path}")

    def workers(self):
        return children(self.proc.pid) if self.proc else []

    def stop(self):
        if self.proc is None or self.proc.poll() is not None:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)  # the group this bench started for this server
            self.proc.wait(timeout=30)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
        self.log.close()


class RssSampler(threading.Thread):
    """Samples the workers' VmRSS every interval; keeps the maximum per server, and a series while marked."""

    def __init__(self, servers, interval=0.2):
        super().__init__(daemon=True)
        self.servers, self.interval = servers, interval
        self.max_kb = {s.name: 0 for s in servers}
        self.series = {}
        self.mark = None
        self.stopped = threading.Event()

    def run(self):
        while not self.stopped.wait(self.interval):
            mark = self.mark
            for server in self.servers:
                values = [v for v in (rss_kb(p) for p in server.workers()) if v]
                if values:
                    self.max_kb[server.name] = max(self.max_kb[server.name], max(values))
                    if mark:
                        self.series.setdefault((mark, server.name), []).append(max(values))


# --- wrk ------------------------------------------------------------------------------------------------

NICE = 0  # --nice: the priority change of the servers and wrk (negative: ahead of other work on the machine)


def set_priority(pid, nice):
    """Raise a session's priority. With autogroup scheduling (Linux's default for desktops and many servers)
    a process's niceness only counts inside its session's group, so the group's niceness is set too."""
    if not nice:
        return
    try:
        with open(f"/proc/{pid}/autogroup", "w") as f:
            f.write(str(nice))
    except OSError:
        pass


def wrk_cores():
    """The cores wrk is pinned to, and those left for the servers: wrk gets a core of its own when the machine
    has four or more (with fewer, pinning would take half the machine from the servers); None: not pinned."""
    cores = sorted(os.sched_getaffinity(0))
    if len(cores) < 4:
        return None, None
    return [cores[-1]], cores[:-1]


def wrk(port, paths_file, seconds, connections=16, seed=1, delay_ms=0, cores=None):
    """One wrk run: GETs drawn from paths_file (a path a line) with this seed, optionally paced by delay_ms per
    connection. {rps, p50, p99 (ms), requests, errors, bytes}."""
    argv = (["nice", "-n", str(NICE)] if NICE else []) + (
        ["taskset", "-c", ",".join(map(str, cores))] if cores else []) + [
        "wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "60s", "-s", str(WRK_SCRIPT),
        "http://127.0.0.1:%d" % port, "--", str(paths_file), str(seed)] + ([f"{delay_ms:.3f}"] if delay_ms else [])
    out = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 120)
    for line in out.stdout.splitlines():
        if line.startswith("WRKJSON "):
            r = json.loads(line[len("WRKJSON "):])
            secs = r["duration_us"] / 1e6
            return {"rps": r["requests"] / secs if secs else 0.0, "p50": r["p50_us"] / 1000,
                    "p99": r["p99_us"] / 1000, "requests": r["requests"],
                    "errors": r["errors_status"] + r["errors_connect"] + r["errors_read"] + r["errors_timeout"],
                    "bytes": r["bytes"]}
    raise RuntimeError(f"wrk printed no summary: {out.stdout[-2000:]} {out.stderr[-2000:]}")


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(server):
    """CPU seconds used so far by a server: its master, its live workers, and the workers it has reaped (a
    recycled worker's time moves to the master's children's count when the master waits for it)."""
    total = 0
    for pid, own_and_reaped in [(server.proc.pid, True)] + [(w, False) for w in server.workers()]:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        utime, stime, cutime, cstime = (int(v) for v in fields[11:15])
        total += utime + stime + ((cutime + cstime) if own_and_reaped else 0)
    return total / CLOCK_TICKS


def connections_per_worker(server):
    """{worker pid: established client connections it holds} on the server's port, read from /proc: shows
    whether the load generator's keep-alive connections are spread over the workers or piled on one."""
    established = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    parts = line.split()
                    local_port = int(parts[1].rsplit(":", 1)[1], 16)
                    if local_port == server.port and parts[3] == "01":
                        established.add(parts[9])
        except OSError:
            continue
    counts = {}
    for pid in server.workers():
        try:
            links = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
        except OSError:
            continue
        counts[pid] = sum(1 for link in links if link.startswith("socket:[") and link[8:-1] in established)
    return counts


def settle(server, quiet_share=0.05, window=0.25, limit=60):
    """Wait until a server is idle (under quiet_share of a core over `window` seconds), at most `limit` s:
    wrk stops sending when its time is up, but requests already taken (16 exports of a country, say) run
    on, and would be charged to whichever run comes next. Returns the seconds waited."""
    started = time.monotonic()
    before = cpu_seconds(server)
    while time.monotonic() - started < limit:
        time.sleep(window)
        now = cpu_seconds(server)
        if now - before < quiet_share * window:
            break
        before = now
    return time.monotonic() - started


def timed(server, paths_file, seconds, connections, seed, cores, delay_ms=0):
    """One wrk run against a server, with its CPU time per answer and its connections per worker."""
    spread = {}

    def sample():
        spread.update(connections_per_worker(server))

    probe = threading.Timer(seconds / 2, sample)
    probe.start()
    cpu_before = cpu_seconds(server)
    result = wrk(server.port, paths_file, seconds, connections, seed, delay_ms, cores)
    cpu = cpu_seconds(server) - cpu_before
    probe.cancel()
    settle(server)
    result["cpu_ms"] = cpu * 1000 / result["requests"] if result["requests"] else float("nan")
    result["spread"] = sorted(spread.values(), reverse=True)
    return result
