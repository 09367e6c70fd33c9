"""Time as reported, mend-when (issue 10, notes/trials t9b, t10b, t11b; migrations/0054), through HTTP: undated
implementation entries ("the second handover was held up for hours", no day given), "within hours" with no
number, timing against a named status change, the end of the term as extended so far, and an occasion that is
not an event ("timed before Eid al-Fitr"). Written, read, filtered, exported, restored; bad input is a problem
naming the field."""
import orjson
import pytest

from helpers import BODIES, problem

EVENT, STATEMENT, TREATY = BODIES["events"], BODIES["statements"], BODIES["treaties"]
BARE = {k: v for k, v in EVENT.items() if k not in ("figures", "parent_id")}
SAID = {k: v for k, v in STATEMENT.items() if k != "about_event_ids"}
MERGE = "application/merge-patch+json"
WITHIN_HOURS = {"relation": "after", "point": "entry_into_force", "elapsed": {"unit": "hours", "qualifier": "at_most"}}


def post(client, kind, body):
    response = client.post(f"/v1/{kind}", json=body)
    assert response.status_code == 201, response.get_json().get("errors")
    return response.get_json()


def ids(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def truce_extended_twice(client):
    return post(client, "treaties", {**TREATY, "status": "in_force", "status_history": [
        {"status": "in_force", "date": {"date": "2023-11-24"}, "source_ids": [1]},
        {"status": "extended", "date": {"date": "2023-11-27"}, "extension": {"amount": 2, "unit": "days"},
         "source_ids": [1]},
        {"status": "extended", "date": {"date": "2023-11-30"}, "extension": {"amount": 1, "unit": "days"},
         "source_ids": [1]}]})


def test_an_undated_implementation_entry_is_stored_read_filtered_exported_and_restored(client):
    """t11b #40-41: 'the second handover was held up for hours after Hamas accused Israel of breaching aid
    terms': no day is given, so no bracket is invented."""
    truce = post(client, "treaties", {**TREATY, "provisions": [
        {"type": "humanitarian_access", "summary": "Aid trucks enter daily.", "implementation": [
            {"date": {"date": "2023-11-24"}, "status": "full", "source_ids": [1]},
            {"date": None, "status": "breached", "claimant_id": 3, "actor_ids": [2], "source_ids": [1]},
            {"date": None, "status": "delayed", "source_ids": [1], "note": "Held up for hours."}]}]})
    entries = truce["provisions"][0]["implementation"]
    assert [(e["date"] is None, e["status"]) for e in entries] == [(False, "full"), (True, "breached"),
                                                                    (True, "delayed")]
    assert entries[0]["date"]["date"] == "2023-11-24"
    read = client.get(f"{truce['href']}?include=provisions").get_json()["provisions"][0]["implementation"]
    assert [e["date"] for e in read[1:]] == [None, None]
    # found by status and by whose breach, undated or not
    assert truce["id"] in ids(client, "treaties", "implementation=delayed")
    assert truce["id"] in ids(client, "treaties", "implemented_by=2&implementation=breached")
    line = client.get("/v1/treaties?format=ndjson&limit=500").get_data(as_text=True).splitlines()
    exported = next(orjson.loads(x) for x in line if orjson.loads(x)["id"] == truce["id"])
    assert exported["provisions"][0]["implementation"][2]["date"] is None
    # the key stays required: leaving it out is a 422 naming it
    body = {**TREATY, "provisions": [{"type": "ceasefire", "summary": "Stop.", "implementation": [
        {"status": "delayed", "source_ids": [1]}]}]}
    found = problem(client.post("/v1/treaties", json=body), 422)["errors"]
    assert "date" in found["provisions"]["0"]["implementation"]["0"], found
    # dated later, then restored to undated
    provisions = [{**p, "implementation": [{**e, "date": e["date"] or {"date": "2023-11-26"}} for e in
                                           p["implementation"]]} for p in truce["provisions"]]
    dated = client.patch(truce["href"], json={"provisions": [{"id": p["id"], "type": p["type"], "summary": p["summary"],
                                                              "implementation": [
        {"id": e["id"], "date": e["date"], "status": e["status"], "source_ids": [1]}
        for e in p["implementation"]]} for p in provisions]}, content_type=MERGE)
    assert dated.status_code == 200, dated.get_json()
    assert dated.get_json()["provisions"][0]["implementation"][2]["date"]["date"] == "2023-11-26"
    restored = client.post(f"{truce['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert restored.get_json()["provisions"][0]["implementation"][2]["date"] is None


def test_within_hours_is_at_most_with_no_number(client):
    """t10b #67: 'Within hours Foreign Secretary Misri accused Pakistan of violating it'."""
    truce = post(client, "treaties", TREATY)
    said = post(client, "statements", {**SAID, "stance": "accuse", "about_treaties": [
        {"treaty_id": truce["id"], "timing": WITHIN_HOURS}]})
    assert said["about_treaties"][0]["timing"]["elapsed"] == {"amount": None, "amount_max": None, "nearness": None, "unit": "hours",
                                                              "qualifier": "at_most"}
    event = post(client, "events", {**BARE, "relations": [
        {"event_id": 1, "relation": "after", "elapsed": {"unit": "days", "qualifier": "more_than"}}]})
    assert event["relations"][0]["elapsed"]["qualifier"] == "more_than"


@pytest.mark.parametrize("qualifier", ["about", "exactly", "nearly"])
def test_a_qualifier_that_needs_a_number_still_asks_for_one(client, qualifier):
    truce = post(client, "treaties", TREATY)
    body = {**SAID, "about_treaties": [{"treaty_id": truce["id"], "timing": {
        **WITHIN_HOURS, "elapsed": {"unit": "hours", "qualifier": qualifier}}}]}
    found = problem(client.post("/v1/statements", json=body), 422)["errors"]
    assert "qualifier" in found["about_treaties"]["0"]["timing"]["elapsed"], found


def test_minutes_before_the_deadline_of_the_latest_extension(client):
    """t11b #44: 'a further one-day extension was agreed minutes before the deadline on 30 November': the
    deadline is the end of the term as extended on the 27th, and that extension is named by its ID."""
    truce = truce_extended_twice(client)
    first_extension = truce["status_history"][1]["id"]
    timing = {"relation": "before", "point": "current_end", "status_change_id": first_extension,
              "elapsed": {"unit": "minutes"}}
    agreed = post(client, "events", {**BARE, "type": "AGREE", "treaties": [
        {"treaty_id": truce["id"], "link": "timed_against", "timing": timing}]})
    shown = agreed["treaties"][0]["timing"]
    assert (shown["point"], shown["status_change_id"], shown["occasion"]) == ("current_end", first_extension, None)
    hours_after = {"relation": "after", "point": "status_change", "status": "extended",
                   "status_change_id": truce["status_history"][2]["id"], "elapsed": {"unit": "hours"}}
    said = post(client, "statements", {**SAID, "about_treaties": [{"treaty_id": truce["id"], "timing": hours_after}]})
    assert said["about_treaties"][0]["timing"]["status_change_id"] == truce["status_history"][2]["id"]
    assert agreed["id"] in ids(client, "events", f"treaty={truce['id']}&treaty_link=timed_against")
    # a timing of an implementation entry names an entry of its own treaty's history
    entry = {"date": None, "status": "breached", "source_ids": [1], "timing": {
        "relation": "before", "point": "current_end", "status_change_id": first_extension,
        "elapsed": {"amount": 1, "unit": "hours", "qualifier": "about"}}}
    patched = client.patch(truce["href"], json={"provisions": [
        {"id": truce["provisions"][0]["id"], "type": "non_aggression", "summary": "Stop.", "implementation": [entry]}]},
        content_type=MERGE)
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["provisions"][0]["implementation"][0]["timing"]["status_change_id"] == first_extension


def test_a_named_status_change_must_be_the_treaty_s_and_of_its_status(client):
    truce = truce_extended_twice(client)
    other = post(client, "treaties", TREATY)
    in_force = truce["status_history"][0]["id"]
    wrong_treaty = {**BARE, "treaties": [{"treaty_id": other["id"], "link": "timed_against", "timing": {
        "relation": "after", "point": "current_end", "status_change_id": in_force}}]}
    found = problem(client.post("/v1/events", json=wrong_treaty), 422)["errors"]
    assert "status_change_id" in found["treaties"]["0"]["timing"], found
    wrong_status = {**SAID, "about_treaties": [{"treaty_id": truce["id"], "timing": {
        "relation": "after", "point": "status_change", "status": "extended", "status_change_id": in_force}}]}
    found = problem(client.post("/v1/statements", json=wrong_status), 422)["errors"]
    assert "status_change_id" in found["about_treaties"]["0"]["timing"], found


def test_an_occasion_in_words_is_not_an_event(client):
    """t9b #60: 'the exchange was timed before Eid al-Fitr'."""
    deal = post(client, "treaties", TREATY)
    timing = {"relation": "before", "point": "occasion", "occasion": "Eid al-Fitr",
              "occasion_date": {"date": "2023-04-21"}}
    exchange = post(client, "events", {**BARE, "type": "CONCEDE", "treaties": [
        {"treaty_id": deal["id"], "link": "implements"},
        {"treaty_id": deal["id"], "link": "timed_against", "timing": timing}]})
    shown = client.get(f"{exchange['href']}?include=").get_json()["treaties"][1]["timing"]
    assert (shown["occasion"], shown["occasion_date"]["date"]) == ("Eid al-Fitr", "2023-04-21")
    changed = client.patch(exchange["href"], json={"treaties": []}, content_type=MERGE)
    assert changed.status_code == 200, changed.get_json()
    restored = client.post(f"{exchange['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.get_json()["treaties"][1]["timing"]["occasion"] == "Eid al-Fitr"


@pytest.mark.parametrize(("timing", "path"), [
    ({"relation": "before", "point": "occasion"}, "occasion"),
    ({"relation": "before", "point": "end", "occasion": "Eid"}, "occasion"),
    ({"relation": "before", "point": "end", "occasion_date": {"date": "2023-04-21"}}, "occasion_date"),
    ({"relation": "before", "point": "end", "status_change_id": 1}, "status_change_id"),
    ({"relation": "before", "point": "occasion", "occasion": ""}, "occasion"),
])
def test_bad_timing_parts_are_a_problem_naming_the_field(client, timing, path):
    deal = post(client, "treaties", TREATY)
    body = {**BARE, "treaties": [{"treaty_id": deal["id"], "link": "timed_against", "timing": timing}]}
    found = problem(client.post("/v1/events", json=body), 422)["errors"]["treaties"]["0"]["timing"]
    assert path in found, found


def test_date_filters_read_a_claimant_s_dates_with_dates_any(client):
    """t10b #29: 'Pakistan's military placed the attack on the night of 6-7 May' (the record says 7 May)."""
    attack = post(client, "events", {**BARE, "date_start": "2025-05-07", "date_end": "2025-05-07", "claims": [
        {"dates": {"date": "2025-05-06", "date_end": "2025-05-07", "time": "night"}, "claimant_id": 9,
         "source_ids": [1]}]})
    superseded = post(client, "events", {**BARE, "date_start": "2025-05-09", "date_end": "2025-05-09", "claims": [
        {"dates": {"date": "2025-05-06"}, "claimant_id": 9, "rank": "deprecated", "source_ids": [1]}]})
    by_then = post(client, "events", {**BARE, "date_start": "2025-05-09", "date_end": "2025-05-09", "claims": [
        {"dates": {"date": "2025-05-06", "bound": "on_or_before"}, "claimant_id": 9, "source_ids": [1]}]})
    mine = {attack["id"], superseded["id"], by_then["id"]}
    day = "date_from=2025-05-06&date_to=2025-05-06"
    assert ids(client, "events", day) & mine == set()
    assert ids(client, "events", f"{day}&dates=record") & mine == set()
    assert ids(client, "events", f"{day}&dates=any") & mine == {attack["id"], by_then["id"]}
    # the record's own dates still count, and an on_or_before claim has no earliest day
    assert ids(client, "events", "date_from=2025-05-09&dates=any") & mine == {superseded["id"], by_then["id"]}
    assert ids(client, "events", "date_to=2025-05-01&dates=any") & mine == {by_then["id"]}
    # a claim revised to another day is found by that day only
    claims = client.get(f"{attack['href']}?include=claims").get_json()["claims"]
    moved = client.patch(attack["href"], json={"claims": [{"id": claims[0]["id"], "dates": {"date": "2025-05-01", "date_end": "2025-05-01"},
                                                          "claimant_id": 9, "source_ids": [1]}]}, content_type=MERGE)
    assert moved.status_code == 200, moved.get_json()
    assert ids(client, "events", f"{day}&dates=any") & mine == {by_then["id"]}
    assert attack["id"] in ids(client, "events", "date_from=2025-05-01&date_to=2025-05-01&dates=any")
    problem(client.get("/v1/events?dates=claimed"), 400)
