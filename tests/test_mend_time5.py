"""How often an event recurred, parts of a part of the day, new modes, sites and place relations, and rests_on=
reading the sources cited on figures and claims (issue 10, mend-time5, migrations/0083; notes/trials t26, t27),
through HTTP: written, read back, filtered; bad input is a problem naming the field."""
import pytest

from helpers import BODIES, problem, created as post

MERGE = "application/merge-patch+json"


def ids(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def vocabulary(client, name):
    return [item["term"] for item in client.get("/v1/vocabularies").get_json()["vocabularies"][name]]


def test_daily_protests_are_one_event_that_recurred_daily(client):
    """t27 #28 "a trial that had drawn daily protests": no count of protests is invented."""
    protests = post(client, "events", {**BODIES["events"], "type": "PROTEST", "recurrence": "daily",
                                       "date_start": "2005-02-10", "date_end": "2005-05-12", "figures": []})
    practice = post(client, "events", {**BODIES["events"], "recurrence": "repeated"})
    single = post(client, "events", BODIES["events"])
    assert client.get(protests["href"]).get_json()["recurrence"] == "daily"
    assert client.get(single["href"]).get_json()["recurrence"] is None
    assert ids(client, "events", "recurrence=daily") == {protests["id"]}
    assert ids(client, "events", "recurrence=weekly,repeated") == {practice["id"]}
    changed = client.patch(protests["href"], content_type=MERGE, json={"recurrence": "weekly"})
    assert changed.status_code == 200, changed.get_json()
    assert ids(client, "events", "recurrence=daily") == set()
    assert set(vocabulary(client, "event_recurrences")) == {"daily", "nightly", "weekly", "monthly", "repeated", "renewed"}


@pytest.mark.parametrize("value", ["hourly", "", 3, ["daily"]])
def test_a_recurrence_not_in_the_vocabulary_is_refused_naming_it(client, value):
    found = problem(client.post("/v1/events", json={**BODIES["events"], "recurrence": value}), 422)
    assert "recurrence" in str(found["errors"]), found
    assert ids(client, "events", "recurrence=daily,nightly,weekly,monthly,repeated") == set()


def test_the_recurrence_filter_refuses_unknown_terms(client):
    assert client.get("/v1/events?recurrence=hourly").status_code in (400, 422)


@pytest.mark.parametrize("time", ["late_am", "early_pm", "late_pm", "all_day"])
def test_a_part_of_a_part_of_the_day_and_a_whole_day(client, time):
    """t27 #45 "late on Friday afternoon" (late_pm), #37 "through the day" (all_day): no invented hours."""
    event = post(client, "events", {**BODIES["events"], "time_start": time})
    assert client.get(event["href"]).get_json()["time_start"] == time
    statement = post(client, "statements", {**BODIES["statements"], "time": time})
    assert client.get(statement["href"]).get_json()["time"] == time
    assert time in vocabulary(client, "day_parts")


@pytest.mark.parametrize("time", ["late afternoon", "latepm", "mid_pm"])
def test_other_words_for_a_part_of_the_day_are_refused(client, time):
    found = problem(client.post("/v1/events", json={**BODIES["events"], "time_start": time}), 422)
    assert "time_start" in str(found["errors"]), found


@pytest.mark.parametrize("mode, event_type", [("mutilation", "ASSAULT"), ("flee_abroad", "RETREAT"),
                                              ("build", "AID"), ("build", "COOPERATE")])
def test_maiming_refugees_crossing_and_building_are_modes(client, mode, event_type):
    """t26 #68 "cutting off civilians' hands", t27 #57 "crossed into Kyrgyzstan", #61 "rebuilt a bridge"."""
    event = post(client, "events", {**BODIES["events"], "type": event_type, "mode": mode})
    assert client.get(event["href"]).get_json()["mode"] == mode
    assert ids(client, "events", f"mode={mode}") == {event["id"]}


@pytest.mark.parametrize("mode, event_type", [("mutilation", "RETREAT"), ("flee_abroad", "MOBILIZE"),
                                              ("build", "ASSAULT")])
def test_a_new_mode_with_a_type_it_does_not_go_with_is_refused(client, mode, event_type):
    found = problem(client.post("/v1/events", json={**BODIES["events"], "type": event_type, "mode": mode}), 422)
    assert "mode" in str(found["errors"]), found


def test_ddr_sites_and_a_bridge_that_leads_to_a_country(client):
    """t26 #18 "at disarmament reception centres"; t27 #61 "a bridge to the Kyrgyz side"."""
    event = post(client, "events", {**BODIES["events"], "type": "COERCE", "site_categories": ["ddr_sites"]})
    assert client.get(event["href"]).get_json()["site_categories"] == ["ddr_sites"]
    bridge = post(client, "places", {**BODIES["places"], "name": "Bridge over the Shahrikhansai",
                                     "kind": "site", "relations": [{"place_id": 3, "relation": "leads_to"}]})
    assert client.get(bridge["href"]).get_json()["relations"][0]["relation"] == "leads_to"
    assert ids(client, "places", "related_to=3&relation=leads_to") == {bridge["id"]}


def test_rests_on_reads_the_sources_cited_on_figures_and_claims(client):
    """t27 doc problem 2: a carried source cited on the figure it gives is found without being copied into the
    event's source_ids; so is one cited on a claim, and one on a statement's figure."""
    report = post(client, "sources", BODIES["sources"])
    office = post(client, "sources", {**BODIES["sources"], "title": "Prosecutor-General's Office",
                                      "url": "https://example.org/pgo"})
    rights = post(client, "sources", {**BODIES["sources"], "title": "HRW", "url": "https://example.org/hrw"})
    carrier = post(client, "sources", {**BODIES["sources"], "title": "A wire relaying HRW",
                                       "url": "https://example.org/wire", "cites_source_ids": [rights["id"]]})
    figure = {**BODIES["events"]["figures"][0], "source_ids": [report["id"], office["id"]]}
    toll = post(client, "events", {**BODIES["events"], "figures": [figure], "source_ids": [report["id"]]})
    claimed = post(client, "events", {**BODIES["events"], "figures": [], "source_ids": [report["id"]], "claims": [
        {"claimant_id": 10, "place_id": 7, "source_ids": [carrier["id"]]}]})
    said = post(client, "statements", {**BODIES["statements"], "source_ids": [report["id"]], "figures": [
        {"quantity": "deaths", "best": 169, "unit": "people", "source_ids": [office["id"]]}]})
    post(client, "events", {**BODIES["events"], "source_ids": [report["id"]],
                            "figures": [{**figure, "source_ids": [report["id"]]}]})
    assert ids(client, "events", f"rests_on={office['id']}") == {toll["id"]}
    assert ids(client, "events", f"rests_on={rights['id']}") == {claimed["id"]}
    assert ids(client, "statements", f"rests_on={office['id']}") == {said["id"]}
    assert ids(client, "statements", f"rests_on={rights['id']}") == set()


def test_talks_that_broke_down_after_a_demand(client):
    """t27 #43 "the talks broke down after the gunmen demanded": the talks' end, not their start, follows it."""
    demand = post(client, "statements", {**BODIES["statements"], "stance": "demand"})
    talks = post(client, "events", {**BODIES["events"], "type": "CONSULT", "outcome": "failed", "figures": [],
                                    "statement_relations": [{"statement_id": demand["id"], "relation": "ended_after",
                                                             "elapsed": {"unit": "hours"}}]})
    read = client.get(f"{talks['href']}?include=").get_json()["statement_relations"]
    assert [(item["statement"], item["relation"]) for item in read] == [(demand["id"], "ended_after")]
    assert ids(client, "events", f"related_statement={demand['id']}&statement_relation=ended_after") == {talks["id"]}
    assert ids(client, "events", "statement_relation=follows") == set()


def test_a_toll_put_far_higher(client):
    """t27 #14 "the real figure was far higher": the degree beside the comparison, no number invented."""
    official = {"quantity": "deaths", "best": 169, "unit": "people", "key": "official", "source_ids": [1]}
    higher = {"quantity": "deaths", "unit": "people", "comparison": "higher", "comparison_degree": "far",
              "compared_with_key": "official", "source_ids": [1]}
    event = post(client, "events", {**BODIES["events"], "figures": [official, higher]})
    read = client.get(event["href"]).get_json()["figures"]
    assert [(f["comparison"], f["comparison_degree"]) for f in read] == [(None, None), ("higher", "far")]
    assert "slightly" in vocabulary(client, "figure_comparison_degrees")
    found = problem(client.post("/v1/events", json={**BODIES["events"], "figures": [
        official, {**higher, "comparison_degree": "hugely"}]}), 422)
    assert "comparison_degree" in str(found["errors"]), found
    found = problem(client.post("/v1/events", json={**BODIES["events"], "figures": [
        {**official, "comparison_degree": "far"}]}), 422)
    assert "comparison_degree" in str(found["errors"]), found
