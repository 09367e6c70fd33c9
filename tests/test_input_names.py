"""Input fields that hold IDs end in _id or _ids (speaker_id, source_ids, about_event_ids,
about_statement_ids); the old names about_events and about_statements still work, deprecated, for POST, PUT
and PATCH alike; giving both names of one field is a 422 that says which to keep. Since issue 10,
about_statement_ids is itself a deprecated input: each ID is a `refers_to` relation (statements' `relations`)."""
import pytest

from helpers import STATEMENT, problem

RENAMED = [("about_events", "about_event_ids"), ("about_statements", "about_statement_ids")]


def body_with(name, ids):
    body = {key: value for key, value in STATEMENT.items() if key not in ("about_event_ids", "about_statement_ids")}
    return {**body, name: ids}


def current_ids(client, statement_id, name):
    """The IDs the stored statement has under a renamed field, read back through its response."""
    record = client.get(f"/v1/statements/{statement_id}?include=").get_json()
    if name == "about_statement_ids":
        return [r["statement"] for r in record["relations"] if r["relation"] == "refers_to"]
    return record["about_events"]


@pytest.mark.parametrize("old, new", RENAMED)
@pytest.mark.parametrize("use_old", [False, True], ids=["current name", "deprecated name"])
def test_both_names_work_for_every_write(client, old, new, use_old):
    name = old if use_old else new
    created = client.post("/v1/statements", json=body_with(name, [1]))
    assert created.status_code == 201, created.get_json()
    statement_id = created.get_json()["id"]
    assert current_ids(client, statement_id, new) == [1]

    replaced = client.put(f"/v1/statements/{statement_id}", json=body_with(name, [2]))
    assert replaced.status_code == 200, replaced.get_json()
    assert current_ids(client, statement_id, new) == [2]

    patched = client.patch(f"/v1/statements/{statement_id}", json={name: [3]},
                           headers={"Content-Type": "application/merge-patch+json"})
    assert patched.status_code == 200, patched.get_json()
    assert current_ids(client, statement_id, new) == [3]


@pytest.mark.parametrize("old, new", RENAMED)
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH"])
def test_giving_both_names_is_a_clear_422_and_changes_nothing(client, dump, old, new, method):
    before = dump()
    body = {**body_with(new, [1]), old: [2]}
    if method == "PATCH":
        body = {new: [1], old: [2]}
    path = "/v1/statements" if method == "POST" else "/v1/statements/1"
    content_type = "application/merge-patch+json" if method == "PATCH" else "application/json"
    response = client.open(path, method=method, json=body, headers={"Content-Type": content_type})
    assert problem(response, 422)["errors"] == {old: [f"Deprecated name of {new}: give {new} only, not both."]}
    assert dump() == before


def test_revisions_and_the_openapi_document_use_the_current_names(client):
    data = client.get("/v1/statements/2/revisions").get_json()["items"][-1]["data"]
    assert {"about_event_ids", "relations"} <= data.keys()
    assert not {"about_events", "about_statements", "about_statement_ids"} & data.keys()
    spec = client.get("/openapi.json").get_json()
    properties = spec["components"]["schemas"]["StatementIn"]["properties"]
    assert {"speaker_id", "source_ids", "about_event_ids", "relations"} <= properties.keys()
    assert "about_statement_ids" in properties["relations"]["description"]
    assert "deprecated" in properties["about_event_ids"]["description"]


def test_a_revision_written_under_the_old_names_restores(client, app):
    """Revisions made before the rename hold about_events and about_statements in their data."""
    import json

    from api import db
    from api.models import Revision

    with db.database.connection_context():
        row = Revision.get((Revision.kind == "statements") & (Revision.record_id == 2) & (Revision.version == 1))
        data = json.loads(row.data)
        # ... and no relations: those came with issue 10; its untyped links were about_statements.
        data["about_events"] = data.pop("about_event_ids")
        data["about_statements"] = [r["statement_id"] for r in data.pop("relations") if r["relation"] == "refers_to"]
        for name in ("about_actor_ids", "about_place_ids", "other_speaker_ids", "other_addressee_ids"):
            data.pop(name)
        Revision.update(data=json.dumps(data)).where(Revision.id == row.id).execute()
    client.patch("/v1/statements/2", json={"about_event_ids": []},
                 headers={"Content-Type": "application/merge-patch+json"})
    restored = client.post("/v1/statements/2/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert current_ids(client, 2, "about_event_ids") == data["about_events"] != []
