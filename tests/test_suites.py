"""tests/suites.py: plain `pytest` leaves out the end-to-end tests, which run when asked for or named; a test
whose needs the machine lacks is skipped with what to install, and fails instead in CI. Played on a small
suite of its own (pytester), with the plugin loaded as tests/conftest.py loads it."""
import textwrap

import pytest

SUITE = {
    "tests/test_fast.py": """
        import pytest

        def test_fast():
            pass

        @pytest.mark.e2e
        def test_with_a_server():
            pass
    """,
    "tests/e2e/test_attacks.py": """
        import pytest

        pytestmark = pytest.mark.e2e

        def test_attack():
            pass
    """,
    "tests/test_tools.py": """
        import pytest

        @pytest.mark.needs("wrk")
        def test_load():
            pass
    """,
}


@pytest.fixture
def suite(pytester, monkeypatch):
    pytester.makeini("[pytest]\ntestpaths = tests\nmarkers =\n    e2e: end to end\n")
    for path, source in SUITE.items():
        pytester.path.joinpath(path).parent.mkdir(parents=True, exist_ok=True)
        pytester.path.joinpath(path).write_text(textwrap.dedent(source).lstrip())
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("PATH", str(pytester.path))   # no wrk on this PATH

    def run(*args):
        return pytester.runpytest("-p", "suites", "-ra", *args)
    return run


def test_plain_pytest_leaves_out_the_end_to_end_tests_and_says_how_to_run_them(suite):
    for args in ((), ("tests",)):
        result = suite(*args)
        result.assert_outcomes(passed=1, skipped=1, deselected=2)
        result.stdout.fnmatch_lines(["2 end-to-end tests left out: `pytest -m e2e` runs them*"])


@pytest.mark.parametrize("args, passed", [
    (("-m", "e2e"), 2),
    (("-m", "e2e or not e2e"), 3),
    (("tests/e2e/test_attacks.py",), 1),
    (("tests/e2e",), 1),
    (("tests/test_fast.py",), 2),
    (("tests/test_fast.py::test_with_a_server",), 1),
], ids=["-m e2e", "-m everything", "a file", "a folder", "a file with both", "a node"])
def test_end_to_end_tests_run_when_asked_for_or_named(suite, args, passed):
    result = suite(*args)
    assert result.parseoutcomes()["passed"] == passed
    assert "left out" not in result.stdout.str()


def test_a_missing_program_is_a_skip_that_says_how_to_install_it(suite):
    result = suite("tests/test_tools.py")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["SKIPPED * needs wrk (apt-get install wrk)"])


def test_in_ci_a_missing_program_fails_the_run(suite, monkeypatch):
    monkeypatch.setenv("CI", "true")
    result = suite("tests/test_tools.py")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*needs wrk (apt-get install wrk)*CI (CI=true) installs everything*"])
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_every_need_says_how_to_meet_it():
    import suites
    for name, (present, how) in suites.NEEDS.items():
        assert callable(present) and how, name
