"""Dates as reporting gives them, through HTTP: a time of day in a zone, an open bound, a statement's month or
bracket, and the EDTF form beside the structured fields (written, read, filtered, exported, patched, restored);
bad input is a problem naming the field."""
import csv
import io

import pytest

from helpers import BODIES, problem, created as post

EVENT, STATEMENT, TREATY = BODIES["events"], BODIES["statements"], BODIES["treaties"]
UNDATED_EVENT = {k: v for k, v in EVENT.items() if k not in ("date_start", "date_end", "date_precision")}
UNDATED_STATEMENT = {k: v for k, v in STATEMENT.items() if k != "date"}


def errors(client, kind, body, status=422):
    return problem(client.post(f"/v1/{kind}", json=body), status)["errors"]


def dates(record, *names):
    return {name: record[name] for name in names}


EVENT_DATES = ("date_start", "date_end", "date_precision", "time_start", "time_end", "time_zone", "date_bound",
               "date_edtf")
STATEMENT_DATES = ("date", "date_end", "date_precision", "time", "time_zone", "date_bound", "date_edtf")


# --- events ---------------------------------------------------------------------------------------------------

def test_an_event_from_a_time_in_a_zone_ongoing_reads_back_with_its_edtf(client):
    created = post(client, "events", {**UNDATED_EVENT, "date_start": "2015-02-15", "time_start": "00:00",
                                      "time_zone": "Europe/Kyiv", "date_bound": "ongoing"})
    assert dates(client.get(created["href"]).get_json(), *EVENT_DATES) == {
        "date_start": "2015-02-15", "date_end": None, "date_precision": "day", "time_start": "00:00",
        "time_end": None, "time_zone": "Europe/Kyiv", "date_bound": "ongoing",
        "date_edtf": "2015-02-15T00:00:00+02:00/.."}


@pytest.mark.parametrize(("edtf", "expected"), [
    ("2020-09-27", {"date_start": "2020-09-27", "date_end": "2020-09-27", "date_precision": "day"}),
    ("2020-09-27/", {"date_start": "2020-09-27", "date_end": None, "date_bound": None}),
    ("2014-08", {"date_start": "2014-08-01", "date_end": "2014-08-31", "date_precision": "month"}),
    ("2014", {"date_start": "2014-01-01", "date_end": "2014-12-31", "date_precision": "year"}),
    ("2014-08/2014-10", {"date_start": "2014-08-01", "date_end": "2014-10-31", "date_precision": "month"}),
    ("[..2015-02-09]", {"date_start": "2015-02-09", "date_end": None, "date_bound": "on_or_before"}),
    ("[2015-02-09..]", {"date_start": "2015-02-09", "date_bound": "not_before"}),
    ("2022-02-24/..", {"date_start": "2022-02-24", "date_bound": "ongoing"}),
    ("2015-02-15T00:00:00+02:00/2015-02-16T06:30:00+02:00",
     {"time_start": "00:00:00", "time_end": "06:30:00", "time_zone": "+02:00", "date_end": "2015-02-16"}),
])
def test_an_event_given_as_edtf_alone_gets_the_structured_fields(client, edtf, expected):
    created = post(client, "events", {**UNDATED_EVENT, "date_edtf": edtf})
    assert created["date_edtf"] == edtf
    assert dates(created, *expected) == expected


def test_edtf_and_structured_fields_given_together_must_agree(client):
    agreeing = post(client, "events", {**EVENT, "time_start": "10:00", "time_zone": "Europe/Kyiv",
                                       "date_edtf": "2020-10-28T10:00:00+02:00/2020-10-28"})
    assert agreeing["time_zone"] == "Europe/Kyiv"   # the name is kept; the EDTF form says its offset
    found = errors(client, "events", {**EVENT, "date_edtf": "2020-10-29"})
    assert list(found) == ["date_edtf"] and "2020-10-28" in found["date_edtf"][0]


@pytest.mark.parametrize(("change", "field"), [
    ({"date_edtf": "last spring"}, "date_edtf"),
    ({"date_edtf": "2015-13-01"}, "date_edtf"),
    ({"date_edtf": "2015-02/2015-13"}, "date_edtf"),   # (2015-02/2015, a month to a year, reads: mixed precision)
    ({"time_zone": "Mars/Olympus", "time_start": "10:00"}, "time_zone"),
    ({"time_zone": "+02:00"}, "time_zone"),                         # a zone needs a time
    ({"time_start": "25:00"}, "time_start"),
    ({"time_end": "10:00", "date_end": None}, "time_end"),           # a time on date_end needs date_end
    ({"time_start": "12:00", "time_end": "11:00"}, "time_end"),      # same day, earlier
    ({"date_bound": "ongoing"}, "date_end"),                        # a bound and a bracket's end exclude each other
    ({"date_bound": "soon"}, "date_bound"),
    ({"date_precision": "month", "date_start": "2020-10-01", "date_end": "2020-10-31", "time_start": "10:00"},
     "time_start"),
])
def test_bad_event_dates_are_problems_naming_the_field(client, change, field):
    assert field in errors(client, "events", {**EVENT, **change})


def test_patching_the_edtf_form_replaces_the_structured_fields_and_the_reverse(client):
    created = post(client, "events", {**EVENT, "time_start": "10:00", "time_zone": "Europe/Kyiv"})
    patched = client.patch(created["href"], json={"date_edtf": "2020-10"},
                           content_type="application/merge-patch+json").get_json()
    assert dates(patched, *EVENT_DATES) == {
        "date_start": "2020-10-01", "date_end": "2020-10-31", "date_precision": "month", "time_start": None,
        "time_end": None, "time_zone": None, "date_bound": None, "date_edtf": "2020-10"}
    again = client.patch(created["href"], json={"date_end": None},
                         content_type="application/merge-patch+json").get_json()
    assert again["date_edtf"] == "2020-10/"   # began in October 2020, end not known
    refused = client.patch(created["href"], json={"date_end": "2020-11-30", "date_edtf": "2020-10"},
                           content_type="application/merge-patch+json")
    assert "date_edtf" in problem(refused, 422)["errors"]


def test_the_input_form_put_back_and_an_old_revision_restored(client):
    created = post(client, "events", {**UNDATED_EVENT, "date_edtf": "[..2015-02-09]"})
    form = {k: v for k, v in client.get(created["href"]).get_json().items()}
    client.patch(created["href"], json={"date_edtf": "2015-02-10/.."}, content_type="application/merge-patch+json")
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert dates(restored.get_json(), *EVENT_DATES) == dates(form, *EVENT_DATES)


@pytest.fixture
def dated_events(client):
    """Events by bracket: a day, a month, an end not known, ongoing, on or before, not before."""
    made = {}
    for name, edtf in (("day", "2015-02-12"), ("month", "2015-03"), ("open", "2015-01-20/"),
                       ("ongoing", "2015-02-15/.."), ("by", "[..2015-02-09]"), ("after", "[2015-04-02..]")):
        made[name] = post(client, "events", {**UNDATED_EVENT, "title": f"{name} event", "date_edtf": edtf})["id"]
    return made


def _ids(client, query, made):
    items = client.get(f"/v1/events?{query}&limit=500&fields=id").get_json()["items"]
    return {name for name, ident in made.items() if ident in {item["id"] for item in items}}


@pytest.mark.parametrize(("query", "expected"), [
    ("date_from=2015-02-10&date_to=2015-02-13", {"day", "open"}),
    ("date_from=2015-02-14&date_to=2015-02-16", {"open", "ongoing"}),
    ("date_from=2015-02-01&date_to=2015-02-05", {"open", "by"}),
    ("date_to=2015-01-01", {"by"}),
    ("date_from=2015-03-15", {"month", "open", "ongoing", "after"}),
    ("date_from=2015-04-03&date_to=2015-04-03", {"open", "ongoing", "after"}),
    ("date_bound=ongoing", {"ongoing"}),
    ("date_bound=on_or_before,not_before", {"by", "after"}),
    ("date_bound=none&date_precision=month", {"month"}),
])
def test_event_filters_read_brackets_and_open_bounds(client, dated_events, query, expected):
    assert _ids(client, query, dated_events) == expected


@pytest.mark.parametrize("query", ["date_bound=later", "date_precision=hour"])
def test_bad_date_filters_are_problems(client, query):
    assert list(problem(client.get(f"/v1/events?{query}"), 400)["errors"]) == [query.split("=")[0]]


def test_csv_and_ndjson_carry_the_reported_date(client):
    created = post(client, "events", {**UNDATED_EVENT, "date_start": "2015-02-15", "time_start": "00:00",
                                      "time_zone": "Europe/Kyiv", "date_bound": "ongoing"})
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/events?format=csv&sort=-id&limit=1").get_data(
        as_text=True), newline="")))
    assert dates(rows[0], "time_start", "time_zone", "date_bound", "date_edtf") == {
        "time_start": "00:00", "time_zone": "Europe/Kyiv", "date_bound": "ongoing",
        "date_edtf": "2015-02-15T00:00:00+02:00/.."}
    lines = client.get("/v1/events?format=ndjson").get_data(as_text=True).splitlines()
    assert any(f'"id":{created["id"]},' in line and '"date_edtf":"2015-02-15T00:00:00+02:00/.."' in line
               for line in lines)


# --- statements -----------------------------------------------------------------------------------------------

def test_a_statement_reported_only_by_month_is_its_whole_month(client):
    by_fields = post(client, "statements", {**UNDATED_STATEMENT, "date": "2022-03-01", "date_precision": "month"})
    by_edtf = post(client, "statements", {**UNDATED_STATEMENT, "date_edtf": "2022-03"})
    for created in (by_fields, by_edtf):
        assert dates(created, *STATEMENT_DATES) == {
            "date": "2022-03-01", "date_end": "2022-03-31", "date_precision": "month", "time": None,
            "time_zone": None, "date_bound": None, "date_edtf": "2022-03"}


def test_an_undated_statement_before_its_source(client):
    created = post(client, "statements", {**UNDATED_STATEMENT, "date": "2020-11-01", "date_bound": "on_or_before"})
    assert created["date_edtf"] == "[..2020-11-01]"
    assert client.get("/v1/statements?date_to=2019-01-01&fields=id").get_json()["items"][-1]["id"] == created["id"]
    later = client.get("/v1/statements?date_from=2020-11-02&limit=500&fields=id").get_json()["items"]
    assert created["id"] not in {item["id"] for item in later}


@pytest.mark.parametrize(("change", "field"), [
    ({"date_bound": "ongoing"}, "date_bound"),                     # a statement is made at one time
    ({"date_end": "2020-10-30"}, "date_end"),                      # before date
    ({"date_edtf": "2020-10-31/"}, "date_edtf"),                   # an end not known: for events
    ({"time": "9am"}, "time"),
    ({"date_precision": "month"}, "date"),                         # 2020-10-31 is no first of a month
    ({"date_edtf": "2020-10-31T10:00:00+02:00/2020-11-01T10:00:00+02:00"}, "date_edtf"),   # no time_end here
])
def test_bad_statement_dates_are_problems_naming_the_field(client, change, field):
    assert field in errors(client, "statements", {**STATEMENT, **change})


def test_statement_filters_read_brackets(client):
    month = post(client, "statements", {**UNDATED_STATEMENT, "date_edtf": "2019-03"})["id"]
    after = post(client, "statements", {**UNDATED_STATEMENT, "date_edtf": "[2019-03-20..]"})["id"]

    def found(query):
        return {i["id"] for i in client.get(f"/v1/statements?{query}&limit=500&fields=id").get_json()["items"]}
    assert {month, after} <= found("date_from=2019-03-25&date_to=2019-03-26")
    assert month not in found("date_from=2019-04-01") and after in found("date_from=2030-01-01")
    assert found("date_bound=not_before") == {after}
    assert month in found("date_precision=month")


# --- treaties -------------------------------------------------------------------------------------------------

def test_a_ceasefire_from_midnight_kyiv_time_and_an_entry_into_force_not_before(client):
    minsk = post(client, "treaties", {**TREATY, "signed_date": "2015-02-12", "in_force_date": "2015-02-15",
                                      "in_force_time": "00:00", "in_force_time_zone": "Europe/Kyiv"})
    assert minsk["in_force_edtf"] == "2015-02-15T00:00:00+02:00" and minsk["signed_edtf"] == "2015-02-12"
    later = post(client, "treaties", {**TREATY, "in_force_edtf": "[2020-03-10..]", "ended_edtf": "[..2022-02]",
                                      "signed_date": None})
    assert dates(later, "in_force_date", "in_force_bound", "ended_date", "ended_bound", "date_precision") == {
        "in_force_date": "2020-03-10", "in_force_bound": "not_before", "ended_date": "2022-02-28",
        "ended_bound": "on_or_before", "date_precision": "month"}


@pytest.mark.parametrize(("change", "field"), [
    ({"in_force_edtf": "2015-02-15/2015-02-16"}, "in_force_edtf"),   # one day, month or year, or a bound
    ({"in_force_bound": "ongoing", "in_force_date": "2015-02-15"}, "in_force_bound"),
    ({"signed_time": "10:00", "signed_date": None}, "signed_date"),  # a time needs its date
    ({"ended_time_zone": "Europe/Nowhere", "ended_time": "10:00", "ended_date": "2020-11-01"}, "ended_time_zone"),
    ({"signed_edtf": "2020-10-11"}, "signed_edtf"),                  # the body's signed_date says 2020-10-10
])
def test_bad_treaty_dates_are_problems_naming_the_field(client, change, field):
    assert field in errors(client, "treaties", {**TREATY, **change})


# --- unknown is a value ---------------------------------------------------------------------------------------

def test_unknown_medium_kind_and_status_are_stored_and_filtered(client):
    statement = post(client, "statements", {**STATEMENT, "medium": "unknown"})
    treaty = post(client, "treaties", {**TREATY, "kind": "unknown", "status": "unknown"})
    assert statement["medium"] == "unknown" and (treaty["kind"], treaty["status"]) == ("unknown", "unknown")
    assert [i["id"] for i in client.get("/v1/statements?medium=unknown").get_json()["items"]] == [statement["id"]]
    assert [i["id"] for i in client.get("/v1/treaties?kind=unknown&status=unknown").get_json()["items"]] == [
        treaty["id"]]
    # An unknown status counts as in force only with a known entry into force.
    in_force = {i["id"] for i in client.get("/v1/treaties?in_force_on=2021-01-01&limit=500").get_json()["items"]}
    assert treaty["id"] not in in_force
    client.patch(treaty["href"], json={"in_force_date": "2020-10-11"}, content_type="application/merge-patch+json")
    in_force = {i["id"] for i in client.get("/v1/treaties?in_force_on=2021-01-01&limit=500").get_json()["items"]}
    assert treaty["id"] in in_force


def test_a_source_title_is_required_but_may_be_null(client):
    assert errors(client, "sources", {k: v for k, v in BODIES["sources"].items() if k != "title"}) == {
        "title": ["Missing data for required field: give it, or null when the reporting does not say."]}
    untitled = post(client, "sources", {**BODIES["sources"], "title": None, "excerpt": "Ceasefire untitled zebra"})
    assert untitled["title"] is None
    # Shown wherever titles are: search, CSV, the refs of records citing it, sorting with cursors.
    found = client.get("/v1/sources?q=zebra")
    assert [s["id"] for s in found.get_json()["items"]] == [untitled["id"]], found.get_json()
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/sources?format=csv&sort=-id&limit=1").get_data(
        as_text=True), newline="")))
    assert rows[0]["title"] == ""
    event = post(client, "events", {**EVENT, "source_ids": [untitled["id"]]})
    assert client.get(f"{event['href']}?include=sources").get_json()["sources"][0]["title"] is None
    seen, url = [], "/v1/sources?sort=title&limit=1"
    while url:
        page = client.get(url).get_json()
        assert "items" in page, page
        seen += [item["id"] for item in page["items"]]
        url = page["next"]
    everything = [item["id"] for item in client.get("/v1/sources?sort=title&limit=500").get_json()["items"]]
    assert seen == everything and seen[0] == untitled["id"]   # no title sorts first


@pytest.mark.parametrize(("kind", "body", "change", "name"), [
    ("statements", {**UNDATED_STATEMENT, "date_edtf": "2022-03"}, {"date_edtf": "[..2022-04-09]"}, "date_edtf"),
    ("treaties", {**TREATY, "in_force_edtf": "[2020-03-10..]"},
     {"in_force_date": "2020-03-12", "in_force_bound": None, "in_force_time": "07:00",
      "in_force_time_zone": "Asia/Jerusalem"}, "in_force_edtf"),
])
def test_statement_and_treaty_dates_are_revised_and_restored(client, kind, body, change, name):
    created = post(client, kind, body)
    patched = client.patch(created["href"], json=change, content_type="application/merge-patch+json")
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()[name] != created[name]
    revisions = client.get(f"{created['href']}/revisions").get_json()["items"]
    assert [r["data"][name] for r in revisions] == [created[name], patched.get_json()[name]]
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200 and restored.get_json()[name] == created[name]
