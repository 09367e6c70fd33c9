"""Events, dates and figures as the reporting gives them (issue 10, mend-events; migrations/0034), through HTTP:
an event reported without a date, a part of a month or year ("mid-November", "late 2023") and of a day ("early
on Sunday"), losses of an attack's initiator or target, figures of years, without a count, with a trend, of
zero, by cause, and a reason as claimed. Written, read, filtered, exported, restored; bad input is a problem
naming the field."""
import orjson
import pytest

from helpers import BODIES, problem, created as post

EVENT, SOURCE = BODIES["events"], BODIES["sources"]
BARE = {k: v for k, v in EVENT.items() if k not in ("date_start", "date_end", "date_precision", "figures")}
UNDATED = {**BARE, "date_start": None, "date_precision": "unknown"}
MERGE = "application/merge-patch+json"


def errors(client, kind, body, status=422):
    return problem(client.post(f"/v1/{kind}", json=body), status)["errors"]


def ids(client, query):
    return {item["id"] for item in client.get(f"/v1/events?{query}&limit=500&fields=id").get_json()["items"]}


def figure(**fields):
    return {"quantity": "deaths", "unit": "people", "source_ids": [1], **fields}


# --- 1. an event reported without a date ------------------------------------------------------------------------

def test_an_undated_event_reads_back_unknown_and_restores(client):
    created = post(client, "events", UNDATED)
    read = client.get(created["href"]).get_json()
    assert {k: read[k] for k in ("date_start", "date_end", "date_precision", "date_edtf", "date_bound")} == {
        "date_start": None, "date_end": None, "date_precision": "unknown", "date_edtf": None, "date_bound": None}
    dated = client.patch(created["href"], json={"date_start": "2024-03-01", "date_precision": "day"},
                         content_type=MERGE)
    assert (dated.status_code, dated.get_json()["date_edtf"]) == (200, "2024-03-01/")   # a span, end unknown
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"}).get_json()
    assert (restored["date_start"], restored["date_precision"]) == (None, "unknown")


@pytest.mark.parametrize(("body", "field"), [
    ({k: v for k, v in UNDATED.items() if k != "date_start"}, "date_start"),   # the key is required: no default
    ({**UNDATED, "date_precision": "day"}, "date_start"),                     # null says nothing without unknown
    ({**UNDATED, "date_start": "2024-03-01"}, "date_precision"),
    ({**UNDATED, "date_bound": "ongoing"}, "date_start"),                      # a bound needs its date
    ({**UNDATED, "date_end": "2024-03-02"}, "date_start"),
])
def test_bad_unknown_dates_are_problems_naming_the_field(client, body, field):
    assert field in errors(client, "events", body)


def test_date_filters_never_match_an_undated_event_and_exports_leave_it_blank(client):
    undated = post(client, "events", UNDATED)["id"]
    dated = post(client, "events", {**BARE, "date_start": "2024-03-01", "date_precision": "day"})["id"]
    assert undated not in ids(client, "date_from=0001-01-01") | ids(client, "date_to=9999-12-31")
    assert dated in ids(client, "date_from=0001-01-01") & ids(client, "date_to=9999-12-31")
    assert undated in ids(client, "date_precision=unknown") and dated not in ids(client, "date_precision=unknown")
    whole = [i["id"] for i in client.get("/v1/events?sort=date_start&limit=500&fields=id").get_json()["items"]]
    paged, url = [], "/v1/events?sort=date_start&limit=2&fields=id"
    while url:
        body = client.get(url).get_json()
        paged += [i["id"] for i in body["items"]]
        url = body["next"]
    assert paged == whole and undated in whole
    lines = client.get("/v1/events?date_precision=unknown&format=ndjson").get_data(as_text=True).splitlines()
    assert [orjson.loads(line)["date_start"] for line in lines if line] == [None]
    for form in ("csv", "ged", "acled"):
        assert client.get(f"/v1/events?date_precision=unknown&format={form}").status_code in (200, 400), form


# --- 2. parts of a month, a year, a day ------------------------------------------------------------------------

@pytest.mark.parametrize(("dates", "edtf"), [
    ({"date_start": "2023-11-11", "date_end": "2023-11-20", "date_precision": "day", "date_part": "mid"},
     "2023-11-11/2023-11-20"),
    ({"date_start": "2024-03-01", "date_end": "2024-03-10", "date_precision": "day", "date_part": "early"},
     "2024-03-01/2024-03-10"),
    ({"date_start": "2024-02-21", "date_end": "2024-02-29", "date_precision": "day", "date_part": "late"},
     "2024-02-21/2024-02-29"),
    ({"date_start": "2023-09-01", "date_end": "2023-12-31", "date_precision": "month", "date_part": "late"},
     "2023-09/2023-12"),
])
def test_a_part_of_a_month_or_year_keeps_its_bracket_and_its_words(client, dates, edtf):
    created = post(client, "events", {**BARE, **dates})
    read = client.get(created["href"]).get_json()
    assert {k: read[k] for k in dates} == dates and read["date_edtf"] == edtf
    again = post(client, "events", {**BARE, "date_edtf": edtf, "date_part": dates["date_part"]})
    assert client.get(again["href"]).get_json()["date_start"] == dates["date_start"]
    assert {created["id"], again["id"]} <= ids(client, f"date_part={dates['date_part']}")


@pytest.mark.parametrize("dates", [
    {"date_start": "2023-11-10", "date_end": "2023-11-20", "date_precision": "day", "date_part": "mid"},
    {"date_start": "2023-11-01", "date_end": "2023-11-30", "date_precision": "month", "date_part": "mid"},
    {"date_start": "2023-01-01", "date_end": "2023-12-31", "date_precision": "year", "date_part": "late"},
    {"date_start": "2023-11-12", "date_precision": "day", "date_part": "mid", "date_bound": "ongoing"},   # not its edge
    {"date_start": "2023-11-11", "date_precision": "day", "date_part": "mid", "date_bound": "under_way"},
])
def test_a_part_whose_bracket_is_not_its_own_is_a_problem_naming_date_part(client, dates):
    assert "date_part" in errors(client, "events", {**BARE, **dates})


def test_a_claimed_date_takes_a_part_and_a_day_takes_early(client):
    body = {**BARE, "date_start": "2023-11-12", "date_precision": "day", "time_start": "early",
            "claims": [{"dates": {"date": "2023-11-11", "date_end": "2023-11-20", "part": "mid"},
                        "claimant_id": 9, "source_ids": [1]}]}
    created = post(client, "events", body)
    read = client.get(f"{created['href']}?include=claims").get_json()
    assert read["time_start"] == "early" and read["date_edtf"] == "2023-11-12/"
    dates = read["claims"][0]["dates"]
    assert (dates["part"], dates["edtf"]) == ("mid", "2023-11-11/2023-11-20")
    bad = {**body, "claims": [{**body["claims"][0], "dates": {"date": "2023-11-11", "part": "mid"}}]}
    assert "part" in errors(client, "events", bad)["claims"]["0"]["dates"]


# --- 3. losses of a one-sided event's initiator or target -------------------------------------------------------

def test_an_attacks_target_and_initiator_carry_losses(client):
    body = {**BARE, "date_start": "2024-03-01", "participants": [{"actor_id": 9, "role": "initiator"},
                                                                 {"actor_id": 10, "role": "target"}],
            "figures": [figure(best=5, category="target", suffered_by_id=10),
                        figure(best=2, category="initiator", suffered_by_id=9)]}
    created = post(client, "events", body)
    assert created["id"] in ids(client, "figure_category=target&suffered_by=10")
    wrong = {**body, "figures": [figure(best=5, category="target", suffered_by_id=9)]}
    assert "suffered_by_id" in errors(client, "events", wrong)["figures"]["0"]


# --- 4. figures: years, no count, trends, zero, causes ----------------------------------------------------------

def test_figures_say_years_unspecified_trends_zero_and_causes(client):
    figures = [
        {"quantity": "duration", "unit": "years", "best": 12, "source_ids": [1]},
        {"quantity": "weapons", "unit": "items", "vague": "unspecified", "counted": "weapons and ammunition",
         "source_ids": [1]},
        figure(trend="rising"),
        figure(best=0, qualifier="exactly", category="civilians"),
        figure(best=7, cause="drone", category="civilians"),
        figure(best=3, cause="drowning", category="unknown", trend="falling"),
    ]
    created = post(client, "events", {**BARE, "date_start": "2024-03-01", "figures": figures})
    read = client.get(f"{created['href']}?include=figures").get_json()["figures"]
    assert [(f["unit"], f["vague"], f["trend"], f["best"], f["cause"]) for f in read] == [
        ("years", None, None, 12, None), ("items", "unspecified", None, None, None), ("people", None, "rising", None, None),
        ("people", None, None, 0, None), ("people", None, None, 7, "drone"), ("people", None, "falling", 3, "drowning")]
    assert created["id"] in ids(client, "figure_cause=drone") & ids(client, "figure_trend=rising")
    assert created["id"] not in ids(client, "figure_cause=starvation")
    assert created["id"] in ids(client, "figure_vague=unspecified")
    lines = client.get("/v1/events?figure_cause=drone&format=ndjson").get_data(as_text=True).splitlines()
    exported = [orjson.loads(line) for line in lines if line]
    assert [f["cause"] for f in exported[0]["figures"]][4] == "drone"


@pytest.mark.parametrize(("item", "field"), [
    ({"quantity": "displaced", "unit": "people", "best": 5, "cause": "shelling"}, "cause"),
    ({"quantity": "deaths", "unit": "people", "best": 5, "cause": "boredom"}, "cause"),
    ({"quantity": "deaths", "unit": "people", "trend": "up"}, "trend"),
    ({"quantity": "deaths", "unit": "people"}, "best"),          # no number, no vague, no trend: says nothing
    ({"quantity": "duration", "unit": "people", "best": 3}, "unit"),
])
def test_bad_figures_are_problems_naming_the_field(client, item, field):
    body = {**BARE, "date_start": "2024-03-01", "figures": [{**item, "source_ids": [1]}]}
    assert field in errors(client, "events", body)["figures"]["0"]


# --- 5. a reason as claimed ------------------------------------------------------------------------------------

def test_a_claimed_reason_is_stored_filtered_and_restored(client):
    body = {**BARE, "date_start": "2024-03-01", "claims": [
        {"reason": "retaliation", "related_event_id": 1, "relation": "in_response_to", "claimant_id": 9,
         "note": "in retaliation for the shelling of its positions", "source_ids": [1]},
        {"reason": "military_target", "claimant_id": 9, "source_ids": [1]}]}
    created = post(client, "events", body)
    read = client.get(f"{created['href']}?include=claims").get_json()
    assert [c["reason"] for c in read["claims"]] == ["retaliation", "military_target"]
    assert created["id"] in ids(client, "claimed_reason=military_target")
    changed = client.patch(created["href"], json={"claims": [{"reason": "protest", "claimant_id": 9,
                                                              "source_ids": [1]}]}, content_type=MERGE)
    assert changed.status_code == 200, changed.get_json()
    assert created["id"] not in ids(client, "claimed_reason=military_target")
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"}).get_json()
    assert [c["reason"] for c in restored["claims"]] == ["retaliation", "military_target"]
    bad = {**body, "claims": [{"reason": "because", "claimant_id": 9, "source_ids": [1]}]}
    assert "reason" in errors(client, "events", bad)["claims"]["0"]
    assert "claimed_reason" in problem(client.get("/v1/events?claimed_reason=because"), 400)["errors"]


def test_vocabularies_publish_the_new_terms(client):
    vocabularies = client.get("/v1/vocabularies").get_json()["vocabularies"]
    for name, term in (("period_parts", "mid"), ("claimed_reasons", "retaliation"), ("figure_trends", "rising"),
                       ("figure_causes", "starvation"), ("day_parts", "early"), ("figure_units", "years"),
                       ("vague_magnitudes", "unspecified"), ("figure_categories", "target")):
        assert term in str(vocabularies[name]), name


def test_undated_events_sort_first_and_a_stated_zero_is_a_toll(client):
    undated = post(client, "events", UNDATED)["id"]
    post(client, "events", {**BARE, "date_start": "2024-03-01"})
    first = client.get("/v1/events?sort=date_start&limit=1&fields=id").get_json()["items"][0]["id"]
    last = client.get("/v1/events?sort=-date_start&limit=500&fields=id").get_json()["items"][-1]["id"]
    assert first == last == undated
    nobody = post(client, "events", {**BARE, "date_start": "2024-03-02",
                                     "figures": [figure(best=0, qualifier="exactly")]})["id"]
    assert nobody in ids(client, "max_deaths=0") & ids(client, "min_deaths=0")
    assert nobody not in ids(client, "min_deaths=1")


def test_as_of_is_a_day_and_an_object_there_is_a_problem_naming_it(client):
    body = {**BARE, "date_start": "2024-03-01", "figures": [figure(best=3, as_of={"date": "2024-03-01"})]}
    assert "as_of" in errors(client, "events", body)["figures"]["0"]
