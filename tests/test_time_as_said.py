"""Time as the reporting says it (issue 10, mending round mend-time 2; migrations/0057), through HTTP: a part of a
month or year at an open bound ("by early January", "since late October") and at each end of a span ("from
mid-2023 to early 2024"), on events and on claimed and nested dates; "immediately" and "shortly after" with no
number; a deadline counted from a text's adoption. Written, read, filtered; bad input is a problem naming the
field."""
import pytest

from helpers import BODIES, ELAPSED_ENDS, problem, created as post

EVENT = {k: v for k, v in BODIES["events"].items()
         if k not in ("date_start", "date_end", "date_precision", "figures", "parent_id")}


def errors(client, kind, body):
    return problem(client.post(f"/v1/{kind}", json=body), 422)["errors"]


def ids(client, query):
    return {item["id"] for item in client.get(f"/v1/events?{query}&limit=500&fields=id").get_json()["items"]}


# (the reporting's words, the event's dates, the EDTF written: a bound's edge, exactly true; a span's side in a
# part as the month or year the part is in, which says no day or month the reporting did not give)
PARTS = [
    ("by early January 2024", {"date_start": "2024-01-10", "date_precision": "day", "date_bound": "on_or_before",
                               "date_part": "early"}, "[..2024-01-10]"),
    ("by early 2024", {"date_start": "2024-04-01", "date_precision": "month", "date_bound": "on_or_before",
                       "date_part": "early"}, "[..2024-04]"),
    ("since late October 2023", {"date_start": "2023-10-21", "date_precision": "day", "date_bound": "ongoing",
                                 "date_part": "late"}, "2023-10/.."),
    ("not before mid-March", {"date_start": "2024-03-11", "date_precision": "day", "date_bound": "not_before",
                              "date_part": "mid"}, "[2024-03-11..]"),
    ("ended in late January, start not known", {"date_start": "2024-01-31", "date_precision": "day",
                                                "date_bound": "open_start", "date_part": "late"}, "../2024-01"),
    ("from mid-2023 to early 2024", {"date_start": "2023-05-01", "date_end": "2024-04-30", "date_precision": "month",
                                     "date_part": "mid", "date_end_part": "early"}, "2023/2024"),
    ("from early March to 19 April", {"date_start": "2024-03-01", "date_end": "2024-04-19", "date_precision": "day",
                                      "date_part": "early"}, "2024-03/2024-04-19"),
    ("from 2 March to late April", {"date_start": "2024-03-02", "date_end": "2024-04-30", "date_precision": "day",
                                    "date_end_part": "late"}, "2024-03-02/2024-04"),
]


@pytest.mark.parametrize(("words", "dates", "edtf"), PARTS, ids=[p[0] for p in PARTS])
def test_a_part_at_a_bound_or_at_either_end_of_a_span_is_stored_as_said(client, words, dates, edtf):
    created = post(client, "events", {**EVENT, **dates})
    read = client.get(created["href"]).get_json()
    assert {k: read[k] for k in dates} == dates and read["date_edtf"] == edtf
    assert read.get("date_end_part") == dates.get("date_end_part")
    if dates.get("date_end_part"):
        assert ids(client, f"date_end_part={dates['date_end_part']}") == {created["id"]}
        assert ids(client, "date_end_part=mid") == set()
    # the edge is what the date filters compare: "by early January" is not after the 10th
    if dates.get("date_bound") == "on_or_before":
        assert created["id"] not in ids(client, "date_from=2024-05-01")


def test_a_side_in_a_part_reads_its_month_and_takes_either_spelling_back(client):
    """'since late October 2023': EDTF says October, the part says late; the EDTF read goes back in beside the
    fields, and so does the part's edge, as given before migrations/0124; another month is a disagreement."""
    since = {"date_start": "2023-10-21", "date_precision": "day", "date_bound": "ongoing", "date_part": "late"}
    for given in ("2023-10/..", "2023-10-21/.."):
        created = post(client, "events", {**EVENT, **since, "date_edtf": given})
        assert client.get(created["href"]).get_json()["date_edtf"] == "2023-10/.."
    assert "date_edtf" in errors(client, "events", {**EVENT, **since, "date_edtf": "2023-11/.."})
    # the month beside the part's edge, no precision given: the edge's day precision, not the EDTF's month
    bare = {k: v for k, v in since.items() if k != "date_precision"}
    read = client.get(post(client, "events", {**EVENT, **bare, "date_edtf": "2023-10/.."})["href"]).get_json()
    assert (read["date_start"], read["date_precision"], read["date_edtf"]) == ("2023-10-21", "day", "2023-10/..")


@pytest.mark.parametrize(("dates", "field"), [
    ({"date_start": "2024-01-01", "date_precision": "day", "date_bound": "on_or_before", "date_part": "early"},
     "date_part"),   # by early January: the bound is the latest day, the 10th
    ({"date_start": "2023-10-31", "date_precision": "day", "date_bound": "ongoing", "date_part": "late"},
     "date_part"),   # since late October: from the 21st
    ({"date_start": "2023-05-01", "date_end": "2024-04-29", "date_precision": "day", "date_part": "mid",
      "date_end_part": "early"}, "date_part"),
    ({"date_start": "2023-05-01", "date_end": "2024-03-31", "date_precision": "month", "date_end_part": "early"},
     "date_end_part"),   # early 2024 ends in April
    ({"date_start": "2023-05-01", "date_precision": "month", "date_end_part": "early"}, "date_end_part"),
    ({"date_start": "2024-01-10", "date_precision": "day", "date_end_part": "soon"}, "date_end_part"),
])
def test_a_part_off_its_edge_is_a_problem_naming_the_field(client, dates, field):
    assert field in errors(client, "events", {**EVENT, **dates})


def test_a_claimed_date_and_a_deadline_take_a_part_at_a_bound_and_at_the_end(client):
    event = post(client, "events", {**EVENT, "date_start": "2024-01-05", "date_precision": "day", "claims": [
        {"dates": {"date": "2023-05-01", "date_end": "2024-04-30", "precision": "month", "part": "mid",
                   "part_end": "early"}, "claimant_id": 9, "source_ids": [1]}]})
    dates = client.get(f"{event['href']}?include=claims").get_json()["claims"][0]["dates"]
    assert (dates["part"], dates["part_end"], dates["edtf"]) == ("mid", "early", "2023/2024")
    treaty = post(client, "treaties", {**BODIES["treaties"], "provisions": [
        {"type": "withdrawal", "summary": "Forces withdraw by early January.", "deadlines": [
            {"milestone": "completion", "date": {"date": "2024-01-10", "bound": "on_or_before", "part": "early"}}]}]})
    deadline = treaty["provisions"][0]["deadlines"][0]["date"]
    assert (deadline["part"], deadline["part_end"], deadline["edtf"]) == ("early", None, "[..2024-01-10]")
    bad = {**EVENT, "date_start": "2024-01-05", "claims": [
        {"dates": {"date": "2023-05-01", "date_end": "2024-04-29", "precision": "day", "part_end": "early"},
         "claimant_id": 9, "source_ids": [1]}]}
    assert "part_end" in errors(client, "events", bad)["claims"]["0"]["dates"]


def test_immediately_and_shortly_after_say_no_number(client):
    truce = post(client, "events", {**EVENT, "date_start": "2024-01-05"})
    at_once = post(client, "events", {**EVENT, "date_start": "2024-01-05", "relations": [
        {"event_id": truce["id"], "relation": "after", "elapsed": {"nearness": "immediately"}}]})
    soon = post(client, "events", {**EVENT, "date_start": "2024-01-05", "relations": [
        {"event_id": truce["id"], "relation": "after", "elapsed": {"nearness": "shortly", "unit": "hours"}}]})
    assert at_once["relations"][0]["elapsed"] == {"amount": None, "amount_max": None, "unit": None,
                                                  "qualifier": None, "nearness": "immediately", **ELAPSED_ENDS}
    read = client.get(soon["href"]).get_json()["relations"][0]["elapsed"]
    assert (read["nearness"], read["unit"], read["amount"]) == ("shortly", "hours", None)
    assert ids(client, f"related_to={truce['id']}&relation=after") == {at_once["id"], soon["id"]}
    statement = post(client, "statements", {**BODIES["statements"], "about_event_ids": [], "event_relations": [
        {"event_id": truce["id"], "relation": "in_response_to", "elapsed": {"nearness": "shortly"}}]})
    assert statement["event_relations"][0]["elapsed"]["nearness"] == "shortly"


@pytest.mark.parametrize("elapsed", [{"nearness": "immediately", "amount": 2, "unit": "hours"},
                                     {"nearness": "shortly", "qualifier": "at_most", "unit": "hours"},
                                     {"nearness": "soonish"}, {}])
def test_nearness_with_a_number_or_nothing_said_is_a_problem(client, elapsed):
    truce = post(client, "events", {**EVENT, "date_start": "2024-01-05"})
    found = errors(client, "events", {**EVENT, "date_start": "2024-01-05", "relations": [
        {"event_id": truce["id"], "relation": "after", "elapsed": elapsed}]})
    assert found["relations"]["0"]["elapsed"], found


def test_a_deadline_counts_from_the_adoption_of_the_text(client):
    treaty = post(client, "treaties", {**BODIES["treaties"], "provisions": [
        {"key": "phase1", "type": "withdrawal", "summary": "Foreign forces withdraw within 30 days of adoption.",
         "deadlines": [{"milestone": "completion", "period": {"amount": 30, "unit": "days"}, "relation": "within",
                        "relative_to": "adoption"}]},
        {"type": "prisoner_release", "summary": "Detainees are released within 14 days of the first phase.",
         "deadlines": [{"milestone": "completion", "period": {"amount": 14, "unit": "days"}, "relation": "within",
                        "relative_to": "provision_completion", "provision_key": "phase1"}]}]})
    read = client.get(treaty["href"]).get_json()["provisions"]
    assert read[0]["deadlines"][0]["relative_to"] == "adoption"
    assert read[1]["deadlines"][0]["provision_key"] == "phase1"   # a step after the first: provision_completion
    assert "adoption" in str(client.get("/v1/vocabularies").get_json())
    bad = {**BODIES["treaties"], "provisions": [{"type": "withdrawal", "summary": "x", "deadlines": [
        {"milestone": "completion", "period": {"amount": 30, "unit": "days"}, "relation": "within",
         "relative_to": "adopted"}]}]}
    assert "relative_to" in errors(client, "treaties", bad)["provisions"]["0"]["deadlines"]["0"]


# (the reporting's words, the event's dates, the EDTF): an open bound on a clock time needs nothing new
CLOCK_BOUNDS = [
    ("before 9 a.m. on 5 January", {"date_start": "2024-01-05", "time_start": "09:00", "date_bound": "on_or_before"},
     "[..2024-01-05T09:00:00]"),
    ("after midnight, Kyiv time", {"date_start": "2024-01-05", "time_start": "00:00", "time_zone": "Europe/Kyiv",
                                   "date_bound": "not_before"}, "[2024-01-05T00:00:00+02:00..]"),
    ("by 18:00 local time", {"date_start": "2024-01-05", "time_start": "18:00", "time_zone": "+03:00",
                             "date_bound": "on_or_before"}, "[..2024-01-05T18:00:00+03:00]"),
]


@pytest.mark.parametrize(("words", "dates", "edtf"), CLOCK_BOUNDS, ids=[c[0] for c in CLOCK_BOUNDS])
def test_an_open_bound_on_a_clock_time(client, words, dates, edtf):
    created = post(client, "events", {**EVENT, "date_precision": "day", **dates})
    read = client.get(created["href"]).get_json()
    assert {k: read[k] for k in dates} == dates and read["date_edtf"] == edtf
    said = post(client, "statements", {**BODIES["statements"], "date": dates["date_start"], "time": dates["time_start"],
                                       "time_zone": dates.get("time_zone"), "date_bound": dates["date_bound"]})
    assert said["date_edtf"] == edtf


def test_a_statement_dated_only_against_the_report(client):
    """A report dated Friday 12 January 2024: "last week" is the bracket of the week before (Monday to Sunday), "earlier
    this month" the bracket from the 1st to the day before the report, "on Tuesday" the Tuesday the dateline
    fixes; none is a day the reporting does not give."""
    base = {**BODIES["statements"], "about_event_ids": []}
    last_week = post(client, "statements", {**base, "date": "2024-01-01", "date_end": "2024-01-07"})
    earlier = post(client, "statements", {**base, "date": "2024-01-01", "date_end": "2024-01-11"})
    tuesday = post(client, "statements", {**base, "date": "2024-01-09"})
    assert (last_week["date"], last_week["date_end"], last_week["date_edtf"]) == ("2024-01-01", "2024-01-07",
                                                                                  "2024-01-01/2024-01-07")
    assert earlier["date_edtf"] == "2024-01-01/2024-01-11" and tuesday["date_edtf"] == "2024-01-09"
    found = {s["id"] for s in client.get("/v1/statements?date_from=2024-01-10&limit=100").get_json()["items"]}
    assert earlier["id"] in found and last_week["id"] not in found
    assert "date_end" in errors(client, "statements", {**base, "date": "2024-01-12", "date_end": "2024-01-01"})


def test_as_of_known_as_a_part_of_a_month(client):
    """'As of late November' on a figure and on an event claim; a statement's claim and a position take it too."""
    figure = {"quantity": "deaths", "qualifier": "at_least", "low": 500, "unit": "people", "as_of": "2023-11-21",
              "as_of_part": "late", "claimant_id": 9, "source_ids": [1]}
    claim = {"took_part": True, "actor_id": 9, "role": "side_a", "as_of": "2023-11-11", "as_of_part": "mid",
             "claimant_id": 10, "source_ids": [1]}
    event = post(client, "events", {**EVENT, "date_start": "2023-10-07", "figures": [figure], "claims": [claim]})
    read = client.get(f"{event['href']}?include=claims,figures").get_json()
    assert (read["figures"][0]["as_of"], read["figures"][0]["as_of_part"]) == ("2023-11-21", "late")
    assert (read["claims"][0]["as_of"], read["claims"][0]["as_of_part"]) == ("2023-11-11", "mid")
    plain = post(client, "events", {**EVENT, "date_start": "2023-10-07"})
    assert client.get(plain["href"]).get_json()["figures"] == []
    assert errors(client, "events", {**EVENT, "figures": [{**figure, "as_of": "2023-11-30"}]})["figures"]["0"][
        "as_of_part"]
    assert errors(client, "events", {**EVENT, "figures": [{**figure, "as_of": None}]})["figures"]["0"]["as_of_part"]
    assert errors(client, "events", {**EVENT, "claims": [{**claim, "as_of_part": "end"}]})["claims"]["0"][
        "as_of_part"]


def test_a_statement_claim_and_a_status_change_take_as_of_part(client):
    said = post(client, "statements", {**BODIES["statements"], "about_event_ids": [], "claims": [
        {"medium": "speech", "as_of": "2023-11-01", "as_of_part": "early", "claimant_id": 9, "source_ids": [1]}]})
    assert client.get(said["href"]).get_json()["claims"][0]["as_of_part"] == "early"
    treaty = post(client, "treaties", {**BODIES["treaties"], "status_history": [
        {"status": "collapsed", "date": {"date": "2023-11-21", "date_end": "2023-11-30", "part": "late"},
         "as_of": "2023-11-21", "as_of_part": "late", "source_ids": [1]}]})
    change = client.get(treaty["href"]).get_json()["status_history"][0]
    assert (change["as_of_part"], change["date"]["part"]) == ("late", "late")
