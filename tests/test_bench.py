"""bench/run.py works end to end: a tiny database, a second per measurement, one round.

It asserts nothing about speed: only that the bench ran, found the same records on both servers, printed
its table, and ended with a well-formed RATIOS line of positive numbers. (The bench exits 1 when the
service answered errors while timed, which can happen on a machine busy with other work; the table and the
RATIOS line are printed all the same, and that is what this test checks.) The bench needs Datasette
and the rest of the `[bench]` extra, and Debian's wrk; without them this test is skipped, saying what to
install (in CI, where everything is installed, it fails instead). bench/versions.py likewise, with this
project's HEAD as its base.
"""
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from databases import ENGINE

ROOT = Path(__file__).resolve().parent.parent

RATIOS = re.compile(r"^RATIOS get=(\S+) list=(\S+) search=(\S+) export=(\S+) ceiling=(\S+)$")


@pytest.mark.e2e
@pytest.mark.needs("wrk", "bench")
@pytest.mark.skipif(ENGINE != "sqlite", reason="The benchmark compares the service with Datasette on one SQLite "
                                               "file; CI's SQLite pass runs it, the PostgreSQL pass need not again.")
def test_bench_runs_end_to_end(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--events", "2000", "--seconds", "1", "--rounds", "1",
         "--warmup", "0", "--paced-repeats", "2", "--db", str(tmp_path / "bench.db")],
        cwd=ROOT, capture_output=True, text=True, timeout=240)
    output = result.stdout + result.stderr
    assert result.returncode in (0, 1), output[-6000:]
    lines = result.stdout.strip().splitlines()

    # the table: a row per question and server, and the ceiling
    # the table: req/s, p50, p99, errors, bytes per answer, CPU ms per answer, for both servers (and
    # Datasette's stock API where it has one), and the same-bytes ceiling
    row = r"\s+[\d,.]+\s+[\d,.]+\s+[\d,.]+\s+\d+\s+[\d,]+\s+[\d,.]+\s"
    for question in ("get", "list", "search", "export"):
        for server in ("ours", "datasette") + (("stock",) if question in ("get", "search") else ()):
            assert re.search(rf"^{question}\s+{server}{row}", result.stdout, re.M), \
                f"no table row for {question}/{server}:\n{output[-6000:]}"
    assert re.search(rf"^ceiling\s+ceiling{row}", result.stdout, re.M), output[-6000:]
    # paired ratios with their interval; connections per worker; latency at a fixed rate
    for question in ("get", "list", "search", "export", "ceiling"):
        assert re.search(rf"^  {question}\s+[\d.]+ \[[\d.]+-[\d.]+\]", result.stdout, re.M), output[-6000:]
    assert re.search(r"^  ours\s+get \d+/1 piled on one worker", result.stdout, re.M), output[-6000:]
    for question in ("get", "list"):
        for server in ("ours", "datasette"):
            for share in ("50%", "80%"):
                assert re.search(rf"^  {question}\s+{server}\s+{share} of max: asked [\d,]+/s, sent [\d,]+/s, "
                                 r"p50 [\d.]+ ms, p99 [\d.]+ ms \[[\d.]+-[\d.]+ over 2 runs\]", result.stdout, re.M), output[-6000:]
    for question in ("get", "list", "search", "export"):
        assert f"verify {question:<7} same records and fields" in result.stdout, output[-6000:]
    assert "worker RSS" in result.stdout and "deep page:" in result.stdout and "time limit:" in result.stdout

    # the last line: RATIOS with five positive numbers
    match = RATIOS.match(lines[-1])
    assert match, f"last line is not a RATIOS line: {lines[-1]!r}"
    assert all(float(value) > 0 for value in match.groups()), lines[-1]


@pytest.mark.e2e
@pytest.mark.needs("wrk", "bench")
@pytest.mark.skipif(ENGINE != "sqlite", reason="bench/versions.py compares two checkouts on one SQLite file; CI's "
                                               "SQLite pass runs it, the PostgreSQL pass need not again.")
def test_versions_runs_end_to_end(tmp_path):
    """bench/versions.py against a base that is this project's HEAD: a temporary `git worktree` (no network),
    its `.venv` a link to this Python's environment; a tiny file, one round of a second."""
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("bench/versions.py's test makes its base a git worktree of HEAD: needs git and a git checkout")
    db = tmp_path / "tiny.db"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--events", "1500", "--db", str(db)],
                   cwd=ROOT, check=True, capture_output=True, timeout=240)
    base = tmp_path / "base"
    subprocess.run(["git", "worktree", "add", "--detach", str(base), "HEAD"], cwd=ROOT, check=True,
                   capture_output=True, timeout=120)
    try:
        (base / ".venv").symlink_to(sys.prefix, target_is_directory=True)
        result = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "versions.py"), "--base", str(base), "--db", str(db),
             "--rounds", "1", "--seconds", "1", "--warmup", "0"],
            cwd=ROOT, capture_output=True, text=True, timeout=300)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, capture_output=True)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert re.search(r"^new: migrated its copy in [\d.]+ s", result.stdout, re.M), output[-6000:]
    row = r"\s+[\d,.]+\s+[\d,.]+\s+[\d,.]+\s+\d+\s+[\d,]+\s+[\d,.]+\s"
    for question in ("get", "list", "search", "export"):
        for side in ("base", "new"):
            assert re.search(rf"^{question}\s+{side}{row}", result.stdout, re.M), output[-6000:]
        assert re.search(rf"^  {question}\s+req/s [\d.]+ \[[\d.]+-[\d.]+\]   CPU ms per answer [\d.]+ "
                         r"\[[\d.]+-[\d.]+\]$", result.stdout, re.M), f"no ratio line for {question}:\n{output[-6000:]}"
    assert re.match(r"^RATIOS get=[\d.]+ list=[\d.]+ search=[\d.]+ export=[\d.]+$",
                    result.stdout.strip().splitlines()[-1]), output[-6000:]


def test_bench_requirements_pin_what_the_bench_extra_pins():
    """bench/requirements.txt (for `pip install -r`) and the `[bench]` extra list the same packages and pins;
    the file may add tools the bench does not need to run (py-spy)."""
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]["bench"]
    lines = [line.split("#")[0].strip() for line in (ROOT / "bench" / "requirements.txt").read_text().splitlines()]
    pinned = {line for line in lines if line} - {line for line in lines if line.startswith("py-spy")}
    assert pinned == set(extra)


@pytest.mark.e2e
@pytest.mark.skipif(ENGINE != "sqlite", reason="bench/stored_paired.py runs on a copy of a generated SQLite file.")
def test_stored_paired_runs_and_pairs_two_checkouts(tmp_path):
    """bench/stored_paired.py on a tiny generated file, twice (this checkout under two labels, in turn), then
    --pairs: a throughput ratio per pair for every question, each positive."""
    db = tmp_path / "paired.db"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--events", "300", "--db", str(db)],
                   cwd=ROOT, check=True, capture_output=True, timeout=240)
    runs = tmp_path / "runs.jsonl"
    for label in ("a", "b", "b", "a"):
        result = subprocess.run([sys.executable, str(ROOT / "bench" / "stored_paired.py"), "--db", str(db),
                                 "--label", label, "--repeats", "1"],
                                cwd=ROOT, capture_output=True, text=True, timeout=240)
        assert result.returncode == 0, result.stderr[-3000:]
        with runs.open("a") as out:
            out.write(result.stdout)
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "stored_paired.py"), "--pairs", str(runs),
                             "--label", "a"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.strip().splitlines())
    assert set(lines) == {"get", "page1", "deep_page", "create", "update", "rename"}
    for question, text in lines.items():
        ratios = re.match(r"a / other, throughput per pair (\S+), (\S+), median (\S+)", text)
        assert ratios and all(float(r) > 0 for r in ratios.groups()), (question, text)
