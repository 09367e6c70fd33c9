"""A treaty status change's reason, the actors it blames, the events it cites, and claimants said in words (issue
10, round 30, cond30, migrations/0103; schemas/status_reasons.py), through HTTP: written, read back, filtered,
replaced; bad input is a 422 naming the field and changes nothing. Example: the inter-Korean military agreement
of September 2018, which North Korea declared void in November 2023, blaming the South."""
import pytest

from helpers import created as post, problem


def ids(client, query):
    return {item["id"] for item in client.get(f"/v1/treaties?{query}&limit=500&fields=id").get_json()["items"]}


@pytest.fixture
def world(client):
    made = {name: post(client, "actors", {"name": name, "kind": "state"})["id"]
            for name in ("North Korea", "South Korea")}
    made["launch"] = post(client, "events", {"title": "North Korea launches a satellite", "type": "MOBILIZE",
                                              "date_start": "2023-11-21", "source_ids": [1]})["id"]
    return made


def agreement(w, **change):
    return {"name": "Comprehensive Military Agreement", "kind": "ceasefire", "status": "terminated",
            "source_ids": [1], "parties": [{"actor_id": w["North Korea"]}, {"actor_id": w["South Korea"]}],
            "status_history": [
                {"status": "signed", "date": {"date": "2018-09-19"}, "source_ids": [1], "attribution": "unnamed",
                 "claimant_words": "officials in Seoul", "claimant_kind": "government_body",
                 "claimant_country": "KOR"},
                {"status": "terminated", "date": {"date": "2023-11-23"}, "source_ids": [1],
                 "claimant_id": w["North Korea"], "actor_ids": [w["North Korea"]], "reason": "breach",
                 "reason_words": "blaming the South's suspension of part of the deal",
                 "blamed_actor_ids": [w["South Korea"]], "cited_event_ids": [], **change}]}


def test_a_status_change_gives_its_reason_whom_it_blames_and_who_says_it(client, world):
    w = world
    treaty = post(client, "treaties", agreement(w))
    signed, ended = client.get(treaty['href']).get_json()["status_history"]
    assert (signed["attribution"], signed["claimant_words"], signed["claimant_kind"], signed["claimant_country"]) \
        == ("unnamed", "officials in Seoul", "government_body", "KOR")
    assert (signed["reason"], signed["blamed_actors"], signed["cited_events"]) == (None, [], [])
    assert (ended["reason"], ended["reason_words"], ended["blamed_actors"]) == (
        "breach", "blaming the South's suspension of part of the deal", [w["South Korea"]])
    assert ids(client, "status_reason=breach,hostility") == {treaty["id"]}
    assert ids(client, "status_reason=inapplicable") == set()
    assert ids(client, f"status_blamed={w['South Korea']}") == {treaty["id"]}
    assert ids(client, f"status_blamed={w['North Korea']}") == set()
    # a PUT of what was read keeps it all
    read = client.get(treaty["href"]).get_json()
    cited = agreement(w, cited_event_ids=[w["launch"]], reason="hostility")
    replaced = client.put(treaty["href"], json=cited, headers={"If-Match": client.get(treaty["href"]).headers["ETag"]})
    assert replaced.status_code == 200, replaced.get_json()
    ended = client.get(treaty["href"]).get_json()["status_history"][1]
    assert (ended["reason"], ended["cited_events"]) == ("hostility", [w["launch"]])
    assert read["status_history"][1]["reason"] == "breach"
    assert ids(client, "status_reason=breach") == set()


@pytest.mark.parametrize("change, field", [({"reason": "spite"}, "reason"), ({"blamed_actor_ids": [99999]},
                                                                             "blamed_actor_ids"),
                                           ({"cited_event_ids": [99999]}, "cited_event_ids"),
                                           ({"claimant_words": "officials"}, "claimant_words"),
                                           ({"claimant_kind": "state"}, "claimant_kind")])
def test_bad_reason_input_is_a_422_naming_the_field(client, world, change, field):
    before = ids(client, "kind=ceasefire")
    response = client.post("/v1/treaties", json=agreement(world, **change))
    assert field in str(problem(response, 422))
    assert ids(client, "kind=ceasefire") == before
