"""What agreements, actor relations and actor attributes say, as trials t24 and t25 reported it (issue 10,
mend-agree4, migrations/0078), through HTTP: handovers of weapons and of people, fighters integrated into the
army, a term of office, the non-party force a provision moves (role subject) and how fast (pace); a statement
saying a party failed to implement a treaty (alleges_unfulfilled); a body appointed by another, strained ties,
a former colonial power, and the community a person or a group comes from, with how much of the group."""
import pytest

from helpers import EVENT, STATEMENT, TREATY, problem

NEW_TERMS = {   # vocabulary -> the terms this round added
    "provision_types": ["weapons_handover", "persons_handover", "army_integration", "term_of_office"],
    "requested_actions": ["weapons_handover", "persons_handover", "army_integration", "term_of_office"],
    "provision_actor_roles": ["subject"], "provision_paces": ["immediate", "gradual", "phased"],
    "actor_relations": ["appointed_by", "strained_ties_with", "from_community", "colonial_power_of"],
    "treaty_links": ["alleges_unfulfilled"], "treaty_status_changes": ["fraying"],
    "provision_object_actions": ["enables"]}


def created(client, kind, body):
    response = client.post(f"/v1/{kind}", json=body)
    assert response.status_code == 201, response.get_json()
    return client.get(response.get_json()["href"]).get_json()


def ids(client, kind, query):
    response = client.get(f"/v1/{kind}?{query}&limit=500")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def actor(client, name, kind="group", **more):
    return created(client, "actors", {"name": name, "kind": kind, **more})


def published_with_meanings(client, new_terms):
    """Each of `new_terms` ({vocabulary: [term]}) published by GET /v1/vocabularies with a meaning."""
    published = client.get("/v1/vocabularies").get_json()["vocabularies"]
    for name, terms in new_terms.items():
        listed = {item["term"]: item["description"] for item in published[name]}
        assert all(listed.get(term) for term in terms), name


def test_the_new_terms_are_published_with_their_meanings(client):
    published_with_meanings(client, NEW_TERMS)


@pytest.mark.parametrize("term", NEW_TERMS["provision_types"])
def test_each_new_provision_type_is_a_provision_and_a_requested_action(client, term):
    treaty = created(client, "treaties", {**TREATY, "provisions": [{"type": term, "summary": "As reported."}]})
    assert treaty["provisions"][0]["type"] == term
    assert ids(client, "treaties", f"provision_type={term}") == {treaty["id"]}
    said = created(client, "statements", {**STATEMENT, "requests": [{"action": term, "words": "as reported"}]})
    assert ids(client, "statements", f"requested_action={term}") == {said["id"]}


def test_foreign_troops_to_leave_gradually_a_subject_and_a_pace(client):
    troops = actor(client, "Foreign troops in the Central African Republic", "armed_force", unidentified=True)
    provisions = [{"type": "withdrawal", "summary": "Foreign troops would gradually leave.", "pace": "gradual",
                   "actors": [{"actor_id": troops["id"], "role": "subject"}]},
                  {"type": "ceasefire", "summary": "An immediate ceasefire.", "pace": "immediate"},
                  {"type": "weapons_handover", "summary": "Hand over heavy weapons.",
                   "covers": [{"kind": "weapons", "item": "heavy weapons"}]}]
    treaty = created(client, "treaties", {**TREATY, "provisions": provisions})
    assert [p["pace"] for p in treaty["provisions"]] == ["gradual", "immediate", None]
    assert [(a["actor"]["id"], a["role"]) for a in treaty["provisions"][0]["actors"]] == [(troops["id"], "subject")]
    other = created(client, "treaties", TREATY)
    assert ids(client, "treaties", "provision_pace=gradual") == {treaty["id"]}
    assert other["id"] not in ids(client, "treaties", "provision_pace=gradual,immediate,phased")
    assert ids(client, "treaties", f"provision_actor={troops['id']}&provision_actor_role=subject") == {treaty["id"]}
    body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [
        {"type": "withdrawal", "summary": "x", "pace": "slowly"}]}), 422)
    assert "pace" in str(body["errors"])
    assert "provision_pace" in problem(client.get("/v1/treaties?provision_pace=slowly"), 400)["errors"]


def test_a_party_said_to_have_failed_to_implement_a_treaty(client):
    treaty = created(client, "treaties", TREATY)
    said = created(client, "statements", {**STATEMENT, "stance": "accuse", "about_actor_ids": [1],
                                          "about_treaties": [{"treaty_id": treaty["id"], "link": "alleges_unfulfilled"}]})
    assert said["about_treaties"][0]["link"] == "alleges_unfulfilled"
    breach = created(client, "statements", {**STATEMENT, "about_treaties": [
        {"treaty_id": treaty["id"], "link": "alleges_breach"}]})
    found = ids(client, "statements", f"about_treaty={treaty['id']}&about_treaty_link=alleges_unfulfilled")
    assert found == {said["id"]} and breach["id"] not in found
    body = problem(client.post("/v1/events", json={**EVENT, "treaties": [
        {"treaty_id": treaty["id"], "link": "alleges_unfulfilled"}]}), 422)
    assert "treaties" in body["errors"] and "statement" in str(body["errors"])


def test_a_truce_that_began_to_unravel_is_still_in_force(client):
    history = [{"status": "in_force", "date": {"date": "2013-01-11"}, "source_ids": [1]},
               {"status": "fraying", "date": {"date": "2013-03-01", "precision": "month"}, "source_ids": [1]}]
    truce = created(client, "treaties", {**TREATY, "status": "in_force", "status_history": history})
    assert [entry["status"] for entry in truce["status_history"]] == ["in_force", "fraying"]
    assert truce["id"] in ids(client, "treaties", "in_force_on=2013-03-20")
    body = problem(client.post("/v1/treaties", json={**TREATY, "status": "collapsed", "status_history": history}), 422)
    assert "status" in str(body["errors"]) and "in_force" in str(body["errors"])


def test_appointed_strained_colonial_relations_read_back_and_are_found(client):
    cpa = actor(client, "Coalition Provisional Authority", "de_facto_authority")
    council = actor(client, "Iraqi Governing Council", "government_body", relations=[
        {"actor_id": cpa["id"], "relation": "appointed_by", "since": {"date": "2003-07-13"}}])
    united_states = actor(client, "United States", "state", relations=[
        {"actor_id": council["id"], "relation": "strained_ties_with", "since": {"date": "2004-04-09"},
         "note": "the offensive on Fallujah strained the relationship"}])
    car = actor(client, "Central African Republic", "state")
    france = actor(client, "France", "state", relations=[{"actor_id": car["id"], "relation": "colonial_power_of",
                                                         "until": {"date": "1960-08-13"}}])
    assert [r["relation"] for r in council["relations"]] == ["appointed_by"]
    assert france["relations"][0]["until"]["date"] == "1960-08-13"
    for subject, relation, other in ((council, "appointed_by", cpa), (united_states, "strained_ties_with", council),
                                     (france, "colonial_power_of", car)):
        assert ids(client, "actors", f"relation={relation}&related_to={other['id']}") == {subject["id"]}


def test_the_community_of_a_person_and_of_a_mostly_muslim_group(client):
    muslims = actor(client, "Muslims of the Central African Republic")
    sunnis = actor(client, "Sunni Arabs of Iraq")
    seleka = actor(client, "Seleka", "non_state_armed_group", relations=[
        {"actor_id": muslims["id"], "relation": "from_community", "proportion": "most"}])
    pachachi = actor(client, "Adnan Pachachi", "person", relations=[
        {"actor_id": sunnis["id"], "relation": "from_community"}])
    assert seleka["relations"][0]["proportion"] == "most" and pachachi["relations"][0]["proportion"] is None
    assert ids(client, "actors", f"relation=from_community&related_to={muslims['id']}"
                                 "&relation_proportion=most,nearly_all") == {seleka["id"]}
    assert ids(client, "actors", "relation=from_community&relation_proportion=all") == set()
    assert ids(client, "actors", f"relation=from_community&related_to={sunnis['id']}") == {pachachi["id"]}
    patched = client.patch(f"/v1/actors/{seleka['id']}", headers={"If-Match": client.get(
        f"/v1/actors/{seleka['id']}").headers["ETag"]}, json={"relations": [
        {"actor_id": muslims["id"], "relation": "from_community", "proportion": "nearly_all"}]})
    assert patched.status_code == 200, patched.get_json()
    assert client.get(f"/v1/actors/{seleka['id']}").get_json()["relations"][0]["proportion"] == "nearly_all"


@pytest.mark.parametrize("relation, proportion", [("allied_with", "most"), ("from_community", "mostly")])
def test_a_proportion_only_with_from_community_and_a_known_term(client, relation, proportion):
    other = actor(client, "Muslims")
    before = client.get("/v1/actors?limit=500").get_json()["items"]
    body = problem(client.post("/v1/actors", json={"name": "Seleka", "kind": "non_state_armed_group", "relations": [
        {"actor_id": other["id"], "relation": relation, "proportion": proportion}]}), 422)
    assert "proportion" in str(body["errors"])
    assert client.get("/v1/actors?limit=500").get_json()["items"] == before
    assert "relation_proportion" in problem(client.get("/v1/actors?relation_proportion=mostly"), 400)["errors"]


def test_the_10_nation_bloc_a_member_count_as_of_a_day(client):
    bloc = actor(client, "ECCAS", "international_organisation", member_count=10, member_count_as_of="2013-03-25")
    assert (bloc["member_count"], bloc["member_count_as_of"]) == (10, "2013-03-25")
    assert actor(client, "Other bloc", "international_organisation")["member_count"] is None
    for body, field in (({"member_count": 10}, "member_count_as_of"),
                        ({"member_count": -1, "member_count_as_of": "2013-03-25"}, "member_count")):
        errors = problem(client.post("/v1/actors", json={"name": "X", "kind": "group", **body}), 422)["errors"]
        assert field in errors, errors


def test_a_halt_that_coincided_with_an_anniversary(client):
    timing = {"relation": "simultaneous", "occasion": "the first anniversary of the fall of Baghdad",
              "occasion_date": {"date": "2004-04-09"}}
    halt = created(client, "treaties", {**TREATY, "status": "in_force", "status_history": [
        {"status": "in_force", "date": {"date": "2004-04-09", "time": "12:00"}, "occasion_timing": timing,
         "source_ids": [1]}]})
    shown = halt["status_history"][0]["occasion_timing"]
    assert (shown["relation"], shown["occasion"], shown["occasion_date"]["date"]) == (
        "simultaneous", "the first anniversary of the fall of Baghdad", "2004-04-09")
    plain = created(client, "treaties", {**TREATY, "status": "signed", "status_history": [
        {"status": "signed", "date": {"date": "2020-10-10"}, "source_ids": [1]}]})
    assert plain["status_history"][0]["occasion_timing"] is None
    body = problem(client.post("/v1/treaties", json={**TREATY, "status_history": [
        {"status": "signed", "date": {"date": "2020-10-10"}, "occasion_timing": {"relation": "during", "occasion": "Eid"},
         "source_ids": [1]}]}), 422)
    assert "occasion_timing" in str(body["errors"])


def test_a_halt_to_allow_talks_names_its_purpose(client):
    talks = created(client, "events", {**EVENT, "type": "CONSULT", "title": "Talks on Fallujah", "figures": []})
    halt = created(client, "treaties", {**TREATY, "provisions": [
        {"type": "ceasefire", "summary": "A halt of offensive operations to allow talks.", "objects": [
            {"kind": "event", "action": "enables", "name": "talks between the council, city leaders and the fighters",
             "event_id": talks["id"]}]}]})
    shown = halt["provisions"][0]["objects"][0]
    assert (shown["action"], shown["event"]) == ("enables", talks["id"])
    assert ids(client, "treaties", "provision_object=event&provision_object_action=enables") == {halt["id"]}
