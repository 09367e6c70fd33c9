"""Records placed in time against a treaty's dated points (issue 10, mending round mend-time, migrations/0047),
through HTTP, on the stories of trials t10 and t11: "minutes after the truce expired", "about an hour before the
deadline", "hours after that extension", "within hours, Misri accused Pakistan of violating it" (a statement and
an implementation entry). Written, read, filtered, exported, restored; bad input is a problem naming the field."""
import orjson
import pytest

from helpers import BODIES, problem, created as post

EVENT, STATEMENT, TREATY = BODIES["events"], BODIES["statements"], BODIES["treaties"]
BARE = {k: v for k, v in EVENT.items() if k not in ("figures", "parent_id")}
SAID = {k: v for k, v in STATEMENT.items() if k != "about_event_ids"}
MERGE = "application/merge-patch+json"
MINUTES_AFTER_END = {"relation": "after", "point": "end", "status": None, "milestone": None, "status_change_id": None,
                     "occasion": None, "occasion_date": None,
                     "elapsed": {"amount": None, "amount_max": None, "nearness": None, "unit": "minutes", "qualifier": None}}


def ids(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def test_events_timed_against_a_truce_s_end_deadline_and_extension(client):
    """t11 #2, #10, #52."""
    truce = post(client, "treaties", TREATY)
    strikes = post(client, "events", {**BARE, "treaties": [
        {"treaty_id": truce["id"], "link": "timed_against",
         "timing": {"relation": "after", "point": "end", "elapsed": {"unit": "minutes"}}}]})
    assert strikes["treaties"][0]["timing"] == MINUTES_AFTER_END
    rocket = post(client, "events", {**BARE, "treaties": [
        {"treaty_id": truce["id"], "link": "breaches", "timing": {
            "relation": "before", "point": "deadline", "milestone": "completion",
            "elapsed": {"amount": 1, "unit": "hours", "qualifier": "about"}}}]})
    later = post(client, "events", {**BARE, "treaties": [
        {"treaty_id": truce["id"], "link": "timed_against",
         "timing": {"relation": "after", "point": "status_change", "status": "extended",
                    "elapsed": {"unit": "hours"}}}]})
    embedded = client.get(f"{rocket['href']}?include=treaties").get_json()["treaties"][0]
    assert embedded["treaty"]["id"] == truce["id"]
    assert embedded["timing"]["elapsed"]["qualifier"] == "about"
    assert client.get(f"{later['href']}?include=").get_json()["treaties"][0]["timing"]["status"] == "extended"
    # a link that only times says nothing else: found apart from breaches
    assert ids(client, "events", f"treaty={truce['id']}&treaty_link=timed_against") == {strikes["id"], later["id"]}
    assert ids(client, "events", "treaty_link=breaches") == {rocket["id"]}
    problem(client.get("/v1/events?treaty_link=after"), 400)
    # exported whole, restored from a revision
    lines = client.get(f"/v1/events?treaty={truce['id']}&format=ndjson").get_data(as_text=True).splitlines()
    assert orjson.loads(lines[0])["treaties"][0]["timing"] == MINUTES_AFTER_END
    changed = client.patch(strikes["href"], json={"treaties": []}, content_type=MERGE)
    assert changed.status_code == 200, changed.get_json()
    restored = client.post(f"{strikes['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert restored.get_json()["treaties"][0]["timing"] == MINUTES_AFTER_END


def test_a_statement_and_an_implementation_entry_within_hours_of_entry_into_force(client):
    """t10 #66: 'Within hours, Misri accused Pakistan of violating it'."""
    within_hours = {"relation": "after", "point": "entry_into_force", "elapsed": {"unit": "hours"}}
    truce = post(client, "treaties", {**TREATY, "provisions": [
        {"type": "non_aggression", "summary": "Stop fighting from noon.", "implementation": [
            {"date": {"date": "2020-10-10"}, "status": "breached", "claimant_id": 3, "source_ids": [1],
             "timing": within_hours}]}]})
    entry = truce["provisions"][0]["implementation"][0]
    assert entry["timing"]["point"] == "entry_into_force"
    accusation = post(client, "statements", {**SAID, "stance": "accuse", "about_treaties": [
        {"treaty_id": truce["id"], "provision_id": truce["provisions"][0]["id"], "timing": within_hours}]})
    assert accusation["about_treaties"][0]["timing"]["elapsed"]["unit"] == "hours"
    shown = client.get(f"{accusation['href']}?include=about").get_json()["about_treaties"][0]
    assert (shown["treaty"]["id"], shown["timing"]["relation"]) == (truce["id"], "after")
    plain = post(client, "statements", {**SAID, "about_treaties": [{"treaty_id": truce["id"]}]})
    assert plain["about_treaties"][0]["timing"] is None
    assert ids(client, "statements", f"about_treaty={truce['id']}") == {accusation["id"], plain["id"]}


@pytest.mark.parametrize(("link", "path"), [
    ({"link": "timed_against"}, "timing"),
    ({"link": "timed_against", "timing": {"relation": "after", "point": "status_change"}}, "status"),
    ({"link": "references", "timing": {"relation": "after", "point": "end", "status": "extended"}}, "status"),
    ({"link": "references", "timing": {"relation": "after", "point": "end", "milestone": "start"}}, "milestone"),
    ({"link": "references", "timing": {"relation": "during", "point": "end"}}, "relation"),
    ({"link": "references", "timing": {"relation": "after", "point": "ceasefire"}}, "point"),
    ({"link": "references", "timing": {"relation": "simultaneous", "point": "end", "elapsed": {"unit": "hours"}}},
     "elapsed"),
])
def test_bad_timing_is_a_problem_naming_the_field(client, link, path):
    truce = post(client, "treaties", TREATY)
    body = {**BARE, "treaties": [{"treaty_id": truce["id"], **link}]}
    found = problem(client.post("/v1/events", json=body), 422)["errors"]["treaties"]["0"]
    assert path in found or path in found.get("timing", {}), found
