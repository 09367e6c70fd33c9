"""What agreements and statements do, as trials t22 and t23 reported it (issue 10, mend-agree3), through HTTP:
a treaty that ended a war (event link ended_by), a side saying a state of affairs breaches a treaty (a
statement's about_treaties link alleges_breach, refused on events), a mandate renewed, referendums, autonomy,
ransom, medical care and reunification, stances concern and thank, media decree and telephone_call; and the
t22 report that a provision link by key "reads back with provision: null" (the documented stored form)."""
import pytest

from helpers import EVENT, STATEMENT, TREATY, problem

NEW_TERMS = {   # vocabulary -> the terms this round added
    "treaty_links": ["ended_by", "alleges_breach"], "treaty_kinds": ["mandate"],
    "provision_types": ["referendum", "autonomy", "ransom"],
    "requested_actions": ["referendum", "autonomy", "ransom", "medical_care", "family_reunification"],
    "stances": ["concern", "thank"], "statement_media": ["decree", "telephone_call"]}


def created(client, kind, body):
    response = client.post(f"/v1/{kind}", json=body)
    assert response.status_code == 201, response.get_json()
    return client.get(response.get_json()["href"]).get_json()


def ids(client, kind, query):
    response = client.get(f"/v1/{kind}?{query}&limit=500")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def test_the_new_terms_are_published_with_their_meanings(client):
    published = client.get("/v1/vocabularies").get_json()["vocabularies"]
    for name, terms in NEW_TERMS.items():
        listed = {item["term"]: item["description"] for item in published[name]}
        assert all(listed.get(term) for term in terms), name


def test_a_war_a_treaty_ended_reads_back_and_is_found(client):
    treaty = created(client, "treaties", TREATY)
    war = created(client, "events", {**EVENT, "type": "FIGHT", "treaties": [
        {"treaty_id": treaty["id"], "link": "ended_by", "source_ids": [1]}]})
    assert [(t["link"]) for t in war["treaties"]] == ["ended_by"]
    other = created(client, "events", {**EVENT, "treaties": [{"treaty_id": treaty["id"], "link": "aimed_at_by"}]})
    assert ids(client, "events", f"treaty={treaty['id']}&treaty_link=ended_by") == {war["id"]}
    assert other["id"] in ids(client, "events", "treaty_link=aimed_at_by")


def test_a_state_of_affairs_said_to_breach_a_treaty_is_a_statement_link(client):
    treaty = created(client, "treaties", TREATY)
    said = created(client, "statements", {**STATEMENT, "stance": "accuse", "about_place_ids": [6],
                                          "about_treaties": [{"treaty_id": treaty["id"], "link": "alleges_breach"}]})
    assert said["about_treaties"][0]["link"] == "alleges_breach"
    plain = created(client, "statements", {**STATEMENT, "about_treaties": [{"treaty_id": treaty["id"]}]})
    found = ids(client, "statements", f"about_treaty={treaty['id']}&about_treaty_link=alleges_breach")
    assert found == {said["id"]} and plain["id"] not in found
    body = problem(client.post("/v1/events", json={**EVENT, "treaties": [
        {"treaty_id": treaty["id"], "link": "alleges_breach"}]}), 422)
    assert "treaties" in body["errors"] and "link" in str(body["errors"]) and "breaches" in str(body["errors"])
    assert "link" in str(problem(client.post("/v1/statements", json={
        **STATEMENT, "about_treaties": [{"treaty_id": treaty["id"], "link": "ended_by"}]}), 422)["errors"])


def test_a_mandate_renewed_for_a_year(client):
    mandate = created(client, "treaties", {**TREATY, "name": "MINURSO mandate", "kind": "mandate", "status": "in_force",
                                           "parties": [{"actor_id": 1}], "provisions": [], "status_history": [
        {"status": "extended", "date": {"date": "2020-10-30"}, "extension": {"amount": 1, "unit": "years"},
         "source_ids": [1]}]})
    assert mandate["kind"] == "mandate" and mandate["status_history"][0]["extension"]["unit"] == "years"
    assert ids(client, "treaties", "kind=mandate") == {mandate["id"]}


@pytest.mark.parametrize("term", NEW_TERMS["provision_types"])
def test_each_new_provision_type_is_a_provision_and_an_action(client, term):
    treaty = created(client, "treaties", {**TREATY, "provisions": [{"type": term, "summary": "As reported.",
        "implementation": [{"date": None, "status": "not_implemented", "note": "the sides failed to agree on who "
                            "could take part", "source_ids": [1]}]}]})
    assert treaty["provisions"][0]["type"] == term
    assert ids(client, "treaties", f"provision_type={term}&implementation=not_implemented") == {treaty["id"]}
    said = created(client, "statements", {**STATEMENT, "stance": "offer", "offers": [{"action": term, "words": "x"}]})
    assert ids(client, "statements", f"offered_action={term}") == {said["id"]}


@pytest.mark.parametrize("term", ["medical_care", "family_reunification"])
def test_care_and_reunification_are_actions(client, term):
    said = created(client, "statements", {**STATEMENT, "stance": "pledge", "requests": [],
                                          "offers": [{"action": term, "words": "as said"}]})
    assert said["offers"][0]["action"] == term
    assert ids(client, "statements", f"offered_action={term}") == {said["id"]}
    assert "action" in str(problem(client.post("/v1/statements", json={
        **STATEMENT, "offers": [{"action": term + "s"}]}), 422)["errors"])


@pytest.mark.parametrize("field,term", [("stance", "concern"), ("stance", "thank"), ("medium", "decree"),
                                        ("medium", "telephone_call")])
def test_new_stances_and_media(client, field, term):
    said = created(client, "statements", {**STATEMENT, field: term})
    assert said[field] == term
    assert said["id"] in ids(client, "statements", f"{field}={term}")
    assert field in problem(client.post("/v1/statements", json={**STATEMENT, field: term + "x"}), 422)["errors"]


def test_a_provision_link_by_key_reads_back_as_written_and_names_an_existing_provision(client):
    """Trial t22: "a provision link given by key reads back with provision: null". It is the stored form
    (docs/api.md, "Naming another provision of the same treaty"): the key is kept, the ID is not filled in,
    and the key names a provision of the same record, also after a later write adds a provision."""
    treaty = created(client, "treaties", {**TREATY, "provisions": [
        {"key": "girls", "type": "prisoner_release", "summary": "82 girls freed."},
        {"key": "suspects", "type": "prisoner_release", "summary": "Suspects released.",
         "links": [{"relation": "in_exchange_for", "provision_key": "girls"}]}]})
    link = treaty["provisions"][1]["links"][0]
    assert (link["provision"], link["provision_key"]) == (None, "girls")
    keys = {p["key"]: p["id"] for p in treaty["provisions"]}
    assert keys[link["provision_key"]] == treaty["provisions"][0]["id"]
    kept = [{"id": p["id"]} for p in treaty["provisions"]]
    response = client.patch(f"/v1/treaties/{treaty['id']}", json={"provisions": kept + [
        {"type": "ransom", "summary": "A ransom.", "links": [{"relation": "in_exchange_for", "provision_key": "girls"}]}]})
    assert response.status_code == 200, response.get_json()
    again = client.get(f"/v1/treaties/{treaty['id']}").get_json()
    assert [p["links"] for p in again["provisions"]][1:] == [[link], [link]]
    by_id = created(client, "treaties", {**TREATY, "provisions": [
        {"key": "girls", "type": "prisoner_release", "summary": "Girls freed."}]})
    first = by_id["provisions"][0]["id"]
    response = client.patch(f"/v1/treaties/{by_id['id']}", json={"provisions": [{"id": first}, {
        "type": "prisoner_release", "summary": "Suspects.", "links": [{"relation": "in_exchange_for", "provision_id": first}]}]})
    assert response.status_code == 200, response.get_json()
    assert client.get(f"/v1/treaties/{by_id['id']}").get_json()["provisions"][1]["links"][0]["provision"] == first
    body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [
        {"type": "prisoner_release", "summary": "Suspects.", "links": [{"relation": "in_exchange_for",
                                                                         "provision_key": "girl"}]}]}), 422)
    assert "provision_key" in str(body["errors"])


def test_why_a_provision_was_not_carried_out_reads_back_and_is_found(client):
    """Trial t23 #68: "the vote has never been held, as the two sides failed to agree on who could take part"
    (migrations/0073): an implementation entry's reason, filtered by implementation_reason=."""
    entry = {"date": None, "status": "not_implemented", "reason": "disagreement", "actor_ids": [1, 2],
             "note": "the two sides failed to agree on who could take part", "source_ids": [1]}
    treaty = created(client, "treaties", {**TREATY, "provisions": [
        {"type": "referendum", "summary": "A referendum on self-determination.", "implementation": [entry]}]})
    shown = treaty["provisions"][0]["implementation"][0]
    assert (shown["status"], shown["reason"], shown["note"]) == ("not_implemented", "disagreement", entry["note"])
    plain = created(client, "treaties", TREATY)
    assert plain["provisions"][0]["implementation"] == []
    no_reason = created(client, "treaties", {**TREATY, "provisions": [
        {"type": "ceasefire", "summary": "Stop.", "implementation": [{**entry, "reason": None}]}]})
    assert no_reason["provisions"][0]["implementation"][0]["reason"] is None
    assert ids(client, "treaties", "implementation_reason=disagreement") == {treaty["id"]}
    assert ids(client, "treaties", "implementation_reason=insecurity,disagreement&implementation=not_implemented") \
        == {treaty["id"]}
    assert ids(client, "treaties", "implementation_reason=disagreement&implementation=full") == set()
    body = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [
        {"type": "referendum", "summary": "A vote.", "implementation": [{**entry, "reason": "disagreed"}]}]}), 422)
    assert "reason" in str(body["errors"]) and "implementation" in str(body["errors"])
    assert "implementation_reason" in problem(client.get("/v1/treaties?implementation_reason=bogus"), 400)["errors"]
    before = client.get(f"/v1/treaties/{treaty['id']}").get_json()
    response = client.patch(f"/v1/treaties/{treaty['id']}", json={"provisions": [{"id": before["provisions"][0]["id"],
        "type": "referendum", "summary": "x", "implementation": [{**entry, "reason": "bad term"}]}]})
    problem(response, 422)
    assert client.get(f"/v1/treaties/{treaty['id']}").get_json()["provisions"] == before["provisions"]
