"""Releases (issue 13): an admin publishes the data as of now under a version; anyone lists and downloads it,
the same bytes every time, after later writes and after a restart; its descriptor validates with frictionless.

Publishing runs inline here (app.extensions["background_runner"] = background.inline): the 202 answers once
the release is stored, so the tests read it at once. Each test has a fresh copy of the example data.
"""
import csv
import datetime
import hashlib
import io
import json
import zipfile

import frictionless   # pinned in the test extras (pyproject.toml)
import pytest

from api import background, db
from api.app import create_app
from api.csv_fields import table_schema
from api.formats import COLUMNS
from api.models.base import utcnow
from helpers import PATCHES, problem
from schemas.releases import Release as ReleaseSchema
from schemas.releases import ReleaseList


@pytest.fixture(autouse=True)
def inline(app, monkeypatch):
    monkeypatch.setitem(app.extensions, "background_runner", background.inline)


def publish(admin, version="2026.1", note="The first release.", **more):
    response = admin.post("/v1/releases", json={"version": version, "note": note, **more})
    assert response.status_code == 202, response.get_json()
    assert response.headers["Location"] == f"/v1/releases/{version}"
    release = admin.get(f"/v1/releases/{version}").get_json()
    assert release["state"] == "published", release
    return release


def download(client, version, fmt=None):
    response = client.get(f"/v1/releases/{version}/download" + (f"?format={fmt}" if fmt else ""))
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    response.get_data()   # read to its end now: a stream left open keeps its request context
    return response


def test_a_release_downloads_the_same_bytes_every_time(admin, anonymous):
    release = publish(admin, license="CC-BY-4.0")
    ReleaseSchema().load(release)   # the documented shape, strictly
    ReleaseList().load(anonymous.get("/v1/releases").get_json())
    first, second = download(anonymous, "2026.1"), download(anonymous, "2026.1")
    assert first.get_data() == second.get_data()
    assert first.mimetype == "application/zip"
    assert first.headers["Content-Disposition"] == 'attachment; filename="conflict-facts-2026.1.zip"'
    assert first.headers["ETag"] == f'"{release["zip_sha256"]}"'
    assert hashlib.sha256(first.get_data()).hexdigest() == release["zip_sha256"]
    assert len(first.get_data()) == release["zip_bytes"]
    again = anonymous.get("/v1/releases/2026.1/download", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


def test_the_listed_hash_is_the_ndjson_exports(admin, anonymous):
    release = publish(admin)
    ndjson = download(anonymous, "2026.1", "ndjson")
    body = ndjson.get_data()
    assert ndjson.mimetype == "application/x-ndjson"
    assert ndjson.headers["ETag"] == f'"{release["sha256"]}"'
    listed = anonymous.get("/v1/releases").get_json()["items"]
    assert [item["version"] for item in listed] == ["2026.1"]
    assert listed[0]["sha256"] == hashlib.sha256(body).hexdigest() == release["sha256"]
    lines = [json.loads(line) for line in body.splitlines()]
    kinds = [line["kind"] for line in lines]
    assert {kind: kinds.count(kind) for kind in release["counts"]} == release["counts"]
    # The records are the collections' own: the same as GET /v1/<kind>/<id> answers now.
    first = lines[0]
    assert first["record"] == anonymous.get(f"/v1/{first['kind']}/{first['record']['id']}").get_json()
    assert release["cursor"] == anonymous.get("/v1/changes?limit=1000").get_json()["cursor"]


def test_later_writes_leave_the_release_as_it_was(admin, client, anonymous):
    publish(admin)
    before = {fmt: download(anonymous, "2026.1", fmt).get_data() for fmt in ("zip", "ndjson")}
    assert client.patch("/v1/events/1", json=PATCHES["events"]).status_code == 200
    assert client.delete("/v1/sources/" + str(client.post("/v1/sources", json={
        "title": "Later", "url": "https://example.org/later"}).get_json()["id"])).status_code in (200, 204)
    assert {fmt: download(anonymous, "2026.1", fmt).get_data() for fmt in ("zip", "ndjson")} == before
    later = publish(admin, "2026.2", "Second.")
    assert download(anonymous, "2026.2", "ndjson").get_data() != before["ndjson"]
    assert later["cursor"] != anonymous.get("/v1/releases/2026.1").get_json()["cursor"]


def test_a_restarted_service_gives_the_same_bytes(admin, app, token_secrets):
    publish(admin)
    before = {fmt: download(admin, "2026.1", fmt).get_data() for fmt in ("zip", "ndjson")}
    url = app.config["DATABASE_URL"]
    db.close_all()
    restarted = create_app({"DATABASE_URL": url, "TESTING": True, "READ_RATE": 0})
    restarted.test_client_class = app.test_client_class
    try:
        client = restarted.test_client()
        assert {fmt: download(client, "2026.1", fmt).get_data() for fmt in ("zip", "ndjson")} == before
    finally:
        db.close_all()
        db.bind(url)


def test_the_descriptor_validates_and_the_csvs_match_it(admin, anonymous, tmp_path):
    release = publish(admin, license="CC-BY-4.0")
    archive = zipfile.ZipFile(io.BytesIO(download(anonymous, "2026.1").get_data()))
    names = archive.namelist()
    assert names == ["datapackage.json"] + [f"data/{kind}.csv" for kind in COLUMNS]
    assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    archive.extractall(tmp_path)
    package = json.loads(archive.read("datapackage.json"))
    assert package == release["datapackage"]
    assert package["version"] == "2026.1" and package["licenses"][0]["name"] == "CC-BY-4.0"
    assert package["conflict_facts"]["ndjson_sha256"] == release["sha256"]
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "type", "note"])[:20]
    for resource in package["resources"]:
        kind = resource["name"]
        rows = list(csv.reader(io.StringIO(archive.read(resource["path"]).decode())))
        assert rows[0] == [field["name"] for field in resource["schema"]["fields"]] == [n for n, _ in COLUMNS[kind]]
        assert len(rows) - 1 == release["counts"][kind]
        assert resource["bytes"] == len(archive.read(resource["path"]))


@pytest.mark.parametrize("kind", list(COLUMNS))
def test_every_csv_column_has_a_type_and_a_description(kind):
    for field in table_schema(kind)["fields"]:
        assert field["type"] in {"string", "integer", "number", "boolean", "date", "datetime"}, field
        assert field["description"].strip(), field


def test_a_version_is_published_once(admin):
    publish(admin)
    body = problem(admin.post("/v1/releases", json={"version": "2026.1", "note": "Again."}), 409)
    assert "2026.1" in body["detail"]
    assert len(admin.get("/v1/releases").get_json()["items"]) == 1


@pytest.mark.parametrize("version", ["", "v2026", "2026..1", "2026.1/x", "2026 1", "1" * 41, "../etc"])
def test_a_bad_version_is_refused_naming_the_field(admin, version):
    body = problem(admin.post("/v1/releases", json={"version": version, "note": "Bad."}), 422)
    assert "version" in body["errors"]
    assert admin.get("/v1/releases").get_json()["items"] == []


def test_a_note_is_required(admin):
    assert "note" in problem(admin.post("/v1/releases", json={"version": "2026.1"}), 422)["errors"]


def test_only_admins_publish(client, reader, anonymous):
    for who, status in ((client, 403), (reader, 403), (anonymous, 401)):
        problem(who.post("/v1/releases", json={"version": "2026.1", "note": "Mine."}), status)
    assert anonymous.get("/v1/releases").get_json()["items"] == []


def test_releases_are_never_changed_or_deleted(admin):
    publish(admin)
    for method in ("put", "patch", "delete"):
        assert getattr(admin, method)("/v1/releases/2026.1", json={}).status_code == 405


def test_an_unknown_release_is_404(anonymous):
    problem(anonymous.get("/v1/releases/2030.1"), 404)
    problem(anonymous.get("/v1/releases/2030.1/download"), 404)


def test_a_bad_download_format_is_refused(admin, anonymous):
    publish(admin)
    assert "format" in problem(anonymous.get("/v1/releases/2026.1/download?format=xlsx"), 400)["errors"]


def test_the_command_line_publishes_the_same_release(app, admin, monkeypatch, capsys):
    from api import cli

    monkeypatch.setenv("DATABASE_URL", app.config["DATABASE_URL"])
    assert cli.main(["release", "publish", "2026.1", "--note", "From the shell."]) == 0
    summary = capsys.readouterr().out
    db.bind(app.config["DATABASE_URL"])
    release = admin.get("/v1/releases/2026.1").get_json()
    assert release["state"] == "published" and release["note"] == "From the shell."
    assert f"published release 2026.1: {sum(release['counts'].values()):,} records" in summary
    assert release["sha256"] in summary and release["cursor"] in summary
    assert hashlib.sha256(download(admin, "2026.1", "ndjson").get_data()).hexdigest() == release["sha256"]
    assert cli.main(["release", "publish", "2026.1", "--note", "Again."]) == 1
    assert "exists already" in capsys.readouterr().err
    assert cli.main(["release", "publish", "v1", "--note", "Bad."]) == 1
    assert "Not a release version" in capsys.readouterr().err
    assert cli.main(["release", "list"]) == 0
    assert capsys.readouterr().out.startswith("2026.1\tpublished\t")


def test_acled_data_is_not_released(admin, client):
    """ACLED's terms forbid redistributing its data in bulk (docs/import-export.md): a release would."""
    event = client.get("/v1/events/1").get_json()
    response = client.patch("/v1/events/1", json={"external_ids": {**event.get("external_ids", {}),
                                                                   "acled": "AZE123"}})
    assert response.status_code == 200, response.get_json()
    assert admin.post("/v1/releases", json={"version": "2026.1", "note": "Hm."}).status_code == 202
    release = admin.get("/v1/releases/2026.1").get_json()
    assert release["state"] == "failed" and "ACLED" in release["error"] and release["download"] is None
    problem(admin.get("/v1/releases/2026.1/download"), 409)
    assert client.patch("/v1/events/1", json={"external_ids": {"acled": None}}).status_code == 200
    assert publish(admin, "2026.1")["state"] == "published"   # a failed version may be published again


def test_publishing_runs_after_the_answer_in_a_thread_of_its_own(app, admin, monkeypatch):
    threads = []
    monkeypatch.setitem(app.extensions, "background_runner",
                        lambda work: threads.append(background.in_thread(work)))
    response = admin.post("/v1/releases", json={"version": "2026.1", "note": "In the background."})
    assert response.status_code == 202
    assert response.get_json()["state"] == "publishing" and response.get_json()["download"] is None
    for thread in threads:
        thread.join()
    release = admin.get("/v1/releases/2026.1").get_json()
    assert release["state"] == "published" and release["published_by"] == "test admin"
    assert hashlib.sha256(download(admin, "2026.1", "ndjson").get_data()).hexdigest() == release["sha256"]


def test_head_gives_the_headers_without_the_bytes(admin, anonymous):
    release = publish(admin)
    response = anonymous.head("/v1/releases/2026.1/download?format=ndjson")
    assert response.status_code == 200 and response.get_data() == b""
    assert response.headers["ETag"] == f'"{release["sha256"]}"'
    assert response.headers["Content-Length"] == str(release["ndjson_bytes"])


def test_a_release_whose_process_died_may_be_published_again(admin):
    """A publish whose process died leaves its row `publishing`; once its heartbeat is old, it reads as failed."""
    from api.models import Release
    from api.services import releases

    long_ago = utcnow() - datetime.timedelta(seconds=releases.STALE_AFTER + 1)
    with db.database.connection_context():
        Release.insert(version="2026.1", note="Killed.", created_at=long_ago, heartbeat_at=long_ago).execute()
    release = admin.get("/v1/releases/2026.1").get_json()
    assert release["state"] == "failed" and "Interrupted" in release["error"]
    assert publish(admin, note="Again.")["note"] == "Again."


def test_a_release_still_publishing_keeps_its_version(admin):
    from api.models import Release

    with db.database.connection_context():
        Release.insert(version="2026.1", note="Running.").execute()
    assert admin.get("/v1/releases/2026.1").get_json()["state"] == "publishing"
    problem(admin.post("/v1/releases", json={"version": "2026.1", "note": "Mine."}), 409)
    problem(admin.get("/v1/releases/2026.1/download"), 409)


def test_the_same_data_gives_the_same_files(admin, anonymous):
    """Two releases with no write between them: the same NDJSON and the same CSVs, byte for byte (only the
    descriptor differs, by its version and note)."""
    first, second = publish(admin, "2026.1"), publish(admin, "2026.2", "Again.")
    assert first["sha256"] == second["sha256"] and first["cursor"] == second["cursor"]
    archives = [zipfile.ZipFile(io.BytesIO(download(anonymous, v).get_data())) for v in ("2026.1", "2026.2")]
    for kind in COLUMNS:
        assert archives[0].read(f"data/{kind}.csv") == archives[1].read(f"data/{kind}.csv")
    assert [r["hash"] for r in first["datapackage"]["resources"]] == [
        r["hash"] for r in second["datapackage"]["resources"]]


def test_reads_at_a_release_answer_as_its_download_does(admin, client, anonymous):
    """`release=<version>` is `as_of=<its cursor>`: every read answers as the release holds the data."""
    publish(admin)
    lines = [json.loads(line) for line in download(anonymous, "2026.1", "ndjson").get_data().splitlines()]
    frozen = {(line["kind"], line["record"]["id"]): line["record"] for line in lines}
    assert client.patch("/v1/events/1", json=PATCHES["events"]).status_code == 200
    created = client.post("/v1/sources", json={"title": "Later", "url": "https://example.org/later"})
    assert created.status_code == 201
    assert anonymous.get("/v1/events/1").get_json() != frozen[("events", 1)]   # the present has moved on

    at_release = anonymous.get("/v1/events/1?release=2026.1")
    assert at_release.status_code == 200 and at_release.get_json() == frozen[("events", 1)]
    cursor = anonymous.get("/v1/releases/2026.1").get_json()["cursor"]
    assert at_release.headers["As-Of-Change"] == cursor
    assert anonymous.get(f"/v1/events/1?as_of={cursor}").get_json() == at_release.get_json()
    assert anonymous.get(f"/v1/sources/{created.get_json()['id']}?release=2026.1").status_code == 404
    listed = anonymous.get("/v1/sources?release=2026.1&limit=100").get_json()
    assert sorted(s["id"] for s in listed["items"]) == sorted(i for k, i in frozen if k == "sources")


@pytest.mark.parametrize("query, field, status", [
    ("release=2099.9", "release", 422),              # never published
    ("release=v1", "release", 400),                  # not a version
    ("release=2026.1&as_of=2026-01-01", "release", 400),   # two moments
])
def test_a_read_at_an_unknown_release_or_two_moments_is_refused(admin, anonymous, query, field, status):
    publish(admin)
    assert field in problem(anonymous.get(f"/v1/events?{query}"), status)["errors"]
