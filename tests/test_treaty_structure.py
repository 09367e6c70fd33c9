"""Treaty structure over time, through HTTP: party roles and who signed, dated participation, the status
history as claims, relations between treaties, and the filters that answer from them (docs/api.md,
"Treaty structure over time"). Bad input gets a problem+json naming the field."""
import csv
import io
import json

import pytest

from helpers import NO_CLAIM, NO_CLAIM_INPUT, TREATY, problem


def source(client, title="Report"):
    return client.post("/v1/sources", json={"title": title}).get_json()["id"]


def actor(client, name, kind="state"):
    return client.post("/v1/actors", json={"name": name, "kind": kind}).get_json()["id"]


def treaty(client, **fields):
    response = client.post("/v1/treaties", json={**TREATY, **fields})
    assert response.status_code == 201, response.get_json()
    return response.get_json()


def ids(client, query):
    body = client.get(f"/v1/treaties?{query}&limit=500").get_json()
    assert "items" in body, body
    return sorted(item["id"] for item in body["items"])


def change(status, day, rank="normal", **more):
    return {"status": status, "date": {"date": day} if day else None, "source_ids": [1], "rank": rank, **more}


# --- writing and reading -----------------------------------------------------------------------------------------

def test_roles_signers_participation_history_and_relations_read_back(client):
    osce, tagliavini = actor(client, "OSCE", "international_organisation"), actor(client, "Heidi Tagliavini", "person")
    other = treaty(client, name="Minsk Protocol", status="collapsed")["id"]
    body = {**TREATY, "status": "in_force", "parties": [
        {"actor_id": osce, "role": "mediator", "signed_by_id": tagliavini, "note": "For the OSCE chair."},
        {"actor_id": 1, "participation": [
            {"change": "joined", "date": {"edtf": "2015-02"}, "source_ids": [1]},
            {"change": "suspended", "date": {"date": "2015-03-01", "bound": "on_or_before"}, "note": "Partly."}]},
        {"actor_id": 1, "role": "guarantor"}],
        "status_history": [change("signed", "2015-02-12"),
                           change("in_force", None, "preferred", claimant_id=osce, note="From 00:00.")],
        "relations": [{"treaty_id": other, "relation": "implements"}]}
    created = client.post("/v1/treaties", json=body)
    assert created.status_code == 201, created.get_json()
    record = client.get(created.get_json()["href"]).get_json()
    mediator, party, guarantor = record["parties"]
    assert mediator["role"] == "mediator" and mediator["signed_by"]["id"] == tagliavini
    assert mediator["note"] == "For the OSCE chair." and mediator["participation"] == []
    assert party["role"] == "party" and party["signed_by"] is None   # the default role
    assert [c["change"] for c in party["participation"]] == ["joined", "suspended"]
    assert party["participation"][0]["date"]["date"] == "2015-02-01"
    assert party["participation"][0]["date"]["precision"] == "month" and party["participation"][0]["sources"] == [1]
    assert party["participation"][1]["date"]["edtf"] == "[..2015-03-01]"
    assert guarantor["role"] == "guarantor"
    signed, in_force = record["status_history"]
    assert signed["status"] == "signed" and signed["date"]["edtf"] == "2015-02-12" and signed["rank"] == "normal"
    assert in_force["date"] is None and in_force["claimant"]["id"] == osce and in_force["rank"] == "preferred"
    assert in_force["sources"][0]["id"] == 1 and isinstance(in_force["id"], int)
    assert record["relations"] == [{"treaty": {"id": other, "name": "Minsk Protocol"}, "relation": "implements",
                                    **NO_CLAIM}]
    bare = client.get(created.get_json()["href"] + "?include=").get_json()
    assert bare["status_history"] == [signed["id"], in_force["id"]]
    assert bare["relations"] == [{"treaty": other, "relation": "implements", **NO_CLAIM}]
    assert bare["parties"][0]["signed_by"] == tagliavini


def test_an_old_input_shape_still_works_and_a_put_keeps_status_change_ids(client):
    record = treaty(client, parties=[{"actor_id": 1, "joined": "2020-10-10"}])
    assert record["parties"] == [{"actor": {"id": 1, "name": "Armenia", "kind": "state"}, "joined": "2020-10-10",
                                  "left": None, "role": "party", "signed_by": None, "participation": [], "note": None,
                                  "agreed_by": None,   # agreed without a signature (agree26, migrations/0090)
                                  # who says so (migrations/0049): the treaty's own sources
                                  "claimant": None, "attribution": "source", "rank": "normal", "sources": []}]
    assert record["status_history"] == [] and record["relations"] == []
    patched = client.patch(record["href"], json={"status_history": [change("collapsed", "2020-10-11")]})
    assert patched.status_code == 200, patched.get_json()
    kept = patched.get_json()["status_history"][0]["id"]
    again = client.patch(record["href"], json={"status_history": [
        {**change("collapsed", "2020-10-11"), "id": kept}, change("unknown", None, "deprecated")]})
    assert again.status_code == 200, again.get_json()
    assert again.get_json()["status_history"][0]["id"] == kept


def test_revisions_keep_the_structure_and_restore_it(client):
    record = treaty(client, status="suspended", status_history=[change("suspended", "2020-10-12")],
                    relations=[{"treaty_id": 1, "relation": "parallel_to"}])
    revisions = client.get(record["href"] + "/revisions").get_json()["items"]
    assert revisions[0]["data"]["status_history"][0]["date"]["date"] == "2020-10-12"
    assert revisions[0]["data"]["relations"] == [{"treaty_id": 1, "relation": "parallel_to", **NO_CLAIM_INPUT}]
    kept = {**change("suspended", "2020-10-12"), "id": record["status_history"][0]["id"]}
    patched = client.patch(record["href"], json={"status": "in_force", "relations": [],
                                                 "status_history": [kept, change("resumed", "2020-10-20")]})
    assert patched.status_code == 200, patched.get_json()
    # (A restore names the kept entries by ID, as for figures and provisions: one deleted since is refused.)
    restored = client.post(record["href"] + "/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    body = restored.get_json()
    assert body["status"] == "suspended" and [c["status"] for c in body["status_history"]] == ["suspended"]
    assert body["relations"] == [{"treaty": {"id": 1, "name": client.get("/v1/treaties/1").get_json()["name"]},
                                  "relation": "parallel_to", **NO_CLAIM}]


def test_a_treaty_named_by_relations_cannot_be_deleted(client):
    target = treaty(client, name="Framework")["id"]
    treaty(client, relations=[{"treaty_id": target, "relation": "part_of"}])
    found = problem(client.delete(f"/v1/treaties/{target}"), 409)
    assert found["referenced_by"]


# --- filters -----------------------------------------------------------------------------------------------------

def test_in_force_on_answers_from_the_dated_history(client):
    """A ceasefire suspended on the 3rd and resumed on the 9th is not in force on the 5th, and is on the 9th."""
    ceasefire = treaty(client, status="in_force", status_history=[
        change("in_force", "2021-03-01"), change("suspended", "2021-03-03"), change("resumed", "2021-03-09")])["id"]
    legacy = treaty(client, status="in_force", signed_date="2021-03-02")["id"]   # no history: by its dates
    assert ceasefire not in ids(client, "in_force_on=2021-02-28")
    assert ceasefire in ids(client, "in_force_on=2021-03-01")
    assert ceasefire not in ids(client, "in_force_on=2021-03-05")
    assert ceasefire in ids(client, "in_force_on=2021-03-09") and ceasefire in ids(client, "in_force_on=2030-01-01")
    assert legacy not in ids(client, "in_force_on=2021-03-01") and legacy in ids(client, "in_force_on=2021-03-05")


def test_in_force_on_counts_preferred_entries_when_there_are_any(client):
    contested = treaty(client, status="in_force", status_history=[
        change("in_force", "2021-05-01", "preferred"),
        change("collapsed", "2021-05-02", "normal", note="One side's claim."),
        change("terminated", "2021-05-03", "deprecated")])["id"]
    assert contested in ids(client, "in_force_on=2021-05-04")
    undated = treaty(client, status="collapsed", signed_date="2021-05-01",
                     status_history=[change("collapsed", None)])["id"]   # no dated entry: by its dates
    assert undated in ids(client, "in_force_on=2021-05-04")


def test_party_filters_answer_from_roles_and_participation(client):
    member, mediator = actor(client, "Finland"), actor(client, "Qatar")
    alliance = treaty(client, status="in_force", signed_date="1949-04-04", parties=[
        {"actor_id": 1},
        {"actor_id": member, "joined": "2023-04-04",
         "participation": [{"change": "joined", "date": {"date": "2023-04-04"}}]},
        {"actor_id": mediator, "role": "mediator"}])["id"]
    suspended = treaty(client, status="in_force", signed_date="2010-04-08", parties=[
        {"actor_id": member, "participation": [{"change": "suspended", "date": {"date": "2023-02-21"}},
                                               {"change": "resumed", "date": {"date": "2024-01-01"}}]}])["id"]
    left = treaty(client, status="in_force", signed_date="2000-01-01",
                  parties=[{"actor_id": member, "left": "2005-06-30"}])["id"]
    assert ids(client, f"party={member}") == sorted([alliance, suspended, left])
    assert ids(client, f"party={mediator}&party_role=mediator") == [alliance]
    assert ids(client, f"party={mediator}&party_role=party,signatory") == []
    assert alliance in ids(client, "party_role=mediator") and suspended not in ids(client, "party_role=mediator")
    assert alliance not in ids(client, f"party={member}&party_on=2023-04-03")
    assert alliance in ids(client, f"party={member}&party_on=2023-04-04")
    assert suspended in ids(client, f"party={member}&party_on=2023-02-20")
    assert suspended not in ids(client, f"party={member}&party_on=2023-06-01")
    assert suspended in ids(client, f"party={member}&party_on=2024-01-01")
    assert suspended not in ids(client, f"party={member}&party_on=2010-01-01")   # before the signing
    assert left in ids(client, f"party={member}&party_on=2005-06-30")
    assert left not in ids(client, f"party={member}&party_on=2005-07-01")
    assert ids(client, f"party={mediator}&party_role=mediator&party_on=2000-01-01") == [alliance]
    ended = treaty(client, status="terminated", signed_date="2000-01-01", ended_date="2001-12-31",
                   parties=[{"actor_id": mediator}])["id"]   # no left: the treaty's end ends its parties' part
    assert ended in ids(client, f"party={mediator}&party_on=2001-12-31")
    assert ended not in ids(client, f"party={mediator}&party_on=2002-01-01")


def test_relations_are_visible_from_the_other_side(client):
    framework = treaty(client, name="Framework")["id"]
    amendment = treaty(client, relations=[{"treaty_id": framework, "relation": "amends"}])["id"]
    endorsement = treaty(client, relations=[{"treaty_id": framework, "relation": "endorses"},
                                            {"treaty_id": amendment, "relation": "endorses"}])["id"]
    assert ids(client, f"relates_to={framework}") == sorted([amendment, endorsement])
    assert ids(client, f"relates_to={framework}&relation=amends") == [amendment]
    assert amendment in ids(client, "relation=amends")   # alone: an amendment of any treaty (round 36)
    related = client.get(f"/v1/treaties/{framework}/related").get_json()["items"]
    assert sorted(item["id"] for item in related) == sorted([amendment, endorsement])


# --- formats -------------------------------------------------------------------------------------------------

def test_csv_gives_the_preferred_readings_and_ndjson_everything(client):
    signer = actor(client, "Leonid Kuchma", "person")
    record = treaty(client, status="in_force", parties=[{"actor_id": 1, "signed_by_id": signer},
                                                        {"actor_id": 2, "role": "witness"}],
                    status_history=[change("in_force", "2020-10-10")],
                    relations=[{"treaty_id": 1, "relation": "counterpart_of"}])
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/treaties?format=csv").get_data(as_text=True))))
    row = next(r for r in rows if r["id"] == str(record["id"]))
    assert row["party_roles"] == "1:party|2:witness" and row["signed_by_ids"] == f"1:{signer}"
    assert row["status"] == "in_force" and row["status_changes"] == "1" and row["relations"] == "1:counterpart_of"
    lines = [json.loads(line) for line in client.get("/v1/treaties?format=ndjson").get_data(as_text=True).splitlines()]
    line = next(item for item in lines if item["id"] == record["id"])
    assert line["status_history"][0]["date"]["edtf"] == "2020-10-10" and line["parties"][1]["role"] == "witness"


# --- bad input ---------------------------------------------------------------------------------------------------

BAD = [
    ({"parties": [{"actor_id": 1, "role": "ally"}]}, ["parties", "0", "role"]),
    ({"parties": [{"actor_id": 1}, {"actor_id": 1, "role": "party"}]}, ["parties"]),
    ({"parties": [{"actor_id": 1, "signed_by_id": 999999}]}, ["parties", "0", "signed_by_id"]),
    ({"parties": [{"actor_id": 1, "participation": [{"change": "left", "date": None}]}]},
     ["parties", "0", "participation", "0", "change"]),
    ({"parties": [{"actor_id": 1, "participation": [{"change": "joined"}]}]},
     ["parties", "0", "participation", "0", "date"]),
    ({"parties": [{"actor_id": 1, "participation": [{"change": "joined", "date": {"date": "2020-13-01"}}]}]},
     ["parties", "0", "participation", "0", "date", "date"]),
    ({"parties": [{"actor_id": 1, "participation": [{"change": "joined", "date": {"date": "2020-02-02"}},
                                                    {"change": "withdrew", "date": {"date": "2020-01-01"}}]}]},
     ["parties", "0", "participation", "1", "date"]),
    ({"parties": [{"actor_id": 1, "participation": [{"change": "joined", "date": None, "source_ids": [2]}]}]},
     ["parties", "0", "participation", "0", "source_ids", "0"]),
    ({"status_history": [change("closed", "2020-10-10")]}, ["status_history", "0", "status"]),
    ({"status_history": [{"status": "collapsed", "date": None}]}, ["status_history", "0", "source_ids"]),
    ({"status_history": [change("collapsed", "2020-10-10", "first")]}, ["status_history", "0", "rank"]),
    ({"status_history": [change("collapsed", "2020-10-10")], "status": "in_force"}, ["status"]),
    ({"status_history": [change("in_force", "2020-10-10", "preferred"), change("collapsed", "2020-10-11")]},
     ["status"]),
    ({"status_history": [change("collapsed", "2020-10-12"), change("collapsed", "2020-10-11")]},
     ["status_history", "1", "date"]),
    ({"status_history": [change("collapsed", {"edtf": "not a date"})]}, ["status_history", "0", "date"]),
    ({"status_history": [{**change("collapsed", "2020-10-10"), "id": 1}]}, ["status_history", "0", "id"]),
    ({"relations": [{"treaty_id": 1, "relation": "precedes_somehow"}]}, ["relations", "0", "relation"]),
    ({"relations": [{"treaty_id": 999999, "relation": "amends"}]}, ["relations", "0", "treaty_id"]),
    ({"relations": [{"treaty_id": 1, "relation": "amends"}, {"treaty_id": 1, "relation": "amends"}]}, ["relations"]),
]


@pytest.mark.parametrize("fields, path", BAD, ids=[".".join(path) for _, path in BAD])
def test_bad_structure_is_refused_naming_the_field(client, fields, path):
    source(client, "A second source")   # exists, but is not among the treaty's sources
    body = {**TREATY, **fields}
    if isinstance(body.get("status_history"), list):
        for entry in body["status_history"]:
            if isinstance(entry.get("date"), dict) and isinstance(entry["date"].get("date"), dict):
                entry["date"] = entry["date"]["date"]
    found = problem(client.post("/v1/treaties", json=body), 422)
    errors = found["errors"]
    for key in path:
        assert key in errors, (path, found["errors"])
        errors = errors[key]


def test_a_treaty_cannot_relate_to_itself(client):
    record = treaty(client)
    found = problem(client.patch(record["href"], json={"relations": [{"treaty_id": record["id"],
                                                                       "relation": "amends"}]}), 422)
    assert "itself" in found["errors"]["relations"]["0"]["treaty_id"][0]


@pytest.mark.parametrize("query, name", [("party_on=2020-01-01", "party_on"), ("relation=amendz", "relation"),
                                         ("party_role=ally", "party_role"), ("party=1&party_on=2020-13-01", "party_on"),
                                         ("relates_to=x", "relates_to")])
def test_bad_filters_are_refused_naming_the_parameter(client, query, name):
    assert list(problem(client.get(f"/v1/treaties?{query}"), 400)["errors"]) == [name]


def test_signers_claimants_and_cited_sources_cannot_be_deleted_while_used(client):
    signer, claimant, cited = actor(client, "A signer", "person"), actor(client, "A claimant"), source(client)
    treaty(client, status="collapsed", parties=[{"actor_id": 1, "signed_by_id": signer}],
           status_history=[{**change("collapsed", "2020-10-11"), "claimant_id": claimant, "source_ids": [cited]}])
    for href in (f"/v1/actors/{signer}", f"/v1/actors/{claimant}", f"/v1/sources/{cited}"):
        assert problem(client.delete(href), 409)["referenced_by"], href
