"""A statement in several languages, a text seen by an outlet and a place known but not named (issue 10, mending
round mend-src2; migrations/0067; notes/trials t16-t19), through HTTP: written, read back, filtered, exported,
restored; bad input is a problem naming the field."""
import csv
import io

import orjson
import pytest

from helpers import BODIES, problem, created as post

MERGE = "application/merge-patch+json"


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
    lines = client.get("/v1/statements?language=ta&format=ndjson").get_data(as_text=True)
    assert [orjson.loads(line)["other_languages"] for line in lines.splitlines() if line] == [["ta"]]
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


def test_a_52_year_old_rice_farmer(client):
    """t16 #75: "Sombat, a 52-year-old rice farmer sheltering at a school"."""
    sombat = post(client, "actors", {"name": "Sombat", "kind": "person", "country": "THA", "age": 52,
                                     "age_as_of": "2025-07-29", "occupation": "rice farmer"})
    read = client.get(sombat["href"]).get_json()
    assert (read["age"], read["age_as_of"], read["occupation"]) == (52, "2025-07-29", "rice farmer")
    assert ids(client, "actors", "occupation=Rice%20Farmer") == {sombat["id"]}
    assert sombat["id"] in ids(client, "actors", "age_min=50&age_max=52")
    assert sombat["id"] not in ids(client, "actors", "age_min=53")
    assert "rice farmer" in client.get("/v1/actors?occupation=rice%20farmer&format=csv").get_data(as_text=True)
    assert client.get("/v1/actors/1").get_json()["age"] is None
    changed = client.patch(sombat["href"], content_type=MERGE, json={"occupation": "fisherman"})
    assert changed.status_code == 200, changed.get_json()
    assert ids(client, "actors", "occupation=rice%20farmer") == set()


@pytest.mark.parametrize(("body", "field"), [
    ({"kind": "state", "age": 52, "age_as_of": "2025-07-29"}, "age"),
    ({"kind": "non_state_armed_group", "occupation": "farmer"}, "occupation"),
    ({"kind": "person", "age": 52}, "age_as_of"),
    ({"kind": "person", "age_as_of": "2025-07-29"}, "age_as_of"),
    ({"kind": "person", "age": -1, "age_as_of": "2025-07-29"}, "age"),
    ({"kind": "person", "occupation": "x" * 201}, "occupation"),
])
def test_bad_ages_and_occupations_are_problems_naming_the_field(client, body, field):
    found = problem(client.post("/v1/actors", json={"name": "Someone", **body}), 422)["errors"]
    assert field in str(found), found
    assert "age_min" in str(problem(client.get("/v1/actors?age_min=old"), 400)["errors"])


def test_a_un_document_leaked_last_month(client):
    """t19 #44: "a UN working document leaked to reporters last month" (reported 19 May 2009)."""
    leaked = post(client, "sources", {"title": None, "publisher": "United Nations", "leaked_date": "2009-04-01",
                                      "leaked_precision": "month"})
    read = client.get(leaked["href"]).get_json()
    assert (read["leaked_date"], read["leaked_precision"], read["published_date"]) == ("2009-04-01", "month", None)
    assert ids(client, "sources", "leaked=true") == {leaked["id"]}
    assert leaked["id"] not in ids(client, "sources", "leaked=false")
    assert "2009-04-01" in client.get("/v1/sources?leaked=true&format=csv").get_data(as_text=True)


@pytest.mark.parametrize(("fields", "field"), [
    ({"leaked_precision": "month"}, "leaked_precision"),
    ({"leaked_date": "2009-04-15", "leaked_precision": "month"}, "leaked_date"),
    ({"leaked_date": "2009-04-01", "leaked_precision": "week"}, "leaked_precision"),
    ({"leaked_date": "April"}, "leaked_date"),
])
def test_bad_leaks_are_problems_naming_the_field(client, fields, field):
    found = problem(client.post("/v1/sources", json={"title": None, **fields}), 422)["errors"]
    assert field in str(found), found


def test_a_double_dateline(client):
    """t16 #2: "BANGKOK/PHNOM PENH, July 29 (Reuters)"."""
    bangkok = post(client, "places", {"name": "Bangkok", "kind": "city", "country": "THA"})["id"]
    phnom_penh = post(client, "places", {"name": "Phnom Penh", "kind": "city", "country": "KHM"})["id"]
    report = post(client, "sources", {"title": "Thailand, Cambodia ceasefire holds", "publisher": "Reuters",
                                      "dateline": "BANGKOK/PHNOM PENH", "dateline_place_id": bangkok,
                                      "other_dateline_place_ids": [phnom_penh]})
    read = client.get(report["href"]).get_json()
    assert (read["dateline"], [place["id"] for place in read["other_dateline_places"]]) == (
        "BANGKOK/PHNOM PENH", [phnom_penh])   # each place as dateline_place is shown (fixes25)
    assert read["other_dateline_places"][0]["name"] == "Phnom Penh"
    assert ids(client, "sources", f"dateline_place={phnom_penh}") == {report["id"]}
    assert ids(client, "sources", f"dateline_place={bangkok}") == {report["id"]}
    rows = csv.DictReader(io.StringIO(client.get(f"/v1/sources?dateline_place={phnom_penh}&format=csv")
                                      .get_data(as_text=True)))
    assert [row["other_dateline_place_ids"] for row in rows] == [str(phnom_penh)]
    assert client.delete(f"/v1/places/{phnom_penh}", headers={"If-Match": "*"}).status_code == 409
    changed = client.patch(report["href"], content_type=MERGE, json={"other_dateline_place_ids": []})
    assert changed.status_code == 200, changed.get_json()
    assert ids(client, "sources", f"dateline_place={phnom_penh}") == set()
    for fields in ({"dateline_place_id": None, "other_dateline_place_ids": [phnom_penh]},
                   {"dateline_place_id": bangkok, "other_dateline_place_ids": [bangkok]},
                   {"dateline_place_id": bangkok, "other_dateline_place_ids": [999999]}):
        found = problem(client.post("/v1/sources", json={"title": None, **fields}), 422)["errors"]
        assert "other_dateline_place_ids" in str(found), found


def test_access_by_sea_and_army_lines_reached_on_foot(client):
    """t19 #50: "the ICRC, one of the few aid agencies with access by sea"; #55: "reached army lines on foot"."""
    by_sea = post(client, "events", {**BODIES["events"], "type": "RETREAT", "mode": "access",
                                     "travel_means": ["sea"]})
    on_foot = post(client, "events", {**BODIES["events"], "travel_means": ["foot", "sea"]})
    assert client.get(by_sea["href"]).get_json()["travel_means"] == ["sea"]
    assert ids(client, "events", "travel_means=sea") == {by_sea["id"], on_foot["id"]}
    assert ids(client, "events", "travel_means=foot") == {on_foot["id"]}
    assert ids(client, "events", "travel_means=air") == set()
    assert "foot" in str(client.get("/v1/vocabularies").get_json()["vocabularies"]["travel_means"])
    for means in (["boat"], ["sea", "sea"], "sea"):
        found = problem(client.post("/v1/events", json={**BODIES["events"], "travel_means": means}), 422)["errors"]
        assert "travel_means" in str(found), found
    assert "travel_means" in str(problem(client.get("/v1/events?travel_means=boat"), 400)["errors"])
