"""A batch names the owned items of a record an earlier operation wrote by "@<ref>.<list>[i]": every form the
coding guide shows (its examples are posted through POST /v1/batch, tests/coding_guide.py), and a 422 that
lists the forms where one cannot go (trial t35: "@fighting.figures[0]" answered "Not a valid integer")."""
from helpers import BODIES, STATEMENT, problem


def ops(*operations):
    return {"operations": list(operations)}


EVENT = {"op": "create", "kind": "events", "ref": "shelling", "data": BODIES["events"]}


def test_a_statement_names_a_figure_of_an_event_of_the_same_batch(client):
    response = client.post("/v1/batch", json=ops(EVENT, {"op": "create", "kind": "statements", "data": {
        **STATEMENT, "stance": "doubt", "about_figure_ids": ["@shelling.figures[0]"]}}))
    assert response.status_code == 200, response.get_json()
    event_id, statement_id = (r["id"] for r in response.get_json()["results"])
    figure_id = client.get(f"/v1/events/{event_id}?include=figures").get_json()["figures"][0]["id"]
    statement = client.get(f"/v1/statements/{statement_id}").get_json()
    assert statement["about_figure_ids"] == [figure_id]
    found = client.get(f"/v1/statements?about_figure={figure_id}").get_json()["items"]
    assert [s["id"] for s in found] == [statement_id]


def test_an_event_of_the_same_batch_ends_a_provisions_term(client):
    treaty = {**BODIES["treaties"], "provisions": [{"type": "non_aggression", "summary": "Until the war ends.",
                                                    "term": {"ends_with": "the end of the war",
                                                             "ends_with_event_id": "@shelling"}}]}
    response = client.post("/v1/batch", json=ops(EVENT, {"op": "create", "kind": "treaties", "data": treaty}))
    assert response.status_code == 200, response.get_json()
    event_id, treaty_id = (r["id"] for r in response.get_json()["results"])
    provision = client.get(f"/v1/treaties/{treaty_id}").get_json()["provisions"][0]
    assert provision["term"]["ends_with_event_id"] == event_id


def test_an_item_of_the_wrong_list_is_refused_naming_the_forms(client, dump):
    before = dump()
    body = problem(client.post("/v1/batch", json=ops(EVENT, {"op": "create", "kind": "statements", "data": {
        **STATEMENT, "about_treaties": [{"treaty_id": 1, "provision_id": "@shelling.figures[0]"}]}})), 422)
    message = body["errors"]["1"]["about_treaties"]["0"]["provision_id"][0]
    assert message.startswith('"@shelling.figures[0]" is not an item of provisions with an ID: this field takes '
                              '"@<ref>.provisions[i]". The ref forms: ')
    assert '"@<ref>.figures[i]" in about_figure_ids' in message and "status_history[i]" in message
    assert dump() == before


def test_a_ref_in_numbers_that_hold_no_id_says_where_refs_go(client, dump):
    before = dump()
    event = {**BODIES["events"], "figures": [{**BODIES["events"]["figures"][0], "best": "@shelling"}]}
    body = problem(client.post("/v1/batch", json=ops(
        EVENT, {"op": "create", "kind": "events", "data": event})), 422)
    message = body["errors"]["1"]["figures"]["0"]["best"][0]
    assert message.startswith('"@shelling": this field holds no ID. The ref forms: "@<ref>", the record')
    figure = {**BODIES["events"]["figures"][0], "age": {"min": "@shelling.figures[0]"}}
    event = {**BODIES["events"], "figures": [figure]}
    body = problem(client.post("/v1/batch", json=ops(
        EVENT, {"op": "create", "kind": "events", "data": event})), 422)
    message = body["errors"]["1"]["figures"]["0"]["age"]["min"][0]
    assert message.startswith('"@shelling.figures[0]": this field holds no ID.')
    assert dump() == before
