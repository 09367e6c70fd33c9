"""agree33 (migrations/0114): what an event claim, a figure or a statement is said to rest on ("intercepted radio
messages suggested", satellite imagery, documents seen by): a typed evidence list {kind, words}, declared once
(schemas/evidence.py). Through HTTP: written, read back equal, filtered, revised; bad input is a problem naming the
field and changes nothing."""
import pytest

from helpers import BODIES, STATEMENT, created, ids, problem

EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
INTERCEPTS = {"kind": "intercepted_communications", "words": "intercepted radio messages"}
IMAGERY = {"kind": "satellite_imagery", "words": None}


def test_a_claims_evidence_is_read_back_filtered_and_revised(client):
    claim = {"type": "FIGHT", "claimant_id": 2, "rank": "normal", "source_ids": [1], "evidence": [INTERCEPTS]}
    event = created(client, "events", {**EVENT, "claims": [claim]})
    plain = created(client, "events", {**EVENT, "claims": [{**claim, "evidence": []}]})
    shown = client.get(event["href"]).get_json()
    assert shown["claims"][0]["evidence"] == [INTERCEPTS]
    assert client.get(plain["href"]).get_json()["claims"][0]["evidence"] == []
    found = ids(client, "/v1/events?evidence=intercepted_communications,video&limit=500")
    assert event["id"] in found and plain["id"] not in found
    assert event["id"] not in ids(client, "/v1/events?evidence=video&limit=500")
    revised = client.patch(event["href"], headers={"If-Match": client.get(event["href"]).headers["ETag"]}, json={
        "claims": [{**claim, "id": shown["claims"][0]["id"], "evidence": [INTERCEPTS, {"kind": "satellite_imagery"}]}]})
    assert revised.status_code == 200, revised.get_json()
    assert client.get(event["href"]).get_json()["claims"][0]["evidence"] == [INTERCEPTS, IMAGERY]
    assert event["id"] in ids(client, "/v1/events?evidence=satellite_imagery&limit=500")


def test_a_statements_and_a_figures_evidence_are_read_back_and_filtered(client):
    figure = {"quantity": "deaths", "unit": "people", "best": 40, "source_ids": [1],
              "evidence": [{"kind": "official_records", "words": "hospital records"}]}
    said = created(client, "statements", {**STATEMENT, "evidence": [{"kind": "documents", "words": "documents seen "
                                                                     "by the newspaper"}], "figures": [figure]})
    plain = created(client, "statements", STATEMENT)
    assert said["evidence"] == [{"kind": "documents", "words": "documents seen by the newspaper"}]
    assert plain["evidence"] == []
    assert client.get(said["href"]).get_json() == said
    assert said["figures"][0]["evidence"] == figure["evidence"]
    for query in ("evidence=documents", "figure_evidence=official_records"):
        found = ids(client, f"/v1/statements?{query}&limit=500")
        assert said["id"] in found and plain["id"] not in found, query
    assert said["id"] not in ids(client, "/v1/statements?evidence=witnesses&limit=500")
    event = created(client, "events", {**EVENT, "figures": [figure]})
    assert event["id"] in ids(client, "/v1/events?figure_evidence=official_records&limit=500")
    local = client.get("/v1/vocabularies").get_json()
    assert "evidence_kinds" in str(local)


@pytest.mark.parametrize("kind, body, path", [
    ("statements", {"evidence": [{"kind": "rumour"}]}, ("evidence", "0", "kind")),
    ("statements", {"evidence": [{"kind": "other"}]}, ("evidence", "0", "words")),
    ("statements", {"evidence": [{"words": "a video"}]}, ("evidence", "0", "kind")),
    ("events", {"claims": [{"claimant_id": 2, "rank": "normal", "source_ids": [1], "type": "FIGHT",
                            "evidence": [{"kind": "video", "seen": True}]}]},
     ("claims", "0", "evidence", "0", "seen")),
])
def test_bad_evidence_is_refused_naming_the_field_and_changes_nothing(client, kind, body, path):
    before = ids(client, f"/v1/{kind}?limit=500")
    errors = problem(client.post(f"/v1/{kind}", json={**BODIES[kind], **body}), 422)["errors"]
    for key in path:
        assert key in errors, errors
        errors = errors[key]
    assert ids(client, f"/v1/{kind}?limit=500") == before


def test_an_event_with_no_claim_of_responsibility(client):
    unclaimed = created(client, "events", {**EVENT, "responsibility": "not_claimed"})
    plain = created(client, "events", EVENT)
    assert (unclaimed["responsibility"], plain["responsibility"]) == ("not_claimed", None)
    assert client.get(unclaimed["href"]).get_json() == unclaimed
    found = ids(client, "/v1/events?responsibility=not_claimed,several_claims&limit=500")
    assert unclaimed["id"] in found and plain["id"] not in found
    etag = client.get(plain["href"]).headers["ETag"]
    patched = client.patch(plain["href"], headers={"If-Match": etag}, json={"responsibility": "claimed"})
    assert patched.status_code == 200, patched.get_json()
    assert plain["id"] in ids(client, "/v1/events?responsibility=claimed&limit=500")
    csv = client.get("/v1/events?format=csv&limit=500").get_data(as_text=True)
    assert "responsibility" in csv.splitlines()[0] and "not_claimed" in csv
    before = ids(client, "/v1/events?limit=500")
    errors = problem(client.post("/v1/events", json={**EVENT, "responsibility": "unclaimed"}), 422)["errors"]
    assert list(errors) == ["responsibility"] and ids(client, "/v1/events?limit=500") == before
