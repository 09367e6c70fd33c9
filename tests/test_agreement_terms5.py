"""What agreements, actor relations and event roles say, as trials t26 and t27 reported it (issue 10,
mend-agree5, migrations/0082), through HTTP: a state's ban or label on a group (designated_by with its
designation: banned, extremist...), a group named after a person (named_after), a force sent to reinforce
another (participant role reinforced), moral guarantors of an agreement (party role moral_guarantor), a rebel
group's transformation into a political party (provision type party_transformation) and posts granted
(provision figure quantity posts)."""
import pytest

from helpers import EVENT, STATEMENT, TREATY, problem
from test_agreement_terms4 import actor, created, ids, published_with_meanings

NEW_TERMS = {   # vocabulary -> the terms this round added
    "actor_relations": ["named_after", "designated_by"],
    "designations": ["banned", "extremist", "criminal_organisation", "undesirable", "foreign_agent",
                     "illegal_armed_group"],
    "participant_roles": ["reinforced"], "party_roles": ["moral_guarantor"],
    "provision_types": ["party_transformation"], "requested_actions": ["party_transformation"],
    "provision_quantities": ["posts"]}


def test_the_new_terms_are_published_with_their_meanings(client):
    published_with_meanings(client, NEW_TERMS)


@pytest.mark.parametrize("designation", NEW_TERMS["designations"])
def test_a_group_a_state_bans_or_calls_extremist_is_found_by_designation(client, designation):
    uzbekistan = actor(client, "Uzbekistan", "state", country="UZB")
    akramiya = actor(client, "Akramiya", "non_state_armed_group", relations=[
        {"actor_id": uzbekistan["id"], "relation": "designated_by", "designation": designation,
         "claimant_id": uzbekistan["id"], "attribution": "named", "since": {"date": "2005-05-01", "precision": "month"}}])
    shown = akramiya["relations"][0]
    assert (shown["relation"], shown["designation"], shown["since"]["date"]) == ("designated_by", designation,
                                                                                 "2005-05-01")
    other = actor(client, "Hizb ut-Tahrir", "civil_society", relations=[
        {"actor_id": uzbekistan["id"], "relation": "terror_designated_by"}])
    assert other["relations"][0]["designation"] is None
    assert ids(client, "actors", f"relation=designated_by&related_to={uzbekistan['id']}"
                                 f"&relation_designation={designation}") == {akramiya["id"]}
    assert ids(client, "actors", f"relation_designation={designation}") == {akramiya["id"]}
    rest = [term for term in NEW_TERMS["designations"] if term != designation]
    assert ids(client, "actors", "relation_designation=" + ",".join(rest)) == set()


def test_a_designation_read_back_in_csv_and_changed_by_patch(client):
    state = actor(client, "Uzbekistan", "state", country="UZB")
    group = actor(client, "Akramiya", "non_state_armed_group", relations=[
        {"actor_id": state["id"], "relation": "designated_by", "designation": "extremist"}])
    assert client.get("/v1/actors?format=csv").status_code == 200
    patched = client.patch(f"/v1/actors/{group['id']}", headers={"If-Match": client.get(
        f"/v1/actors/{group['id']}").headers["ETag"]}, json={"relations": [
        {"actor_id": state["id"], "relation": "designated_by", "designation": "banned"}]})
    assert patched.status_code == 200, patched.get_json()
    assert client.get(f"/v1/actors/{group['id']}").get_json()["relations"][0]["designation"] == "banned"
    assert ids(client, "actors", "relation=designated_by&relation_designation=extremist") == set()


@pytest.mark.parametrize("relation, designation", [("terror_designated_by", "banned"), ("opposes", "extremist"),
                                                   ("designated_by", None), ("designated_by", "terrorist")])
def test_a_designation_only_and_always_with_designated_by(client, relation, designation):
    state = actor(client, "Uzbekistan", "state")
    before = client.get("/v1/actors?limit=500").get_json()["items"]
    item = {"actor_id": state["id"], "relation": relation}
    if designation:
        item["designation"] = designation
    body = problem(client.post("/v1/actors", json={"name": "Akramiya", "kind": "group", "relations": [item]}), 422)
    assert "designation" in str(body["errors"])
    assert client.get("/v1/actors?limit=500").get_json()["items"] == before
    assert "relation_designation" in problem(client.get("/v1/actors?relation_designation=terrorist"), 400)["errors"]


def test_a_group_named_after_a_person(client):
    yuldashev = actor(client, "Akram Yuldashev", "person")
    group = actor(client, "Akramiya", relations=[{"actor_id": yuldashev["id"], "relation": "named_after"}])
    assert group["relations"][0]["relation"] == "named_after"
    assert ids(client, "actors", f"relation=named_after&related_to={yuldashev['id']}") == {group["id"]}


def test_a_contingent_sent_to_reinforce_another(client):
    zambians = actor(client, "Zambian UNAMSIL contingent", "armed_force")
    kenyans = actor(client, "Kenyan UNAMSIL contingent", "armed_force")
    sent = created(client, "events", {**EVENT, "type": "MOBILIZE", "title": "Zambians sent to reinforce the Kenyans",
                                      "figures": [], "participants": [
                                          {"actor_id": zambians["id"], "role": "initiator"},
                                          {"actor_id": kenyans["id"], "role": "reinforced"}]})
    assert [(p["actor"]["id"] if isinstance(p["actor"], dict) else p["actor"], p["role"])
            for p in sent["participants"]] == [(zambians["id"], "initiator"), (kenyans["id"], "reinforced")]
    assert ids(client, "events", f"actor={kenyans['id']}&role=reinforced") == {sent["id"]}
    assert ids(client, "events", f"actor={zambians['id']}&role=reinforced") == set()


def test_moral_guarantors_a_party_transformation_and_posts_granted(client):
    togo = actor(client, "Togo", "state", country="TGO")
    ruf = actor(client, "Revolutionary United Front", "non_state_armed_group")
    posts = [{"quantity": "posts", "unit": "items", "best": 4, "qualifier": "exactly", "actor_id": ruf["id"],
              "note": "cabinet posts"},
             {"quantity": "posts", "unit": "items", "best": 4, "qualifier": "exactly", "actor_id": ruf["id"],
              "note": "deputy minister posts"}]
    lome = created(client, "treaties", {**TREATY, "name": "Lome Peace Agreement", "kind": "peace_agreement",
                                        "status": "signed", "signed_date": "1999-07-07",
                                        "parties": [{"actor_id": 1}, {"actor_id": ruf["id"]},
                                                    {"actor_id": togo["id"], "role": "moral_guarantor"}],
                                        "provisions": [
        {"type": "party_transformation", "summary": "The RUF turns itself into a political party.",
         "obliged_actor_ids": [ruf["id"]]},
        {"type": "power_sharing", "summary": "Four cabinet posts and four deputy minister posts for the RUF.",
         "figures": posts}]})
    assert [p["role"] for p in lome["parties"]][-1] == "moral_guarantor"
    assert [f["quantity"] for f in lome["provisions"][1]["figures"]] == ["posts", "posts"]
    assert [f["note"] for f in lome["provisions"][1]["figures"]] == ["cabinet posts", "deputy minister posts"]
    assert ids(client, "treaties", f"party={togo['id']}&party_role=moral_guarantor") == {lome["id"]}
    assert ids(client, "treaties", "provision_type=party_transformation") == {lome["id"]}
    said = created(client, "statements", {**STATEMENT, "requests": [
        {"action": "party_transformation", "words": "turn itself into a political party"}]})
    assert ids(client, "statements", "requested_action=party_transformation") == {said["id"]}
    body = problem(client.post("/v1/treaties", json={**TREATY, "parties": [
        {"actor_id": togo["id"], "role": "moral guarantor"}]}), 422)
    assert "parties" in body["errors"]


def test_a_reservation_on_a_provision_in_the_speakers_voice(client):
    lome = created(client, "treaties", {**TREATY, "provisions": [
        {"type": "amnesty", "summary": "An amnesty for the combatants."}]})
    provision = lome["provisions"][0]["id"]
    reserve = created(client, "statements", {**STATEMENT, "stance": "assert",
                                             "summary": "The amnesty does not cover genocide, crimes against "
                                                        "humanity and war crimes.",
                                             "about_treaties": [{"treaty_id": lome["id"], "provision_id": provision,
                                                                 "link": "reservation"}]})
    assert reserve["about_treaties"][0]["link"] == "reservation"
    plain = created(client, "statements", {**STATEMENT, "about_treaties": [{"treaty_id": lome["id"]}]})
    found = ids(client, "statements", f"about_treaty={lome['id']}&about_treaty_link=reservation")
    assert found == {reserve["id"]} and plain["id"] not in found
    assert reserve["id"] in ids(client, "statements", f"provision={provision}")
    body = problem(client.post("/v1/events", json={**EVENT, "treaties": [
        {"treaty_id": lome["id"], "link": "reservation"}]}), 422)
    assert "treaties" in body["errors"] and "link" in str(body["errors"])
