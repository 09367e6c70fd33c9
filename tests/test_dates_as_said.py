"""Time facts as the reporting says them (issue 10, mend-dates2; migrations/0063), through HTTP, from the trial
reports t18 and t19: "the offensive began in mid-2006" (no end reported), a figure given "last week", a statement
made "shortly after noon" / "about 10 a.m.", a speech "broadcast live". Written, read back, filtered, revised
and restored; bad input is a problem naming the field."""
import pytest

from helpers import BODIES, problem, created as post

EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
STATEMENT = {k: v for k, v in BODIES["statements"].items() if k != "figures"}
MERGE = "application/merge-patch+json"


def ids(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def test_an_event_began_in_a_part_its_end_not_reported(client):
    """'began in mid-2006': the part's first day, no date_end, no bound: a span whose end is not reported."""
    began = {"date_start": "2006-05-01", "date_end": None, "date_precision": "month", "date_part": "mid"}
    created = post(client, "events", {**EVENT, **began})
    got = client.get(created["href"]).get_json()
    assert {k: got[k] for k in began} == began and got["date_bound"] is None
    assert got["date_edtf"] == "2006/"   # began in 2006: the part is in date_part, no month is said
    assert created["id"] in ids(client, "events", "date_part=mid")
    days = post(client, "events", {**EVENT, "date_start": "2023-11-11", "date_end": None, "date_precision": "day",
                                   "date_part": "mid"})   # "began in mid-November", end not reported
    assert client.get(days["href"]).get_json()["date_part"] == "mid"


@pytest.mark.parametrize("dates", [
    {"date_start": "2006-06-01", "date_end": None, "date_precision": "month", "date_part": "mid"},   # not its edge
    {"date_start": "2006-05-01", "date_end": "2006-07-31", "date_precision": "month", "date_part": "mid"},
])
def test_a_part_that_is_not_its_bracket_nor_a_start_is_refused(client, dates):
    errors = problem(client.post("/v1/events", json={**EVENT, **dates}), 422)["errors"]
    assert "date_part" in str(errors), errors


def test_a_figure_given_last_week(client):
    """'last week it gave about 200,000' (said Tuesday 19 May 2009): as_of the Monday, precision week."""
    figure = {"quantity": "displaced", "unit": "people", "best": 200000, "qualifier": "about",
              "as_of": "2009-05-11", "as_of_precision": "week", "source_ids": [1]}
    created = post(client, "events", {**EVENT, "figures": [figure]})
    got = client.get(f"{created['href']}?include=figures").get_json()["figures"][0]
    assert (got["as_of"], got["as_of_precision"]) == ("2009-05-11", "week")
    earlier = {**figure, "as_of": "2009-01-01", "as_of_precision": "year"}   # "earlier this year"
    created = post(client, "events", {**EVENT, "figures": [earlier]})
    got = client.get(f"{created['href']}?include=figures").get_json()["figures"][0]
    assert (got["as_of"], got["as_of_precision"], got["as_of_part"]) == ("2009-01-01", "year", None)


@pytest.mark.parametrize("fields, field", [
    ({"as_of": "2009-01-01", "as_of_precision": "year", "as_of_part": "early"}, "as_of_part"),
    ({"as_of_precision": "week"}, "as_of_precision"),
    ({"as_of": "2009-05-11", "as_of_precision": "fortnight"}, "as_of_precision"),
])
def test_bad_figure_dates_are_problems_naming_the_field(client, fields, field):
    figure = {"quantity": "displaced", "unit": "people", "best": 3, "source_ids": [1], **fields}
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert field in str(errors), errors


def test_a_statement_shortly_after_noon_broadcast_live(client):
    said = {"date": "2009-05-19", "time": "12:00", "time_qualifier": "more_than", "medium": "speech",
            "platform": "television", "live": True}
    created = post(client, "statements", {**STATEMENT, **said})
    got = client.get(created["href"]).get_json()
    assert {k: got[k] for k in said} == said
    plain = post(client, "statements", {**STATEMENT, "date": "2009-05-19"})
    assert client.get(plain["href"]).get_json()["time_qualifier"] is None
    assert client.get(plain["href"]).get_json()["live"] is None
    assert created["id"] in ids(client, "statements", "live=true")
    assert plain["id"] not in ids(client, "statements", "live=true")
    assert created["id"] not in ids(client, "statements", "live=false")
    changed = client.patch(created["href"], content_type=MERGE, json={"time": "10:00", "time_qualifier": "about",
                                                                      "live": False})
    assert changed.status_code == 200, changed.get_json()
    assert created["id"] in ids(client, "statements", "live=false")
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert {k: client.get(created["href"]).get_json()[k] for k in said} == said
    rows = client.get("/v1/statements?format=csv&limit=500").get_data(as_text=True)
    assert "time_qualifier" in rows.splitlines()[0]


@pytest.mark.parametrize("said", [
    {"date": "2009-05-19", "time_qualifier": "about"},   # no time
    {"date": "2009-05-19", "time": "morning", "time_qualifier": "about"},   # a part of the day
    {"date": "2009-05-19", "time": "10:00", "time_qualifier": "at_least"},
    {"date": "2009-05-19", "live": "maybe"},
])
def test_bad_statement_time_is_a_problem_naming_the_field(client, said):
    errors = problem(client.post("/v1/statements", json={**STATEMENT, **said}), 422)["errors"]
    assert ("live" if "live" in said else "time_qualifier") in str(errors), errors


def test_an_offer_to_happen_later_this_week_and_a_pledge_by_the_end_of_the_year(client):
    trip = {"action": "other", "words": "will travel to Sri Lanka",
            "date": {"date": "2009-05-19", "date_end": "2009-05-24"}}
    pledge = {"action": "other", "words": "most would be resettled", "date": {"edtf": "[..2009-12-31]"}}
    created = post(client, "statements", {**STATEMENT, "date": "2009-05-19", "offers": [trip, pledge]})
    got = client.get(created["href"]).get_json()["offers"]
    assert got[0]["date"]["edtf"] == "2009-05-19/2009-05-24" and got[0]["date"]["date_end"] == "2009-05-24"
    assert (got[1]["date"]["date"], got[1]["date"]["bound"]) == ("2009-12-31", "on_or_before")
    plain = post(client, "statements", {**STATEMENT, "requests": [{"action": "ceasefire"}]})
    assert client.get(plain["href"]).get_json()["requests"][0]["date"] is None
    bad = {**STATEMENT, "offers": [{"action": "ceasefire", "date": {"date": "2009-05-24", "date_end": "2009-05-19"}}]}
    errors = problem(client.post("/v1/statements", json=bad), 422)["errors"]
    assert "offers" in str(errors) and "date_end" in str(errors), errors


def test_a_statement_after_friday_prayers(client):
    timing = {"relation": "after", "occasion": "Friday prayers", "occasion_date": {"date": "2020-10-23"},
              "elapsed": {"nearness": "shortly"}}
    created = post(client, "statements", {**STATEMENT, "date": "2020-10-23", "occasion_timing": timing})
    got = client.get(created["href"]).get_json()["occasion_timing"]
    assert (got["relation"], got["occasion"], got["occasion_date"]["date"]) == ("after", "Friday prayers",
                                                                                "2020-10-23")
    assert got["elapsed"]["nearness"] == "shortly"
    plain = post(client, "statements", STATEMENT)
    assert client.get(plain["href"]).get_json()["occasion_timing"] is None
    for bad in ({"relation": "after"}, {"relation": "during", "occasion": "prayers"},
                {"relation": "simultaneous", "occasion": "prayers", "elapsed": {"nearness": "shortly"}}):
        errors = problem(client.post("/v1/statements", json={**STATEMENT, "occasion_timing": bad}), 422)["errors"]
        assert "occasion_timing" in str(errors), (bad, errors)


@pytest.mark.parametrize("kind, body", [
    ("events", {"date_part": "pm"}),
    ("events", {"claims": [{"claimant_id": 1, "dates": {"date": "2020-01-01", "part": "afternoon"}}]}),
])
def test_a_part_of_the_day_given_as_a_part_of_a_month_says_where_it_goes(client, kind, body):
    """Curators (trials t20, t21) put "pm" and "afternoon" in date_part; the 422 says those go in the time."""
    before = client.get(f"/v1/{kind}?count=true&limit=0").get_json()
    errors = problem(client.post(f"/v1/{kind}", json={**EVENT, **body}), 422)["errors"]
    messages = errors["date_part"] if "date_part" in errors else errors["claims"]["0"]["dates"]["part"]
    assert any("time_start" in message and "early, mid, late" in message for message in messages)
    assert client.get(f"/v1/{kind}?count=true&limit=0").get_json() == before

