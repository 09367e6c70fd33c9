"""Acts, conditions and claimants, round 31 (issue 10, acts31; migrations/0107), through HTTP: whom a statement's act
is aimed at or done to ("threatened to kill the hostages", "vowed to punish those responsible", "pledged to protect
the minority"); an actor_action condition whose actor is described, not named ("any freed prisoner who returns to
violence will be re-arrested"); an unnamed claimant in words on a provision and on an event's treaty link ("diplomats
said the deal provides for", "officials said the shelling broke the truce"); a speaker's own planned act ("we will
return to the talks next week"), an announcement. Written, read back equal, filtered, patched; bad input is a 422
naming the field and changes nothing. The examples are worded generally, after no one report."""
import pytest

from helpers import created as post, problem

MERGE = "application/merge-patch+json"


def ids(client, query, kind="statements"):
    response = client.get(f"/v1/{kind}?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def count(client, kind):
    return len(ids(client, "", kind))


@pytest.fixture
def world(client):
    return {name: post(client, "actors", {"name": name, "kind": kind})["id"] for name, kind in (
        ("Government", "state"), ("Liberation Front", "non_state_armed_group"), ("Minority council", "group"),
        ("Mediators", "international_organisation"))}


def said(w, **acts):
    return {"speaker_id": w["Liberation Front"], "date": "2021-03-02", "medium": "video", "stance": "threaten",
            "language": "en", "quote": "We will act.", "source_ids": [1],
            "about_actor_ids": [w["Government"], w["Minority council"]], **acts}


THREAT = {"action": "other", "words": "to kill the hostages", "target_groups": ["hostages"],
          "target_words": "the hostages taken on Tuesday"}


def test_an_act_aimed_at_actors_groups_or_words_is_stored_read_back_and_found(client, world):
    w = world
    made = post(client, "statements", said(
        w, threats=[THREAT],
        pledges=[{"action": "civilian_protection", "target_actor_ids": [w["Minority council"]]}],
        announcements=[{"action": "accountability", "words": "to punish those responsible",
                        "target_words": "those responsible"}]))
    threat, pledge, announcement = made["threats"][0], made["pledges"][0], made["announcements"][0]
    assert (threat["target_actors"], threat["target_groups"], threat["target_words"]) == (
        [], ["hostages"], "the hostages taken on Tuesday")
    assert (pledge["target_actors"], pledge["target_groups"], pledge["target_words"]) == (
        [w["Minority council"]], [], None)
    assert (announcement["target_actors"], announcement["target_words"]) == ([], "those responsible")
    assert client.get(made["href"]).get_json() == made
    plain = post(client, "statements", said(w, threats=[{"action": "military_operations"}]))
    assert (plain["threats"][0]["target_actors"], plain["threats"][0]["target_groups"],
            plain["threats"][0]["target_words"]) == ([], [], None)
    assert ids(client, f"act_target={w['Minority council']}") == {made["id"]}
    assert ids(client, f"act_target={w['Government']}") == set()   # among about_actor_ids, no act's target
    assert ids(client, "act_target_group=hostages") == {made["id"]}
    assert ids(client, "act_target_group=civilians,hostages&threatened_action=other") == {made["id"]}
    assert made["id"] in ids(client, f"about_actor={w['Minority council']}")
    # the target actor cannot be deleted while named
    response = client.delete(f"/v1/actors/{w['Minority council']}", headers={"If-Match": "*"})
    assert response.status_code == 409, response.get_json()
    # a merge patch replaces the list: the pledge's target goes, the filter no longer finds it
    response = client.patch(made["href"], headers={"If-Match": "*", "Content-Type": MERGE},
                            json={"pledges": [{"action": "civilian_protection", "target_groups": ["civilians"]}]})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["pledges"][0]["target_actors"] == []
    assert ids(client, f"act_target={w['Minority council']}") == set()
    assert ids(client, "act_target_group=civilians") == {made["id"]}


@pytest.mark.parametrize("item, field", [
    ({"action": "civilian_protection", "target_actor_ids": [999999]}, "target_actor_ids"),
    ({"action": "other", "words": "to kill them", "target_groups": ["passers_by"]}, "target_groups"),
    ({"action": "other", "words": "to kill them", "target_groups": ["hostages", "hostages"]}, "target_groups"),
    ({"action": "other", "words": "to kill them", "target_words": ""}, "target_words"),
])
def test_a_bad_target_is_a_422_naming_it(client, world, item, field):
    before = count(client, "statements")
    body = problem(client.post("/v1/statements", json=said(world, threats=[item])), 422)
    assert field in str(body["errors"]["threats"]), body["errors"]
    assert count(client, "statements") == before
    assert problem(client.get("/v1/statements?act_target_group=passers_by"), 400)["errors"]["act_target_group"]


def test_a_target_not_among_the_statement_about_actors_is_refused(client, world):
    body = problem(client.post("/v1/statements", json=said(
        world, pledges=[{"action": "civilian_protection", "target_actor_ids": [world["Mediators"]]}])), 422)
    assert "about_actor_ids" in str(body["errors"]["pledges"]["0"]["target_actor_ids"]), body["errors"]


def conditioned(w, conditions):
    return {"name": "Release accord", "kind": "ceasefire", "status": "signed", "source_ids": [1],
            "parties": [{"actor_id": w["Government"]}, {"actor_id": w["Liberation Front"]}],
            "provisions": [{"type": "prisoner_release", "summary": "Prisoners are freed; any who returns to violence "
                                                                   "will be re-arrested.", "conditions": conditions}]}


DESCRIBED = {"type": "actor_action", "actor_id": None, "actor_words": "any freed prisoner",
             "action": "returns to violence"}


def test_a_condition_whose_actor_is_described_not_named(client, world):
    w = world
    treaty = post(client, "treaties", conditioned(w, [DESCRIBED]))
    named = post(client, "treaties", conditioned(w, [{"type": "actor_action", "actor_id": w["Liberation Front"],
                                                     "actor_words": "its fighters", "action": "lays down arms"}]))
    [condition] = client.get(f"{treaty['href']}?include=provisions").get_json()["provisions"][0]["conditions"]
    assert (condition["actor"], condition["actor_words"], condition["action"]) == (
        None, "any freed prisoner", "returns to violence")
    [other] = client.get(f"{named['href']}?include=provisions").get_json()["provisions"][0]["conditions"]
    assert (other["actor"], other["actor_words"]) == (w["Liberation Front"], "its fighters")
    assert treaty["id"] in ids(client, "condition_actor_known=false", "treaties")
    assert named["id"] not in ids(client, "condition_actor_known=false", "treaties")
    assert named["id"] in ids(client, "condition_actor_known=true", "treaties")
    assert treaty["id"] not in ids(client, "condition_actor_known=true", "treaties")
    # a statement's condition, the same shape: "any freed prisoner who returns to violence will be re-arrested"
    statement = post(client, "statements", {**said(w), "stance": "threaten", "conditions": [DESCRIBED],
                                            "threats": [{"action": "other", "words": "re-arrest",
                                                         "condition_indexes": [0]}]})
    assert client.get(statement["href"]).get_json()["conditions"][0]["actor_words"] == "any freed prisoner"
    assert ids(client, "condition_actor_known=false") == {statement["id"]}
    assert ids(client, "condition_actor_known=true") == set()


@pytest.mark.parametrize("condition, field", [
    ({"type": "actor_action", "action": "returns to violence"}, "actor_id"),   # no one acts
    ({"type": "other", "description": "if violence resumes", "actor_words": "any freed prisoner"}, "type"),
    ({**DESCRIBED, "actor_words": ""}, "actor_words"),
])
def test_a_bad_described_actor_is_a_422_naming_it(client, world, condition, field):
    before = count(client, "treaties")
    body = problem(client.post("/v1/treaties", json=conditioned(world, [condition])), 422)
    assert field in str(body["errors"]["provisions"]), body["errors"]
    assert count(client, "treaties") == before


UNNAMED = {"attribution": "unnamed", "claimant_words": "diplomats", "claimant_kind": "government_body",
           "claimant_country": "FRA"}


def test_a_provision_said_by_unnamed_voices(client, world):
    w = world
    body = conditioned(w, [])
    body["provisions"][0] |= {**UNNAMED, "source_ids": [1]}
    treaty = post(client, "treaties", body)
    provision = client.get(f"{treaty['href']}?include=provisions").get_json()["provisions"][0]
    assert (provision["attribution"], provision["claimant"], provision["claimant_words"],
            provision["claimant_kind"], provision["claimant_country"]) == (
        "unnamed", None, "diplomats", "government_body", "FRA")
    assert client.get(treaty["href"]).get_json() == treaty
    plain = post(client, "treaties", conditioned(w, []))
    assert client.get(f"{plain['href']}?include=provisions").get_json()["provisions"][0]["claimant_words"] is None
    assert ids(client, "claimant_kind=government_body", "treaties") == {treaty["id"]}
    assert ids(client, "claimant_country=FRA", "treaties") == {treaty["id"]}
    assert ids(client, "claimant_kind=civil_society", "treaties") == set()
    # "an official of the Government said": the body and the words beside it; a PATCH keeps the provision's ID
    kept = {"id": provision["id"], "type": "prisoner_release", "summary": provision["summary"],
            "claimant_id": w["Government"], "attribution": "unnamed", "claimant_words": "an official"}
    response = client.patch(treaty["href"], headers={"If-Match": "*", "Content-Type": MERGE},
                            json={"provisions": [kept]})
    assert response.status_code == 200, response.get_json()
    changed = client.get(f"{treaty['href']}?include=provisions").get_json()["provisions"][0]
    assert (changed["id"], changed["claimant"], changed["claimant_words"], changed["claimant_kind"]) == (
        provision["id"], w["Government"], "an official", None)
    assert ids(client, "claimant_kind=government_body", "treaties") == set()


def test_status_entries_and_implementation_words_are_found_by_claimant_kind_too(client, world):
    body = conditioned(world, [])
    body["provisions"][0]["implementation"] = [{"date": None, "status": "minimal", **UNNAMED, "source_ids": [1]}]
    body["provisions"][0]["deadlines"] = [{"milestone": "completion", "date": {"date": "2021-04-01"},
                                           "attribution": "unnamed", "claimant_words": "aid groups",
                                           "claimant_kind": "civil_society"}]
    treaty = post(client, "treaties", body)
    assert treaty["id"] in ids(client, "claimant_kind=government_body", "treaties")
    assert treaty["id"] in ids(client, "claimant_kind=civil_society", "treaties")


@pytest.mark.parametrize("change, field", [
    ({"claimant_words": "diplomats"}, "claimant_words"),   # words without attribution unnamed (or named)
    ({"attribution": "unnamed", "claimant_kind": "government_body"}, "claimant_kind"),   # a kind of no words
    ({**UNNAMED, "claimant_kind": "diplomats"}, "claimant_kind"),
    ({**UNNAMED, "claimant_country": "XX"}, "claimant_country"),
])
def test_bad_provision_claimant_words_are_a_422_naming_them(client, world, change, field):
    body = conditioned(world, [])
    body["provisions"][0] |= change
    before = count(client, "treaties")
    errors = problem(client.post("/v1/treaties", json=body), 422)["errors"]
    assert field in errors["provisions"]["0"], errors
    assert count(client, "treaties") == before


def breach(w, treaty_id, **said):
    return {"title": "Shelling of the market", "type": "ASSAULT", "date_start": "2021-03-05", "date_precision": "day",
            "participants": [{"actor_id": w["Government"], "role": "initiator"}], "source_ids": [1],
            "treaties": [{"treaty_id": treaty_id, "link": "breaches", "source_ids": [1], **said}]}


def test_a_treaty_link_said_by_unnamed_voices(client, world):
    w = world
    treaty = post(client, "treaties", conditioned(w, []))
    event = post(client, "events", breach(w, treaty["id"], **UNNAMED))
    [link] = client.get(f"{event['href']}?include=treaties").get_json()["treaties"]
    assert (link["attribution"], link["claimant"], link["claimant_words"], link["claimant_kind"],
            link["claimant_country"]) == ("unnamed", None, "diplomats", "government_body", "FRA")
    assert client.get(event["href"]).get_json() == event
    assert event["treaties"][0]["claimant_words"] == "diplomats"
    plain = post(client, "events", breach(w, treaty["id"]))
    assert plain["treaties"][0]["claimant_words"] is None
    assert ids(client, "claimant_kind=government_body", "events") == {event["id"]}
    assert ids(client, "claimant_country=FRA", "events") == {event["id"]}
    response = client.patch(event["href"], headers={"If-Match": "*", "Content-Type": MERGE},
                            json={"treaties": [{"treaty_id": treaty["id"], "link": "breaches", "source_ids": [1],
                                                "attribution": "unnamed", "claimant_words": "residents",
                                                "claimant_kind": "group"}]})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["treaties"][0]["claimant_words"] == "residents"
    assert ids(client, "claimant_kind=government_body", "events") == set()
    assert ids(client, "claimant_kind=group", "events") == {event["id"]}


def test_bad_treaty_link_claimant_words_are_a_422_naming_them(client, world):
    treaty = post(client, "treaties", conditioned(world, []))
    before = count(client, "events")
    errors = problem(client.post("/v1/events", json=breach(world, treaty["id"], claimant_words="diplomats")),
                     422)["errors"]
    assert "claimant_words" in errors["treaties"]["0"], errors
    assert count(client, "events") == before


def test_the_speaker_own_planned_act_is_an_announcement(client, world):
    """ "We will return to the talks next week" (said on Tuesday 2 March 2021): the speaker's own act, an
    announcement with its date; never a prediction, which is what the speaker says others or events will do."""
    made = post(client, "statements", {**said(world), "stance": "announce", "announcements": [
        {"action": "further_negotiations", "words": "return to the talks",
         "date": {"date": "2021-03-08", "date_end": "2021-03-14"}}]})
    [announcement] = made["announcements"]
    assert (announcement["action"], announcement["date"]["date"], announcement["modality"]) == (
        "further_negotiations", "2021-03-08", None)
    assert made["predictions"] == []
    assert ids(client, "announced_action=further_negotiations") == {made["id"]}
