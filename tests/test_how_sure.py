"""Issue 10, mending round (mend10c), through HTTP: how sure the reporting is. An event and a claim take a
`verification` term with the source that says it ("Reuters could not independently verify", "videos appeared
to show"), and a statement's stance says that someone declined to comment or gave no response. Written, read,
filtered (verification=, verification_source=, stance=); bad input names the field; a source named as the
judge cannot be deleted."""
from helpers import EVENT, SOURCE, STATEMENT, created, ids, problem


FLAG = {**EVENT, "title": "Russian flag raised over the coke plant", "figures": [], "participants": []}


def test_an_unverified_video_and_what_an_agency_could_not_verify(client):
    reuters = created(client, "sources", {**SOURCE, "title": "Reuters on Avdiivka", "publisher": "Reuters"})["id"]
    flag = created(client, "events", {**FLAG, "source_ids": [1, reuters], "verification": "could_not_verify",
                                      "verification_source_id": reuters, "claims": [
        {"place_id": 6, "claimant_id": 9, "verification": "appears_to_show", "source_ids": [reuters]}]})
    shown = client.get(flag["href"] + "?include=").get_json()
    assert (shown["verification"], shown["verification_source"]) == ("could_not_verify", reuters)
    claim = client.get(flag["href"] + "?include=claims").get_json()["claims"][0]
    assert (claim["verification"], claim["verification_source"]) == ("appears_to_show", None)
    other = created(client, "events", {**FLAG, "title": "Shelling", "verification": "verified"})
    assert ids(client, "/v1/events?verification=could_not_verify") == [flag["id"]]
    assert ids(client, "/v1/events?verification=appears_to_show") == [flag["id"]]   # a claim's
    assert ids(client, "/v1/events?verification=verified") == [other["id"]]
    assert ids(client, f"/v1/events?verification_source={reuters}") == [flag["id"]]
    problem(client.delete(f"/v1/sources/{reuters}", headers={"If-Match": "*"}), 409)
    # a deprecated claim no longer counts
    assert client.patch(flag["href"], json={"claims": [{**claim_input(claim), "rank": "deprecated"}]}).status_code == 200
    assert ids(client, "/v1/events?verification=appears_to_show") == []


def _id(value):
    return value["id"] if isinstance(value, dict) else value


def claim_input(claim):
    return {"id": claim["id"], "place_id": _id(claim["place"]), "claimant_id": 9,
            "verification": claim["verification"], "source_ids": [_id(s) for s in claim["sources"]]}


def test_bad_verification_is_refused_naming_the_field(client):
    for body, field in (({"verification": "probably"}, "verification"),
                        ({"verification_source_id": 1}, "verification_source_id"),
                        ({"verification": "verified", "verification_source_id": 999999}, "verification_source_id")):
        response = client.post("/v1/events", json={**FLAG, "title": "Refused", **body})
        assert field in problem(response, 422)["errors"], body
    response = client.post("/v1/events", json={**FLAG, "title": "Refused", "claims": [
        {"place_id": 6, "verification": "maybe", "source_ids": [1]}]})
    assert "verification" in problem(response, 422)["errors"]["claims"]["0"]
    assert ids(client, "/v1/events?q=Refused") == []


def test_no_immediate_comment_is_a_stance(client):
    silent = created(client, "statements", {**STATEMENT, "speaker_id": 9, "medium": "unknown", "quote": None,
                                            "summary": "No immediate comment from Ukraine.",
                                            "stance": "no_response"})
    declined = created(client, "statements", {**STATEMENT, "stance": "declined_to_comment", "quote": None,
                                              "summary": "Declined to comment."})
    assert client.get(silent["href"]).get_json()["stance"] == "no_response"
    assert set(ids(client, "/v1/statements?stance=no_response,declined_to_comment")) == {silent["id"],
                                                                                        declined["id"]}
    response = client.post("/v1/statements", json={**STATEMENT, "stance": "silence"})
    assert "stance" in problem(response, 422)["errors"]
