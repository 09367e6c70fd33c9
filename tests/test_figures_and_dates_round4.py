"""Issue 10, mending round 4 (mend-figdates; trials t22, t23), through HTTP: every claim's as_of known only to a
week, month or year (as_of_precision, migrations/0074: "Morocco took control of most of it" in 1975), a one-day
event posted as the docs say (date_end = date_start, or one EDTF day), a cohort broken down by what became of
it (share_of_key: "of 276 abducted, 57 escaped, 113 still held"), and things counted without a number ("leaving
lorries stranded"). Written, read back equal, revised and restored; bad input is a 422 naming the field."""
import pytest

from helpers import BODIES, EVENT, problem, created as post

BARE = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}


def actor(client, name, kind="state"):
    return post(client, "actors", {"name": name, "kind": kind})["id"]


def test_a_control_claim_dated_only_to_a_year(client):
    """t23 #63: "Morocco took control of most of it" (1975): as_of 1975-01-01 with as_of_precision year."""
    morocco = actor(client, "Morocco")
    territory = post(client, "places", {"name": "Western Sahara", "kind": "region"})["id"]
    claim = {"control": "partial", "controlled_by_id": morocco, "control_of_id": territory, "as_of": "1975-01-01",
             "as_of_precision": "year", "source_ids": [1]}
    day = {**claim, "as_of": "2020-11-16", "as_of_precision": None}
    created = post(client, "events", {**EVENT, "claims": [claim, day]})
    got = client.get(created["href"]).get_json()["claims"]
    assert [(c["as_of"], c["as_of_precision"]) for c in got] == [("1975-01-01", "year"), ("2020-11-16", None)]
    changed = client.patch(created["href"], headers={"If-Match": "*"},
                           json={"claims": [{**claim, "id": got[0]["id"], "as_of": "1975-11-01",
                                             "as_of_precision": "month"}]})
    assert changed.status_code == 200, changed.get_json()
    assert [(c["as_of"], c["as_of_precision"]) for c in changed.get_json()["claims"]] == [("1975-11-01", "month")]
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert [c["as_of_precision"] for c in client.get(created["href"]).get_json()["claims"]] == ["year", None]


def test_a_position_claimed_as_of_a_month(client):
    """Every claim takes it: a position "as of April 1991" reads as the month, never as its first day."""
    body = {"name": "Bintou Keita", "kind": "person",
            "positions": [{"title": "envoy", "as_of": "1991-04-01", "as_of_precision": "month", "source_ids": [1]}]}
    created = post(client, "actors", body)
    position = client.get(created["href"]).get_json()["positions"][0]
    assert (position["as_of"], position["as_of_precision"]) == ("1991-04-01", "month")


@pytest.mark.parametrize(("claim", "field"), [
    ({"as_of": "1975-03-05", "as_of_precision": "year"}, "as_of"),
    ({"as_of": "1975-03-05", "as_of_precision": "month"}, "as_of"),
    ({"as_of_precision": "year"}, "as_of_precision"),
    ({"as_of": "1975-01-01", "as_of_precision": "decade"}, "as_of_precision"),
    ({"as_of": "1975-01-01", "as_of_precision": "month", "as_of_part": "early"}, "as_of_part"),
])
def test_bad_claim_precisions_are_problems_naming_the_field(client, claim, field):
    morocco = actor(client, "Morocco")
    territory = post(client, "places", {"name": "Western Sahara", "kind": "region"})["id"]
    body = {**EVENT, "claims": [{"control": "partial", "controlled_by_id": morocco, "control_of_id": territory,
                                 "source_ids": [1], **claim}]}
    errors = problem(client.post("/v1/events", json=body), 422)["errors"]
    assert field in str(errors), errors


@pytest.mark.parametrize("dates", [{"date_start": "2017-05-06", "date_end": "2017-05-06"},
                                   {"date_edtf": "2017-05-06"}])
def test_a_one_day_event_as_the_docs_post_it(client, dates):
    """t22 "Doc problems": an event posted with date_start alone reads back open-ended ("2017-05-06/"); the
    docs (curating.md step 4, api.md) post one day as its day twice, or as one EDTF day."""
    body = {k: v for k, v in BARE.items() if not k.startswith("date_")}
    got = post(client, "events", {**body, **dates})
    read = client.get(got["href"]).get_json()
    assert (read["date_start"], read["date_end"], read["date_edtf"]) == ("2017-05-06", "2017-05-06", "2017-05-06")
    open_ended = client.get(post(client, "events", {**body, "date_start": "2017-05-06"})["href"]).get_json()
    assert (open_ended["date_end"], open_ended["date_edtf"]) == (None, "2017-05-06/")


def test_a_cohort_broken_down_by_what_became_of_it(client):
    """t22 #44-#47: of 276 girls abducted, 57 escaped, 113 are still held: parts counting another quantity name
    the cohort with share_of_key (a count of a counted whole, in its unit), not part_of_key."""
    faction = actor(client, "Boko Haram (Shekau faction)", "non_state_armed_group")
    cohort = {"key": "abducted", "quantity": "detained", "unit": "people", "best": 276, "source_ids": [1]}
    escaped = {"quantity": "escaped", "unit": "people", "best": 57, "share_of_key": "abducted", "source_ids": [1]}
    held = {"quantity": "prisoners_held", "unit": "people", "best": 113, "share_of_key": "abducted",
            "held_as": "hostages", "holder_ids": [faction], "as_of": "2017-05-07", "source_ids": [1]}
    created = post(client, "events", {**BARE, "figures": [cohort, escaped, held]})
    got = client.get(f"{created['href']}?include=figures").get_json()["figures"]
    assert [(f["key"], f["share_of_key"]) for f in got] == [("abducted", None), (None, "abducted"), (None, "abducted")]
    assert [f["quantity"] for f in got] == ["detained", "escaped", "prisoners_held"]
    too_many = {**escaped, "best": 300}
    errors = problem(client.post("/v1/events", json={**BARE, "figures": [cohort, too_many]}), 422)["errors"]
    assert "share_of_key" in str(errors), errors
    wrong = {**escaped, "share_of_key": None, "part_of_key": "abducted"}   # a part counts the same thing
    errors = problem(client.post("/v1/events", json={**BARE, "figures": [cohort, wrong]}), 422)["errors"]
    assert "part_of_key" in str(errors), errors


def test_things_counted_without_a_number(client):
    """t23 #7: "leaving lorries stranded": a count with vague unspecified, what in counted; never a number."""
    stranded = {"quantity": "count", "unit": "items", "vague": "unspecified", "counted": "lorries stranded",
                "source_ids": [1]}
    created = post(client, "events", {**BARE, "figures": [stranded]})
    got = client.get(f"{created['href']}?include=figures").get_json()["figures"][0]
    assert (got["vague"], got["counted"], got["best"]) == ("unspecified", "lorries stranded", None)
    found = client.get("/v1/events?figure_vague=unspecified&fields=id").get_json()["items"]
    assert created["id"] in {item["id"] for item in found}


def test_an_actor_set_up_in_a_month(client):
    """t23 #66: "set up by the Security Council in April 1991": valid_from 1991-04-01 at month precision."""
    body = {"name": "MINURSO", "kind": "international_organisation", "valid_from": "1991-04-01",
            "valid_from_precision": "month", "valid_to": "2003-01-01", "valid_to_precision": "year"}
    created = post(client, "actors", body)
    read = client.get(created["href"]).get_json()
    assert {k: read[k] for k in body} == body
    changed = client.patch(created["href"], headers={"If-Match": "*"},
                           json={"valid_from": "1991-04-29", "valid_from_precision": None})
    assert changed.status_code == 200, changed.get_json()
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert client.get(created["href"]).get_json()["valid_from_precision"] == "month"
    csv = client.get("/v1/actors?format=csv").get_data(as_text=True)
    assert "valid_from_precision" in csv.splitlines()[0]


@pytest.mark.parametrize(("dates", "field"), [
    ({"valid_from": "1991-04-29", "valid_from_precision": "month"}, "valid_from"),
    ({"valid_to": "2003-04-01", "valid_to_precision": "year"}, "valid_to"),
    ({"valid_from_precision": "year"}, "valid_from_precision"),
    ({"valid_from": "1991-01-01", "valid_from_precision": "week"}, "valid_from_precision"),
])
def test_bad_actor_precisions_are_problems_naming_the_field(client, dates, field):
    body = {"name": "MINURSO", "kind": "international_organisation", **dates}
    errors = problem(client.post("/v1/actors", json=body), 422)["errors"]
    assert field in str(errors), errors


def test_a_figure_its_claimant_hedges(client):
    """t22 #47: "113 ... still believed to be held": claimant_hedge believed on the figure; filter finds it."""
    nigeria = actor(client, "Nigeria")
    held = {"quantity": "prisoners_held", "unit": "people", "best": 113, "claimant_id": nigeria,
            "claimant_hedge": "believed", "as_of": "2017-05-07", "source_ids": [1]}
    created = post(client, "events", {**BARE, "figures": [held]})
    plain = post(client, "events", {**BARE, "figures": [{**held, "claimant_hedge": None}]})
    got = client.get(f"{created['href']}?include=figures").get_json()["figures"][0]
    assert got["claimant_hedge"] == "believed"
    found = {i["id"] for i in client.get("/v1/events?figure_claimant_hedge=believed,probable&fields=id")
             .get_json()["items"]}
    assert created["id"] in found and plain["id"] not in found
    for bad in ("possible", "rumoured"):   # possible is certainty possible
        errors = problem(client.post("/v1/events", json={**BARE, "figures": [{**held, "claimant_hedge": bad}]}),
                         422)["errors"]
        assert "claimant_hedge" in str(errors), errors


def test_flown_by_military_helicopter(client):
    """t22 #14: the movement's travel_means air, and the air force's participation claimed with its equipment
    (a helicopter) in the source's voice, as docs/api.md "Figures and dates as reported" says."""
    air_force = actor(client, "Nigerian Air Force", "armed_force")
    flight = {**BARE, "travel_means": ["air"], "participants": [{"actor_id": air_force, "role": "initiator"}],
              "claims": [{"actor_id": air_force, "role": "initiator", "took_part": True,
                          "equipment": {"kind": "helicopter"}, "source_ids": [1]}]}
    created = post(client, "events", flight)
    read = client.get(created["href"]).get_json()
    assert read["travel_means"] == ["air"] and read["claims"][0]["equipment"]["kind"] == "helicopter"
    assert read["claims"][0]["attribution"] == "source"
