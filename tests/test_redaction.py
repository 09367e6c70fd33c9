"""Admins redact a revision's content for good; the redaction shows who, when and why instead, and nothing
brings the content back: revisions, the feed, restores, exports (issue 8, M4)."""
import json
import os
import subprocess
import sys

import pytest

from helpers import BODIES, problem

ADDRESS = "Witness at 12 Tigranyan Street, flat 4"
REASON = "Names a witness's home address."


@pytest.fixture
def deleted_source(client):
    """A source whose title held a witness's address, corrected once with a note repeating it, then deleted:
    (its href, its revisions before the redaction)."""
    created = client.post("/v1/sources", json={**BODIES["sources"], "title": ADDRESS},
                          headers={"Change-Note": "From the witness"})
    href = created.get_json()["href"]
    client.patch(href, json={"publisher": "Other"}, headers={"Change-Note": "Still at 12 Tigranyan Street"})
    client.delete(href)
    return href


def redact(admin, href, version, reason=REASON):
    return admin.post(f"{href}/revisions/{version}/redaction", json={"reason": reason})


def everything_public(client, href):
    return (client.get(f"{href}/revisions").get_data(as_text=True)
            + client.get("/v1/changes?limit=1000").get_data(as_text=True)
            + client.get(href).get_data(as_text=True))


def test_a_redacted_revision_shows_who_when_and_why_instead(admin, anonymous, deleted_source):
    assert "Tigranyan" in everything_public(anonymous, deleted_source)
    for version in (1, 2):
        response = redact(admin, deleted_source, version)
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        assert body["data"] is None and body["note"] is None
        assert body["redaction"]["reason"] == REASON and body["redaction"]["by"] == "test admin"
        assert body["redaction"]["at"]
    assert "Tigranyan" not in everything_public(anonymous, deleted_source)
    assert "Tigranyan" not in everything_public(admin, deleted_source)
    public = anonymous.get(f"{deleted_source}/revisions/1").get_json()
    assert public["redaction"]["reason"] == REASON and public["redaction"]["by"].startswith("curator-")
    feed = anonymous.get("/v1/changes?limit=1000").get_json()["items"]
    entries = [c for c in feed if c["href"] == deleted_source]
    assert [bool(c["redaction"]) for c in entries] == [True, True, False]   # the deletion itself was kept
    assert all(c["data"] is None for c in entries)


def test_a_redacted_revision_cannot_be_restored(admin, client, deleted_source):
    redact(admin, deleted_source, 2)
    body = problem(admin.post(f"{deleted_source}/restore"), 409)   # its tombstone held revision 2's content
    assert "redacted" in body["detail"] and REASON in body["detail"]
    live = client.post("/v1/sources", json=BODIES["sources"]).get_json()["href"]
    client.patch(live, json={"title": "Corrected"})
    redact(admin, live, 1)
    body = problem(client.post(f"{live}/revisions/1/restore", headers={"If-Match": "*"}), 422)
    assert "redacted" in body["errors"]["version"][0]


def test_the_content_a_live_record_shows_cannot_be_redacted(admin, client, dump):
    href = client.post("/v1/sources", json=BODIES["sources"]).get_json()["href"]
    before = dump()
    assert "change or delete the record first" in problem(redact(admin, href, 1), 409)["detail"]
    assert dump() == before


def test_redaction_is_for_admins_with_a_reason_and_happens_once(admin, client, anonymous, deleted_source, dump):
    before = dump()
    problem(redact(anonymous, deleted_source, 1), 401)
    problem(redact(client, deleted_source, 1), 403)
    assert "reason" in problem(admin.post(f"{deleted_source}/revisions/1/redaction", json={}), 422)["errors"]
    assert "reason" in problem(redact(admin, deleted_source, 1, reason="   "), 422)["errors"]
    problem(redact(admin, deleted_source, 9), 404)
    problem(redact(admin, "/v1/sources/99999", 1), 404)
    assert dump() == before
    assert redact(admin, deleted_source, 1).status_code == 200
    assert REASON in problem(redact(admin, deleted_source, 1), 409)["detail"]


def test_exports_made_after_a_redaction_do_not_hold_the_content(admin, deleted_source, db_url, tmp_path):
    """The redaction overwrites the stored rows (the revisions' and the tombstone's), so an export of the
    whole database, history included, has nothing left to leak."""
    for version in (1, 2, 3):
        assert redact(admin, deleted_source, version).status_code == 200
    path = tmp_path / "export.ndjson"
    result = subprocess.run([sys.executable, "-m", "api.cli", "export", str(path)], capture_output=True, text=True,
                            env={**os.environ, "DATABASE_URL": db_url}, timeout=120)
    assert result.returncode == 0, result.stderr
    text = path.read_text()
    assert "Tigranyan" not in text and "From the witness" not in text
    rows = [json.loads(line) for line in text.splitlines()[1:]]
    redacted = [r["row"] for r in rows if r["table"] == "revision" and r["row"]["redacted_at"]]
    assert len(redacted) == 3 and {r["redaction_reason"] for r in redacted} == {REASON}
