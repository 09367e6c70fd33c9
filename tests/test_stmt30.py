"""Issue 10, stmt30 (migrations/0102): a statement's and an act item's stated reasons, a statement's predictions, the
novelty the reporting marks, the part of a month or year it was made in, the new stances and the time a part of the
day. Through HTTP: written, read back, filtered, refused with the field named."""
import pytest

from helpers import STATEMENT, created, ids, problem

GESTURE = {"reason": "goodwill", "words": "as a gesture to the mediators", "event_ids": [1]}
SPREAD = {"event_type": "FIGHT", "hedge": "possible", "words": "fighting spreading to the south"}


def test_reasons_predictions_novelty_and_part_read_back_and_are_found(client):
    said = created(client, "statements", {
        **STATEMENT, "stance": "warn", "date": "2021-05-21", "date_end": "2021-05-31", "date_part": "late",
        "reasons": [GESTURE], "novelty": "first", "novelty_words": "the first public confirmation",
        "predictions": [SPREAD, {"event_id": 1, "words": None}],
        "refusals": [{"action": "humanitarian_access", "words": "denied access",
                      "reasons": [{"reason": "security_operation", "words": "citing a security alert"}]}]})
    assert said["reasons"][0]["reason"] == "goodwill" and said["novelty"] == "first"
    assert said["predictions"][0]["event_type"] == "FIGHT" and said["date_part"] == "late"
    assert said["refusals"][0]["reasons"][0]["reason"] == "security_operation"
    assert client.get(said["href"]).get_json() == said
    plain = created(client, "statements", STATEMENT)
    assert (plain["reasons"], plain["predictions"], plain["novelty"], plain["date_part"]) == ([], [], None, None)
    assert plain["requests"] == [] and STATEMENT.get("requests") is None
    for query in ("stated_reason=goodwill", "stated_reason=security_operation", "novelty=first,rare",
                  "predicted_type=FIGHT", "predicted_event=1", "date_part=late"):
        found = ids(client, f"/v1/statements?{query}")
        assert said["id"] in found and plain["id"] not in found, query
    for query in ("stated_reason=protest", "novelty=repeated", "predicted_type=PROTEST", "predicted_event=2",
                  "date_part=early"):
        assert said["id"] not in ids(client, f"/v1/statements?{query}"), query


def test_an_act_items_reason_is_read_back_empty_when_not_given(client):
    said = created(client, "statements", {**STATEMENT, "offers": [{"action": "further_negotiations"}]})
    assert said["offers"][0]["reasons"] == []


@pytest.mark.parametrize("stance", ["dissatisfaction", "no_surprise"])
def test_the_new_stances_are_stored_and_found(client, stance):
    said = created(client, "statements", {**STATEMENT, "stance": stance})
    assert said["id"] in ids(client, f"/v1/statements?stance={stance}")


def test_a_time_of_day_part_is_accepted_and_described(client):
    said = created(client, "statements", {**STATEMENT, "time": "evening"})
    assert said["time"] == "evening"
    schema = client.get("/openapi.json").get_json()["components"]["schemas"]
    described = [s["properties"]["time"]["description"] for name, s in schema.items()
                 if name.startswith("Statement") and "time" in s.get("properties", {})]
    assert [text for text in described if text.startswith("The time of day it was made")]
    assert all("part of the day" in text for text in described if text.startswith("The time of day it was made"))


@pytest.mark.parametrize("body, field", [
    ({"reasons": [{"reason": "whim"}]}, "reasons"),
    ({"reasons": [{"reason": "other"}]}, "words"),
    ({"reasons": [{**GESTURE, "event_ids": [2]}]}, "event_ids"),   # not among about_event_ids
    ({"predictions": [{"hedge": "possible"}]}, "words"),
    ({"predictions": [{"event_id": 2, "words": "a new offensive"}]}, "event_id"),
    ({"predictions": [{"event_type": "WAR", "words": "war"}]}, "event_type"),
    ({"novelty": "novel"}, "novelty"),
    ({"novelty_words": "for the first time"}, "novelty_words"),
    ({"date_part": "late"}, "date_part"),   # a day, not the bracket of late October
    ({"date_part": "evening"}, "date_part"),
    ({"offers": [{"action": "ceasefire", "reasons": [{"reason": "goodwill", "event_ids": [2]}]}]}, "event_ids"),
])
def test_bad_reasons_predictions_novelty_or_part_are_refused(client, body, field):
    before = ids(client, "/v1/statements")
    errors = problem(client.post("/v1/statements", json={**STATEMENT, **body}), 422)["errors"]
    assert field in str(errors)
    assert ids(client, "/v1/statements") == before   # a failed write changes nothing


@pytest.mark.parametrize("query", ["novelty=novel", "predicted_type=WAR", "date_part=evening", "stated_reason=whim"])
def test_bad_filters_are_refused_naming_the_parameter(client, query):
    assert query.split("=")[0] in str(problem(client.get(f"/v1/statements?{query}"), 400))
