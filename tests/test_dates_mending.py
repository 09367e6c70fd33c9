"""The dates curators could not store (mending round of issue 10), through HTTP: a source's publication date as
a bracket, month or bound; a span known only by its end (open_start, EDTF ../X) on events and event claims,
and how filters read it; a part of the day in a time field (EDTF then gives the day only); the nested
reported date in OpenAPI; bad input is a problem naming the field."""
import csv
import io

import pytest

from helpers import BODIES, problem, created as post

SOURCE, EVENT, STATEMENT = BODIES["sources"], BODIES["events"], BODIES["statements"]
UNDATED_EVENT = {k: v for k, v in EVENT.items() if k not in ("date_start", "date_end", "date_precision")}
UNDATED_SOURCE = {k: v for k, v in SOURCE.items() if k not in ("published_date", "retrieved_date")}
PUBLISHED = ("published_date", "published_end", "published_precision", "published_bound", "published_edtf")


def errors(client, kind, body, status=422):
    return problem(client.post(f"/v1/{kind}", json=body), status)["errors"]


def part(record, names):
    return {name: record[name] for name in names}


# --- sources ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("given", "expected"), [
    ({"published_edtf": "2023-01-10/2023-01-26"}, ("2023-01-10", "2023-01-26", "day", None, "2023-01-10/2023-01-26")),
    ({"published_date": "2023-01-10", "published_end": "2023-01-26"},
     ("2023-01-10", "2023-01-26", "day", None, "2023-01-10/2023-01-26")),
    ({"published_date": "2023-01-01", "published_precision": "month"},
     ("2023-01-01", "2023-01-31", "month", None, "2023-01")),
    ({"published_edtf": "[..2023-01-26]"}, ("2023-01-26", None, "day", "on_or_before", "[..2023-01-26]")),
    ({"published_date": "2023-01-13"}, ("2023-01-13", None, "day", None, "2023-01-13")),
    ({"published_date": None}, (None, None, "day", None, None)),
])
def test_a_source_takes_a_reported_publication_date(client, given, expected):
    created = post(client, "sources", {**UNDATED_SOURCE, **given})
    assert part(created, PUBLISHED) == dict(zip(PUBLISHED, expected))
    assert part(client.get(f"/v1/sources/{created['id']}").get_json(), PUBLISHED) == dict(zip(PUBLISHED, expected))


@pytest.mark.parametrize(("given", "field"), [
    ({"published_date": "2023-01-26", "published_end": "2023-01-10"}, "published_end"),
    ({"published_edtf": "2023-01-10/"}, "published_edtf"),
    ({"published_edtf": "2023-01-10/.."}, "published_bound"),
    ({"published_edtf": "../2023-01-10"}, "published_bound"),
    ({"published_date": "2023-01-10", "published_bound": "open_start"}, "published_bound"),
    ({"published_date": "2023-01-10", "published_edtf": "2023-01-11"}, "published_edtf"),
    ({"published_date": "2023-01-02", "published_precision": "month"}, "published_date"),
    ({"published_end": "2023-01-10"}, "published_date"),
    ({"published_date": "2023-01-10", "published_end": "2023-01-26", "retrieved_date": "2023-01-09"},
     "retrieved_date"),
])
def test_bad_publication_dates_are_problems_naming_the_field(client, given, field):
    assert field in errors(client, "sources", {**UNDATED_SOURCE, **given})


def test_a_source_bracket_is_patched_exported_and_kept(client):
    created = post(client, "sources", {**SOURCE, "published_date": "2023-01-10"})
    patched = client.patch(f"/v1/sources/{created['id']}", json={"published_edtf": "2023-01-10/2023-01-26"},
                           headers={"If-Match": f'"{created["version"]}"'})
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["published_end"] == "2023-01-26"
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/sources?format=csv&sort=-id&limit=1").get_data(
        as_text=True), newline="")))
    assert part(rows[0], PUBLISHED) == {"published_date": "2023-01-10", "published_end": "2023-01-26",
                                        "published_precision": "day", "published_bound": "",
                                        "published_edtf": "2023-01-10/2023-01-26"}


# --- open_start: ended on the date, start not known -----------------------------------------------------------------

def test_an_event_known_only_by_its_end(client):
    created = post(client, "events", {**UNDATED_EVENT, "date_edtf": "../2023-01-12", "time_start": "evening",
                                      "time_zone": "Europe/Moscow"})
    assert part(created, ("date_start", "date_end", "date_bound", "time_start", "time_zone", "date_edtf")) == {
        "date_start": "2023-01-12", "date_end": None, "date_bound": "open_start", "time_start": "evening",
        "time_zone": "Europe/Moscow", "date_edtf": "../2023-01-12"}
    same = post(client, "events", {**UNDATED_EVENT, "date_start": "2023-06-01", "date_bound": "open_start"})
    assert same["date_edtf"] == "../2023-06-01"
    month = post(client, "events", {**UNDATED_EVENT, "date_edtf": "../2023-06"})
    assert part(month, ("date_start", "date_precision", "date_bound")) == {
        "date_start": "2023-06-01", "date_precision": "month", "date_bound": "open_start"}


@pytest.mark.parametrize(("given", "field"), [
    ({"date_start": "2023-01-10", "date_end": "2023-01-12", "date_bound": "open_start"}, "date_end"),
    ({"date_edtf": "../2023-01-12", "date_start": "2023-01-11"}, "date_edtf"),
    ({"date_edtf": "../"}, "date_edtf"),
])
def test_bad_open_starts_are_problems(client, given, field):
    assert field in errors(client, "events", {**UNDATED_EVENT, **given})


def test_open_start_is_for_spans_only(client):
    assert "date_bound" in errors(client, "statements", {**STATEMENT, "date_bound": "open_start"})
    assert "date_edtf" in errors(client, "statements", {k: v for k, v in STATEMENT.items() if k != "date"}
                                 | {"date_edtf": "../2020-10-31"})


def test_an_event_claims_dates_may_be_known_only_by_their_end(client):
    actor = post(client, "actors", BODIES["actors"])["id"]
    source = post(client, "sources", SOURCE)["id"]
    claim = {"claimant_id": actor, "source_ids": [source], "rank": "normal",
             "dates": {"edtf": "../2023-06-01", "time": "evening"}}
    created = post(client, "events", {**EVENT, "claims": [claim]})
    dates = created["claims"][0]["dates"]
    assert (dates["date"], dates["date_end"], dates["bound"], dates["time"], dates["edtf"]) == (
        "2023-06-01", None, "open_start", "evening", "../2023-06-01")
    bad = {**claim, "dates": {"date": "2023-05-01", "date_end": "2023-06-01", "bound": "open_start"}}
    assert "claims" in errors(client, "events", {**EVENT, "claims": [bad]})


@pytest.fixture
def ended_events(client):
    made = {}
    for name, edtf in (("ended", "../2015-02-12"), ("by", "[..2015-02-12]"), ("day", "2015-02-12"),
                       ("later", "2015-03-01")):
        made[name] = post(client, "events", {**UNDATED_EVENT, "title": f"{name} event", "date_edtf": edtf})["id"]
    return made


@pytest.mark.parametrize(("query", "expected"), [
    ("date_to=2015-01-01", {"ended", "by"}),
    ("date_from=2015-02-12&date_to=2015-02-12", {"ended", "by", "day"}),
    ("date_from=2015-02-13", {"later"}),
    ("date_bound=open_start", {"ended"}),
    ("date_bound=open_start,on_or_before", {"ended", "by"}),
    ("date_bound=none", {"day", "later"}),
])
def test_filters_read_open_start_as_a_last_day_without_a_first(client, ended_events, query, expected):
    items = client.get(f"/v1/events?{query}&limit=500&fields=id").get_json()["items"]
    found = {item["id"] for item in items}
    assert {name for name, ident in ended_events.items() if ident in found} == expected


# --- parts of the day ---------------------------------------------------------------------------------------------

def test_a_part_of_the_day_is_kept_and_edtf_gives_the_day(client):
    event = post(client, "events", {**UNDATED_EVENT, "date_start": "2023-01-10", "date_end": "2023-01-12",
                                    "time_start": "evening", "time_end": "10:00", "time_zone": "Europe/Kyiv"})
    assert (event["time_start"], event["time_end"], event["date_edtf"]) == (
        "evening", "10:00", "2023-01-10/2023-01-12T10:00:00+02:00")
    statement = post(client, "statements", {**STATEMENT, "time": "night"})
    assert (statement["time"], statement["date_edtf"]) == ("night", STATEMENT["date"])
    agreed = post(client, "statements", {**STATEMENT, "time": "pm", "date_edtf": STATEMENT["date"]})
    assert agreed["time"] == "pm"
    same_day = post(client, "events", {**UNDATED_EVENT, "date_start": "2023-01-10", "date_end": "2023-01-10",
                                       "time_start": "evening", "time_end": "09:00"})
    assert same_day["time_end"] == "09:00"   # no order between a part of the day and a clock time


@pytest.mark.parametrize(("kind", "given", "field"), [
    ("events", {"date_start": "2023-01-10", "time_start": "late"}, "time_start"),
    ("events", {"date_start": "2023-01-10", "time_start": "Evening"}, "time_start"),
    ("events", {"date_start": "2023-01-01", "date_precision": "month", "time_start": "evening"}, "time_start"),
    ("statements", {"time": "dusk"}, "time"),
])
def test_bad_parts_of_the_day_are_problems(client, kind, given, field):
    base = UNDATED_EVENT if kind == "events" else STATEMENT
    assert field in errors(client, kind, {**base, **given})


def test_a_nested_date_takes_a_part_of_the_day(client):
    actor = post(client, "actors", BODIES["actors"])["id"]
    source = post(client, "sources", SOURCE)["id"]
    claim = {"claimant_id": actor, "source_ids": [source], "rank": "normal",
             "dates": {"date": "2023-01-10", "time": "evening", "time_zone": "Europe/Kyiv"}}
    dates = post(client, "events", {**EVENT, "claims": [claim]})["claims"][0]["dates"]
    assert (dates["time"], dates["time_zone"], dates["edtf"]) == ("evening", "Europe/Kyiv", "2023-01-10/")


# --- docs: the EDTF message, the nested date in OpenAPI ---------------------------------------------------------------

def test_the_edtf_message_lists_every_form_read(client):
    message = errors(client, "events", {**UNDATED_EVENT, "date_edtf": "10 January"})["date_edtf"][0]
    for form in ("2015-02-09/..", "2015-02-09/ (end unknown)", "../2015-02-09 (start unknown)"):
        assert form in message
    assert not message.endswith("/.")


def test_a_nullable_nested_date_is_its_object_in_openapi(client):
    schemas = client.get("/openapi.json").get_json()["components"]["schemas"]
    dates = schemas["EventClaimIn"]["properties"]["dates"]
    assert dates["allOf"] == [{"$ref": "#/components/schemas/EventDateIn"}] and dates["nullable"] is True
    assert "anyOf" not in dates and dates["description"]
    assert schemas["EventDateIn"]["type"] == "object"
    assert set(schemas["ReportedDateIn"]["properties"]) == {
        "date", "date_end", "precision", "precision_end", "time", "time_end", "time_zone", "bound", "part", "part_end",
        "relative", "edtf"}   # relative: mend-announce (migrations/0077)
