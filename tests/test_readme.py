"""The README's commands work as written: its shell blocks are run with bash, in order, against the service
started as the README says (`conflict-facts serve`), in a new folder with a new user data folder. Only the
port changes (a free one instead of 8000); every curl fails on an HTTP error (a .curlrc with `fail`), every
block runs under `set -euo pipefail`, and the blocks run in another folder than the server, as a user's
second terminal would."""
import os
import pathlib
import re
import signal
import socket
import subprocess
import sys
import urllib.request

import pytest

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"
# Blocks a test cannot run: building images, installing the project (the test runs in the installed
# project), running the test suite itself, and the dataset imports (they name the user's own UCDP/ACLED
# files; tests/test_ged_import.py and test_acled.py run the same commands on real ones).
NOT_RUN = ("docker ", "pip install -e", "pytest", "conflict-facts import --format")
SERVE = "conflict-facts serve"

pytestmark = [pytest.mark.e2e, pytest.mark.needs("curl")]   # the README's commands use curl


def shell_blocks():
    return re.findall(r"^```sh\n(.*?)^```", README.read_text(), flags=re.S | re.M)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """The service started as the README's first block says, from a folder of its own."""
    first = shell_blocks()[0]
    assert first.strip().endswith(SERVE), first   # `pip install . && conflict-facts serve`: installed already
    port = free_port()
    home = tmp_path / "home"
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "INITIAL_ADMIN_TOKEN_FILE")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"), CURL_HOME=str(tmp_path),
               PATH=f"{os.path.dirname(sys.executable)}{os.pathsep}{env['PATH']}")
    (tmp_path / ".curlrc").write_text("fail\nsilent\nshow-error\n")
    serve_folder = tmp_path / "server"
    serve_folder.mkdir()
    process = subprocess.Popen(["conflict-facts", "serve", "--port", str(port), "--workers", "1"], env=env,
                               cwd=serve_folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        for line in process.stderr:   # a worker says so once it has a socket listening (after migrating)
            if "Worker listening at" in line:
                break
        else:
            raise AssertionError("the server did not start")
        subprocess.Popen(["cat"], stdin=process.stderr, stdout=subprocess.DEVNULL)   # keep draining its log
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=60):
            pass
        yield port, env, tmp_path
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_the_readme_commands_work_as_written(server):
    port, env, tmp_path = server
    user_folder = tmp_path / "elsewhere"
    user_folder.mkdir()
    state = tmp_path / "state.sh"   # the variables a block sets (TOKEN, ETAG), for the next blocks
    blocks = [block for block in shell_blocks()[1:] if not block.lstrip().startswith(NOT_RUN)]
    assert len(blocks) >= 4   # reads, a token, a write, a correction with its ETag
    for number, block in enumerate(blocks, start=1):
        script = block.replace("127.0.0.1:8000", f"127.0.0.1:{port}")
        prelude = f"set -euo pipefail\n[ -f {state} ] && source {state}\n"
        epilogue = f"\ndeclare -p TOKEN ETAG > {state} 2>/dev/null || true\n"
        result = subprocess.run(["bash", "-c", prelude + script + epilogue], env=env, cwd=user_folder,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"README block {number} failed:\n{block}\n{result.stdout}\n{result.stderr}"
    # The correction went through: the PATCH block changed event 4's summary.
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/events/4", timeout=10) as response:
        assert b"Corrected summary." in response.read()
