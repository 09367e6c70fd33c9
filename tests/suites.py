"""Which tests a run includes, and what they need from the machine (a pytest plugin; tests/conftest.py loads it).

The fast suite and the end-to-end suite. Tests marked `e2e` start real servers (gunicorn, a browser, the
benchmark) and take minutes: plain `pytest` leaves them out and says how many it left out. They run when
the command line asks for them: `pytest -m e2e` (or any other -m expression), or by naming them, their
file, or a folder below tests/ that holds them (`pytest tests/e2e`, `pytest tests/test_cli.py`).

What a test needs from the machine. `@pytest.mark.needs("wrk", "bench")` names things from NEEDS; a test
whose needs are missing is skipped, with what is missing and how to install it as the reason. Except in CI
(CI=true in the environment): .ci/run installs everything, so there a missing need fails the test instead
of hiding it behind a skip.

How many examples a property-based test tries: `examples(n)`, all n in CI, half outside it.
"""
import importlib.util
import os
import shutil

import pytest

# name -> (is it there?, how to get it)
NEEDS = {
    "chromium": (lambda: os.access("/usr/bin/chromium", os.X_OK), "Debian's chromium: apt-get install chromium"),
    "wrk": (lambda: shutil.which("wrk") is not None, "apt-get install wrk"),
    "curl": (lambda: shutil.which("curl") is not None, "apt-get install curl"),
    "bench": (lambda: all(importlib.util.find_spec(module) is not None
                          for module in ("datasette", "datasette_gunicorn", "uvicorn", "wordfreq")),
              "the benchmark's Python packages: pip install -e '.[bench]'"),
}


def in_ci():
    return os.environ.get("CI", "").lower() in ("true", "1", "yes")


# --- how many examples each property-based test tries ------------------------------------------------------

# The counts written in the tests are CI's; a developer's default run tries half as many, which keeps plain
# `pytest` fast. HYPOTHESIS_SCALE=<n> multiplies the written counts instead, anywhere (2 for a thorough run).
HYPOTHESIS_SCALE = float(os.environ.get("HYPOTHESIS_SCALE") or (1 if in_ci() else 0.5))


def examples(n):
    """The number of examples for a property-based test that CI runs with n."""
    return max(1, int(n * HYPOTHESIS_SCALE))


def pytest_configure(config):
    config.addinivalue_line("markers", "needs(*names): what the test needs from the machine, named in "
                                       "tests/suites.py's NEEDS; skipped without it, except in CI")


# --- the fast suite and the end-to-end suite -------------------------------------------------------------

LEFT_OUT = pytest.StashKey[int]()


def _named_on_the_command_line(config):
    """The paths the command line names (files, or folders below the tests folder), or None when it names
    none (plain `pytest`, `pytest tests`)."""
    if config.args_source != pytest.Config.ArgsSource.ARGS:
        return None
    top = {config.rootpath.resolve()} | {(config.rootpath / path).resolve() for path in config.getini("testpaths")}
    named = set()
    for arg in config.args:
        path = (config.invocation_params.dir / arg.split("::")[0]).resolve()
        if path not in top:
            named.add(path)
    return named or None


def _is_named(item, named):
    path = item.path.resolve()
    return any(path == name or name in path.parents for name in named)


def pytest_collection_modifyitems(config, items):
    _leave_out_end_to_end(config, items)
    _skip_missing_needs(items)


def _leave_out_end_to_end(config, items):
    if config.option.markexpr:   # -m given: the expression decides, pytest applies it
        return
    named = _named_on_the_command_line(config)
    left_out = [item for item in items
                if item.get_closest_marker("e2e") and not (named and _is_named(item, named))]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        ids = {id(item) for item in left_out}
        items[:] = [item for item in items if id(item) not in ids]
        config.stash[LEFT_OUT] = len(left_out)


def pytest_terminal_summary(terminalreporter, config):
    count = config.stash.get(LEFT_OUT, 0)
    if count:
        terminalreporter.write_line(f"{count} end-to-end tests left out: `pytest -m e2e` runs them "
                                    "(docs/contributing.md says what they need)")


# --- what a test needs from the machine -----------------------------------------------------------------

def missing_needs(item):
    missing = []
    for marker in item.iter_markers("needs"):
        for name in marker.args:
            present, how = NEEDS[name]
            if not present():
                missing.append(f"{name} ({how})")
    return missing


def _skip_missing_needs(items):
    """A skip marker (rather than pytest.skip() in a hook) makes the report name the test's own line."""
    if in_ci():
        return
    for item in items:
        missing = missing_needs(item)
        if missing:
            item.add_marker(pytest.mark.skip(reason="needs " + "; ".join(missing)))


def pytest_runtest_setup(item):
    if not in_ci():
        return
    missing = missing_needs(item)
    if missing:
        pytest.fail("needs " + "; ".join(missing) + ". CI (CI=true) installs everything a test needs, so a "
                    "missing need is a failure here, not a skip", pytrace=False)
