"""Provisions and statements as the reporting says them (issue 10, sixth mending round; migrations/0040), through
HTTP, from the trial reports (notes/trials t6, t7): what a provision is about (a candidacy withdrawn or backed, a
body to be created, talks on a peace treaty, "agreed areas" with their criterion), against whom strikes are
coordinated (role target), a calm period as a condition ("seven consecutive days"), the reason a provision gives
("as a gesture of goodwill"), and the stances announce and accept. Written, read, filtered, exported, restored;
bad input is a problem naming the field."""
import orjson
import pytest

from helpers import BODIES, problem, created as post

TREATY = {"name": "US–Russia arrangement on Syria of 9 September 2016", "kind": "ceasefire", "status": "agreed",
          "parties": [{"actor_id": 1}, {"actor_id": 2}], "source_ids": [1]}
MERGE = "application/merge-patch+json"
CALM = {"type": "calm_period", "period": {"amount": 7, "unit": "days"}, "consecutive": True,
        "description": "If violence falls."}


def ids(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def actor(client, name, kind="non_state_armed_group"):
    return post(client, "actors", {"name": name, "kind": kind})["id"]


def test_what_provisions_are_about_against_whom_under_which_calm_and_why(client):
    jfs, jic = actor(client, "Jabhat Fateh al-Sham"), actor(client, "Joint Implementation Centre", "joint_body")
    provisions = [
        {"key": "jic", "type": "counterterrorism", "summary": "Set up a Joint Implementation Centre to coordinate "
         "strikes against JFS.", "obliged_actor_ids": [1, 2], "conditions": [CALM],
         "actors": [{"actor_id": jfs, "role": "target"}],
         "objects": [{"kind": "body", "action": "creates", "name": "Joint Implementation Centre", "actor_id": jic}]},
        {"type": "military_restraint", "summary": "No combat missions in agreed areas.", "conditions": [CALM],
         "objects": [{"kind": "area", "name": "agreed areas", "criterion": "where the mainstream opposition is "
                      "present"}]},
        {"type": "political_support", "summary": "Withdraws its own candidacy to host COP29.", "obliged_actor_ids": [1],
         "objects": [{"kind": "candidacy", "action": "withdraws", "name": "bid to host COP29", "actor_id": 1}]},
        {"type": "prisoner_release", "summary": "Releases 32 servicemen.", "reason": "goodwill",
         "reason_words": "guided by the values of humanity and as a gesture of goodwill"},
        {"type": "further_negotiations", "summary": "Talks on a peace treaty.",
         "objects": [{"kind": "agreement", "action": "negotiates", "name": "a peace treaty"}]},
    ]
    created = post(client, "treaties", {**TREATY, "provisions": provisions})
    read = client.get(f"{created['href']}?include=provisions").get_json()["provisions"]
    assert (read[0]["actors"][0]["role"], read[0]["conditions"][0]["period"], read[0]["conditions"][0]["consecutive"]) \
        == ("target", {"amount": 7, "unit": "days", "qualifier": None}, True)
    body = read[0]["objects"][0]
    assert (body["kind"], body["action"], body["name"], body["criterion"]) == ("body", "creates",
                                                                              "Joint Implementation Centre", None)
    assert (body["actor"]["id"] if isinstance(body["actor"], dict) else body["actor"]) == jic
    assert read[1]["objects"][0]["criterion"] == "where the mainstream opposition is present"
    assert (read[3]["reason"], read[3]["reason_words"]) == ("goodwill", "guided by the values of humanity and as "
                                                                        "a gesture of goodwill")
    for query in ("provision_object=body&provision_object_action=creates", "provision_object=candidacy",
                  "provision_object_action=withdraws", "provision_reason=goodwill,humanitarian",
                  f"provision_actor={jfs}", "provision_object=area"):
        assert created["id"] in ids(client, "treaties", query), query
    assert created["id"] not in ids(client, "treaties", "provision_object=body&provision_object_action=backs")
    assert created["id"] not in ids(client, "treaties", "provision_reason=retaliation")
    lines = client.get("/v1/treaties?provision_reason=goodwill&format=ndjson").get_data(as_text=True)
    exported = [orjson.loads(line) for line in lines.splitlines() if line]
    assert exported[0]["provisions"][2]["objects"][0]["action"] == "withdraws"
    assert client.delete(f"/v1/actors/{jic}", headers={"If-Match": "*"}).status_code == 409
    # PATCH: the candidacy is backed now, the reason dropped; then restore the first revision
    kept = [{"id": p["id"], **{k: v for k, v in provisions[i].items()}} for i, p in enumerate(read)]
    kept[2]["objects"] = [{"kind": "candidacy", "action": "backs", "name": "bid to host COP29", "actor_id": 2}]
    kept[3] = {**kept[3], "reason": None, "reason_words": None}
    changed = client.patch(created["href"], content_type=MERGE, json={"provisions": kept})
    assert changed.status_code == 200, changed.get_json()
    assert created["id"] not in ids(client, "treaties", "provision_reason=goodwill")
    assert created["id"] in ids(client, "treaties", "provision_object_action=backs")
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert created["id"] in ids(client, "treaties", "provision_object_action=withdraws")
    assert created["id"] in ids(client, "treaties", "provision_reason=goodwill")


@pytest.mark.parametrize(("provision", "field"), [
    ({"conditions": [{"type": "calm_period", "description": "If violence falls."}]}, "period"),
    ({"conditions": [{"type": "other", "description": "x", "period": {"amount": 7, "unit": "days"}}]}, "period"),
    ({"conditions": [{"type": "other", "description": "x", "consecutive": True}]}, "consecutive"),
    ({"objects": [{"kind": "bid", "name": "x"}]}, "kind"),
    ({"objects": [{"kind": "candidacy", "action": "likes", "name": "x"}]}, "action"),
    ({"objects": [{"kind": "area", "name": "agreed areas"}]}, "criterion"),
    ({"objects": [{"kind": "candidacy"}]}, "name"),
    ({"objects": [{"kind": "candidacy", "name": "x", "actor_id": 999999}]}, "actor_id"),
    ({"objects": [{"kind": "event", "name": "COP29", "event_id": 999999}]}, "event_id"),
    ({"reason": "kindness"}, "reason"),
    ({"actors": [{"actor_id": 1, "role": "enemy"}]}, "role"),
])
def test_bad_provision_parts_are_problems_naming_the_field(client, provision, field):
    body = {**TREATY, "provisions": [{"type": "other", "summary": "A clause.", **provision}]}
    found = problem(client.post("/v1/treaties", json=body), 422)["errors"]
    assert field in str(found), found


def test_statements_announce_and_accept(client):
    announced = post(client, "statements", {**BODIES["statements"], "stance": "announce"})
    accepted = post(client, "statements", {**BODIES["statements"], "stance": "accept"})
    assert ids(client, "statements", "stance=accept") == {accepted["id"]}
    assert announced["id"] in ids(client, "statements", "stance=announce")
    assert "provision_object" in problem(client.get("/v1/treaties?provision_object=bid"), 400)["errors"]
    vocabularies = client.get("/v1/vocabularies").get_json()["vocabularies"]
    for name, term in (("provision_object_kinds", "candidacy"), ("provision_object_actions", "creates"),
                       ("provision_actor_roles", "target"), ("condition_types", "calm_period"),
                       ("stances", "announce"), ("claimed_reasons", "goodwill")):
        assert term in str(vocabularies[name]), name


def test_a_statement_quoted_twice_that_welcomes_with_reservations(client):
    """The joint statement's two quoted passages (t6 row 9); rebels who welcomed relief but voiced reservations
    (t7 row 18)."""
    said = post(client, "statements", {**BODIES["statements"], "quote": "there is a historical chance to achieve a "
                                       "long-awaited peace in the region", "other_quotes": [
                                           "Guided by the values of humanity and as a gesture of goodwill"],
                                       "stance": "support", "other_stances": ["oppose"]})
    read = client.get(said["href"]).get_json()
    assert (read["other_quotes"], read["stance"], read["other_stances"]) == (
        ["Guided by the values of humanity and as a gesture of goodwill"], "support", ["oppose"])
    assert said["id"] in ids(client, "statements", "q=goodwill")
    assert said["id"] in ids(client, "statements", "stance=oppose") & ids(client, "statements", "stance=support")
    assert said["id"] not in ids(client, "statements", "stance=reject")
    lines = client.get("/v1/statements?q=goodwill&format=ndjson").get_data(as_text=True)
    assert [orjson.loads(line)["other_stances"] for line in lines.splitlines() if line] == [["oppose"]]
    changed = client.patch(said["href"], content_type=MERGE, json={"other_quotes": [], "other_stances": []})
    assert changed.status_code == 200, changed.get_json()
    assert said["id"] not in ids(client, "statements", "q=goodwill")
    assert said["id"] not in ids(client, "statements", "stance=oppose")
    restored = client.post(f"{said['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert said["id"] in ids(client, "statements", "stance=oppose") & ids(client, "statements", "q=goodwill")


@pytest.mark.parametrize(("fields", "field"), [
    ({"quote": None, "other_quotes": ["a second passage"]}, "other_quotes"),
    ({"stance": None, "other_stances": ["oppose"]}, "other_stances"),
    ({"stance": "support", "other_stances": ["support"]}, "other_stances"),
    ({"stance": "support", "other_stances": ["reservations"]}, "other_stances"),
    ({"stance": "support", "other_stances": ["oppose", "oppose"]}, "other_stances"),
])
def test_bad_quotes_and_stances_are_problems_naming_the_field(client, fields, field):
    found = problem(client.post("/v1/statements", json={**BODIES["statements"], **fields}), 422)["errors"]
    assert field in found, found
