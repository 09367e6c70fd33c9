"""Treaties, round 37 (treaties37; migrations/0122), through HTTP: what a party's signature covers (a proportion
of the treaty, or some of its own provisions), how far a provision goes (degree), a safe area, and a participation
date given only relative to something (precision unknown, as every reported date without a date now reads).
Written, read back equal (JSON and NDJSON), filtered; bad input is a problem naming the field and changes nothing."""
import json

import pytest

from helpers import TREATY, problem


def treaty(client, **fields):
    response = client.post("/v1/treaties", json={**TREATY, **fields})
    assert response.status_code == 201, response.get_json().get("errors")
    return response.get_json()


def ids(client, query):
    response = client.get(f"/v1/treaties?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def count(client):
    return len(ids(client, ""))


def ndjson(client, record_id):
    lines = client.get("/v1/treaties?format=ndjson&limit=500").get_data(as_text=True).splitlines()
    return [t for t in (json.loads(line) for line in lines if line) if t["id"] == record_id][0]


PLAN = [{"key": "military", "type": "withdrawal", "summary": "The military annex: forces pull back."},
        {"key": "political", "type": "elections", "summary": "The political annex: elections are held."}]


def signed(change="joined", **more):
    return {"change": change, "date": {"date": "2024-03-01"}, "source_ids": [1], **more}


# --- 1. what a signature covers --------------------------------------------------------------------------------

def test_a_signature_covering_some_provisions_or_most_of_the_treaty(client):
    """One side signed the military annex only; the other accepted most of the plan."""
    plan = treaty(client, status="signed", status_history=[], provisions=PLAN)
    military = plan["provisions"][0]["id"]
    kept = [{**p, "id": shown["id"]} for p, shown in zip(PLAN, plan["provisions"])]
    parties = [{"actor_id": 1, "participation": [signed(provision_ids=[military])]},
               {"actor_id": 2, "participation": [signed(covers_proportion="most")]}]
    response = client.patch(plan["href"], json={"parties": parties, "provisions": kept})
    assert response.status_code == 200, response.get_json()
    got = client.get(f"{plan['href']}?include=parties").get_json()["parties"]
    first, second = (party["participation"][0] for party in got)
    assert (first["provisions"], first["covers_proportion"]) == ([military], None)
    assert (second["provisions"], second["covers_proportion"]) == ([], "most")
    assert [p["participation"] for p in ndjson(client, plan["id"])["parties"]] == [p["participation"] for p in got]
    assert plan["id"] in ids(client, "participation_covers=most,all")
    assert plan["id"] not in ids(client, "participation_covers=all")
    assert plan["id"] in ids(client, "participation_covers=most&party=2")
    assert plan["id"] not in ids(client, "participation_covers=most&party=1")
    # a PATCH of another field keeps them; left out, a change reads null and empty
    assert client.patch(plan["href"], json={"name": "Renamed plan"}).status_code == 200
    again = client.get(f"{plan['href']}?include=parties").get_json()["parties"]
    assert [p["participation"] for p in again] == [p["participation"] for p in got]
    plain = treaty(client, parties=[{"actor_id": 1, "participation": [signed()]}])
    assert (plain["parties"][0]["participation"][0]["covers_proportion"],
            plain["parties"][0]["participation"][0]["provisions"]) == (None, [])


def test_a_signature_names_only_the_treaty_s_own_provisions(client):
    other = treaty(client, name="Another treaty")
    plan = treaty(client, name="The plan", status="signed", status_history=[], provisions=PLAN)
    kept = [{**p, "id": shown["id"]} for p, shown in zip(PLAN, plan["provisions"])]
    foreign = other["provisions"][0]["id"]
    before = client.get(plan["href"]).get_json()
    body = problem(client.patch(plan["href"], json={"provisions": kept, "parties": [
        {"actor_id": 1, "participation": [signed(provision_ids=[foreign])]}]}), 422)
    assert body["errors"]["parties"]["0"]["participation"]["0"]["provision_ids"]["0"]
    assert client.get(plan["href"]).get_json() == before
    # on creation no provision has an ID yet: name them in a later write
    made = count(client)
    body = problem(client.post("/v1/treaties", json={**TREATY, "parties": [
        {"actor_id": 1, "participation": [signed(provision_ids=[foreign])]}]}), 422)
    assert "provision_ids" in body["errors"]["parties"]["0"]["participation"]["0"]
    # a write dropping a provision that a signature names is refused too
    named = client.patch(plan["href"], json={"provisions": kept, "parties": [
        {"actor_id": 1, "participation": [signed(provision_ids=[kept[1]["id"]])]}]})
    assert named.status_code == 200, named.get_json()
    body = problem(client.patch(plan["href"], json={"provisions": kept[:1]}), 422)
    assert body["errors"]["parties"]["0"]["participation"]["0"]["provision_ids"]["0"]
    body = problem(client.post("/v1/treaties", json={**TREATY, "parties": [
        {"actor_id": 1, "participation": [signed(covers_proportion="much")]}]}), 422)
    assert "covers_proportion" in body["errors"]["parties"]["0"]["participation"]["0"]
    assert count(client) == made
    assert problem(client.get("/v1/treaties?participation_covers=much"), 400)["errors"]["participation_covers"]


# --- 2. how far a provision goes; 3. a safe area ---------------------------------------------------------------

AUTONOMY = {"type": "autonomy", "summary": "The provinces are to be largely self-governing.", "degree": "largely"}


def test_a_provision_s_degree_read_back_filtered_and_patched(client):
    record = treaty(client, provisions=[AUTONOMY, {"type": "amnesty", "summary": "A partial amnesty.",
                                                   "degree": "partly", "proportion": "some"}])
    got = client.get(f"{record['href']}?include=provisions").get_json()["provisions"]
    assert got == record["provisions"]
    assert [(p["degree"], p["proportion"]) for p in got] == [("largely", None), ("partly", "some")]
    assert ndjson(client, record["id"])["provisions"] == got
    assert record["id"] in ids(client, "provision_degree=largely")
    assert record["id"] in ids(client, "provision_degree=entirely,partly")
    plain = treaty(client)
    assert plain["provisions"][0]["degree"] is None
    assert plain["id"] not in ids(client, "provision_degree=largely")
    patched = client.patch(record["href"], json={"provisions": [{**AUTONOMY, "id": got[0]["id"],
                                                                 "degree": "entirely"}]})
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["provisions"][0]["degree"] == "entirely"
    assert record["id"] not in ids(client, "provision_degree=largely")
    before = count(client)
    body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [{**AUTONOMY, "degree": "mostly"}]}), 422)
    assert "degree" in body["errors"]["provisions"]["0"]
    assert count(client) == before
    assert problem(client.get("/v1/treaties?provision_degree=mostly"), 400)["errors"]["provision_degree"]


def test_a_safe_area_with_its_places_protector_and_scope(client):
    town = client.post("/v1/places", json={"name": "A town", "kind": "city", "country": "BIH"})
    assert town.status_code == 201, town.get_json()
    area = {"type": "safe_area", "summary": "The town is declared a safe area, free from armed attack.",
            "place_ids": [town.get_json()["id"]], "actors": [{"actor_id": 2, "role": "guarantor"}],
            "scope": {"domains": ["land", "air"], "operations": "all"}}
    record = treaty(client, name="Resolution on the town", kind="other", provisions=[area])
    shown = client.get(f"{record['href']}?include=provisions").get_json()["provisions"][0]
    assert (shown["type"], shown["scope"]["domains"], shown["actors"][0]["role"]) == ("safe_area", ["land", "air"],
                                                                                       "guarantor")
    assert record["id"] in ids(client, "provision_type=safe_area")
    assert record["id"] in ids(client, f"provision_type=safe_area&provision_place={town.get_json()['id']}")
    terms = client.get("/v1/vocabularies").get_json()["vocabularies"]["provision_types"]
    assert "safe_area" in {t["term"] for t in terms}


# --- 4. a date given only relative to something ----------------------------------------------------------------

LATER = {"relative": {"relation": "after", "anchor": "previous_entry", "words": "later"}}


def test_an_undated_participation_date_reads_precision_unknown(client):
    record = treaty(client, parties=[{"actor_id": 1, "participation": [
        signed(), {"change": "withdrew", "date": LATER, "source_ids": [1]}]}])
    first, second = record["parties"][0]["participation"]
    assert (first["date"]["date"], first["date"]["precision"]) == ("2024-03-01", "day")   # dated: unchanged
    assert (second["date"]["date"], second["date"]["precision"], second["date"]["edtf"]) == (None, "unknown", None)
    assert second["date"]["relative"]["words"] == "later"
    # given as unknown it reads the same; a date with precision unknown is refused, naming the field
    same = treaty(client, parties=[{"actor_id": 1, "participation": [
        {"change": "withdrew", "date": {**LATER, "date": None, "precision": "unknown"}}]}])
    assert same["parties"][0]["participation"][0]["date"] == second["date"]
    before = count(client)
    body = problem(client.post("/v1/treaties", json={**TREATY, "parties": [{"actor_id": 1, "participation": [
        {"change": "joined", "date": {"date": "2024-03-01", "precision": "unknown"}}]}]}), 422)
    assert "precision" in body["errors"]["parties"]["0"]["participation"]["0"]["date"]
    assert count(client) == before


@pytest.mark.parametrize("fields, where", [
    ({"status": "in_force", "status_history": [
        {"status": "in_force", "date": {"date": "2024-01-01"}, "source_ids": [1]},
        {"status": "extended", "date": LATER, "source_ids": [1]}]}, ("status_history", 1)),
    ({"provisions": [{"type": "withdrawal", "summary": "Forces leave.", "implementation": [
        {"date": LATER, "status": "full", "source_ids": [1]}]}]}, ("provisions", 0, "implementation", 0)),
    ({"provisions": [{"type": "withdrawal", "summary": "Forces leave.",
                      "deadlines": [{"milestone": "completion", "date": LATER}]}]}, ("provisions", 0, "deadlines", 0)),
])
def test_every_reported_date_without_a_date_reads_precision_unknown(client, fields, where):
    record = treaty(client, **fields)
    shown = client.get(f"{record['href']}?include=status_history,provisions").get_json()
    for key in where:
        shown = shown[key]
    assert (shown["date"]["date"], shown["date"]["precision"]) == (None, "unknown")


# --- 5. the batch takes the operations the coding guide shows, and not a step without op and kind ------------------

def test_the_batch_refuses_a_create_without_op_and_kind_and_takes_the_guide_s_form(client):
    source = {"title": "A report", "published_date": "2024-06-05"}
    before = client.get("/v1/sources?limit=500&fields=id").get_json()["items"]
    body = problem(client.post("/v1/batch", json={"operations": [
        {"create": "sources", "ref": "report", "data": source}]}), 422)
    assert {"op", "kind"} <= set(body["errors"]["0"])
    assert client.get("/v1/sources?limit=500&fields=id").get_json()["items"] == before
    response = client.post("/v1/batch", json={"operations": [
        {"op": "create", "kind": "sources", "ref": "report", "data": source},
        {"op": "patch", "kind": "sources", "id": "@report", "data": {"title": "A report, corrected"}}]})
    assert response.status_code == 200, response.get_json()
    made = response.get_json()["results"][0]["id"]
    assert client.get(f"/v1/sources/{made}").get_json()["title"] == "A report, corrected"
