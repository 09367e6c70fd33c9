"""Imports safe to repeat and to interrupt (issue 12), through the CLI: a newer release updates what changed
with one revision naming the file and the release, --delete-missing tombstones only the dataset's dropped
events, a killed import resumes where it stopped, and the API's JSON pages load like the CSV."""
import json
import os
import pathlib
import signal
import subprocess
import sys

import pytest

from api import db
from api.models import Event, EventExternalId, Figure, Place, Revision, Source
from helpers import created
from dataset_imports import cli_importer, feed, one, ref
from test_ged_import import FIRST, sample_rows, write_ged

sys.path.insert(0, str(pathlib.Path(__file__).parent.parent / "bench"))
import ged_file  # noqa: E402  (bench/ged_file.py: GED-shaped files of any size)


@pytest.fixture
def importer(empty_client, monkeypatch, capsys):
    return cli_importer("ucdp-ged", empty_client, monkeypatch, capsys)


def more_deaths(row):
    """The row as a newer release that counts one more death of unknown party."""
    row = dict(row)
    for column in ("deaths_unknown", "best", "high", "low"):
        row[column] = str(int(row[column]) + 1)
    return row


def test_a_newer_release_updates_what_changed_with_one_revision_naming_file_and_release(empty_client, importer,
                                                                                          tmp_path):
    columns, rows = sample_rows(FIRST)
    code, summary, _ = importer(write_ged(tmp_path / "ged231.csv", columns, rows))
    assert summary["release"] == "23.1" and summary["created"] == FIRST - 1
    before = feed(empty_client)
    assert {item["note"] for item in empty_client.get("/v1/changes?limit=1000").get_json()["items"]} == {
        "UCDP GED 23.1 import of ged231.csv"}

    newer = [more_deaths(rows[0]), more_deaths(rows[1])] + rows[2:]
    code, summary, _ = importer(write_ged(tmp_path / "GEDEvent_v24_1.csv", columns, newer))
    assert (summary["release"], summary["created"], summary["updated"], summary["unchanged"], summary["deleted"],
            summary["rejected"]) == ("24.1", 0, 2, FIRST - 3, 0, 1)
    added = empty_client.get("/v1/changes?limit=1000").get_json()["items"][len(before):]
    assert sorted((item["kind"], item["version"], item["note"]) for item in added) == [
        ("events", 2, "UCDP GED 24.1 import of GEDEvent_v24_1.csv")] * 2
    assert {item["id"] for item in added} == {one(empty_client, f"ucdp-ged:{rows[i]['id']}")["id"] for i in (0, 1)}

    code, summary, _ = importer(write_ged(tmp_path / "fix.csv", columns, rows), "--release", "24.1-fix")
    assert summary["updated"] == 2
    assert empty_client.get("/v1/changes?limit=1000").get_json()["items"][-1]["note"] == \
        "UCDP GED 24.1-fix import of fix.csv"


def test_delete_missing_tombstones_only_the_dataset_events_the_release_dropped(empty_client, importer, tmp_path):
    columns, rows = sample_rows(FIRST)
    importer(write_ged(tmp_path / "ged231.csv", columns, rows))
    dropped = one(empty_client, f"ucdp-ged:{rows[2]['id']}")
    curated = created(empty_client, "events", {"title": "Shelling reported by a curator", "type": "ASSAULT",
                                               "date_start": "2013-01-04", "date_precision": "day",
                                               "source_ids": [ref(dropped["sources"][0])]})
    kept = rows[:2] + rows[3:]

    code, summary, _ = importer(write_ged(tmp_path / "ged241.csv", columns, kept))
    assert summary["deleted"] == 0   # not asked to
    assert empty_client.get(f"/v1/events/{dropped['id']}").status_code == 200

    before = feed(empty_client)
    code, summary, _ = importer(write_ged(tmp_path / "ged241.csv", columns, kept), "--delete-missing")
    assert (summary["deleted"], summary["unchanged"], summary["rejected"]) == (1, FIRST - 2, 1)
    assert empty_client.get(f"/v1/events/{dropped['id']}").status_code == 410
    assert feed(empty_client)[len(before):] == [("events", dropped["id"], 2)]
    deletion = empty_client.get(f"/v1/events/{dropped['id']}/revisions/2").get_json()
    assert deletion["action"] == "delete" and deletion["note"] == "UCDP GED 24.1 import of ged241.csv"
    # the curated event and the conflicts (which hold ucdp-conflict IDs, not ucdp-ged ones) stay
    assert empty_client.get(f"/v1/events/{curated['id']}").status_code == 200
    assert one(empty_client, f"ucdp-conflict:{rows[0]['conflict_new_id']}")["title"] == rows[0]["conflict_name"]


def test_the_api_json_pages_load_like_the_csv(empty_client, importer, tmp_path):
    columns, rows = sample_rows(FIRST)

    def typed(row):   # the API gives numbers as numbers and empty cells as null
        out = {}
        for column, value in row.items():
            if value == "":
                out[column] = None
            elif value.lstrip("-").replace(".", "", 1).isdigit() and column not in ("date_start", "date_end"):
                out[column] = float(value) if "." in value else int(value)
            else:
                out[column] = value
        return out
    pages = [{"TotalCount": FIRST, "TotalPages": 2, "PreviousPageUrl": "", "NextPageUrl": "https://x/?page=1",
              "Result": [typed(r) for r in rows[:6]]},
             {"TotalCount": FIRST, "TotalPages": 2, "PreviousPageUrl": "https://x/?page=0", "NextPageUrl": "",
              "Result": [typed(r) for r in rows[6:]]}]
    path = tmp_path / "ged231-api.json"
    path.write_text(json.dumps(pages))
    code, summary, err = importer(str(path))
    assert (summary["created"], summary["rejected"], summary["release"]) == (FIRST - 1, 1, "23.1")
    assert summary["rejections"] == [{"line": 7, "column": "best", "message": "Must not be less than low."}]
    code, summary, _ = importer(write_ged(tmp_path / "ged231.csv", columns, rows))
    assert (summary["created"], summary["updated"], summary["unchanged"]) == (0, 0, FIRST - 1)

    (tmp_path / "one-page.json").write_text(json.dumps(pages[0]))
    assert importer(str(tmp_path / "one-page.json"))[1]["unchanged"] == 6
    (tmp_path / "bad.json").write_text('{"Result": 3}')
    code, summary, err = importer(str(tmp_path / "bad.json"))
    assert code == 1 and summary is None and "not a page of UCDP's API" in err and "Traceback" not in err


# --- a killed import resumes ---------------------------------------------------------------------------------

def _command(path, url, *options):
    env = {**os.environ, "DATABASE_URL": url}
    return [sys.executable, "-m", "api.cli", "import", "--format", "ucdp-ged", "--chunk-rows", "10", *options,
            str(path)], env


def _content(url):
    """What a database holds, by content (IDs differ between engines and runs): each GED event with its place,
    conflict, figures and sources, and how many records and revisions of each kind there are."""
    db.close_all()
    db.bind(url)
    with db.database.connection_context():
        events = []
        for ged_id, event_id, title, start, place in (
                Event.select(EventExternalId.value, Event.id, Event.title, Event.date_start, Place.name)
                .join(EventExternalId, on=(EventExternalId.event == Event.id)).switch(Event)
                .join(Place, on=(Place.id == Event.place)).where(EventExternalId.scheme == "ucdp-ged").tuples()):
            figures = sorted(Figure.select(Figure.category, Figure.best).where(Figure.event == event_id).tuples())
            events.append((ged_id, title, str(start), place, figures))
        counts = {model.__name__: model.select().count() for model in (Event, Place, Source)}
        revisions = sorted(Revision.select(Revision.kind, Revision.action).tuples())
    db.close_all()
    return sorted(events), counts, revisions


def test_a_killed_import_resumes_where_it_stopped(dbs, template_databases, tmp_path):
    path = ged_file.write(str(tmp_path / "ged231.csv"), 90, seed=3)
    names = [dbs.unique("killed"), dbs.unique("clean")]
    killed, clean = (dbs.create(name, template="empty") for name in names)
    try:
        command, env = _command(path, killed, "--log-chunks")
        process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for line in process.stderr:   # wait for the second chunk to commit, then kill the import
            if "committed through line 21 " in line:
                process.send_signal(signal.SIGKILL)
                break
        process.wait()
        assert process.returncode == -signal.SIGKILL

        command, env = _command(path, killed)
        resumed = subprocess.run(command, env=env, capture_output=True, text=True)
        assert resumed.returncode == 0, resumed.stderr
        summary = json.loads(resumed.stdout)
        assert summary["resumed_from"] >= 22 and (summary["resumed_from"] - 2) % 10 == 0
        assert f"resumed at line {summary['resumed_from']}" in resumed.stderr

        command, env = _command(path, clean)
        whole = json.loads(subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout)
        assert whole["resumed_from"] is None
        assert (summary["created"], summary["updated"], summary["unchanged"], summary["rejected"]) == (
            whole["created"], whole["updated"], whole["unchanged"], whole["rejected"]) == (90, 0, 0, 0)
        assert _content(killed) == _content(clean)

        again = json.loads(subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout)
        assert (again["resumed_from"], again["unchanged"]) == (None, 90)   # a finished import is not resumed
    finally:
        for name in names:
            dbs.drop(name)


@pytest.mark.parametrize("name, release", [
    ("ged231.csv", "23.1"), ("GEDEvent_v23_1.csv", "23.1"), ("ucdp-ged-23.1-sample-1000.csv", "23.1"),
    ("ged241-csv.csv", "24.1"), ("ged-120.csv", None), ("ged2410.csv", None), ("events.csv", None)])
def test_the_release_is_read_from_the_file_name_only_when_it_says_one(name, release):
    """The file name is only a default: a name that merely holds digits (a slice of 120 rows) names no release."""
    from api.services import imports
    assert imports.release_of("ucdp-ged", name) == release


def test_the_same_file_after_a_curators_edit_gives_the_rows_values_again(empty_client, importer, tmp_path):
    """A repeated file skips the events it wrote and nobody changed since; an event a curator edited since
    (its version moved on) is read and compared as before: the file's values are written back, one revision."""
    columns, rows = sample_rows(FIRST)
    path = write_ged(tmp_path / "ged231.csv", columns, rows)
    importer(path)
    edited, untouched = one(empty_client, f"ucdp-ged:{rows[0]['id']}"), one(empty_client, f"ucdp-ged:{rows[1]['id']}")
    imported_summary = edited["summary"]
    assert empty_client.patch(f"/v1/events/{edited['id']}", json={"summary": "A curator's words."}).status_code == 200
    before = feed(empty_client)
    code, summary, _ = importer(path)
    assert (summary["created"], summary["updated"], summary["unchanged"], summary["rejected"]) == (0, 1, FIRST - 2, 1)
    assert feed(empty_client) == before + [("events", edited["id"], 3)]
    assert one(empty_client, f"ucdp-ged:{rows[0]['id']}")["summary"] == imported_summary
    assert one(empty_client, f"ucdp-ged:{rows[1]['id']}")["version"] == untouched["version"]
    code, summary, _ = importer(path)
    assert (summary["updated"], summary["unchanged"]) == (0, FIRST - 1)
    assert feed(empty_client) == before + [("events", edited["id"], 3)]
