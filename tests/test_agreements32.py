"""Agreements and statements as curators had to bend them (agree32; notes/trials t53, t54, t55), through HTTP:
provisions carried out in step (provision_links in_step_with, an open vocabulary now), an act's term ("to serve
for an initial 60 days"), a provision actor barred, where an agreement was reached (agreed_at_id), a refusal to
carry a provision out (implementation reason refused), statement media written_statement and private_remarks,
the stance dismiss, a treaty that follows another, a political wing, a condition on a body unable to work. Bad
input gets a problem+json naming the field, and a failed write changes nothing."""
import pytest

from helpers import STATEMENT, TREATY, created, problem
from helpers import ids as listed
from test_local_terms import register

NEW_TERMS = {   # vocabulary -> the terms agree32 added
    "provision_links": ["in_step_with", "other"], "provision_actor_roles": ["barred"],
    "implementation_reasons": ["refused"], "stances": ["dismiss"],
    "statement_media": ["written_statement", "private_remarks"], "treaty_relations": ["follows"],
    "actor_relations": ["political_wing_of"], "condition_types": ["body_ineffective"]}


def found(client, kind, query):
    return set(listed(client, f"/v1/{kind}?{query}&limit=500"))


def count(client, kind):
    return len(found(client, kind, ""))


def test_the_new_terms_are_published_with_their_meanings(client):
    published = client.get("/v1/vocabularies").get_json()["vocabularies"]
    for name, terms in NEW_TERMS.items():
        listed = {item["term"]: item["description"] for item in published[name]}
        assert all(listed.get(term) for term in terms), name


WITHDRAWAL = {"key": "withdrawal", "type": "withdrawal", "summary": "Foreign troops withdraw over 60 days.",
              "term": {"duration": {"amount": 60, "unit": "days"}, "initial": True}}
RELEASE = {"key": "release", "type": "prisoner_release", "summary": "Prisoners are freed as the troops leave.",
           "links": [{"relation": "in_step_with", "provision_key": "withdrawal",
                      "note": "at the same pace as the withdrawal"}],
           "actors": [{"actor_id": 2, "role": "barred"}],
           "conditions": [{"type": "body_ineffective", "actor_id": 1,
                           "description": "if the commission cannot do its job"}],
           "implementation": [{"date": {"date": "2020-10-20"}, "status": "not_implemented", "reason": "refused",
                               "actor_ids": [2], "note": "refused to release them by the deadline",
                               "source_ids": [1]}]}


def test_provisions_in_step_barred_refused_and_a_body_unable_to_work(client):
    treaty = created(client, "treaties", {**TREATY, "provisions": [WITHDRAWAL, RELEASE]})
    withdrawal, release = treaty["provisions"]
    assert withdrawal["term"]["duration"] == {"amount": 60, "unit": "days", "qualifier": None}
    assert withdrawal["term"]["initial"] is True
    link = release["links"][0]
    assert (link["relation"], link["provision_key"], link["note"]) == ("in_step_with", "withdrawal",
                                                                       "at the same pace as the withdrawal")
    assert [(a["actor"]["id"], a["role"]) for a in release["actors"]] == [(2, "barred")]
    condition = release["conditions"][0]
    assert (condition["type"], condition["actor"]) == ("body_ineffective", 1)
    entry = release["implementation"][0]
    assert (entry["reason"], [a["id"] for a in entry["actors"]]) == ("refused", [2])
    other = created(client, "treaties", {**TREATY, "name": "Another"})
    assert found(client, "treaties", "provision_link=in_step_with") == {treaty["id"]}
    assert found(client, "treaties", "provision_actor_role=barred") == {treaty["id"]}
    assert found(client, "treaties", "implementation_reason=refused&implemented_by=2") == {treaty["id"]}
    assert found(client, "treaties", "provision_condition=body_ineffective") == {treaty["id"]}
    assert other["id"] not in found(client, "treaties", "provision_link=in_step_with,simultaneous_with")
    assert other["provisions"][0]["term"] is None


def test_a_provision_link_takes_a_local_term(client, admin):
    register(admin, "provision_links", "local:staggered_after")
    treaty = created(client, "treaties", {**TREATY, "provisions": [WITHDRAWAL, {**RELEASE, "links": [
        {"relation": "local:staggered_after", "provision_key": "withdrawal"}]}]})
    assert treaty["provisions"][1]["links"][0]["relation"] == "local:staggered_after"
    assert found(client, "treaties", "provision_link=local:staggered_after") == {treaty["id"]}
    body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [WITHDRAWAL, {**RELEASE, "links": [
        {"relation": "local:not_registered", "provision_key": "withdrawal"}]}]}), 422)
    assert "relation" in body["errors"]["provisions"]["1"]["links"]["0"]


@pytest.mark.parametrize("change, field", [
    ({"conditions": [{"type": "body_ineffective", "description": "if the body cannot work"}]}, "actor_id"),
    ({"conditions": [{"type": "body_ineffective", "actor_id": 1, "description": "x", "action": "y"}]}, "action"),
    ({"conditions": [{"type": "body_ineffective", "actor_id": 1}]}, "description"),
    ({"term": {"initial": True}}, "initial"),
    ({"links": [{"relation": "in_pace_with", "provision_key": "withdrawal"}]}, "relation"),
    ({"actors": [{"actor_id": 2, "role": "banned"}]}, "role")])
def test_bad_provision_parts_are_refused_and_change_nothing(client, change, field):
    before = count(client, "treaties")
    body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [WITHDRAWAL, {**RELEASE, **change}]}),
                   422)
    assert field in str(body["errors"]["provisions"]["1"])
    assert count(client, "treaties") == before


def test_where_an_agreement_was_reached(client):
    treaty = created(client, "treaties", {**TREATY, "agreed_at_id": 6, "signed_at_id": None})
    assert treaty["agreed_at"]["id"] == 6 and treaty["agreed_at"]["name"] == "Stepanakert"
    assert treaty["signed_at"] is None
    other = created(client, "treaties", {**TREATY, "name": "Another", "signed_at_id": 6})
    assert other["agreed_at"] is None
    assert found(client, "treaties", "agreed_at=6") == {treaty["id"]}
    assert found(client, "treaties", "signed_at=6") == {other["id"]}
    embedded = client.get(f"/v1/treaties/{treaty['id']}?include=agreed_at").get_json()
    assert embedded["agreed_at"]["id"] == 6
    header = client.get("/v1/treaties?format=csv").get_data(as_text=True).splitlines()[0].split(",")
    assert "agreed_at_id" in header and header.index("agreed_at_id") > header.index("signed_at_id")
    assert client.delete(f"/v1/treaties/{other['id']}").status_code == 204
    assert client.delete("/v1/places/6").status_code == 409   # named as where the agreement was reached
    changed = client.patch(f"/v1/treaties/{treaty['id']}", json={"agreed_at_id": None})
    assert changed.status_code == 200 and changed.get_json()["agreed_at"] is None
    assert found(client, "treaties", "agreed_at=6") == set()


@pytest.mark.parametrize("value", [999999, "x"])
def test_bad_places_of_agreement(client, value):
    before = count(client, "treaties")
    assert "agreed_at_id" in problem(client.post("/v1/treaties", json={**TREATY, "agreed_at_id": value}),
                                     422)["errors"]
    assert count(client, "treaties") == before
    assert "agreed_at" in problem(client.get("/v1/treaties?agreed_at=x"), 400)["errors"]


PLEDGE = {"action": "monitoring", "words": "to serve for an initial 60 days",
          "term": {"duration": {"amount": 60, "unit": "days"}, "initial": True}}


def test_an_act_for_a_period(client):
    said = created(client, "statements", {**STATEMENT, "stance": "pledge", "pledges": [PLEDGE]})
    term = said["pledges"][0]["term"]
    assert term["duration"] == {"amount": 60, "unit": "days", "qualifier": None} and term["initial"] is True
    assert term["renewable"] is None and term["permanent"] is None
    plain = created(client, "statements", {**STATEMENT, "stance": "pledge", "pledges": [{"action": "monitoring"}]})
    assert plain["pledges"][0]["term"] is None
    assert found(client, "statements", "act_term=true") == {said["id"]}
    assert said["id"] not in found(client, "statements", "act_term=false")
    assert plain["id"] in found(client, "statements", "act_term=false")
    renewed = {**PLEDGE, "term": {"duration": {"amount": 60, "unit": "days"}, "renewable": True,
                                  "renewal": {"amount": 30, "unit": "days"}}}
    changed = client.patch(f"/v1/statements/{plain['id']}", json={"pledges": [renewed]})
    assert changed.status_code == 200, changed.get_json()
    assert changed.get_json()["pledges"][0]["term"]["renewal"] == {"amount": 30, "unit": "days", "qualifier": None}
    assert found(client, "statements", "act_term=true") == {said["id"], plain["id"]}


@pytest.mark.parametrize("term, field", [({"initial": True}, "initial"),
                                          ({"duration": {"amount": 60, "unit": "fortnights"}}, "unit"),
                                          ({"duration": {"amount": 60, "unit": "days"}, "permanent": True},
                                           "permanent")])
def test_a_bad_act_term_is_refused_and_changes_nothing(client, term, field):
    before = count(client, "statements")
    body = problem(client.post("/v1/statements", json={**STATEMENT, "stance": "pledge", "pledges": [
        {**PLEDGE, "term": term}]}), 422)
    assert field in str(body["errors"]["pledges"]["0"]["term"])
    assert count(client, "statements") == before


def test_joint_written_private_and_dismissive_statements(client):
    joint = created(client, "statements", {**STATEMENT, "medium": "written_statement", "other_speaker_ids": [1]})
    private = created(client, "statements", {**STATEMENT, "medium": "private_remarks", "stance": "dismiss"})
    assert (joint["medium"], [s["id"] for s in joint["other_speakers"]]) == ("written_statement", [1])
    assert (private["medium"], private["stance"]) == ("private_remarks", "dismiss")
    assert found(client, "statements", "medium=written_statement") == {joint["id"]}
    assert found(client, "statements", "medium=private_remarks") == {private["id"]}
    assert found(client, "statements", "stance=dismiss") == {private["id"]}
    assert "medium" in problem(client.post("/v1/statements", json={**STATEMENT, "medium": "joint"}), 422)["errors"]


def test_a_treaty_that_follows_another_and_a_political_wing(client):
    accord = created(client, "treaties", TREATY)
    ceasefire = created(client, "treaties", {**TREATY, "name": "Total ceasefire", "relations": [
        {"treaty_id": accord["id"], "relation": "follows", "source_ids": [1]}]})
    assert ceasefire["relations"][0]["relation"] == "follows"
    assert found(client, "treaties", f"relates_to={accord['id']}&relation=follows") == {ceasefire["id"]}
    wing = created(client, "actors", {"name": "Provisional government", "kind": "political_party",
                                      "relations": [{"actor_id": 2, "relation": "political_wing_of"}]})
    assert wing["relations"][0]["relation"] == "political_wing_of"
    assert wing["id"] in found(client, "actors", "relation=political_wing_of")


def test_a_de_facto_collapse_leaves_the_formal_status_and_the_422_says_so(client):
    history = [{"status": "in_force", "date": {"date": "2020-10-10"}, "source_ids": [1]},
               {"status": "collapsed", "date": {"date": "2020-10-20"}, "de_facto": True, "source_ids": [1]}]
    before = count(client, "treaties")
    message = str(problem(client.post("/v1/treaties", json={**TREATY, "status": "collapsed",
                                                            "status_history": history}), 422)["errors"]["status"])
    assert "De facto entries are skipped" in message and "in_force" in message
    assert count(client, "treaties") == before
    treaty = created(client, "treaties", {**TREATY, "status": "in_force", "status_history": history})
    assert treaty["status"] == "in_force" and treaty["id"] in found(client, "treaties", "de_facto_status=collapsed")
