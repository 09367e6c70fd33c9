"""What actors do and say, as the reporting says it (issue 10, mend-acts; migrations/0043), through HTTP, from the
trial reports (notes/trials t6, t7, t8): an advance, a relocation of aid staff and a border crossing as documented
PLOVER modes; a statement's platform and channel ("on its Telegram channel"), what it asks for ("called on men to
take up arms") and offers ("ready for talks"); the claimed reason protection; an implementation entry kept in
part, by one party; a treaty whose text was never published; a proportion "many"; a penalty in words ("a long
prison term"); equipment lost whose owner is not said. Written, read, filtered, exported, revised and restored;
bad input is a problem naming the field."""
import csv
import io

import orjson
import pytest

from helpers import BODIES, problem, created as post

MERGE = "application/merge-patch+json"
EVENT = {"title": "An event", "type": "MOBILIZE", "date_start": "2023-12-15", "date_precision": "day",
         "place_id": 6, "location_precision": "exact", "source_ids": [1]}
TREATY = {"name": "Jeddah pledge", "kind": "other", "status": "agreed", "parties": [{"actor_id": 1}, {"actor_id": 2}],
          "source_ids": [1]}


def ids(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def actor(client, name, kind="non_state_armed_group"):
    return post(client, "actors", {"name": name, "kind": kind})["id"]


def ndjson(client, path):
    return [orjson.loads(line) for line in client.get(path).get_data(as_text=True).splitlines() if line]


def vocabulary(client, name):
    """term -> description of a published vocabulary."""
    listed = client.get("/v1/vocabularies").get_json()["vocabularies"][name]
    return {item["term"]: item["description"] for item in listed}


def csv_rows(client, path):
    return list(csv.DictReader(io.StringIO(client.get(path).get_data(as_text=True))))


def test_movements_are_documented_modes_of_their_plover_types(client):
    advance = post(client, "events", {**EVENT, "title": "RSF reach Hantoub", "mode": "advance"})
    moved = post(client, "events", {**EVENT, "title": "Aid groups move staff to Sennar", "type": "RETREAT",
                                    "mode": "evacuate"})
    crossed = post(client, "events", {**EVENT, "title": "Two soldiers cross the border", "mode": "cross_border"})
    free = post(client, "events", {**EVENT, "title": "Deployment", "mode": "deploy troops"})
    found = ids(client, "events", "mode=advance,cross_border")   # the example data's advance on Shusha too
    assert {advance["id"], crossed["id"]} <= found and moved["id"] not in found
    assert ids(client, "events", "mode=evacuate&type=RETREAT") == {moved["id"]}
    assert free["id"] in ids(client, "events", "mode=deploy%20troops")
    assert [row["mode"] for row in csv_rows(client, "/v1/events?mode=evacuate&format=csv")] == ["evacuate"]
    changed = client.patch(moved["href"], content_type=MERGE, json={"type": "SANCTION", "mode": "expel"})
    assert changed.status_code == 200, changed.get_json()
    assert moved["id"] not in ids(client, "events", "mode=evacuate")
    restored = client.post(f"{moved['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert moved["id"] in ids(client, "events", "mode=evacuate")
    modes = vocabulary(client, "event_modes")
    assert {"advance", "evacuate", "cross_border", "troops", "withdraw"} <= set(modes)
    assert "this project's extension" in modes["advance"] and "PLOVER" in modes["troops"]


def test_a_telegram_call_to_arms_and_an_offer_of_talks(client):
    rsf, men = actor(client, "RSF"), None
    call = post(client, "statements", {
        **BODIES["statements"], "speaker_id": 3, "stance": "request", "platform": "telegram", "channel_id": rsf,
        "channel_name": "t.me/RSFSudan", "requests": [
            {"action": "take_up_arms", "addressee_words": "men", "words": "called on men to take up arms"},
            {"action": "further_negotiations", "addressee_ids": [1, 2], "words": "urged both sides to return to talks"}]})
    offer = post(client, "statements", {
        **BODIES["statements"], "stance": "offer", "platform": "x", "channel_name": "@GeneralDagalo",
        "offers": [{"action": "further_negotiations", "words": "ready for talks", "addressee_words": men}]})
    read = client.get(f"{call['href']}?include=channel").get_json()
    assert (read["platform"], read["channel"]["id"], read["channel"]["name"], read["channel_name"]) == (
        "telegram", rsf, "RSF", "t.me/RSFSudan")
    assert read["requests"] == [
        {"action": "take_up_arms", "addressees": [], "about_actors": [], "addressee_words": "men", "words": "called on men to take up arms",
         "date": None, "within": None, "refrain": False, "actor_part": None, "modality": None,
         "proportion": None, "for_treaty": None, "treaty": None, "places": [], "equipment": [], "phase": None,
         "condition_indexes": [], "reasons": [], "target_actors": [], "target_groups": [], "target_words": None, "term": None,
         "primary": False, "subject_types": []},
        {"action": "further_negotiations", "addressees": [1, 2], "about_actors": [], "addressee_words": None,
         "words": "urged both sides to return to talks", "date": None, "within": None, "refrain": False,
         "actor_part": None, "modality": None, "proportion": None, "for_treaty": None, "treaty": None, "places": [],
         "equipment": [], "phase": None, "condition_indexes": [], "reasons": [], "target_actors": [],
         "target_groups": [], "target_words": None, "term": None, "primary": False,
         "subject_types": []}]   # date: mend-dates2; within:
    # mend-saynot; refrain, actor_part: mend-stmt5; modality: claims26; proportion, for_treaty: figures27; places,
    # equipment: acts28; phase: acts29; condition_indexes: cond30; reasons: stmt30; target_*: acts31; term: agree32;
    # primary: agree33; treaty: statements37
    assert read["offers"] == []
    assert client.get(offer["href"]).get_json()["offers"][0]["action"] == "further_negotiations"
    # filters
    assert ids(client, "statements", "platform=telegram") == {call["id"]}
    assert ids(client, "statements", f"channel={rsf}") == {call["id"]}
    assert ids(client, "statements", "requested_action=take_up_arms,mobilisation") == {call["id"]}
    assert ids(client, "statements", "requested_action=further_negotiations") == {call["id"]}
    assert ids(client, "statements", "offered_action=further_negotiations") == {offer["id"]}
    assert ids(client, "statements", "stance=offer") == {offer["id"]}
    assert ids(client, "statements", "requested_action=ceasefire") == set()
    # exports: CSV columns, NDJSON whole
    row = csv_rows(client, "/v1/statements?platform=telegram&format=csv")[0]
    assert (row["platform"], row["channel_id"], row["channel_name"], row["requested_actions"],
            row["offered_actions"]) == ("telegram", str(rsf), "t.me/RSFSudan", "take_up_arms|further_negotiations", "")
    assert ndjson(client, "/v1/statements?platform=telegram&format=ndjson")[0]["requests"][1]["addressees"] == [1, 2]
    # an actor named as a channel cannot be deleted
    assert client.delete(f"/v1/actors/{rsf}", headers={"If-Match": "*"}).status_code == 409
    # revised, then restored
    changed = client.patch(call["href"], content_type=MERGE, json={"platform": None, "requests": [
        {"action": "mobilisation", "words": "announced a general mobilisation"}]})
    assert changed.status_code == 200, changed.get_json()
    assert ids(client, "statements", "requested_action=take_up_arms") == set()
    assert ids(client, "statements", "requested_action=mobilisation") == {call["id"]}
    assert call["id"] not in ids(client, "statements", "platform=telegram")
    restored = client.post(f"{call['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert ids(client, "statements", "requested_action=take_up_arms") == {call["id"]}
    assert ids(client, "statements", "platform=telegram") == {call["id"]}
    assert {"take_up_arms", "ceasefire", "other"} <= set(vocabulary(client, "requested_actions"))
    assert "telegram" in vocabulary(client, "statement_platforms") and "offer" in vocabulary(client, "stances")


@pytest.mark.parametrize(("fields", "field"), [
    ({"platform": "myspace"}, "platform"),
    ({"channel_id": 999999}, "channel_id"),
    ({"channel_name": ""}, "channel_name"),
    ({"requests": [{"action": "surrender_now"}]}, "requests"),
    ({"requests": [{"action": "other"}]}, "requests"),
    ({"requests": [{"action": "ceasefire", "addressee_ids": [999999]}]}, "requests"),
    ({"offers": [{"words": "ready for talks"}]}, "offers"),
])
def test_bad_statement_acts_are_problems_naming_the_field(client, fields, field):
    found = problem(client.post("/v1/statements", json={**BODIES["statements"], **fields}), 422)["errors"]
    assert field in str(found), found


def test_protection_as_a_claimed_reason_and_many_of_them(client):
    body = {**EVENT, "type": "FIGHT", "title": "RSF enter Wad Madani", "claims": [
        {"reason": "protection", "claimant_id": 9, "note": "to protect the citizens", "source_ids": [1]}],
        "figures": [{"key": "fled", "quantity": "displaced", "unit": "people", "low": 250000, "high": 300000,
                     "source_ids": [1]},
                    {"quantity": "displaced", "unit": "people", "proportion": "many", "part_of_key": "fled",
                     "counted": "displaced for the first time since escaping Khartoum", "source_ids": [1]}]}
    created = post(client, "events", body)
    read = client.get(f"{created['href']}?include=claims,figures").get_json()
    assert read["claims"][0]["reason"] == "protection" and read["figures"][1]["proportion"] == "many"
    assert created["id"] in ids(client, "events", "claimed_reason=protection")
    assert created["id"] in ids(client, "events", "figure_proportion=many")


def test_equipment_lost_says_whose_only_when_told(client):
    created = post(client, "events", {**EVENT, "type": "ASSAULT", "figures": [
        {"quantity": "equipment_lost", "unit": "items", "best": 18, "counted": "trucks destroyed", "source_ids": [1]},
        {"quantity": "equipment_lost", "unit": "items", "best": 3, "category": "side_a", "source_ids": [1]}]})
    figures = client.get(f"{created['href']}?include=figures").get_json()["figures"]
    assert [f["category"] for f in figures] == [None, "side_a"]


def test_a_long_prison_term_in_words(client):
    legal = {"status": "sentenced", "charges": [], "in_absentia": None, "in_force_as_of": None,
             "in_force_as_of_precision": None, "in_force_as_of_bound": None,   # events28 (migrations/0099)
             "issued_on": None, "issued_on_precision": None,   # vocab34 (migrations/0116)
             "penalty": {"type": "imprisonment", "amount": None, "unit": None, "currency": None,
                         "words": "a long prison term"}}
    created = post(client, "events", {**EVENT, "type": "COERCE", "title": "Court sentences him", "legal": legal})
    assert client.get(created["href"]).get_json()["legal"] == legal
    assert csv_rows(client, "/v1/events?legal_status=sentenced&format=csv")[0]["penalty"] == \
        "imprisonment (a long prison term)"
    bad = {**legal, "penalty": {**legal["penalty"], "unit": "years"}}
    found = problem(client.post("/v1/events", json={**EVENT, "type": "COERCE", "legal": bad}), 422)["errors"]
    assert "unit" in str(found), found


def test_a_pledge_not_fully_kept_by_one_side_and_a_text_never_published(client):
    saf, rsf = actor(client, "SAF"), actor(client, "RSF")
    provision = {"type": "humanitarian_access", "summary": "Improve humanitarian access.", "implementation": [
        {"date": {"date": "2023-12-20", "bound": "on_or_before"}, "status": "partial", "actor_ids": [saf, rsf],
         "note": "Neither side fully kept it.", "source_ids": [1]},
        {"date": {"date": "2023-12-20"}, "status": "breached", "actor_ids": [rsf], "source_ids": [1]}]}
    created = post(client, "treaties", {**TREATY, "text_published": "unpublished",
                                        "text_published_as_of": "2016-09-20", "provisions": [provision]})
    read = client.get(f"{created['href']}?include=provisions").get_json()
    entries = read["provisions"][0]["implementation"]
    assert [(e["status"], [a["id"] for a in e["actors"]]) for e in entries] == [("partial", [saf, rsf]), ("breached", [rsf])]
    assert (read["text_published"], read["text_published_as_of"]) == ("unpublished", "2016-09-20")
    other = post(client, "treaties", {**TREATY, "text_published": "published"})
    assert ids(client, "treaties", "text_published=unpublished,partly_published") == {created["id"]}
    assert ids(client, "treaties", f"implemented_by={saf}") == {created["id"]}
    assert ids(client, "treaties", "implementation=partial") == {created["id"]}
    assert ids(client, "treaties", f"implemented_by={saf}&implementation=breached") == set()
    assert ids(client, "treaties", f"implemented_by={rsf}&implementation=breached") == {created["id"]}
    assert other["id"] in ids(client, "treaties", "text_published=published")
    row = csv_rows(client, "/v1/treaties?text_published=unpublished&format=csv")[0]
    assert (row["text_published"], row["text_published_as_of"]) == ("unpublished", "2016-09-20")
    exported = ndjson(client, "/v1/treaties?text_published=unpublished&format=ndjson")[0]
    assert [a["id"] for a in exported["provisions"][0]["implementation"][0]["actors"]] == [saf, rsf]
    assert client.delete(f"/v1/actors/{saf}", headers={"If-Match": "*"}).status_code == 409
    kept = {**provision, "id": read["provisions"][0]["id"], "implementation": [
        {**provision["implementation"][0], "id": entries[0]["id"], "actor_ids": [rsf]}]}
    changed = client.patch(created["href"], content_type=MERGE, json={"text_published": "partly_published",
                                                                       "provisions": [kept]})
    assert changed.status_code == 200, changed.get_json()
    assert ids(client, "treaties", f"implemented_by={saf}") == set()
    assert ids(client, "treaties", "text_published=partly_published") == {created["id"]}
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert ids(client, "treaties", f"implemented_by={saf}") == {created["id"]}
    assert ids(client, "treaties", "text_published=unpublished") == {created["id"]}


@pytest.mark.parametrize(("body", "field"), [
    ({**EVENT, "type": "FIGHT", "mode": "evacuate"}, "mode"),
    ({**EVENT, "type": "ASSAULT", "mode": "troops"}, "mode"),
])
def test_a_documented_mode_under_another_type_is_a_problem(client, body, field):
    assert field in problem(client.post("/v1/events", json=body), 422)["errors"]


@pytest.mark.parametrize(("fields", "field"), [
    ({"text_published": "leaked"}, "text_published"),
    ({"text_published_as_of": "2016-09-20"}, "text_published_as_of"),
    ({"provisions": [{"type": "ceasefire", "summary": "S.", "implementation": [
        {"date": {"date": "2023-12-20"}, "status": "partial", "actor_ids": [999999], "source_ids": [1]}]}]},
     "actor_ids"),
])
def test_bad_treaty_acts_are_problems_naming_the_field(client, fields, field):
    found = problem(client.post("/v1/treaties", json={**TREATY, **fields}), 422)["errors"]
    assert field in str(found), found


def test_bad_act_filters_are_problems(client):
    for query, name in (("statements?platform=myspace", "platform"), ("statements?requested_action=x", "requested_action"),
                        ("treaties?text_published=x", "text_published"), ("treaties?implemented_by=x", "implemented_by")):
        assert name in problem(client.get(f"/v1/{query}"), 400)["errors"], query
