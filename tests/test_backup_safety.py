"""L9: a backup holds every token's hash and the whole history. It is written readable by its owner only,
never through a symbolic link, and the PostgreSQL password never reaches pg_dump's or pg_restore's
command line (where any local user sees it in the process list)."""
import json
import os
import stat
import sys

import pytest

from test_cli_usability import assert_one_line_error, run


@pytest.fixture
def env(dbs, template_databases, tmp_path):
    name = dbs.unique("backup_safety")
    environment = {**os.environ, "DATABASE_URL": dbs.create(name, template="empty")}   # migrated
    yield environment
    dbs.drop(name)


def test_a_backup_is_readable_by_its_owner_only(env, tmp_path):
    os.umask(0o022)   # the usual umask, which would make a new file 0644
    result = run(["backup", "data.backup"], env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(os.stat(tmp_path / "data.backup").st_mode) == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["data.backup"]   # no temporary file left


@pytest.mark.parametrize("target", ["nowhere", "existing"], ids=["dangling", "to a file"])
def test_a_backup_is_never_written_through_a_symlink(env, tmp_path, target):
    (tmp_path / "existing").write_bytes(b"keep me")
    (tmp_path / "link.backup").symlink_to(tmp_path / target)
    assert_one_line_error(run(["backup", "link.backup"], env, cwd=tmp_path), "link.backup is a symbolic link")
    assert not (tmp_path / "nowhere").exists()
    assert (tmp_path / "existing").read_bytes() == b"keep me"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["existing", "link.backup"]


FAKE_PROGRAM = f"""#!{sys.executable}
# Records how it was called, and writes a file that looks like pg_dump's custom format.
import json, os, sys
with open(os.environ["RECORD"], "a") as fh:
    fh.write(json.dumps({{"argv": sys.argv, "password": os.environ.get("PGPASSWORD")}}) + "\\n")
if "--file" in sys.argv:
    with open(sys.argv[sys.argv.index("--file") + 1], "wb") as fh:
        fh.write(b"PGDMP fake")
"""


def test_the_postgresql_password_is_not_on_the_command_line(tmp_path):
    """pg_dump and pg_restore are replaced by a program that records its arguments and environment: the
    command the backup builds is what is under test, so any engine runs it."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name in ("pg_dump", "pg_restore"):
        (bin_dir / name).write_text(FAKE_PROGRAM)
        (bin_dir / name).chmod(0o755)
    record = tmp_path / "calls.jsonl"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "RECORD": str(record),
           "DATABASE_URL": "postgresql://curator:s3cret-pw@127.0.0.1:5432/facts"}
    backup = run(["backup", "facts.dump"], env, cwd=tmp_path)
    assert backup.returncode == 0, backup.stderr
    assert stat.S_IMODE(os.stat(tmp_path / "facts.dump").st_mode) == 0o600
    restore = run(["restore", "facts.dump"], env, cwd=tmp_path)
    assert restore.returncode == 0, restore.stderr
    calls = [json.loads(line) for line in record.read_text().splitlines()]
    assert [os.path.basename(call["argv"][0]) for call in calls] == ["pg_dump", "pg_restore"]
    for call in calls:
        assert not any("s3cret-pw" in argument for argument in call["argv"]), call["argv"]
        assert any("user=curator" in argument and "dbname=facts" in argument for argument in call["argv"])
        assert call["password"] == "s3cret-pw"
    for result in (backup, restore):
        assert b"s3cret-pw" not in result.stdout + result.stderr


def test_an_export_is_readable_by_its_owner_only_and_never_written_through_a_symlink(env, tmp_path):
    os.umask(0o022)
    (tmp_path / "old.ndjson").write_text("")
    (tmp_path / "old.ndjson").chmod(0o644)
    for name in ("data.ndjson", "old.ndjson"):   # a new file, and one written over
        assert run(["export", name], env, cwd=tmp_path).returncode == 0
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600
    (tmp_path / "link.ndjson").symlink_to(tmp_path / "nowhere")
    assert_one_line_error(run(["export", "link.ndjson"], env, cwd=tmp_path), "link.ndjson is a symbolic link")
    assert not (tmp_path / "nowhere").exists()
