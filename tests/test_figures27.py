"""Figures as reported, round 27 (issue 10, figures27; migrations/0095), through HTTP: a figure planned or
expected ("about 500 are to be released each day": certainty expected), a figure the report refers to without
its number ("more than it has declared": certainty not_given, no value) so that a comparison can name it, and
the size of a difference ("thousands more than", "2,000 more than": comparison_by_vague, comparison_by).
Written, read back equal, filtered; bad input is a problem naming the field and changes nothing."""
import pytest

from helpers import BODIES, problem, created as post

EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
STATEMENT = {k: v for k, v in BODIES["statements"].items() if k != "figures"}


def found(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def people(quantity, **fields):
    return {"quantity": quantity, "unit": "people", "source_ids": [1], **fields}


def figures_of(client, created):
    return client.get(f"{created['href']}?include=figures").get_json()["figures"]


def test_expected_and_not_given_figures_and_a_difference(client):
    figures = [people("prisoners_released", best=500, qualifier="about", per="day", certainty="expected"),
               people("prisoners_held", key="declared", certainty="not_given"),   # "it has declared"
               people("prisoners_held", comparison="higher", compared_with_key="declared",
                      comparison_by_vague="thousands"),   # "holds thousands more than it has declared"
               people("prisoners_held", best=12000, comparison="higher", compared_with_key="declared",
                      comparison_by=2000)]   # "12,000, 2,000 more than declared"
    said = post(client, "statements", {**STATEMENT, "figures": figures})
    got = figures_of(client, said)
    assert [f["certainty"] for f in got] == ["expected", "not_given", None, None]
    assert [(f["low"], f["best"], f["high"]) for f in got[1:3]] == [(None, None, None)] * 2
    assert [(f["comparison_by"], f["comparison_by_vague"]) for f in got] == [
        (None, None), (None, None), (None, "thousands"), (2000, None)]
    assert (got[2]["compared_with_key"], got[1]["key"]) == ("declared", "declared")
    assert said["id"] in found(client, "statements", "figure_certainty=expected")
    assert said["id"] in found(client, "statements", "figure_certainty=not_given")
    assert said["id"] in found(client, "statements", "figure_comparison=higher")
    event = post(client, "events", {**EVENT, "figures": [people("deaths", best=40, certainty="expected")]})
    assert event["id"] in found(client, "events", "figure_certainty=expected")
    assert event["id"] not in found(client, "events", "min_deaths=1")   # an expected figure is no toll
    terms = {item["term"] for item in client.get("/v1/vocabularies").get_json()["vocabularies"]["figure_certainties"]}
    assert {"expected", "not_given"} <= terms


@pytest.mark.parametrize("figure, field", [
    (people("deaths", certainty="not_given", best=3), "best"),
    (people("deaths", certainty="not_given", published=False, claimant_id=1), "certainty"),
    (people("deaths", certainty="expected"), "best"),
    (people("deaths", best=3, comparison_by=10), "comparison_by"),
    (people("deaths", best=3, comparison_by_vague="thousands"), "comparison_by_vague"),
    (people("deaths", best=3, comparison_by=-1), "comparison_by"),
    (people("deaths", best=3, comparison_by_vague="loads"), "comparison_by_vague"),
])
def test_bad_input_is_a_problem_naming_the_field(client, figure, field):
    before = client.get("/v1/events?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert field in str(errors), errors
    assert client.get("/v1/events?limit=500&fields=id").get_json()["items"] == before


def test_a_difference_needs_higher_or_lower_and_one_form(client):
    figures = [people("deaths", key="official", best=100),
               people("deaths", comparison="same", compared_with_key="official", comparison_by=5),
               people("deaths", comparison="higher", compared_with_key="official", comparison_by=5,
                      comparison_by_vague="dozens")]
    for figure, field in ((figures[1], "comparison_by"), (figures[2], "comparison_by_vague")):
        errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figures[0], figure]}), 422)["errors"]
        assert field in str(errors), errors


def test_as_of_at_a_time_of_day(client):
    """ "had been exchanged by Friday evening" (as_of_time, a part of the day or HH:MM)."""
    figures = [people("prisoners_exchanged", best=300, as_of="2024-11-29", as_of_time="evening"),
               people("prisoners_released", best=40, as_of="2024-11-29", as_of_time="18:00")]
    said = post(client, "statements", {**STATEMENT, "figures": figures})
    got = figures_of(client, said)
    assert [(f["as_of"], f["as_of_time"]) for f in got] == [("2024-11-29", "evening"), ("2024-11-29", "18:00")]


@pytest.mark.parametrize("figure", [
    people("deaths", best=3, as_of_time="evening"),
    people("deaths", best=3, as_of="2024-11-01", as_of_precision="month", as_of_time="evening"),
    people("deaths", best=3, as_of="2024-11-21", as_of_part="late", as_of_time="evening"),
    people("deaths", best=3, as_of="2024-11-21", as_of_time="dusk"),
])
def test_as_of_time_needs_a_day(client, figure):
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert "as_of_time" in str(errors), errors


def _ids(client, path):
    return {item["id"] for item in client.get(path).get_json()["items"]}


def test_acts_on_all_recommended_and_conditions_of_a_treaty(client):
    """ "called for the release of all political prisoners"; "said he would recommend that the mission leave";
    "demanded the withdrawal as a condition of any peace settlement" (a proposed treaty)."""
    treaty = post(client, "treaties", {**BODIES["treaties"], "status": "proposed"})
    other = post(client, "treaties", {**BODIES["treaties"], "status": "proposed"})
    said = post(client, "statements", {**STATEMENT, "about_treaties": [{"treaty_id": treaty["id"]}], "requests": [
        {"action": "prisoner_release", "proportion": "all", "words": "the release of all political prisoners"},
        {"action": "withdrawal", "for_treaty_id": treaty["id"], "words": "as a condition of any peace settlement"},
        {"action": "withdrawal", "modality": "recommendation", "words": "would recommend that the mission leave"}]})
    items = said["requests"]
    assert [(i["proportion"], i["for_treaty"], i["modality"]) for i in items] == [
        ("all", None, None), (None, treaty["id"], None), (None, None, "recommendation")]
    assert client.get(f"/v1/statements/{said['id']}").get_json() == said
    plain = post(client, "statements", {**STATEMENT, "requests": [{"action": "ceasefire"}]})
    assert plain["requests"][0]["proportion"] is None and plain["requests"][0]["for_treaty"] is None
    assert said["id"] in _ids(client, "/v1/statements?act_proportion=all&limit=500")
    assert plain["id"] not in _ids(client, "/v1/statements?act_proportion=all,some&limit=500")
    assert said["id"] in _ids(client, f"/v1/statements?act_for_treaty={treaty['id']}&limit=500")
    assert said["id"] not in _ids(client, f"/v1/statements?act_for_treaty={other['id']}&limit=500")
    assert said["id"] in _ids(client, "/v1/statements?act_modality=recommendation&limit=500")
    etag = client.get(treaty["href"]).headers["ETag"]
    assert client.delete(treaty["href"], headers={"If-Match": etag}).status_code == 409   # named by the act


@pytest.mark.parametrize("item, field", [
    ({"action": "prisoner_release", "proportion": "every"}, "proportion"),
    ({"action": "withdrawal", "for_treaty_id": 999999}, "for_treaty_id"),
    ({"action": "withdrawal", "modality": "advice"}, "modality"),
    ({"action": "withdrawal", "for_treaty_id": 1}, "for_treaty_id"),   # not among the statement's about_treaties
])
def test_bad_act_items_are_a_problem_naming_the_field(client, item, field):
    before = _ids(client, "/v1/statements?limit=500")
    body = problem(client.post("/v1/statements", json={**STATEMENT, "requests": [item]}), 422)
    assert field in str(body["errors"]), body["errors"]
    assert _ids(client, "/v1/statements?limit=500") == before
    assert problem(client.get("/v1/statements?act_proportion=every"), 400)["errors"]["act_proportion"]


def test_a_date_placed_against_a_treaty_point(client):
    """ "since the ceasefire took effect" (a relative anchored to a treaty's entry into force)."""
    treaty = post(client, "treaties", {**BODIES["treaties"], "status": "in_force"})
    relative = {"relation": "after", "anchor": "treaty", "treaty_id": treaty["id"], "treaty_status": "in_force",
                "words": "since the ceasefire took effect"}
    said = post(client, "statements", {**STATEMENT, "announcements": [
        {"action": "withdrawal", "date": {"date": None, "relative": relative}}]})
    got = said["announcements"][0]["date"]["relative"]
    assert (got["anchor"], got["treaty_id"], got["treaty_status"]) == ("treaty", treaty["id"], "in_force")
    assert client.get(f"/v1/statements/{said['id']}").get_json() == said
    plain = post(client, "statements", {**STATEMENT, "announcements": [
        {"action": "withdrawal", "date": {"date": None, "relative": {"relation": "after", "anchor": "report"}}}]})
    assert plain["announcements"][0]["date"]["relative"]["treaty_id"] is None
    anchors = {i["term"] for i in client.get("/v1/vocabularies").get_json()["vocabularies"]["relative_date_anchors"]}
    assert "treaty" in anchors


@pytest.mark.parametrize("relative, field", [
    ({"relation": "after", "anchor": "treaty", "treaty_status": "in_force"}, "treaty_id"),
    ({"relation": "after", "anchor": "treaty", "treaty_id": 1}, "treaty_status"),
    ({"relation": "after", "anchor": "report", "treaty_id": 1}, "treaty_id"),
    ({"relation": "after", "anchor": "treaty", "treaty_id": 999999, "treaty_status": "in_force"}, "treaty_id"),
    ({"relation": "after", "anchor": "treaty", "treaty_id": 1, "treaty_status": "effective"}, "treaty_status"),
])
def test_a_bad_treaty_anchor_is_a_problem_naming_the_field(client, relative, field):
    body = {**STATEMENT, "announcements": [{"action": "withdrawal", "date": {"date": None, "relative": relative}}]}
    errors = problem(client.post("/v1/statements", json=body), 422)["errors"]
    assert field in str(errors), errors


def _treaty_ids(client, query):
    return {item["id"] for item in client.get(f"/v1/treaties?{query}&limit=500").get_json()["items"]}


def _change(status, day, **more):
    return {"status": status, "date": {"date": day}, "source_ids": [1], **more}


def test_a_status_in_fact_not_formally(client):
    """ "the accord was dead in all but name": a de facto collapse, the formal status still in force."""
    history = [_change("signed", "2015-02-12"), _change("in_force", "2015-02-15"),
               _change("collapsed", "2016-06-01", de_facto=True)]
    dead = post(client, "treaties", {**BODIES["treaties"], "status": "in_force", "status_history": history})
    got = client.get(f"{dead['href']}?include=status_history").get_json()["status_history"]
    assert [c["de_facto"] for c in got] == [False, False, True]
    assert dead["id"] in _treaty_ids(client, "de_facto_status=collapsed")
    assert dead["id"] in _treaty_ids(client, "in_force_on=2017-01-01")   # formally still in force
    plain = post(client, "treaties", {**BODIES["treaties"], "status": "collapsed",
                                      "status_history": [_change("collapsed", "2016-06-01")]})
    assert plain["id"] not in _treaty_ids(client, "de_facto_status=collapsed")
    errors = problem(client.post("/v1/treaties", json={**BODIES["treaties"], "status": "collapsed",
                                                       "status_history": history}), 422)["errors"]
    assert "status" in errors, errors   # the formal status is in_force: the de facto entry is not counted
    bad = {**BODIES["treaties"], "status": "in_force", "status_history": [_change("in_force", "2015-02-15",
                                                                                  de_facto="maybe")]}
    assert "de_facto" in str(problem(client.post("/v1/treaties", json=bad), 422)["errors"])
    assert problem(client.get("/v1/treaties?de_facto_status=dead"), 400)["errors"]["de_facto_status"]
