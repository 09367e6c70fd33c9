"""docs/curating.md works as written: its requests are sent in order to an empty database and answer what
the page shows (tests/walkthrough.py says how the page is read), so the page and the service cannot drift.
And the fact it posts takes one request where it took five (issue 11)."""
import os
import subprocess
import sys


import walkthrough
from api import db

WALKTHROUGH = walkthrough.read()
FACT_SECTION = "4. Post the fact in one request"


def run_cli(url):
    def run(argv):
        assert argv[0] == "conflict-facts"
        db.close_all()   # the command opens the database itself
        done = subprocess.run([sys.executable, "-m", "api.cli", *argv[1:]], capture_output=True, text=True,
                              timeout=120, env={**os.environ, "DATABASE_URL": url})
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()
    return run


def test_the_walkthrough_works_as_written(empty_client, token_secrets):
    app = empty_client.application   # on a fresh migrated database holding no records, only tokens
    url = app.config["DATABASE_URL"]
    run = walkthrough.Run(app.test_client(auto_if_match=False), run_cli(url),
                          {"ADMIN_TOKEN": token_secrets["admin"]})
    for step in WALKTHROUGH.steps:
        run.step(step)
    assert run.requests == len([s for s in WALKTHROUGH.steps if s.request is not None]) >= 14


def test_the_fact_takes_one_request_instead_of_five():
    """The fact of step 4 (an actor, an event, three statements, each referring to an earlier one) is one
    request: five creates, each of which alone would have been a POST waiting for the previous one's ID."""
    requests = WALKTHROUGH.requests_in(FACT_SECTION)
    writes = [step for step in requests if not step.request.first_line.startswith("GET")]
    assert len(writes) == 1
    batch = walkthrough.jsonio.loads(writes[0].request.body)["operations"]
    assert [(op["op"], op["kind"]) for op in batch] == [
        ("create", "actors"), ("create", "events"), ("create", "statements"), ("create", "statements"),
        ("create", "statements")]
    refers_to_earlier = [op for op in batch if '"@' in walkthrough.jsonio.dumps_text(op["data"])]
    assert refers_to_earlier == batch[2:]   # each statement needs IDs the batch made before it


def test_the_page_is_read_as_a_script():
    sections = {step.section for step in WALKTHROUGH.steps}
    for needed in ("1. Get a token", "2. Find before you write", FACT_SECTION, "5. Correct it",
                   "6. Read the history", "7. Undo a mistake: restore an earlier version", "8. Undo a delete"):
        assert needed in sections, needed
    assert WALKTHROUGH.steps[0].command == (
        "TOKEN", ["conflict-facts", "tokens", "create", "--name", "Ana (curator)", "--role", "curator"])
    assert all(step.answer is not None for step in WALKTHROUGH.steps if step.request is not None)
