"""A figure's as_of placed against another record (batch31, migrations/0108): "a week after the first count, the toll
stood at 40" (another figure of the same record), "by the time of the second exchange" (an event), "a day after the
minister spoke" (a statement). Through HTTP: written, read back as given (JSON, revisions, NDJSON), kept by PUT
and PATCH; what does not fit is a 422 naming the field, and changes nothing."""
import json

import pytest

from helpers import BODIES, STATEMENT, created as post, problem

MERGE = "application/merge-patch+json"
EVENT = {k: v for k, v in BODIES["events"].items() if k != "figures"}
FIRST = {"quantity": "deaths", "category": "total", "best": 20, "unit": "people", "as_of": "2020-10-28",
         "key": "first", "source_ids": [1]}
A_WEEK_LATER = {"relation": "after", "anchor": "figure", "figure_key": "first", "elapsed": {"amount": 1, "unit": "weeks"},
                "words": "a week after the first count"}
ELAPSED_READ = {"amount": 1, "amount_max": None, "unit": "weeks", "nearness": None, "qualifier": None}


def toll(relative, **more):
    return {"quantity": "deaths", "category": "total", "best": 40, "unit": "people", "as_of_relative": relative,
            "source_ids": [1], **more}


def read(relative):
    """A relative as read back: every member, those not given null."""
    return {"event_id": None, "statement_id": None, "figure_id": None, "figure_key": None, "treaty_id": None,
            "treaty_status": None, "elapsed": None, "words": None, **relative}


def test_a_week_after_the_first_count(client):
    event = post(client, "events", {**EVENT, "figures": [FIRST, toll(A_WEEK_LATER)]})
    figures = client.get(f"{event['href']}?include=figures").get_json()["figures"]
    assert figures[0]["as_of_relative"] is None
    assert figures[1]["as_of_relative"] == read({**A_WEEK_LATER, "elapsed": ELAPSED_READ})
    assert figures[1]["as_of"] is None   # never turned into a day
    # the input form read back is accepted whole, by PUT
    put = client.put(event["href"], json={**EVENT, "figures": [{"id": figures[0]["id"]}, {
        **toll({**A_WEEK_LATER, "figure_key": None, "figure_id": figures[0]["id"]}), "id": figures[1]["id"]}]})
    assert put.status_code == 200, put.get_json()
    after = client.get(f"{event['href']}?include=figures").get_json()["figures"][1]["as_of_relative"]
    assert (after["figure_id"], after["figure_key"]) == (figures[0]["id"], None)
    # revisions and NDJSON carry it
    revision = client.get(f"{event['href']}/revisions").get_json()["items"][0]
    assert revision["data"]["figures"][1]["as_of_relative"]["anchor"] == "figure"
    lines = client.get(f"/v1/events?format=ndjson&include=figures&q={EVENT['title'].split()[0]}").get_data(
        as_text=True).splitlines()
    mine = [json.loads(line) for line in lines if json.loads(line)["id"] == event["id"]]
    assert mine[0]["figures"][1]["as_of_relative"]["figure_id"] == figures[0]["id"]


def test_by_the_time_of_an_exchange_and_after_a_statement(client):
    exchange = post(client, "events", {**EVENT, "title": "Second exchange of prisoners", "type": "RETREAT",
                                       "figures": []})
    at_exchange = {"relation": "simultaneous", "anchor": "event", "event_id": exchange["id"],
                   "words": "by the time of the second exchange"}
    after_statement = {"relation": "after", "anchor": "statement", "statement_id": 1,
                       "elapsed": {"amount": 1, "unit": "days"}}
    event = post(client, "events", {**EVENT, "figures": [toll(at_exchange), toll(after_statement, best=41)]})
    figures = client.get(f"{event['href']}?include=figures").get_json()["figures"]
    assert figures[0]["as_of_relative"] == read(at_exchange)
    assert figures[1]["as_of_relative"]["statement_id"] == 1
    # a statement's own figure is placed against it without statement_id; a place's needs one
    statement = post(client, "statements", {**STATEMENT, "figures": [
        toll({"relation": "before", "anchor": "statement", "elapsed": {"amount": 2, "unit": "days"}})]})
    figure = client.get(f"{statement['href']}?include=figures").get_json()["figures"][0]
    assert figure["as_of_relative"]["anchor"] == "statement" and figure["as_of_relative"]["statement_id"] is None
    # PATCH (merge) keeps it as the figure is kept by its id, and can change it
    patched = client.patch(event["href"], json={"figures": [
        {"id": figures[0]["id"]}, {"id": figures[1]["id"], **toll({**after_statement, "statement_id": 2}, best=41)}]},
        headers={"Content-Type": MERGE})
    assert patched.status_code == 200, patched.get_json()
    figures = client.get(f"{event['href']}?include=figures").get_json()["figures"]
    assert (figures[0]["as_of_relative"]["event_id"], figures[1]["as_of_relative"]["statement_id"]) == (
        exchange["id"], 2)


@pytest.mark.parametrize("figures, path, message", [
    ([FIRST, toll({**A_WEEK_LATER, "figure_key": "second"})], ("figures", "1", "as_of_relative"),
     "figure_id or figure_key names another figure of this record"),
    ([toll({**A_WEEK_LATER, "figure_key": None, "figure_id": 99999})], ("figures", "0", "as_of_relative"),
     "figure_id or figure_key names another figure of this record"),
    ([FIRST, toll({"relation": "after", "anchor": "figure"})], ("figures", "1", "as_of_relative", "figure_id"),
     "With anchor figure, name the figure"),
    ([FIRST, toll({"relation": "after", "anchor": "figure", "figure_key": "first", "figure_id": 5})],
     ("figures", "1", "as_of_relative", "figure_id"), "With anchor figure, name the figure"),
    ([FIRST, toll({"relation": "after", "anchor": "report", "figure_key": "first"})],
     ("figures", "1", "as_of_relative", "figure_key"), "Give figure_key only with anchor figure."),
    ([toll({"relation": "after", "anchor": "report", "statement_id": 1})],
     ("figures", "0", "as_of_relative", "statement_id"), "Give statement_id only with anchor statement."),
    ([toll({"relation": "after", "anchor": "statement"})], ("figures", "0", "as_of_relative"),
     "Name the statement with statement_id: an event's figure is in no statement"),
    ([toll({"relation": "after", "anchor": "previous_entry"})], ("figures", "0", "as_of_relative", "anchor"),
     "Placed against previous_entry: not here."),
    ([toll({"relation": "simultaneous", "anchor": "report", "elapsed": {"amount": 1, "unit": "days"}})],
     ("figures", "0", "as_of_relative", "elapsed"), "simultaneous takes no elapsed"),
    ([toll({"relation": "after", "anchor": "statement", "statement_id": 99999})],
     ("figures", "0", "as_of_relative", "statement_id"), "No statement with id 99999."),
])
def test_what_does_not_fit_is_a_422_naming_the_field(client, dump, figures, path, message):
    before = dump()
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": figures}), 422)["errors"]
    for key in path:
        errors = errors[key]
    assert any(m.startswith(message) for m in errors), errors
    assert dump() == before


def test_the_figure_anchor_is_a_figures_own(client):
    """Anchor figure on another relative date (an event's own dates) is refused; simultaneous is every one's."""
    errors = problem(client.post("/v1/events", json={**EVENT, "date_relative": {
        "relation": "after", "anchor": "figure"}}), 422)["errors"]
    assert errors["date_relative"]["anchor"][0].startswith("Placed against figure: not here.")
    event = post(client, "events", {**EVENT, "date_relative": {"relation": "simultaneous", "anchor": "report"}})
    assert client.get(event["href"]).get_json()["date_relative"]["relation"] == "simultaneous"


def test_a_place_and_an_actor_name_the_statement(client):
    body = {"name": "A town", "kind": "city", "country": "AZE", "figures": [
        toll({"relation": "after", "anchor": "statement"}, quantity="displaced", best=9000)]}
    errors = problem(client.post("/v1/places", json=body), 422)["errors"]
    assert errors["figures"]["0"]["as_of_relative"][0].startswith("Name the statement with statement_id: a place's")
    body["figures"][0]["as_of_relative"]["statement_id"] = 1
    place = post(client, "places", body)
    figure = client.get(f"{place['href']}?include=figures").get_json()["figures"][0]
    assert figure["as_of_relative"]["statement_id"] == 1
    strength = {"quantity": "troops", "unit": "people", "high": 5000, "qualifier": "at_most", "source_ids": [1],
                "as_of_relative": {"relation": "before", "anchor": "statement"}}
    body = {"name": "An armed group", "kind": "non_state_armed_group", "figures": [strength]}
    errors = problem(client.post("/v1/actors", json=body), 422)["errors"]
    assert errors["figures"]["0"]["as_of_relative"][0].startswith("Name the statement with statement_id: an actor's")
    strength["as_of_relative"]["statement_id"] = 2
    actor = post(client, "actors", body)
    assert client.get(f"{actor['href']}?include=figures").get_json()["figures"][0]["as_of_relative"][
        "statement_id"] == 2
