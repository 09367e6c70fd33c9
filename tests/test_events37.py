"""events37 through HTTP: a time through the night (day part all_night, its dates spanning the night), access
denied (event mode access_denied, COERCE), monitors as a part of an actor (actor_parts monitors: a participant's, a
statement's speaker and act, a provision actor's), and an empty events list that says how many planned events match
and which occurrence= finds them. Posted, read back (JSON, CSV), filtered, patched; bad input is a 422 naming the
field, and changes nothing."""
import csv
import io
import json

import pytest

from helpers import BODIES, created, found, problem, refused

MERGE = "application/merge-patch+json"
EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("parent_id", "figures")}
NIGHT = {**EVENT, "time_start": "all_night", "date_start": "2021-04-09", "date_end": "2021-04-10"}


def vocabulary(client, name):
    return [item["term"] for item in client.get("/v1/vocabularies").get_json()["vocabularies"][name]]


# --- through the night ---------------------------------------------------------------------------------------

def test_a_night_is_posted_read_back_and_spans_its_two_dates(client):
    night = created(client, "events", NIGHT)
    shown = client.get(night["href"]).get_json()
    assert (shown["time_start"], shown["date_start"], shown["date_end"]) == ("all_night", "2021-04-09", "2021-04-10")
    assert shown["date_edtf"] == "2021-04-09/2021-04-10"   # a part of the day has no EDTF form: the days alone
    assert "all_night" in vocabulary(client, "day_parts")
    assert night["id"] in found(client, "events", "date_from=2021-04-10&date_to=2021-04-10")
    assert night["id"] in found(client, "events", "date_from=2021-04-09&date_to=2021-04-09")
    lines = client.get("/v1/events?format=ndjson&date_from=2021-04-09").get_data(as_text=True).splitlines()
    assert [json.loads(line)["time_start"] for line in lines if json.loads(line)["id"] == night["id"]] == ["all_night"]
    several = created(client, "events", {**NIGHT, "date_end": "2021-04-12"})   # several nights running
    assert client.get(several["href"]).get_json()["date_end"] == "2021-04-12"


def test_a_night_is_patched_in_and_out(client):
    event = created(client, "events", {**EVENT, "date_start": "2021-04-09", "date_end": "2021-04-09"})
    patched = client.patch(event["href"], content_type=MERGE, json={"time_start": "all_night",
                                                                    "date_end": "2021-04-10"})
    assert patched.status_code == 200, patched.get_json()
    assert patched.get_json()["time_start"] == "all_night"
    refused_patch = client.patch(event["href"], content_type=MERGE, json={"date_end": "2021-04-09"})
    assert "date_end" in problem(refused_patch, 422)["errors"]
    assert client.get(event["href"]).get_json()["date_end"] == "2021-04-10"


@pytest.mark.parametrize("date_end", [None, "2021-04-09", "2021-04-08"])
def test_a_night_without_the_morning_after_is_refused_naming_date_end(client, date_end):
    refused(client, "events", {**NIGHT, "date_end": date_end}, ["date_end"])


def test_a_statement_made_through_the_night_and_a_night_with_an_open_bound(client):
    said = created(client, "statements", {**BODIES["statements"], "time": "all_night", "date_end": "2020-11-01"})
    assert (said["time"], said["date_end"]) == ("all_night", "2020-11-01")
    refused(client, "statements", {**BODIES["statements"], "time": "all_night"}, ["date_end"])
    ongoing = created(client, "events", {**NIGHT, "date_end": None, "date_bound": "ongoing"})
    assert client.get(ongoing["href"]).get_json()["time_start"] == "all_night"


# --- access denied -------------------------------------------------------------------------------------------

def test_access_denied_is_a_coerce_mode_found_by_mode(client):
    denied = created(client, "events", {**EVENT, "type": "COERCE", "mode": "access_denied", "participants": [
        {"actor_id": 9, "role": "initiator"}, {"actor_id": 10, "role": "target"}]})
    assert client.get(denied["href"]).get_json()["mode"] == "access_denied"
    rows = csv.DictReader(io.StringIO(client.get("/v1/events?format=csv&type=COERCE").get_data(as_text=True)))
    assert [row["mode"] for row in rows if row["id"] == str(denied["id"])] == ["access_denied"]
    assert found(client, "events", "mode=access_denied") == {denied["id"]}
    assert denied["id"] in found(client, "events", "mode=access,access_denied")
    assert "access_denied" in vocabulary(client, "event_modes")
    patched = client.patch(denied["href"], content_type=MERGE, json={"type": "RETREAT", "mode": "access"})
    assert patched.status_code == 200, patched.get_json()
    assert found(client, "events", "mode=access_denied") == set()


@pytest.mark.parametrize("event_type", ["RETREAT", "AID", "ASSAULT"])
def test_access_denied_with_another_type_is_refused_naming_mode(client, event_type):
    refused(client, "events", {**EVENT, "type": event_type, "mode": "access_denied"}, ["mode"])


# --- monitors as a part of an actor --------------------------------------------------------------------------

def test_monitors_of_an_actor_take_part_speak_act_and_are_named_in_a_provision(client):
    watched = created(client, "events", {**EVENT, "type": "COERCE", "mode": "access_denied", "participants": [
        {"actor_id": 9, "role": "initiator"}, {"actor_id": 10, "role": "target", "actor_part": "monitors"}]})
    assert client.get(watched["href"]).get_json()["participants"][1]["actor_part"] == "monitors"
    assert found(client, "events", "participant_part=monitors") == {watched["id"]}
    said = created(client, "statements", {**BODIES["statements"], "speaker_words": "the mission's monitors",
                                          "speaker_part": "monitors", "about_actor_ids": [10], "announcements": [
                                              {"action": "accountability", "about_actor_ids": [10],
                                               "actor_part": "monitors", "words": "as said"}]})
    shown = client.get(said["href"]).get_json()
    assert (shown["speaker_part"], shown["announcements"][0]["actor_part"]) == ("monitors", "monitors")
    assert found(client, "statements", "speaker_part=monitors") == {said["id"]}
    treaty = created(client, "treaties", {**BODIES["treaties"], "provisions": [
        {"type": "non_aggression", "summary": "Observers watch the line.",
         "actors": [{"actor_id": 2, "role": "monitor", "actor_part": "monitors"}]}]})
    assert client.get(treaty["href"]).get_json()["provisions"][0]["actors"][0]["actor_part"] == "monitors"
    assert "monitors" in vocabulary(client, "actor_parts")


def test_another_word_for_monitors_is_refused_naming_actor_part(client):
    refused(client, "events", {**EVENT, "participants": [{"actor_id": 9, "role": "initiator",
                                                          "actor_part": "observer_mission"}]},
            ["participants", "0", "actor_part"])


# --- an empty list says which occurrence= finds what it left out ---------------------------------------------

@pytest.fixture
def planned_embargo(client):
    """A planned embargo on goods: the only event that names a covered kind."""
    return created(client, "events", {**EVENT, "type": "SANCTION", "mode": "embargo", "occurrence": "planned",
                                      "covers": [{"item": "fuel", "kind": "goods"}]})


def test_an_empty_list_says_how_many_planned_events_match_and_what_to_add(client, planned_embargo):
    response = client.get("/v1/events?covered_kind=goods")
    body = response.get_json()
    assert body["items"] == []
    left = body["left_out"]
    assert (left["count"], left["by_occurrence"]) == (1, {"planned": 1})
    assert left["hint"] == "1 planned event matches; add occurrence=planned"
    assert response.headers["X-Left-Out-Count"] == "1"
    assert found(client, "events", "covered_kind=goods&occurrence=planned") == {planned_embargo["id"]}
    created(client, "events", {**EVENT, "type": "SANCTION", "mode": "embargo", "occurrence": "prevented",
                               "covers": [{"item": "arms", "kind": "goods"}]})
    created(client, "events", {**EVENT, "type": "SANCTION", "mode": "embargo", "occurrence": "planned",
                               "covers": [{"item": "oil", "kind": "goods"}]})
    left = client.get("/v1/events?covered_kind=goods").get_json()["left_out"]
    assert left["by_occurrence"] == {"planned": 2, "prevented": 1}
    assert left["hint"] == "2 planned and 1 prevented events match; add occurrence=planned,prevented"


def test_no_hint_when_nothing_is_left_out_or_the_page_has_events(client, planned_embargo):
    left = client.get("/v1/events?covered_kind=weapons").get_json()["left_out"]
    assert (left["count"], left["by_occurrence"], left["hint"]) == (0, {}, None)
    created(client, "events", {**EVENT, "type": "SANCTION", "mode": "embargo",
                               "covers": [{"item": "timber", "kind": "goods"}]})
    body = client.get("/v1/events?covered_kind=goods&count=true").get_json()
    assert len(body["items"]) == 1
    assert (body["left_out"]["by_occurrence"], body["left_out"]["hint"]) == ({"planned": 1}, None)
    body = client.get("/v1/events?covered_kind=goods").get_json()
    assert (body["left_out"]["count"], body["left_out"]["by_occurrence"], body["left_out"]["hint"]) == (None, None, None)
    assert "left_out" not in client.get("/v1/events?covered_kind=goods&occurrence=planned").get_json()
