"""Agreement facts curators could not store faithfully (issue 10, mend-agree2; notes/trials t18 #24, #28, #79, #93,
t19 #26, #75), through HTTP: agreements suspended by a provision (named or not), an outside body asked to endorse
the deal, political talks to begin at a place by a date, a unilateral ceasefire declared (not in force), a
treaty that builds on calls recorded as events, and a requested political solution. Each reads back as written,
a filter finds it, and bad input gets a problem+json naming the field (docs/api.md, "Provisions")."""
from helpers import BODIES, EVENT, TREATY, problem


def treaty(client, **fields):
    response = client.post("/v1/treaties", json={**TREATY, **fields})
    assert response.status_code == 201, response.get_json().get("errors", response.get_json())
    return client.get(response.get_json()["href"]).get_json()


def ids(client, kind, query):
    response = client.get(f"/v1/{kind}?{query}&limit=500")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def actor(client, name, kind="international_organisation"):
    return client.post("/v1/actors", json={"name": name, "kind": kind}).get_json()["id"]


def geneva(client):
    """The Libyan ceasefire of 23 October 2020 (trial t18): training agreements suspended, the UNSC asked to adopt
    the deal, political talks to begin in Tunisia in early November."""
    unsc = actor(client, "UN Security Council")
    tunisia = client.post("/v1/places", json={**BODIES["places"], "name": "Tunisia"}).get_json()["id"]
    suspension = {"type": "agreement_suspension", "summary": "Military training agreements with foreign states are "
                  "suspended until a unified government takes office.",
                  "objects": [{"kind": "agreement", "action": "suspends",
                               "name": "military training agreements with foreign states"}],
                  "term": {"ends_with": "a unified government takes office"}}
    endorsement = {"type": "external_endorsement", "summary": "Ask the UN Security Council to adopt the deal in a "
                   "binding resolution.", "modality": "obligation", "actors": [{"actor_id": unsc, "role": "endorser"}]}
    talks = {"type": "further_negotiations", "summary": "Political talks to begin in Tunisia in early November.",
             "place_ids": [tunisia], "deadlines": [{"milestone": "start", "date": {
                 "date": "2020-11-01", "date_end": "2020-11-10", "precision": "day"}}]}
    return treaty(client, name="Geneva ceasefire", status="signed", provisions=[suspension, endorsement, talks]), \
        unsc, tunisia


def test_suspended_agreements_an_endorser_and_talks_at_a_place_read_back_and_are_found(client):
    record, unsc, tunisia = geneva(client)
    suspension, endorsement, talks = record["provisions"]
    assert suspension["type"] == "agreement_suspension"
    assert (suspension["objects"][0]["kind"], suspension["objects"][0]["action"],
            suspension["objects"][0]["name"]) == ("agreement", "suspends",
                                                  "military training agreements with foreign states")
    assert [(a["actor"]["id"], a["role"]) for a in endorsement["actors"]] == [(unsc, "endorser")]
    assert talks["type"] == "further_negotiations" and talks["deadlines"][0]["milestone"] == "start"
    other = treaty(client)
    assert ids(client, "treaties", "provision_object=agreement&provision_object_action=suspends") == {record["id"]}
    assert ids(client, "treaties", "provision_type=agreement_suspension") == {record["id"]}
    assert ids(client, "treaties", "provision_type=external_endorsement") == {record["id"]}
    assert ids(client, "treaties", f"provision_actor={unsc}&provision_actor_role=endorser") == {record["id"]}
    assert other["id"] not in ids(client, "treaties", "provision_actor_role=endorser")
    assert ids(client, "treaties", f"provision_place={tunisia}") == {record["id"]}
    vocabularies = str(client.get("/v1/vocabularies").get_json())
    assert all(term in vocabularies for term in ("agreement_suspension", "external_endorsement", "endorser",
                                                 "suspends", "unilateral_declaration", "built_on_by"))


def test_bad_terms_name_the_field(client):
    bad_action = {"type": "agreement_suspension", "summary": "Suspended.",
                  "objects": [{"kind": "agreement", "action": "suspend", "name": "training agreements"}]}
    assert "action" in str(problem(client.post("/v1/treaties", json={**TREATY, "provisions": [bad_action]}), 422))
    bad_role = {"type": "external_endorsement", "summary": "Ask the UNSC.", "actors": [{"actor_id": 1, "role": "endorse"}]}
    assert "role" in str(problem(client.post("/v1/treaties", json={**TREATY, "provisions": [bad_role]}), 422))
    assert "kind" in str(problem(client.post("/v1/treaties", json={**TREATY, "kind": "unilateral"}), 422))
    problem(client.get("/v1/treaties?provision_object_action=suspend"), 400)


def test_a_unilateral_ceasefire_declared_is_one_party_s_and_not_in_force(client):
    """'We have decided to silence our guns' (the LTTE, 17 May 2009): declared, not reported in force."""
    ltte = actor(client, "LTTE", "non_state_armed_group")
    record = treaty(client, name="LTTE unilateral ceasefire", kind="unilateral_declaration", status="declared",
                    signed_date=None, parties=[{"actor_id": ltte}],
                    provisions=[{"type": "ceasefire", "summary": "We have decided to silence our guns."}],
                    status_history=[{"status": "declared", "date": {"date": "2009-05-17"}, "source_ids": [1],
                                     "rank": "normal", "claimant_id": ltte}])
    assert (record["kind"], record["status"]) == ("unilateral_declaration", "declared")
    assert [p["actor"] if isinstance(p["actor"], int) else p["actor"]["id"] for p in record["parties"]] == [ltte]
    assert record["status_history"][0]["status"] == "declared"
    assert ids(client, "treaties", "kind=unilateral_declaration") == {record["id"]}
    assert ids(client, "treaties", "status=declared") == {record["id"]}
    assert record["id"] not in ids(client, "treaties", "in_force_on=2009-05-18")
    # the status must agree with the history: a declaration is not in force until reported so
    body = problem(client.post("/v1/treaties", json={
        **TREATY, "kind": "unilateral_declaration", "status": "in_force", "parties": [{"actor_id": ltte}],
        "status_history": [{"status": "declared", "date": {"date": "2009-05-17"}, "source_ids": [1],
                            "rank": "normal"}]}), 422)
    assert "status" in str(body)


def test_a_treaty_built_on_calls_recorded_as_events_is_found_from_them(client):
    record = treaty(client, name="Geneva ceasefire")
    calls = client.post("/v1/events", json={**EVENT, "title": "Rival ceasefire calls of 21 August", "treaties": [
        {"treaty_id": record["id"], "link": "built_on_by"}]})
    assert calls.status_code == 201, calls.get_json()
    stored = client.get(calls.get_json()["href"]).get_json()
    assert [(t["treaty"]["id"], t["link"]) for t in stored["treaties"]] == [(record["id"], "built_on_by")]
    assert ids(client, "events", f"treaty={record['id']}&treaty_link=built_on_by") == {calls.get_json()["id"]}
    assert "link" in str(problem(client.post("/v1/events", json={**EVENT, "treaties": [
        {"treaty_id": record["id"], "link": "builds_on"}]}), 422))


def test_a_requested_political_solution_is_found(client):
    response = client.post("/v1/statements", json={**BODIES["statements"], "stance": "request", "requests": [
        {"action": "political_solution", "words": "an inclusive political solution for the Tamils"}]})
    assert response.status_code == 201, response.get_json().get("errors", response.get_json())
    read = client.get(response.get_json()["href"]).get_json()
    assert read["requests"][0]["action"] == "political_solution"
    assert ids(client, "statements", "requested_action=political_solution") == {read["id"]}
    assert "action" in str(problem(client.post("/v1/statements", json={**BODIES["statements"], "requests": [
        {"action": "inclusive_political_solution"}]}), 422))


def test_a_treaty_built_on_calls_that_are_statements_is_found_from_them(client):
    """'Friday's deal builds on the Aug. 21 ceasefire calls': the calls are statements (migrations/0066)."""
    record = treaty(client, name="Geneva ceasefire")
    plain = client.post("/v1/statements", json={**BODIES["statements"], "about_treaties": [
        {"treaty_id": record["id"]}]}).get_json()
    call = client.post("/v1/statements", json={**BODIES["statements"], "stance": "request", "about_treaties": [
        {"treaty_id": record["id"], "link": "built_on_by"}]})
    assert call.status_code == 201, call.get_json()
    stored = client.get(call.get_json()["href"]).get_json()
    assert [(t["treaty"]["id"], t["link"]) for t in stored["about_treaties"]] == [(record["id"], "built_on_by")]
    assert client.get(plain["href"]).get_json()["about_treaties"][0]["link"] is None
    assert ids(client, "statements", "about_treaty_link=built_on_by") == {stored["id"]}
    assert ids(client, "statements", f"about_treaty={record['id']}&about_treaty_link=built_on_by") == {stored["id"]}
    assert ids(client, "statements", f"about_treaty={record['id']}") == {stored["id"], plain["id"]}
    assert "link" in str(problem(client.post("/v1/statements", json={**BODIES["statements"], "about_treaties": [
        {"treaty_id": record["id"], "link": "builds_on"}]}), 422))
    problem(client.get("/v1/statements?about_treaty_link=builds_on"), 400)
    # a PATCH that leaves the link out drops it: the item reads back as sent
    patch = client.patch(call.get_json()["href"], json={"about_treaties": [{"treaty_id": record["id"]}]})
    assert patch.status_code == 200, patch.get_json()
    assert client.get(call.get_json()["href"]).get_json()["about_treaties"][0]["link"] is None
    assert ids(client, "statements", "about_treaty_link=built_on_by") == set()
