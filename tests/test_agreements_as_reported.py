"""Agreements said as reported (issue 10, agree26, migrations/0090; notes/trials t32, t33, t34), through HTTP: a
provision's places not named ("their usual bases", "the lines they held before fighting began"), a text that
sets no deadline, a person who agreed for a party without a signature, a condition on an act against named
actors ("any attack on its citizens or peacekeepers"), an implementation entry's places and degree ("mostly
held in Juba"), the treaty link negotiates. Written, read back, filtered, exported, replaced; bad input is a
problem naming the field and changes nothing."""
import csv
import io

import pytest

from helpers import created as post, problem

MERGE = "application/merge-patch+json"


def ids(client, query):
    return {item["id"] for item in client.get(f"/v1/treaties?{query}&limit=500&fields=id").get_json()["items"]}


def _id(value):
    return value["id"] if isinstance(value, dict) else value


@pytest.fixture
def world(client):
    made = {name: post(client, "actors", {"name": name, "kind": kind})["id"] for name, kind in (
        ("Georgia", "state"), ("Russia", "state"), ("Russian peacekeepers", "peacekeeping_mission"),
        ("Slobodan Milosevic", "person"), ("FRY", "state"), ("NATO", "international_organisation"))}
    made["tskhinvali"] = post(client, "places", {"name": "Tskhinvali", "kind": "city"})["id"]
    made["juba"] = post(client, "places", {"name": "Juba", "kind": "city"})["id"]
    made["war"] = post(client, "events", {"title": "Fighting begins in South Ossetia", "type": "FIGHT",
                                          "date_start": "2008-08-07", "source_ids": [1]})["id"]
    made["talks"] = post(client, "events", {"title": "Sarkozy and Medvedev talks in Moscow", "type": "CONSULT",
                                            "date_start": "2008-08-12", "source_ids": [1]})["id"]
    return made


def plan(w):
    return {
        "name": "Six-point plan", "kind": "ceasefire", "status": "agreed", "source_ids": [1],
        "parties": [{"actor_id": w["Georgia"]}, {"actor_id": w["Russia"]},
                    {"actor_id": w["FRY"], "agreed_by_id": w["Slobodan Milosevic"]}],
        "provisions": [
            {"key": "georgia-back", "type": "withdrawal", "summary": "Georgian forces return to their usual bases.",
             "obliged_actor_ids": [w["Georgia"]],
             # "the withdrawal of security forces deployed since last February" (t34 #65)
             "actors": [{"actor_id": w["FRY"], "role": "subject", "deployed_since": {"edtf": "1998-02"}}],
             "place_roles": [{"place_id": None, "unknown": "unnamed", "words": "their usual bases", "role": "to"}]},
            {"key": "russia-back", "type": "withdrawal", "summary": "Russian forces withdraw to the lines they held "
             "before fighting began.", "obliged_actor_ids": [w["Russia"]], "not_set": ["deadline"],
             "place_roles": [{"place_id": None, "unknown": "unnamed", "role": "to",
                              "words": "the lines they held before fighting began", "before_event_id": w["war"]},
                             {"place_id": w["tskhinvali"], "role": "from", "with_surroundings": True}],
             "conditions": [{"type": "actor_action", "act": "ASSAULT", "action": "any attack",
                             "against_actor_ids": [w["Russia"], w["Russian peacekeepers"]],
                             "against_groups": ["civilians", "peacekeepers"]}],
             "implementation": [{"date": {"date": "2016-07-12"}, "status": "partial", "extent": "largely",
                                 "place_ids": [w["juba"]], "source_ids": [1], "note": "mostly held"}]},
        ]}


def test_agreements_as_reported_are_stored_read_back_and_found(client, world):
    w = world
    treaty = post(client, "treaties", plan(w))
    read = client.get(f"{treaty['href']}?include=provisions,parties").get_json()
    georgia, russia = read["provisions"]
    usual = georgia["place_roles"][0]
    assert (usual["place"], usual["unknown"], usual["words"], usual["role"], usual["before_event"]) == (
        None, "unnamed", "their usual bases", "to", None)
    [forces] = georgia["actors"]
    assert (_id(forces["actor"]), forces["role"], forces["deployed_since"]["edtf"]) == (w["FRY"], "subject", "1998-02")
    lines, town = russia["place_roles"]
    assert (lines["before_event"], lines["words"], lines["relative_to"]) == (
        w["war"], "the lines they held before fighting began", None)
    assert (_id(town["place"]), town["with_surroundings"], town["unknown"]) == (w["tskhinvali"], True, None)
    assert russia["not_set"] == ["deadline"] and georgia["not_set"] == [] and russia["deadlines"] == []
    condition = russia["conditions"][0]
    assert (condition["actor"], condition["act"], condition["against_actors"], condition["against_groups"]) == (
        None, "ASSAULT", [w["Russia"], w["Russian peacekeepers"]], ["civilians", "peacekeepers"])
    entry = russia["implementation"][0]
    assert (entry["status"], entry["extent"], [_id(p) for p in entry["places"]]) == ("partial", "largely",
                                                                                    [w["juba"]])
    fry = [p for p in read["parties"] if _id(p["actor"]) == w["FRY"]][0]
    assert (_id(fry["agreed_by"]), fry["signed_by"]) == (w["Slobodan Milosevic"], None)
    # filters
    for query in ("provision_not_set=deadline", f"condition_against={w['Russian peacekeepers']}",
                  f"implemented_at={w['juba']}", "implementation_extent=largely,barely",
                  f"agreed_by={w['Slobodan Milosevic']}", f"provision_place={w['tskhinvali']}&place_role=from"):
        assert treaty["id"] in ids(client, query), query
    for query in ("provision_not_set=monitoring", f"condition_against={w['Georgia']}",
                  f"implemented_at={w['tskhinvali']}", "implementation_extent=barely", f"agreed_by={w['Russia']}"):
        assert treaty["id"] not in ids(client, query), query
    # the CSV names who agreed for whom
    rows = list(csv.DictReader(io.StringIO(client.get(f"/v1/treaties?format=csv&agreed_by="
                                                      f"{w['Slobodan Milosevic']}").get_data(as_text=True))))
    assert rows[0]["agreed_by_ids"] == f"{w['FRY']}:{w['Slobodan Milosevic']}"
    # a named event and place cannot be deleted while a provision names them
    assert client.delete(f"/v1/events/{w['war']}", headers={"If-Match": "*"}).status_code == 409
    assert client.delete(f"/v1/places/{w['juba']}", headers={"If-Match": "*"}).status_code == 409
    # a merge patch of the name validates the record's input form, read back from it: the new parts are kept
    again = client.patch(treaty["href"], content_type=MERGE, json={"name": "Six-point peace plan"},
                         headers={"If-Match": "*"})
    assert again.status_code == 200, again.get_json()
    kept = client.get(f"{treaty['href']}?include=provisions,parties").get_json()
    assert kept["provisions"] == read["provisions"] and kept["parties"] == read["parties"]


def test_a_merge_patch_keeps_and_changes_the_new_parts(client, world):
    w = world
    treaty = post(client, "treaties", plan(w))
    provisions = client.get(f"{treaty['href']}?include=provisions").get_json()["provisions"]
    body = plan(w)["provisions"]
    body[1] = {**body[1], "id": provisions[1]["id"], "not_set": ["deadline", "monitoring"],
               "implementation": [{**body[1]["implementation"][0], "extent": "barely", "place_ids": []}]}
    changed = client.patch(treaty["href"], content_type=MERGE, json={"provisions": body})
    assert changed.status_code == 200, changed.get_json()
    assert treaty["id"] in ids(client, "provision_not_set=monitoring")
    assert treaty["id"] in ids(client, "implementation_extent=barely")
    assert treaty["id"] not in ids(client, f"implemented_at={w['juba']}")


def test_an_event_negotiates_a_treaty(client, world):
    treaty = post(client, "treaties", plan(world))
    link = {"treaty_id": treaty["id"], "link": "negotiates"}
    event = client.patch(f"/v1/events/{world['talks']}", content_type=MERGE, json={"treaties": [link]},
                         headers={"If-Match": "*"})
    assert event.status_code == 200, event.get_json()
    assert [t["link"] for t in event.get_json()["treaties"]] == ["negotiates"]
    assert "negotiates" in str(client.get("/v1/vocabularies").get_json()["vocabularies"]["treaty_links"])


def _bad(w, path, value):
    body = plan(w)
    target = body
    for step in path[:-1]:
        target = target[step]
    if value is DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return body


DELETE = object()
BAD = [
    # a place neither named nor said not to be
    ((("provisions", 0, "place_roles", 0, "unknown"), DELETE), ("provisions", "0", "place_roles", "0", "place_id")),
    ((("provisions", 0, "place_roles", 0, "unknown"), "somewhere"),
     ("provisions", "0", "place_roles", "0", "unknown")),
    ((("provisions", 1, "place_roles", 0, "before_event_id"), 999999),
     ("provisions", "1", "place_roles", "0", "before_event_id")),
    ((("provisions", 1, "not_set"), ["deadline", "weather"]), ("provisions", "1", "not_set", "1")),
    ((("provisions", 0, "not_set"), ["deadline"]), None),   # with deadlines: set below
    ((("provisions", 1, "conditions", 0, "act"), "PUNCH"), ("provisions", "1", "conditions", "0", "act")),
    ((("provisions", 1, "conditions", 0, "against_groups"), ["aliens"]),
     ("provisions", "1", "conditions", "0", "against_groups", "0")),
    ((("provisions", 1, "conditions", 0, "against_actor_ids"), [999999]),
     ("provisions", "1", "conditions", "0", "against_actor_ids", "0")),
    ((("provisions", 1, "conditions", 0, "type"), "other"), ("provisions", "1", "conditions", "0", "type")),
    ((("provisions", 1, "implementation", 0, "extent"), "mostly"),
     ("provisions", "1", "implementation", "0", "extent")),
    ((("provisions", 1, "implementation", 0, "status"), "full"),
     ("provisions", "1", "implementation", "0", "extent")),
    ((("provisions", 1, "implementation", 0, "place_ids"), [999999]),
     ("provisions", "1", "implementation", "0", "place_ids", "0")),
    ((("parties", 2, "agreed_by_id"), 999999), ("parties", "2", "agreed_by_id")),
    ((("provisions", 0, "actors", 0, "deployed_since"), {"edtf": "1998-13"}),
     ("provisions", "0", "actors", "0", "deployed_since")),
    ((("parties", 2, "role"), "not_party"), ("parties", "2", "agreed_by_id")),
]


@pytest.mark.parametrize(("change", "path"), BAD, ids=[".".join(map(str, c[0])) for c, _ in BAD])
def test_bad_parts_are_problems_naming_the_field(client, dump, world, change, path):
    body = _bad(world, *change)
    if path is None:   # not_set deadline beside a deadline
        body["provisions"][0]["deadlines"] = [{"milestone": "completion", "date": {"date": "2008-08-20"}}]
        path = ("provisions", "0", "not_set", "0")
    before = dump()
    errors = problem(client.post("/v1/treaties", json=body), 422)["errors"]
    for name in path:
        assert name in errors, (path, errors)
        errors = errors[name]
    assert dump() == before


def test_an_unknown_negotiates_link_is_not_a_statement_link(client, world):
    treaty = post(client, "treaties", plan(world))
    found = problem(client.post("/v1/statements", json={
        "speaker_ids": [world["Russia"]], "summary": "Says the plan was negotiated.", "stance": "other",
        "date": {"date": "2008-08-13"}, "source_ids": [1],
        "about_treaties": [{"treaty_id": treaty["id"], "link": "negotiates"}]}), 422)
    assert "about_treaties" in found["errors"]
