"""Migration 0006 carries existing tokens and revisions forward, on the engine under test: duplicate token
names are renamed in ID order (their revisions follow), tokens keep working and never expire, revisions keep
their content, unredacted, and the pseudonym key is made."""
import orjson
import pytest

from api.services import migrations
from old_databases import NOW, RECORD, STAMPS, database_at, old_token, serving

BEFORE = "0005_covering_link_indexes"
# id -> (name, role) as version 0005 allowed them: names could repeat.
OLD_TOKENS = {1: ("ana", "admin"), 2: ("ana", "curator"), 3: ("ana (2)", "reader"), 4: ("ana", "curator")}
RENAMED = {1: "ana", 2: "ana (3)", 3: "ana (2)", 4: "ana (4)"}


def secret(token_id):
    return f"old-secret-{token_id}-" + "x" * 30


@pytest.fixture
def old_database(dbs, shared_app):
    """A database at migration 0005 holding tokens, a source and its revisions, then upgraded."""
    with database_at(dbs, BEFORE, "at_0005") as (name, url, table):
        for token_id, (token_name, role) in OLD_TOKENS.items():
            old_token(table, token_id, secret(token_id), name=token_name, role=role)
        table("source", *RECORD, "title").insert(id=1, title="Report", **(STAMPS | {"version": 2})).execute()
        revision = table("revision", "id", "kind", "record_id", "version", "action", "at", "data", "token_id",
                         "token_name", "note")
        for version, token_id in ((1, 1), (2, 2)):
            revision.insert(id=version, kind="sources", record_id=1, version=version, at=NOW,
                            action="create" if version == 1 else "update", token_id=token_id,
                            token_name="ana", note=f"note {version}",
                            data=orjson.dumps({"title": "Report", "version_was": version}).decode()).execute()
    assert migrations.upgrade()[0] == "0006_credentials_redaction"   # later migrations follow
    with serving(shared_app, dbs, name, url) as app:
        yield app


def test_tokens_keep_working_under_unique_names(old_database):
    admin = old_database.test_client(token=f"cf_1_{secret(1)}")
    listed = admin.get("/v1/tokens").get_json()["items"]
    assert {t["id"]: t["name"] for t in listed} == RENAMED
    assert {t["expires_at"] for t in listed} == {None}
    for token_id in OLD_TOKENS:
        assert old_database.test_client(token=f"cf_{token_id}_{secret(token_id)}").get("/v1/sources").status_code == 200
    assert admin.post("/v1/tokens", json={"name": "ana (3)", "role": "reader"}).status_code == 409


def test_revisions_keep_their_content_and_follow_the_renamed_tokens(old_database):
    admin = old_database.test_client(token=f"cf_1_{secret(1)}")
    revisions = admin.get("/v1/sources/1/revisions").get_json()["items"]
    assert [r["token_name"] for r in revisions] == ["ana", "ana (3)"]
    assert [r["note"] for r in revisions] == ["note 1", "note 2"]
    assert [r["data"]["version_was"] for r in revisions] == [1, 2]
    assert [r["redaction"] for r in revisions] == [None, None]
    assert [c["token_name"] for c in admin.get("/v1/changes?token=ana (3)").get_json()["items"]] == ["ana (3)"]
    public = {r["token_name"] for r in old_database.test_client().get("/v1/sources/1/revisions").get_json()["items"]}
    assert len(public) == 2 and all(name.startswith("curator-") for name in public)
