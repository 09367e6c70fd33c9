"""POST /v1/imports: an admin posts a dataset file over HTTP and follows its import, run in the background.

Most tests run the import inline (app.extensions["background_runner"] = background.inline), so that the 202
already holds the finished job; one lets a real thread run it and joins it. The file is the first rows of the
real GED 23.1 sample (tests/test_ged_import.py), whose row on line 8 is rejected.
"""
import datetime
import hashlib
import io
import json
import os

import pytest
from werkzeug.test import EnvironBuilder, run_wsgi_app

from api import background, cli, db
from api.models import ImportJob
from api.services import import_jobs
from schemas.imports import ImportJob as ImportJobSchema
from schemas.imports import ImportJobPage

from helpers import problem
from test_ged_import import FIRST, sample_rows, write_ged


@pytest.fixture
def spool(app_on_empty, tmp_path, monkeypatch):
    folder = tmp_path / "spool"
    monkeypatch.setitem(app_on_empty.config, "IMPORT_SPOOL_DIR", str(folder))
    return folder


@pytest.fixture
def app_on_empty(empty_client):
    return empty_client.application


@pytest.fixture
def runner(app_on_empty, monkeypatch):
    """The background runner, inline unless a test sets another."""
    monkeypatch.setitem(app_on_empty.extensions, "background_runner", background.inline)
    return lambda run: monkeypatch.setitem(app_on_empty.extensions, "background_runner", run)


@pytest.fixture
def admin_client(app_on_empty, token_secrets, spool, runner):
    return app_on_empty.test_client(token=token_secrets["admin"])


@pytest.fixture
def larger_ged_file(tmp_path):
    """Rows enough that the upload arrives in several reads (over 64 KiB)."""
    columns, rows = sample_rows(120)
    return write_ged(tmp_path / "ged-120.csv", columns, rows)


@pytest.fixture
def ged_file(tmp_path):
    columns, rows = sample_rows(FIRST)
    return write_ged(tmp_path / "ged-first.csv", columns, rows)


def post(client, path, name=None, **fields):
    with open(path, "rb") as handle:
        return client.post("/v1/imports", data={"format": "ucdp-ged", **fields,
                                                "file": (handle, name or os.path.basename(path))})


def job_of(response, status=202):
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    ImportJobSchema().load(body)   # the documented shape, strictly
    return body


def test_an_admin_posts_a_ged_file_and_it_ends_done_with_the_cli_counts(admin_client, larger_ged_file, dbs,
                                                                         monkeypatch, capsys, empty_client):
    ged_file = larger_ged_file
    assert os.path.getsize(ged_file) > 64 * 1024
    # The CLI's answer for the same file, on a database of its own.
    url = empty_client.application.config["DATABASE_URL"]
    other = dbs.unique("cli")
    monkeypatch.setenv("DATABASE_URL", dbs.create(other, template="empty"))
    capsys.readouterr()
    cli.main(["import", "--format", "ucdp-ged", ged_file])
    by_cli = json.loads(capsys.readouterr().out)
    db.close_all()
    dbs.drop(other)
    db.bind(url)

    response = post(admin_client, ged_file)
    job = job_of(response)
    assert response.headers["Location"] == job["href"] == f"/v1/imports/{job['id']}"
    assert job["state"] == "done" and job["error"] is None and job["started_by"] == "test admin"
    assert job["summary"] == {key: by_cli[key] for key in ("created", "updated", "unchanged", "deleted", "rejected",
                                                           "loaded", "release", "resumed_from", "rejections")}
    assert {"line": 8, "column": "best", "message": "Must not be less than low."} in job["summary"]["rejections"]
    assert job["progress"] == {"done": 120, "total": 120}
    with open(ged_file, "rb") as handle:
        assert job["file"] == {"name": "ged-120.csv", "size": os.path.getsize(ged_file),
                               "sha256": hashlib.sha256(handle.read()).hexdigest()}
    assert job["created_at"] <= job["started_at"] <= job["finished_at"]
    assert admin_client.get(job["href"]).get_json() == job

    events = admin_client.get("/v1/events?external_id=ucdp-ged:300380").get_json()["items"]
    assert len(events) == 1 and events[0]["type"] == "FIGHT"
    # Its revisions name the admin and the file, as the CLI's name the import.
    changes = admin_client.get("/v1/changes?limit=1000").get_json()["items"]
    assert {(c["token_name"], c["note"]) for c in changes} == {
        ("test admin", f"UCDP GED import of ged-120.csv (/v1/imports/{job['id']})")}


def test_posting_the_same_file_again_changes_nothing(admin_client, ged_file, spool):
    first = job_of(post(admin_client, ged_file))
    feed = admin_client.get("/v1/changes?limit=1000").get_json()["items"]
    again = job_of(post(admin_client, ged_file, **{"strict": "false"}))
    assert again["summary"]["created"] == 0 and again["summary"]["unchanged"] == first["summary"]["created"]
    assert again["file"]["sha256"] == first["file"]["sha256"]
    assert admin_client.get("/v1/changes?limit=1000").get_json()["items"] == feed
    assert os.listdir(spool) == []   # each upload is gone once imported


def test_a_strict_import_with_a_bad_row_loads_nothing(admin_client, ged_file):
    job = job_of(post(admin_client, ged_file, strict="true"))
    assert job["state"] == "done" and job["strict"] is True
    assert job["summary"]["loaded"] is False and job["summary"]["created"] == 0
    assert job["summary"]["rejections"][0]["line"] == 8
    assert admin_client.get("/v1/events").get_json()["items"] == []


def test_a_file_not_of_the_format_fails_naming_the_file_as_posted(admin_client, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("a,b\n1,2\n")
    job = job_of(post(admin_client, str(path), name="../../etc/my notes.csv"))
    assert job["state"] == "failed" and job["summary"] is None
    assert job["file"]["name"] == "my notes.csv"
    assert job["error"].startswith("my notes.csv is not a UCDP GED CSV file: no column")
    with open(path, "wb") as handle:   # the sample's header, then a row in Latin-1
        handle.write(",".join(sample_rows(1)[0]).encode() + b"\n1,Caf\xe9\n")
    job = job_of(post(admin_client, str(path)))
    assert job["state"] == "failed" and job["error"].startswith("notes.csv is not UTF-8 text")


def test_a_real_thread_runs_the_import(admin_client, runner, ged_file):
    threads = []
    runner(lambda work: threads.append(background.in_thread(work)))
    job = job_of(post(admin_client, ged_file))
    assert job["state"] in ("queued", "running", "done")
    (thread,) = threads
    thread.join()
    done = job_of(admin_client.get(job["href"]), 200)
    assert done["state"] == "done" and done["summary"]["created"] == FIRST - 1
    assert len(admin_client.get("/v1/events?external_id=ucdp-ged:300380").get_json()["items"]) == 1


@pytest.mark.parametrize("caller, status", [("curator", 403), ("reader", 403), (None, 401)])
def test_only_admins_post_and_read_imports(app_on_empty, token_secrets, spool, runner, ged_file, caller, status):
    client = app_on_empty.test_client(token=token_secrets[caller] if caller else None)
    problem(post(client, ged_file), status)
    problem(client.post("/v1/imports", json={"format": "ucdp-ged"}), status)   # who asks comes before what
    if caller:
        problem(client.get("/v1/imports"), 403)
        problem(client.get("/v1/imports/1"), 403)
    assert not spool.exists() or os.listdir(spool) == []
    admin = app_on_empty.test_client(token=token_secrets["admin"])
    assert admin.get("/v1/imports").get_json()["items"] == []


def test_bad_posts_are_problems_naming_the_field_and_leave_nothing(admin_client, ged_file, spool, app_on_empty,
                                                                   monkeypatch):
    body = problem(post(admin_client, ged_file, format="acled-ish"), 400)
    assert list(body["errors"]) == ["format"]
    body = problem(admin_client.post("/v1/imports", data={"format": "ucdp-ged"},
                                     content_type="multipart/form-data"), 400)
    assert list(body["errors"]) == ["file"] and "curl -F file=@" in body["errors"]["file"][0]
    body = problem(post(admin_client, ged_file, colour="blue"), 400)
    assert list(body["errors"]) == ["colour"]
    with open(ged_file, "rb") as one, open(ged_file, "rb") as two:
        body = problem(admin_client.post("/v1/imports", data={"format": "ucdp-ged", "file": [(one, "a.csv"),
                                                                                             (two, "b.csv")]}), 400)
    assert list(body["errors"]) == ["file"]
    problem(admin_client.post("/v1/imports?format=ucdp-ged", data=open(ged_file, "rb").read(),
                              content_type="text/csv"), 415)
    problem(admin_client.post("/v1/imports", data=b"--x\r\nnot a form", content_type="multipart/form-data; "
                              "boundary=x"), 400)
    monkeypatch.setitem(app_on_empty.config, "IMPORT_MAX_BYTES", 1000)
    body = problem(post(admin_client, ged_file), 413)
    assert "IMPORT_MAX_BYTES" in body["detail"]
    assert admin_client.get("/v1/imports").get_json()["items"] == []
    assert not spool.exists() or os.listdir(spool) == []


def test_a_body_without_length_is_cut_at_the_limit(admin_client, ged_file, spool, app_on_empty, monkeypatch):
    """A chunked upload has no Content-Length to check first: reading stops at the limit, with 413."""
    monkeypatch.setitem(app_on_empty.config, "IMPORT_MAX_BYTES", 1000)
    boundary = "b0undary"
    with open(ged_file, "rb") as handle:
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nucdp-ged\r\n--{boundary}\r\n"
                f"Content-Disposition: form-data; name=\"file\"; filename=\"g.csv\"\r\n\r\n").encode() + \
            handle.read() + f"\r\n--{boundary}--\r\n".encode()
    environ = EnvironBuilder("/v1/imports", method="POST", input_stream=io.BytesIO(body),
                             content_type=f"multipart/form-data; boundary={boundary}",
                             headers={"Transfer-Encoding": "chunked", "Authorization": f"Bearer {admin_client.token}"},
                             environ_overrides={"wsgi.input_terminated": True}).get_environ()
    del environ["CONTENT_LENGTH"]
    answer, status, headers = run_wsgi_app(app_on_empty, environ, buffered=True)
    assert status.startswith("413") and headers["Content-Type"] == "application/problem+json"
    assert json.loads(b"".join(answer))["status"] == 413
    assert os.listdir(spool) == []


def test_imports_are_listed_newest_first_a_page_at_a_time(admin_client, ged_file):
    made = [job_of(post(admin_client, ged_file))["id"] for _ in range(3)]
    page = admin_client.get("/v1/imports?limit=2")
    ImportJobPage().load(page.get_json())
    first = page.get_json()
    assert [job["id"] for job in first["items"]] == made[::-1][:2] and first["limit"] == 2
    assert page.headers["Link"] == f'<{first["next"]}>; rel="next"'
    second = admin_client.get(first["next"]).get_json()
    assert [job["id"] for job in second["items"]] == made[:1] and second["next"] is None
    assert list(problem(admin_client.get("/v1/imports?cursor=nonsense"), 400)["errors"]) == ["cursor"]
    problem(admin_client.get("/v1/imports/99"), 404)


def test_a_job_whose_process_died_is_failed_and_posting_again_resumes(admin_client, runner, ged_file, spool):
    # The process that received the upload ends before running it: its lock goes with it.
    runner(lambda work: os.close(work.args[1].lock))
    job = job_of(post(admin_client, ged_file))
    assert job["state"] == "queued"
    failed = job_of(admin_client.get(job["href"]), 200)
    assert failed["state"] == "failed" and failed["error"].startswith("Interrupted")
    assert os.listdir(spool) == []
    runner(background.inline)
    again = job_of(post(admin_client, ged_file))
    assert again["state"] == "done" and again["summary"]["created"] == FIRST - 1


def test_a_job_of_another_machine_fails_once_its_heartbeat_is_stale(admin_client, runner, ged_file, app_on_empty):
    runner(lambda work: os.close(work.args[1].lock))
    quiet, stale = (job_of(post(admin_client, ged_file))["id"] for _ in range(2))
    now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    long_ago = now - datetime.timedelta(seconds=app_on_empty.config["IMPORT_STALE_AFTER"] + 1)
    with db.database.connection_context():
        ImportJob.update(host="elsewhere", state="running", heartbeat_at=now).where(ImportJob.id == quiet).execute()
        ImportJob.update(host="elsewhere", state="running", heartbeat_at=long_ago).where(
            ImportJob.id == stale).execute()
    states = {job["id"]: job["state"] for job in admin_client.get("/v1/imports").get_json()["items"]}
    assert states == {quiet: "running", stale: "failed"}
    assert import_jobs.HOST != "elsewhere"


def test_the_openapi_document_describes_the_upload(admin_client):
    spec = admin_client.get("/openapi.json").get_json()
    post_ = spec["paths"]["/v1/imports"]["post"]
    form = post_["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert form == {"$ref": "#/components/schemas/ImportForm"}
    assert spec["components"]["schemas"]["ImportForm"]["required"] == ["file", "format"]
    assert "ucdp-ged" in spec["components"]["schemas"]["ImportForm"]["properties"]["format"]["enum"]
    assert {"202", "400", "403", "413", "415"} <= set(post_["responses"])
    assert "Location" in post_["responses"]["202"]["headers"]
