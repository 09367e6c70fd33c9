"""Dates as reported, through HTTP: a bracket whose end is known to another precision
than its start ("from October 2023 until 19 February 2024"), a statement whose date the reporting does not give,
and the place where a statement was made. Written, read, filtered, sorted and paged, exported, restored; bad
input is a problem naming the field."""
import csv
import datetime as dt
import io

import orjson
import pytest
from hypothesis import given, settings, strategies as st

from schemas.dates import period_end
from schemas.edtf import from_edtf, to_edtf

from helpers import BODIES, problem, created as post

EVENT, STATEMENT, SOURCE = BODIES["events"], BODIES["statements"], BODIES["sources"]
UNDATED_EVENT = {k: v for k, v in EVENT.items() if k not in ("date_start", "date_end", "date_precision")}
UNDATED_STATEMENT = {k: v for k, v in STATEMENT.items() if k != "date"}
MERGE = "application/merge-patch+json"


def errors(client, kind, body, status=422):
    return problem(client.post(f"/v1/{kind}", json=body), status)["errors"]


def pick(record, *names):
    return {name: record[name] for name in names}


# --- 1. a bracket's end with its own precision ------------------------------------------------------------------

EVENT_DATES = ("date_start", "date_end", "date_precision", "date_end_precision", "date_edtf")


@pytest.mark.parametrize(("edtf", "expected"), [
    ("2023-10/2024-02-19", {"date_start": "2023-10-01", "date_end": "2024-02-19", "date_precision": "month",
                            "date_end_precision": "day"}),
    ("2023-10-05/2024-02", {"date_start": "2023-10-05", "date_end": "2024-02-29", "date_precision": "day",
                            "date_end_precision": "month"}),
    ("2022/2023-03", {"date_start": "2022-01-01", "date_end": "2023-03-31", "date_precision": "year",
                      "date_end_precision": "month"}),
    ("2023-10/2024-02", {"date_start": "2023-10-01", "date_end": "2024-02-29", "date_precision": "month",
                         "date_end_precision": None}),
])
def test_an_event_in_mixed_precision_from_edtf_reads_back_the_same(client, edtf, expected):
    created = post(client, "events", {**UNDATED_EVENT, "date_edtf": edtf})
    assert pick(client.get(created["href"]).get_json(), *EVENT_DATES) == {**expected, "date_edtf": edtf}


def test_the_structured_fields_give_the_same_edtf_and_an_equal_end_precision_is_null(client):
    created = post(client, "events", {**UNDATED_EVENT, "date_start": "2023-10-01", "date_end": "2024-02-19",
                                      "date_precision": "month", "date_end_precision": "day"})
    assert created["date_edtf"] == "2023-10/2024-02-19"
    same = post(client, "events", {**UNDATED_EVENT, "date_start": "2023-10-01", "date_end": "2024-02-29",
                                   "date_precision": "month", "date_end_precision": "month"})
    assert (same["date_end_precision"], same["date_edtf"]) == (None, "2023-10/2024-02")
    both = post(client, "events", {**UNDATED_EVENT, "date_edtf": "2023-10/2024-02-19", "date_end_precision": "day"})
    assert both["date_end_precision"] == "day"


def test_statements_and_sources_take_an_end_of_their_own_precision(client):
    statement = post(client, "statements", {**UNDATED_STATEMENT, "date_edtf": "2023/2024-03-03"})
    assert pick(statement, "date", "date_end", "date_precision", "date_end_precision", "date_edtf") == {
        "date": "2023-01-01", "date_end": "2024-03-03", "date_precision": "year", "date_end_precision": "day",
        "date_edtf": "2023/2024-03-03"}
    undated_source = {k: v for k, v in SOURCE.items() if k != "published_date"}
    source = post(client, "sources", {**undated_source, "published_edtf": "2023-10/2024-02-19"})
    assert pick(source, "published_date", "published_end", "published_precision", "published_end_precision") == {
        "published_date": "2023-10-01", "published_end": "2024-02-19", "published_precision": "month",
        "published_end_precision": "day"}


def test_a_nested_reported_date_takes_an_end_of_its_own_precision(client):
    """A figure's span (a reported date nested in the record, stored as JSON: old ones read precision_end null)."""
    figure = {**EVENT["figures"][0], "period": {"edtf": "2023-10/2024-02-19"}}
    created = post(client, "events", {**EVENT, "figures": [figure]})
    period = client.get(created["href"]).get_json()["figures"][0]["period"]
    assert pick(period, "date", "date_end", "precision", "precision_end", "edtf") == {
        "date": "2023-10-01", "date_end": "2024-02-19", "precision": "month", "precision_end": "day",
        "edtf": "2023-10/2024-02-19"}
    plain = client.get("/v1/events/1").get_json()["figures"]
    assert all(f["period"] is None or f["period"]["precision_end"] is None for f in plain)


@pytest.mark.parametrize(("change", "field"), [
    ({"date_start": "2023-10-01", "date_end": "2024-02-19", "date_precision": "month",
      "date_end_precision": "month"}, "date_end"),                    # a month's end is its last day
    ({"date_start": "2023-10-01", "date_end": None, "date_precision": "month", "date_end_precision": "day"},
     "date_end_precision"),                                          # says how precise an end not given is
    ({"date_start": "2023-10-01", "date_end": "2024-02-19", "date_precision": "month",
      "date_end_precision": "fortnight"}, "date_end_precision"),
    ({"date_start": "2023-10-05", "date_end": "2024-02-29", "date_precision": "day", "date_end_precision": "month",
      "time_end": "10:00"}, "time_end"),                             # a time of day needs the day
    ({"date_start": "2023-10-05", "date_precision": "day", "date_edtf": "2023-10-05/2024-13"}, "date_edtf"),
])
def test_bad_end_precisions_are_problems_naming_the_field(client, change, field):
    assert field in errors(client, "events", {**UNDATED_EVENT, **change})


def test_a_point_date_refuses_a_mixed_bracket_and_a_nested_end_precision_needs_its_end(client):
    treaty = {**BODIES["treaties"], "signed_date": None, "signed_edtf": "2023-10/2024-02-19"}
    assert "signed_edtf" in errors(client, "treaties", treaty)
    figure = {**EVENT["figures"][0], "period": {"date": "2023-10-01", "precision": "month", "precision_end": "day"}}
    assert errors(client, "events", {**EVENT, "figures": [figure]}) == {
        "figures": {"0": {"period": {"precision_end": ["Says how precisely date_end is known: give date_end too."]}}}}


@pytest.fixture
def mixed_events(client):
    made = {}
    for name, edtf in (("to_day", "2023-10/2024-02-19"), ("to_month", "2023-10-05/2024-02"),
                       ("to_year", "2022-06-01/2023")):
        made[name] = post(client, "events", {**UNDATED_EVENT, "title": name, "date_edtf": edtf})["id"]
    return made


@pytest.mark.parametrize(("query", "expected"), [
    ("date_from=2024-02-19", {"to_day", "to_month"}),
    ("date_from=2024-02-20", {"to_month"}),                  # an end known to the month covers the month
    ("date_from=2024-02-29&date_to=2024-03-01", {"to_month"}),
    ("date_from=2023-12-31", {"to_day", "to_month", "to_year"}),   # ... and to the year, the year
    ("date_from=2024-01-01", {"to_day", "to_month"}),
    ("date_to=2023-10-01", {"to_day", "to_year"}),            # a start known to the month: its first day
    ("date_to=2023-10-04", {"to_day", "to_year"}),
])
def test_filters_read_the_end_to_its_own_precision(client, mixed_events, query, expected):
    items = client.get(f"/v1/events?{query}&limit=500&fields=id").get_json()["items"]
    assert {name for name, ident in mixed_events.items() if ident in {i["id"] for i in items}} == expected


def test_the_end_precision_is_a_csv_column_and_a_revision_restores_it(client):
    created = post(client, "events", {**UNDATED_EVENT, "date_edtf": "2023-10/2024-02-19"})
    rows = list(csv.DictReader(io.StringIO(client.get("/v1/events?format=csv&limit=500").get_data(as_text=True))))
    row = next(r for r in rows if r["id"] == str(created["id"]))
    assert (row["date_precision"], row["date_end_precision"], row["date_edtf"]) == ("month", "day", "2023-10/2024-02-19")
    patched = client.patch(created["href"], json={"date_edtf": "2023-10/2024-03"}, content_type=MERGE)
    assert pick(patched.get_json(), "date_end", "date_end_precision") == {"date_end": "2024-03-31",
                                                                         "date_end_precision": None}
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert pick(restored.get_json(), *EVENT_DATES) == pick(created, *EVENT_DATES)


# --- 2. a statement whose date the reporting does not give ------------------------------------------------------

UNKNOWN = {**UNDATED_STATEMENT, "date": None, "date_precision": "unknown"}


def test_an_undated_statement_reads_back_unknown(client):
    created = post(client, "statements", UNKNOWN)
    assert pick(client.get(created["href"]).get_json(), "date", "date_end", "date_precision", "date_edtf",
                "date_bound") == {"date": None, "date_end": None, "date_precision": "unknown", "date_edtf": None,
                                  "date_bound": None}
    dated = client.patch(created["href"], json={"date": "2024-03-01", "date_precision": "day"}, content_type=MERGE)
    assert (dated.status_code, dated.get_json()["date_edtf"]) == (200, "2024-03-01")
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert pick(restored.get_json(), "date", "date_precision") == {"date": None, "date_precision": "unknown"}


@pytest.mark.parametrize(("body", "field"), [
    (UNDATED_STATEMENT, "date"),                                          # never a default: the key is required
    ({**UNDATED_STATEMENT, "date": None}, "date"),                        # null says nothing without unknown
    ({**UNDATED_STATEMENT, "date": "2024-03-01", "date_precision": "unknown"}, "date_precision"),
    ({**UNKNOWN, "date_bound": "on_or_before"}, "date"),                  # a bound needs its date
    ({**UNKNOWN, "date_end": "2024-03-01"}, "date"),
    ({**UNKNOWN, "date_precision": "never"}, "date_precision"),
])
def test_bad_unknown_dates_are_problems_naming_the_field(client, body, field):
    assert field in errors(client, "statements", body)


def test_an_unknown_date_is_an_event_date_too(client):
    """Since migrations/0034 an event takes it as a statement does (tests/test_events_as_reported.py)."""
    post(client, "events", {**UNDATED_EVENT, "date_start": None, "date_precision": "unknown"})
    assert client.get("/v1/events?date_precision=unknown").status_code == 200


@pytest.fixture
def undated_and_dated(client):
    made = {"undated_a": post(client, "statements", UNKNOWN)["id"],
            "march": post(client, "statements", {**STATEMENT, "date": "2024-03-01"})["id"],
            "undated_b": post(client, "statements", {**UNKNOWN, "medium": "unknown"})["id"],
            "month": post(client, "statements", {**UNDATED_STATEMENT, "date_edtf": "2024-02"})["id"]}
    return made


def _names(client, query, made):
    items = client.get(f"/v1/statements?{query}&limit=500&fields=id").get_json()["items"]
    return {name for name, ident in made.items() if ident in {i["id"] for i in items}}


@pytest.mark.parametrize(("query", "expected"), [
    ("date_from=0001-01-01", {"march", "month"}),
    ("date_to=9999-12-31", {"march", "month"}),
    ("date_precision=unknown", {"undated_a", "undated_b"}),
    ("date_precision=unknown,month", {"undated_a", "undated_b", "month"}),
    ("date_bound=none", {"undated_a", "undated_b", "march", "month"}),
])
def test_filters_never_match_an_unknown_date(client, undated_and_dated, query, expected):
    assert _names(client, query, undated_and_dated) == expected


@pytest.mark.parametrize("sort", ["date", "-date", "date,-id", "-date,medium"])
def test_paging_by_date_passes_every_undated_statement_once(client, undated_and_dated, sort):
    """Unknown dates sort before every known one (after, descending), on both engines; each page's cursor
    names a position among them."""
    whole = [i["id"] for i in client.get(f"/v1/statements?sort={sort}&limit=500&fields=id").get_json()["items"]]
    paged, url = [], f"/v1/statements?sort={sort}&limit=1&fields=id"
    while url:
        body = client.get(url).get_json()
        paged += [i["id"] for i in body["items"]]
        url = body["next"]
    assert paged == whole and len(set(paged)) == len(paged)
    mine = [ident for ident in whole if ident in undated_and_dated.values()]
    undated = {undated_and_dated["undated_a"], undated_and_dated["undated_b"]}
    assert set(mine[:2] if not sort.startswith("-") else mine[-2:]) == undated
    exported = [orjson.loads(line)["id"] for line in client.get(
        f"/v1/statements?sort={sort}&format=ndjson").get_data(as_text=True).splitlines() if line]
    assert exported == whole


# --- 3. where a statement was made ------------------------------------------------------------------------------

@pytest.fixture
def doha(client):
    return post(client, "places", {"name": "Doha", "kind": "city", "country": "QAT", "latitude": 25.29,
                                   "longitude": 51.53, "external_ids": {"geonames": "290030"}})


def test_said_at_takes_an_external_id_and_is_shown_filtered_and_exported(client, doha):
    created = post(client, "statements", {**STATEMENT, "said_at_id": "geonames:290030", "about_place_ids": [6]})
    assert created["said_at"] == {"id": doha["id"], "name": "Doha", "kind": "city", "latitude": 25.29,
                                  "longitude": 51.53} or created["said_at"]["id"] == doha["id"]
    assert client.get(f"{created['href']}?include=").get_json()["said_at"] == doha["id"]
    assert client.get(f"{created['href']}?include=said_at").get_json()["said_at"]["name"] == "Doha"
    for query in (f"said_at={doha['id']}", "said_at=geonames:290030"):
        items = client.get(f"/v1/statements?{query}&fields=id").get_json()["items"]
        assert [i["id"] for i in items] == [created["id"]]
    assert client.get("/v1/statements?said_at=6&fields=id").get_json()["items"] == []   # 6: what it is about
    rows = list(csv.DictReader(io.StringIO(client.get(f"/v1/statements?said_at={doha['id']}&format=csv")
                                           .get_data(as_text=True))))
    assert (rows[0]["said_at_id"], rows[0]["said_at_name"]) == (str(doha["id"]), "Doha")
    line = client.get(f"/v1/statements?said_at={doha['id']}&format=ndjson").get_data(as_text=True).splitlines()[0]
    assert orjson.loads(line)["said_at"] in (doha["id"], {**orjson.loads(line)["said_at"], "id": doha["id"]})
    refused = client.delete(doha["href"], headers={"If-Match": "*"})
    assert refused.status_code == 409


def test_said_at_is_patched_and_restored(client, doha):
    created = post(client, "statements", STATEMENT)
    assert created["said_at"] is None
    patched = client.patch(created["href"], json={"said_at_id": doha["id"]}, content_type=MERGE)
    assert client.get(f"{created['href']}?include=").get_json()["said_at"] == doha["id"], patched.get_json()
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.get_json()["said_at"] is None


@pytest.mark.parametrize(("value", "status"), [(999999, 422), ("geonames:1", 422), ("Doha", 422), (-1, 422)])
def test_a_bad_said_at_is_a_problem_naming_it(client, value, status):
    assert "said_at_id" in errors(client, "statements", {**STATEMENT, "said_at_id": value}, status)


def test_a_bad_said_at_filter_is_a_problem_naming_it(client):
    assert "said_at" in problem(client.get("/v1/statements?said_at=Doha"), 400)["errors"]


# --- the EDTF round trip of mixed precision, generated -----------------------------------------------------------

ALIGNED = {"day": lambda d: d, "month": lambda d: d.replace(day=1), "year": lambda d: d.replace(month=1, day=1)}


@settings(max_examples=300, deadline=None)
@given(start=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
       days=st.integers(0, 2000), span=st.booleans(),
       precisions=st.tuples(st.sampled_from(["day", "month", "year"]), st.sampled_from(["day", "month", "year"])))
def test_mixed_precision_reads_back_from_its_edtf(start, days, span, precisions):
    precision, end_precision = precisions
    first = ALIGNED[precision](start)
    last = period_end(max(first, start + dt.timedelta(days=days)), end_precision)
    text = to_edtf(first, last, precision, span=span, precision_end=end_precision)
    parsed = from_edtf(text, span)
    expected_end = None if end_precision == precision else end_precision
    if end_precision == precision and first == ALIGNED[precision](last) and last == period_end(first, precision) \
            and not span:
        assert parsed["date_end"] in (None, last)
    else:
        assert (parsed["date"], parsed["date_end"], parsed["precision"], parsed["precision_end"]) == (
            first, last, precision, expected_end), text
    assert to_edtf(**parsed, span=span) == text
