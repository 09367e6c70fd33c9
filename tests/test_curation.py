"""Curation through HTTP: no lost updates, history, tombstones, the change feed, idempotent creates, limits."""
import pytest

from helpers import BODIES, STATEMENT, problem


# --- versions and If-Match ---------------------------------------------------------------------------------

def test_the_etag_names_the_version(client):
    response = client.get("/v1/events/1")
    assert response.headers["ETag"].startswith('"1-')
    patched = client.patch("/v1/events/1", json={"summary": "x"})
    assert patched.headers["ETag"].startswith('"2-') and patched.get_json()["version"] == 2


@pytest.mark.parametrize("method,body", [("PUT", BODIES["sources"]), ("PATCH", {"title": "x"}), ("DELETE", None)])
def test_changes_without_if_match_get_428(strict_client, dump, method, body):
    before = dump()
    created = strict_client.post("/v1/sources", json=BODIES["sources"]).get_json()
    after_create = dump()
    body_ = problem(strict_client.open(created["href"], method=method, json=body), 428)
    assert body_["type"] == "/problems/if-match-required"
    assert dump() == after_create != before


@pytest.mark.parametrize("method,body", [("PUT", BODIES["sources"]), ("PATCH", {"title": "x"}), ("DELETE", None)])
def test_a_stale_if_match_gets_412_with_the_current_version(strict_client, method, body):
    created = strict_client.post("/v1/sources", json=BODIES["sources"])
    old_etag = created.headers["ETag"]
    href = created.get_json()["href"]
    assert strict_client.patch(href, json={"publisher": "First"}, headers={"If-Match": old_etag}).status_code == 200
    body_ = problem(strict_client.open(href, method=method, json=body, headers={"If-Match": old_etag}), 412)
    assert body_["current_version"] == 2 and body_["type"] == "/problems/stale-version"
    assert strict_client.get(href).get_json()["publisher"] == "First"


def test_two_curators_cannot_overwrite_each_other(strict_client):
    etag = strict_client.get("/v1/events/4").headers["ETag"]
    first = strict_client.patch("/v1/events/4", json={"summary": "Alice's edit"}, headers={"If-Match": etag})
    second = strict_client.patch("/v1/events/4", json={"summary": "Bob's edit"}, headers={"If-Match": etag})
    assert first.status_code == 200 and second.status_code == 412
    assert strict_client.get("/v1/events/4").get_json()["summary"] == "Alice's edit"


@pytest.mark.parametrize("if_match", ['"1"', '"1-abc"', '*', '"1-0000", "9"'])
def test_accepted_if_match_forms(strict_client, if_match):
    assert strict_client.patch("/v1/sources/1", json={"publisher": "P"}, headers={"If-Match": if_match}).status_code == 200


@pytest.mark.parametrize("if_match", ['"abc"', 'W/"1-abc"', '"2"'])
def test_if_match_naming_no_current_version(strict_client, if_match):
    problem(strict_client.patch("/v1/sources/1", json={"publisher": "P"}, headers={"If-Match": if_match}), 412)


def test_an_unquoted_if_match_is_malformed(strict_client):
    problem(strict_client.patch("/v1/sources/1", json={"publisher": "P"}, headers={"If-Match": "1"}), 400)


# --- history -----------------------------------------------------------------------------------------------

def test_every_change_is_a_revision_with_who_and_why(client):
    created = client.post("/v1/actors", json=BODIES["actors"], headers={"Change-Note": "From the OSCE site"})
    href = created.get_json()["href"]
    client.patch(href, json={"country": "AUT"}, headers={"Change-Note": "Seat%20in%20Vienna%20%E2%80%93%20fixed"})
    client.delete(href)
    revisions = client.get(f"{href}/revisions").get_json()["items"]
    assert [(r["version"], r["action"]) for r in revisions] == [(1, "create"), (2, "update"), (3, "delete")]
    (who,) = {r["token_name"] for r in revisions}   # one token; its name is for admins, its pseudonym for others
    assert who.startswith("curator-") and who != "test curator"
    assert revisions[0]["note"] == "From the OSCE site" and revisions[1]["note"] == "Seat in Vienna – fixed"
    assert revisions[1]["data"]["country"] == "AUT" and revisions[2]["data"] is None
    assert client.get(f"{href}/revisions/2").get_json() == revisions[1]
    problem(client.get(f"{href}/revisions/9"), 404)


def test_restore_a_revision_is_a_new_revision(strict_client):
    original = strict_client.get("/v1/events/4").get_json()
    etag = strict_client.get("/v1/events/4").headers["ETag"]
    edited = strict_client.patch("/v1/events/4", json={"title": "Wrong title", "participants": []},
                                 headers={"If-Match": etag})
    restored = strict_client.post("/v1/events/4/revisions/1/restore", headers={"If-Match": edited.headers["ETag"]})
    assert restored.status_code == 200, restored.get_json()
    record = restored.get_json()
    assert record["version"] == 3 and record["title"] == original["title"]
    assert record["participants"] == original["participants"]
    last = strict_client.get("/v1/events/4/revisions").get_json()["items"][-1]
    assert last["version"] == 3 and last["note"] == "Restore revision 1."


def test_history_cannot_be_edited(client):
    for method in ("PUT", "PATCH", "DELETE"):
        assert client.open("/v1/events/1/revisions/1", method=method, json={}).status_code == 405


def test_the_example_data_has_its_history(client):
    (revision,) = client.get("/v1/treaties/1/revisions").get_json()["items"]
    assert revision["token_name"] == "example data" and revision["action"] == "create"


# --- tombstones --------------------------------------------------------------------------------------------

def test_an_admin_restores_a_deleted_record(client, admin):
    created = client.post("/v1/statements", json=STATEMENT).get_json()
    client.delete(created["href"])
    problem(client.post(f"{created['href']}/restore"), 403)
    restored = admin.post(f"{created['href']}/restore")
    assert restored.status_code == 200
    assert restored.get_json()["quote"] == created["quote"] and restored.get_json()["version"] == 3
    assert client.get(created["href"]).status_code == 200
    assert created["id"] in [s["id"] for s in client.get("/v1/statements?limit=500").get_json()["items"]]
    assert client.get("/v1/statements?q=calm").get_json()["items"][0]["id"] == created["id"]   # back in search


def test_restore_refuses_while_something_it_refers_to_is_gone(client, admin):
    actor = client.post("/v1/actors", json=BODIES["actors"]).get_json()
    statement = client.post("/v1/statements", json={**STATEMENT, "speaker_id": actor["id"]}).get_json()
    client.delete(statement["href"])
    assert client.delete(actor["href"]).status_code == 204    # a tombstone does not hold its references
    body = problem(admin.post(f"{statement['href']}/restore"), 422)
    assert body["errors"] == {"speaker_id": [f"No actor with id {actor['id']}."]}


def test_a_tombstone_cannot_be_referred_to(client):
    actor = client.post("/v1/actors", json=BODIES["actors"]).get_json()
    client.delete(actor["href"])
    body = problem(client.post("/v1/statements", json={**STATEMENT, "speaker_id": actor["id"]}), 422)
    assert "speaker_id" in body["errors"]


def test_relations_of_a_deleted_record_are_gone(client):
    created = client.post("/v1/actors", json=BODIES["actors"]).get_json()
    client.delete(created["href"])
    problem(client.get(f"{created['href']}/events"), 410)


# --- the change feed ---------------------------------------------------------------------------------------

def feed(client, after=None, **params):
    query = {**params, **({"after": after} if after else {})}
    response = client.get("/v1/changes", query_string=query)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


def test_the_feed_lists_every_change_in_order_and_resumes(client):
    start = feed(client)
    # The example data: 35 creates, then nothing more.
    everything, cursor = start["items"], start["cursor"]
    while True:
        page = feed(client, cursor)
        if not page["items"]:
            break
        everything += page["items"]
        cursor = page["cursor"]
    assert len(everything) == 35 and all(c["action"] == "create" for c in everything)
    assert feed(client, cursor) == {"items": [], "cursor": cursor, "next": None}

    created = client.post("/v1/sources", json=BODIES["sources"]).get_json()
    client.patch(created["href"], json={"publisher": "Other"})
    client.delete(created["href"])
    news = feed(client, cursor)
    assert [(c["kind"], c["id"], c["version"], c["action"]) for c in news["items"]] == [
        ("sources", created["id"], 1, "create"), ("sources", created["id"], 2, "update"),
        ("sources", created["id"], 3, "delete")]
    assert news["items"][1]["data"]["publisher"] == "Other" and news["items"][2]["data"] is None
    assert feed(client, news["cursor"])["items"] == []


def test_the_feed_pages_with_next_links(client):
    first = client.get("/v1/changes?limit=10")
    body = first.get_json()
    assert len(body["items"]) == 10 and body["next"] and 'rel="next"' in first.headers["Link"]
    second = client.get(body["next"]).get_json()
    assert second["items"][0]["change"] != body["items"][-1]["change"]


def test_the_feed_filters_by_kind(client):
    kinds = {c["kind"] for c in feed(client, kind="treaties,statements", limit=1000)["items"]}
    assert kinds == {"treaties", "statements"}


def test_audit_view_of_one_token(client, admin):
    client.post("/v1/sources", json=BODIES["sources"])
    audit = feed(admin, token="test curator")
    assert len(audit["items"]) == 1 and audit["items"][0]["token_name"] == "test curator"


def test_a_bad_feed_cursor(client):
    assert "after" in problem(client.get("/v1/changes?after=garbage"), 400)["errors"]


# --- idempotent creates ------------------------------------------------------------------------------------

def test_a_retried_create_returns_the_first_answer(client):
    headers = {"Idempotency-Key": "import-2020-10-31-statement-7"}
    first = client.post("/v1/statements", json=STATEMENT, headers=headers)
    again = client.post("/v1/statements", json=STATEMENT, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.get_json() == first.get_json() and again.headers["Location"] == first.headers["Location"]
    assert again.headers["Idempotent-Replayed"] == "true"
    quotes = [s for s in client.get("/v1/statements?limit=500").get_json()["items"] if s["quote"] == STATEMENT["quote"]]
    assert len(quotes) == 1


def test_the_same_key_with_another_body_is_refused(client, dump):
    client.post("/v1/statements", json=STATEMENT, headers={"Idempotency-Key": "k1"})
    before = dump()
    body = problem(client.post("/v1/statements", json={**STATEMENT, "stance": "pledge"},
                               headers={"Idempotency-Key": "k1"}), 422)
    assert "Idempotency-Key" in body["errors"]
    assert dump() == before


def test_keys_belong_to_their_token(client, admin):
    client.post("/v1/sources", json=BODIES["sources"], headers={"Idempotency-Key": "same"})
    other = admin.post("/v1/sources", json=BODIES["sources"], headers={"Idempotency-Key": "same"})
    assert other.status_code == 201 and "Idempotent-Replayed" not in other.headers


def test_a_failed_create_does_not_use_up_its_key(client):
    headers = {"Idempotency-Key": "retry-me"}
    problem(client.post("/v1/statements", json={**STATEMENT, "speaker_id": 999}, headers=headers), 422)
    fixed = client.post("/v1/statements", json={**STATEMENT, "speaker_id": 999}, headers=headers)
    assert fixed.status_code == 422   # same body, same (correct) refusal: nothing was stored
    assert client.post("/v1/statements", json=STATEMENT, headers=headers).status_code == 201


# --- rate limits -------------------------------------------------------------------------------------------

def test_writes_are_rate_limited_per_token(client, admin, app, monkeypatch):
    monkeypatch.setitem(app.config, "WRITE_RATE_LIMIT", "3 per minute")
    statuses = [client.post("/v1/sources", json=BODIES["sources"]).status_code for _ in range(4)]
    assert statuses == [201, 201, 201, 429]
    limited = client.post("/v1/sources", json=BODIES["sources"])
    problem(limited, 429)
    assert int(limited.headers["Retry-After"]) > 0
    assert admin.post("/v1/sources", json=BODIES["sources"]).status_code == 201   # another token's own count
    assert client.get("/v1/sources").status_code == 200                           # reads are not limited
