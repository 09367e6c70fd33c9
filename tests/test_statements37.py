"""Statements37 (issue 10, round 37), through HTTP: an event undertaken so as to make a statement (the event->statement
relation in_order_to: "flew to the capital to urge the assembly to approve the plan"), a prediction about an
agreement's prospects (a predictions item's treaty_id and treaty_outcome: "the plan is still alive", "the deal has
little chance") or about actors' own (actor_ids and actor_outcome: "said it would manage on its own", "said it would
prevail"), the stance efforts_exhausted ("we have done all we could"), a request to approve an agreement (action
approve_agreement with the act's treaty_id) and the filter condition_actor=. Each is posted, read back equal, found
by its filter, patched, and refused with a 422 naming the field when it does not fit (the write changing nothing).
The examples are worded generally, after no one report."""
import pytest

from helpers import BODIES, created as post, problem, refused

MERGE = "application/merge-patch+json"
STATEMENT = BODIES["statements"]
EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}


def found(client, kind, query):
    response = client.get(f"/v1/{kind}?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def patch(client, href, changes):
    response = client.patch(href, json=changes, headers={"If-Match": "*", "Content-Type": MERGE})
    assert response.status_code == 200, response.get_json()
    return response.get_json()


@pytest.fixture
def plan(client):
    return post(client, "treaties", {**BODIES["treaties"], "name": "A peace plan", "status": "proposed",
                                     "signed_date": None})["id"]


@pytest.fixture
def side(client):
    return post(client, "actors", {"name": "A besieged side", "kind": "non_state_armed_group"})["id"]


# --- an event undertaken to make a statement ----------------------------------------------------------------------

def test_a_visit_made_in_order_to_make_a_statement(client):
    urging = post(client, "statements", {**STATEMENT, "stance": "request"})
    visit = post(client, "events", {**EVENT, "type": "CONSULT", "statement_relations": [
        {"statement_id": urging["id"], "relation": "in_order_to"}]})
    read = client.get(f"{visit['href']}?include=").get_json()
    assert [(item["statement"], item["relation"]) for item in read["statement_relations"]] == \
        [(urging["id"], "in_order_to")]
    assert found(client, "events", f"related_statement={urging['id']}&statement_relation=in_order_to") == {visit["id"]}
    assert visit["id"] in found(client, "events", "statement_relation=in_order_to")
    assert visit["id"] not in found(client, "events", "statement_relation=carries_out")
    terms = client.get("/v1/vocabularies").get_json()
    assert "in_order_to" in str(terms)


# --- predictions about an agreement ---------------------------------------------------------------------------

def test_a_prediction_about_an_agreement_reads_back_and_is_found(client, plan):
    doomed = {"treaty_id": plan, "treaty_outcome": "fails", "hedge": "probable", "words": "has little chance"}
    said = post(client, "statements", {**STATEMENT, "stance": "doubt", "about_treaties": [{"treaty_id": plan}],
                                       "predictions": [doomed]})
    item = said["predictions"][0]
    assert (item["treaty"], item["treaty_outcome"], item["hedge"]) == (plan, "fails", "probable")
    assert (item["event"], item["actors"], item["actor_outcome"]) == (None, [], None)
    assert client.get(said["href"]).get_json() == said
    plain = post(client, "statements", {**STATEMENT, "predictions": [{"event_type": "FIGHT", "words": "fighting"}]})
    assert plain["predictions"][0]["treaty"] is None and plain["predictions"][0]["actors"] == []
    for query in (f"predicted_treaty={plan}", "predicted_treaty_outcome=fails,collapses"):
        assert said["id"] in found(client, "statements", query) and plain["id"] not in found(client, "statements", query)
    assert said["id"] not in found(client, "statements", "predicted_treaty_outcome=survives")
    assert said["id"] in found(client, f"treaties/{plan}/statements", "")   # the treaty's related statements
    alive = patch(client, said["href"], {"predictions": [{**doomed, "treaty_outcome": "survives", "hedge": None,
                                                          "words": "the plan is still alive"}]})
    assert alive["predictions"][0]["treaty_outcome"] == "survives"
    assert said["id"] in found(client, "statements", "predicted_treaty_outcome=survives")
    assert said["id"] not in found(client, "statements", "predicted_treaty_outcome=fails")
    bad = client.patch(said["href"], json={"predictions": [{"treaty_outcome": "fails", "words": "will fail"}]},
                       headers={"If-Match": "*", "Content-Type": MERGE})
    assert "treaty_outcome" in str(problem(bad, 422)["errors"]["predictions"]["0"])
    assert client.get(said["href"]).get_json() == alive   # a failed PATCH changes nothing
    lines = client.get(f"/v1/statements?predicted_treaty={plan}", headers={"Accept": "application/x-ndjson"})
    assert '"treaty_outcome":"survives"' in lines.get_data(as_text=True)   # CSV has no list of objects


def test_a_treaty_outcome_needs_its_treaty(client, plan):
    body = {**STATEMENT, "about_treaties": [{"treaty_id": plan}]}
    refused(client, "statements", {**body, "predictions": [{"treaty_outcome": "fails", "words": "will fail"}]},
            ["predictions", "0", "treaty_outcome"])
    refused(client, "statements", {**STATEMENT, "predictions": [{"treaty_id": plan, "treaty_outcome": "fails"}]},
            ["predictions", "0", "treaty_id"])   # not among about_treaties
    refused(client, "statements", {**body, "predictions": [{"treaty_id": plan, "treaty_outcome": "withers"}]},
            ["predictions", "0", "treaty_outcome"])
    refused(client, "statements", {**body, "predictions": [{"treaty_id": plan, "treaty_outcome": "other"}]},
            ["predictions", "0", "words"])
    refused(client, "statements", {**body, "predictions": [{"event_id": 1, "treaty_id": plan,
                                                            "treaty_outcome": "fails"}]},
            ["predictions", "0", "treaty_id"])   # one subject per item


# --- predictions about actors -----------------------------------------------------------------------------------

def test_a_prediction_about_an_actors_own_prospects(client, side):
    alone = {"actor_ids": [side], "actor_outcome": "copes_alone", "words": "would manage without outside supplies"}
    said = post(client, "statements", {**STATEMENT, "about_actor_ids": [side], "predictions": [alone]})
    assert said["predictions"][0]["actors"] == [side] and said["predictions"][0]["actor_outcome"] == "copes_alone"
    assert client.get(said["href"]).get_json() == said
    other = post(client, "statements", STATEMENT)
    assert said["id"] in found(client, "statements", f"predicted_actor={side}")
    assert other["id"] not in found(client, "statements", f"predicted_actor={side}")
    assert found(client, "statements", "predicted_actor_outcome=copes_alone") == {said["id"]}
    patched = patch(client, said["href"], {"predictions": [{**alone, "actor_outcome": "prevails"}]})
    assert patched["predictions"][0]["actor_outcome"] == "prevails"
    assert found(client, "statements", "predicted_actor_outcome=prevails") == {said["id"]}
    lines = client.get(f"/v1/statements?predicted_actor={side}", headers={"Accept": "application/x-ndjson"})
    assert "prevails" in lines.get_data(as_text=True)


@pytest.mark.parametrize("item, field", [
    ({"actor_outcome": "prevails", "words": "would prevail"}, "actor_outcome"),
    ({"actor_ids": ["SIDE"], "actor_outcome": "wins"}, "actor_outcome"),
    ({"actor_ids": ["SIDE"], "actor_outcome": "other"}, "words"),
    ({"actor_ids": ["SIDE"], "actor_outcome": "prevails", "event_type": "FIGHT"}, "actor_ids"),
])
def test_a_bad_actor_prediction_is_refused(client, side, item, field):
    item = {k: ([side] if v == ["SIDE"] else v) for k, v in item.items()}
    refused(client, "statements", {**STATEMENT, "about_actor_ids": [side], "predictions": [item]},
            ["predictions", "0", field])


def test_an_actor_predicted_about_is_among_the_statements_actors(client, side):
    refused(client, "statements", {**STATEMENT, "predictions": [{"actor_ids": [side], "actor_outcome": "gives_in"}]},
            ["predictions", "0", "actor_ids"])


# --- efforts exhausted, a request to approve an agreement -------------------------------------------------------

def test_efforts_said_to_be_exhausted(client):
    said = post(client, "statements", {**STATEMENT, "stance": "efforts_exhausted", "quote": "We have done all we could."})
    assert found(client, "statements", "stance=efforts_exhausted") == {said["id"]}


def test_a_request_to_approve_an_agreement(client, plan):
    asked = {"action": "approve_agreement", "treaty_id": plan, "addressee_words": "the assembly",
             "words": "urged the assembly to accept the plan"}
    said = post(client, "statements", {**STATEMENT, "about_treaties": [{"treaty_id": plan}], "requests": [asked]})
    assert said["requests"][0]["treaty"] == plan and said["requests"][0]["action"] == "approve_agreement"
    assert client.get(said["href"]).get_json() == said
    other = post(client, "statements", {**STATEMENT, "requests": [{"action": "ceasefire"}]})
    assert other["requests"][0]["treaty"] is None
    assert found(client, "statements", f"act_treaty={plan}") == {said["id"]}
    assert found(client, "statements", "requested_action=approve_agreement") == {said["id"]}
    assert said["id"] not in found(client, "statements", f"act_for_treaty={plan}")
    patched = patch(client, said["href"], {"requests": [{**asked, "treaty_id": None}]})
    assert patched["requests"][0]["treaty"] is None
    assert found(client, "statements", f"act_treaty={plan}") == set()
    refused(client, "statements", {**STATEMENT, "requests": [asked]}, ["requests", "0", "treaty_id"])


# --- a condition's actor ----------------------------------------------------------------------------------------

def test_statements_found_by_the_actor_a_condition_names(client, side):
    acts = {**STATEMENT, "conditions": [{"type": "actor_action", "actor_id": side, "action": "withdraws"}]}
    against = {**STATEMENT, "conditions": [{"type": "actor_action", "against_actor_ids": [side],
                                            "act": "ASSAULT"}]}
    first, second = post(client, "statements", acts), post(client, "statements", against)
    plain = post(client, "statements", STATEMENT)
    assert found(client, "statements", f"condition_actor={side}") == {first["id"], second["id"]}
    assert plain["id"] not in found(client, "statements", f"condition_actor={side}")
    patch(client, first["href"], {"conditions": []})
    assert found(client, "statements", f"condition_actor={side}") == {second["id"]}


@pytest.mark.parametrize("query", ["predicted_treaty_outcome=withers", "predicted_actor_outcome=wins",
                                   "predicted_treaty=x", "predicted_actor=x", "condition_actor=x", "act_treaty=x",
                                   "stance=exhausted"])
def test_bad_filters_are_refused_naming_the_parameter(client, query):
    assert query.split("=")[0] in str(problem(client.get(f"/v1/statements?{query}"), 400))
