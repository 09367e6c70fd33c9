"""The `conflict-facts` command as a new user meets it: one database whatever the folder, named on stderr;
--version and --help; `-` for standard output; one-line errors that say what to do; progress on a terminal,
a summary line always, and nothing else when the output is not a terminal."""
import argparse
import fcntl
import importlib.metadata
import os
import pty
import re
import shutil
import socket
import struct
import subprocess
import sys
import termios

import orjson
import pytest

from api import cli

# The installed command, as a user runs it (the tests run in the environment the project is installed in).
COMMAND = [shutil.which("conflict-facts") or os.path.join(os.path.dirname(sys.executable), "conflict-facts")]
SUMMARY = {
    "export": r"exported [\d,]+ rows in \d+ tables in \d+\.\d s to \S+",
    "import": r"imported [\d,]+ rows in \d+ tables in \d+\.\d s; search index rebuilt",
    "backup": r"backed up to \S+ \([\d,]+ bytes\) in \d+\.\d s",
    "restore": r"restored from \S+ \([\d,]+ bytes\) in \d+\.\d s",
}


def run(args, env, cwd=None, **kwargs):
    return subprocess.run(COMMAND + args, env=env, cwd=cwd, capture_output=True, timeout=120, **kwargs)


def text(result):
    return result.stdout.decode(), result.stderr.decode()


@pytest.fixture
def env(dbs, template_databases, tmp_path):
    """A migrated database with the example data on the engine under test (a clone of the session's template:
    `db upgrade` and `fixtures load` through the command have tests of their own in test_cli.py); HOME and the
    data folder in a temporary folder, so the default database is never the user's."""
    name = dbs.unique("usability")
    environment = {**os.environ, "DATABASE_URL": dbs.create(name, template="example"),
                   "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data-home")}
    yield environment
    dbs.drop(name)


def assert_one_line_error(result, *words):
    """Exit code 1; standard error is the database line and one line that names each of `words`."""
    out, err = text(result)
    assert result.returncode == 1, (out, err)
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("database: "), err
    for word in words:
        assert word in lines[1], (word, lines[1])
    return lines[1]


def test_the_default_database_is_the_same_whatever_the_folder(tmp_path):
    environment = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    environment.update(HOME=str(tmp_path / "home"), XDG_DATA_HOME=str(tmp_path / "data-home"))
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir(), there.mkdir()
    expected = f"database: SQLite {tmp_path / 'data-home' / 'conflict-facts' / 'conflict-facts.db'}"

    upgraded = run(["db", "upgrade"], environment, cwd=here)
    assert upgraded.returncode == 0
    status = run(["db", "status"], environment, cwd=there)
    assert status.returncode == 0, text(status)   # the migrated database, not a second, empty one
    for result in (upgraded, status):
        assert text(result)[1].splitlines()[0] == expected
    assert not list(here.iterdir()) and not list(there.iterdir())


def test_every_command_names_its_database_without_its_password(tmp_path):
    environment = {**os.environ, "DATABASE_URL": "postgresql://ana:s3cret@127.0.0.1:9/facts"}
    result = run(["db", "status"], environment)
    line = assert_one_line_error(result, "the database failed")
    assert text(result)[1].splitlines()[0] == "database: postgresql://ana:***@127.0.0.1:9/facts"
    assert "s3cret" not in text(result)[1] and "s3cret" not in line


def test_version():
    result = run(["--version"], os.environ)
    assert result.returncode == 0
    assert text(result)[0].strip() == f"conflict-facts {importlib.metadata.version('conflict-facts')}"


def parsers(parser, path=()):
    """(command path, parser) for the top parser and every subcommand's, however deep."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, subparser in action.choices.items():
                yield from parsers(subparser, path + (name,))


PARSERS = dict(parsers(cli.parser()))


@pytest.mark.parametrize("path", list(PARSERS), ids=lambda path: " ".join(path) or "conflict-facts")
def test_every_argument_and_subcommand_has_help_and_shows_its_default(path):
    parser = PARSERS[path]
    for action in parser._actions:
        assert action.help, (path, action.dest)
        if isinstance(action, argparse._SubParsersAction):
            assert all(choice.help for choice in action._choices_actions), path
    shown = parser.format_help()
    for action in parser._actions:
        if action.option_strings and action.default not in (None, argparse.SUPPRESS) and action.dest != "help":
            assert f"(default: {action.default})" in " ".join(shown.split()), (path, action.dest)


def test_help_as_printed_shows_defaults():
    out, _ = text(run(["serve", "--help"], os.environ))
    assert "(default: 8000)" in out and "port to listen on" in out


def test_export_to_standard_output_writes_no_file(env, tmp_path):
    result = run(["export", "-"], env, cwd=tmp_path)
    out, err = result.stdout, text(result)[1]
    assert result.returncode == 0
    assert not (tmp_path / "-").exists()
    lines = out.splitlines()
    assert orjson.loads(lines[0])["format"] == "conflict-facts-export"
    assert all("table" in orjson.loads(line) for line in lines[1:])
    assert re.fullmatch(r"exported [\d,]+ rows in \d+ tables in \d+\.\d s", err.splitlines()[-1])


def test_import_from_standard_input(env, tmp_path):
    exported = run(["export", "-"], env).stdout
    target = {**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'copy.db'}"}
    result = run(["import", "-", "--upgrade"], target, input=exported)
    assert result.returncode == 0, text(result)
    assert re.fullmatch(SUMMARY["import"], text(result)[0].strip())


def test_import_into_a_new_database_says_to_upgrade_and_leaves_no_file(env, tmp_path):
    assert run(["export", "data.ndjson"], env, cwd=tmp_path).returncode == 0
    target = {**env, "DATABASE_URL": "sqlite:///fresh.db"}
    line = assert_one_line_error(run(["import", "data.ndjson"], target, cwd=tmp_path),
                                 "conflict-facts import data.ndjson --upgrade")
    assert "fresh.db" in line
    assert sorted(path.name for path in tmp_path.iterdir()) == ["data.ndjson"]


def test_a_failed_import_into_a_new_database_leaves_no_file(env, tmp_path):
    (tmp_path / "broken.ndjson").write_text("not an export\n")
    target = {**env, "DATABASE_URL": "sqlite:///fresh.db"}
    assert_one_line_error(run(["import", "broken.ndjson", "--upgrade"], target, cwd=tmp_path), "not a conflict-facts export")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["broken.ndjson"]


def test_restoring_an_export_and_importing_a_backup_name_the_right_command(env, tmp_path):
    assert run(["export", "data.ndjson"], env, cwd=tmp_path).returncode == 0
    assert run(["backup", "data.backup"], env, cwd=tmp_path).returncode == 0
    assert_one_line_error(run(["restore", "data.ndjson"], env, cwd=tmp_path),
                          "is an export", "conflict-facts import data.ndjson")
    target = {**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'other.db'}"}
    assert_one_line_error(run(["import", "data.backup", "--upgrade"], target, cwd=tmp_path),
                          "is a backup", "conflict-facts restore data.backup")


@pytest.mark.parametrize("args, words", [
    (["restore", "missing.backup"], ["no backup at missing.backup"]),
    (["import", "missing.ndjson"], ["no export at missing.ndjson"]),
    (["export", "no/such/folder/data.ndjson"], ["No such file or directory", "no/such/folder/data.ndjson"]),
    (["backup", "existing"], ["existing exists already"]),
    (["fixtures", "load", "--directory", "no-such-folder"], []),
])
def test_errors_are_one_line_without_traceback(env, tmp_path, args, words):
    (tmp_path / "existing").write_text("")
    result = run(args, env, cwd=tmp_path)
    if args[0] == "fixtures":   # a folder without fixture files loads nothing: not an error
        assert result.returncode == 0 and "Traceback" not in text(result)[1]
        return
    assert_one_line_error(result, *words)


def test_a_busy_port_is_one_line_and_no_server_log():
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run(["serve", "--port", str(port)], {**os.environ, "DATABASE_URL": "sqlite:///:memory:"})
    line = assert_one_line_error(result, f"port {port} is in use", "use --port")
    assert line.startswith("conflict-facts serve: ")


@pytest.mark.parametrize("command", ["export", "backup", "restore", "import"])
def test_summary_line_and_no_progress_when_piped(env, tmp_path, command):
    assert run(["export", "data.ndjson"], env, cwd=tmp_path).returncode == 0
    assert run(["backup", "data.backup"], env, cwd=tmp_path).returncode == 0
    args = {"export": ["export", "again.ndjson"], "backup": ["backup", "again.backup"],
            "restore": ["restore", "data.backup"], "import": ["import", "data.ndjson", "--upgrade"]}[command]
    target = {**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'new.db'}"} if command == "import" else env
    result = run(args, target, cwd=tmp_path)
    out, err = text(result)
    assert result.returncode == 0, err
    assert re.fullmatch(SUMMARY[command], out.strip())
    assert err.strip().splitlines() == [err.strip().splitlines()[0]] and err.startswith("database: ")


def run_on_a_terminal(args, env, cwd):
    """Run with standard output and error on a pseudo-terminal; returns (exit code, everything shown)."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))   # 24 rows, 100 columns
    process = subprocess.Popen(COMMAND + args, env=env, cwd=cwd, stdin=subprocess.DEVNULL,
                               stdout=follower, stderr=follower)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:   # EIO: the command has exited and closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    return process.wait(timeout=60), shown.decode()


@pytest.mark.parametrize("command, unit", [("export", "rows"), ("import", "B")])
def test_progress_bar_on_a_terminal(env, tmp_path, command, unit):
    assert run(["export", "data.ndjson"], env, cwd=tmp_path).returncode == 0
    args = ["export", "again.ndjson"] if command == "export" else ["import", "data.ndjson", "--upgrade"]
    target = {**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'new.db'}"} if command == "import" else env
    code, shown = run_on_a_terminal(args, target, tmp_path)
    assert code == 0, shown
    assert re.search(rf"\r{command}: +100%\|[^\r]*\| [\d.]+k?/[\d.]+k? \[[^\]\r]* ?[kM]?{unit}/s\]", shown), shown
    assert re.search(SUMMARY[command], shown)


@pytest.mark.e2e
def test_gunicorn_failing_to_start_ends_in_one_plain_line(tmp_path):
    """Should the port be taken between the check and gunicorn's own bind, gunicorn logs its retries and
    exits; the command ends with one plain line and a non-zero exit code, no traceback."""
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code = ("import sys; from api import cli; cli.check_port_is_free = lambda host, port: None; "
                f"sys.exit(cli.main(['serve', '--port', '{port}', '--workers', '1']))")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=120, cwd=tmp_path,
                                env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"})
    err = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in err
    assert err.strip().splitlines()[-1] == ("conflict-facts serve: the server stopped with an error (exit code 1); "
                                            "its log above says why")
