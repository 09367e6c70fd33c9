"""A statement in several languages, a text seen by an outlet and a place known but not named (issue 10, mending
round mend-src2; migrations/0067; notes/trials t16-t19), through HTTP: written, read back, filtered, exported,
restored; bad input is a problem naming the field."""
import pytest

from helpers import BODIES, problem

MERGE = "application/merge-patch+json"


def post(client, kind, body):
    response = client.post(f"/v1/{kind}", json=body)
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def ids(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def test_a_statement_spoken_partly_in_tamil(client):
    """t19 #5: "He spoke partly in Tamil" (his address was in Sinhala)."""
    said = post(client, "statements", {**BODIES["statements"], "language": "si", "other_languages": ["ta"]})
    plain = post(client, "statements", BODIES["statements"])
    read = client.get(said["href"]).get_json()
    assert (read["language"], read["other_languages"]) == ("si", ["ta"])
    assert client.get(plain["href"]).get_json()["other_languages"] == []
    assert said["id"] in ids(client, "statements", "language=ta") & ids(client, "statements", "language=si")
    assert plain["id"] not in ids(client, "statements", "language=ta")
    assert "ta" in client.get("/v1/statements?language=ta&format=csv").get_data(as_text=True)
    changed = client.patch(said["href"], content_type=MERGE, json={"other_languages": []})
    assert changed.status_code == 200, changed.get_json()
    assert said["id"] not in ids(client, "statements", "language=ta")
    restored = client.post(f"{said['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert said["id"] in ids(client, "statements", "language=ta")


@pytest.mark.parametrize("fields", [
    {"language": None, "other_languages": ["ta"]},
    {"language": "si", "other_languages": ["si"]},
    {"language": "si", "other_languages": ["ta", "ta"]},
    {"language": "si", "other_languages": ["tamil"]},
    {"language": "si", "other_languages": "ta"},
])
def test_bad_other_languages_are_problems_naming_the_field(client, fields):
    before = client.get("/v1/statements?limit=500&fields=id").get_json()["items"]
    found = problem(client.post("/v1/statements", json={**BODIES["statements"], **fields}), 422)["errors"]
    assert "other_languages" in str(found), found
    assert client.get("/v1/statements?limit=500&fields=id").get_json()["items"] == before


def test_a_text_seen_by_reuters_and_army_lines(client):
    """t18 #15: "the agreement, seen by Reuters"; t19 #55: civilians "reached army lines"."""
    seen = post(client, "treaties", {**BODIES["treaties"], "text_published": "seen_unpublished",
                                     "text_published_as_of": "2020-10-11"})
    assert client.get(seen["href"]).get_json()["text_published"] == "seen_unpublished"
    assert ids(client, "treaties", "text_published=seen_unpublished") == {seen["id"]}
    fled = post(client, "events", {**BODIES["events"], "other_places": [
        {"place_id": None, "unknown": "unnamed", "role": "to", "words": "army lines"}]})
    item = client.get(fled["href"]).get_json()["other_places"][0]
    assert (item["place_id"] if "place_id" in item else item["place"], item["unknown"], item["words"]) == (
        None, "unnamed", "army lines")
    assert fled["id"] in ids(client, "events", "unknown_place=to")
    vocabularies = client.get("/v1/vocabularies").get_json()["vocabularies"]
    assert "unnamed" in str(vocabularies["unknown_places"])
    assert "seen_unpublished" in str(vocabularies["text_publications"])
    found = problem(client.post("/v1/events", json={**BODIES["events"], "other_places": [
        {"place_id": None, "unknown": "nameless", "role": "to"}]}), 422)["errors"]
    assert "unknown" in str(found), found
