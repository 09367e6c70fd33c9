"""What events are, as terms; an event's other names; superlatives since an event or "in years"; several pieces of
equipment in one claim; a membership suspended; the events a post began and ended with (issue 10, mend-acts4;
migrations/0076; notes/trials t24 #8 #13 #14 #35 #48 #63, t25 #3 #18 #19 #60 #64 #77), through HTTP: written,
read back, filtered; bad input is a problem naming the field and changes nothing."""
import pytest

from schemas import vocabularies as vocab

from helpers import BODIES, problem, created as post

MERGE = "application/merge-patch+json"
NEW_MODES = ("ambush", "desecration", "looting", "coup", "flee", "travel_ban", "asset_freeze", "arms_embargo",
             "embargo", "suspend_membership")


def ids(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def patched(client, record, changes):
    response = client.patch(record["href"], content_type=MERGE, headers={"If-Match": "*"}, json=changes)
    assert response.status_code == 200, response.get_json()
    return response.get_json()


@pytest.mark.parametrize("mode", NEW_MODES)
def test_each_new_mode_goes_with_its_types_and_is_found(client, mode):
    """t24 #13 ambush, #14 bodies mutilated, t25 #60 looting, #18 coup, #19 fled, #3 and #77 sanctions."""
    types = vocab.EVENT_MODES[mode][0]
    event = post(client, "events", {**BODIES["events"], "type": types[0], "mode": mode})
    assert client.get(event["href"]).get_json()["mode"] == mode
    assert event["id"] in ids(client, "events", f"mode={mode}")
    wrong = next(t for t in ("CONSULT", "AID") if t not in types)
    errors = problem(client.post("/v1/events", json={**BODIES["events"], "type": wrong, "mode": mode}), 422)["errors"]
    assert "mode" in errors and types[0] in str(errors["mode"]), errors
    listed = client.get("/v1/vocabularies").get_json()["vocabularies"]["event_modes"]
    assert mode in {item["term"] for item in listed}


def test_an_operation_code_name_is_an_alias_found_by_q_and_search(client):
    """t24 #8: "the offensive, code-named Operation Vigilant Resolve"."""
    aliases = [{"name": "Operation Vigilant Resolve", "language": "en"}, {"name": "Vigilant Resolve", "language": None}]
    event = post(client, "events", {**BODIES["events"], "title": "Marine offensive on Fallujah", "aliases": aliases})
    assert client.get(event["href"]).get_json()["aliases"] == aliases
    assert event["id"] in ids(client, "events", "q=Vigilant")
    found = client.get("/v1/search?q=Operation Vigilant Resolve").get_json()["items"]
    assert any(item["kind"] == "events" and item["id"] == event["id"] for item in found), found
    assert "Operation Vigilant Resolve" in client.get("/v1/events?q=Vigilant&format=csv").get_data(as_text=True)
    changed = patched(client, event, {"aliases": [{"name": "Opération Vigilant Resolve", "language": "fr"}]})
    assert changed["aliases"] == [{"name": "Opération Vigilant Resolve", "language": "fr"}]
    assert event["id"] in ids(client, "events", "q=Opération")
    before = client.get(event["href"]).get_json()
    errors = problem(client.patch(event["href"], content_type=MERGE, headers={"If-Match": "*"},
                                  json={"aliases": [{"name": "x", "language": "english"}]}), 422)["errors"]
    assert "aliases" in errors, errors
    assert client.get(event["href"]).get_json()["aliases"] == before["aliases"]


@pytest.mark.parametrize("measure", ["most_intense", "heaviest_losses", "worst"])
def test_a_superlative_since_an_event_or_within_years(client, measure):
    """t24 #35 "the fiercest single incident", #63 "the worst wave of violence since the 2003 invasion", t25 #64
    "the country's heaviest military loss in years"."""
    invasion = post(client, "events", {**BODIES["events"], "title": "Invasion of Iraq", "type": "FIGHT"})
    since = {"measure": measure, "among": "wave of violence", "scope": "unspecified"}
    within = {"measure": measure, "within": {"unit": "years"}}
    event = post(client, "events", {**BODIES["events"], "claims": [
        {"superlative": since, "since_event_id": invasion["id"], "claimant_id": 10, "source_ids": [1]},
        {"superlative": within, "source_ids": [1]}]})
    first, second = client.get(f"{event['href']}?include=claims").get_json()["claims"]
    assert first["superlative"]["measure"] == measure and first["since_event"]["id"] == invasion["id"]
    assert second["superlative"]["within"] == {"amount": None, "unit": "years"} and second["since_event"] is None
    assert event["id"] in ids(client, "events", f"superlative={measure}")
    assert patched(client, event, {"summary": "Kept as it was."})["id"] == event["id"]   # the stored form reloads
    assert problem(client.delete(invasion["href"], headers={"If-Match": "*"}), 409)


@pytest.mark.parametrize("claim, field", [
    ({"since_event_id": 1, "source_ids": [1], "claimant_id": 10}, "since_event_id"),
    ({"superlative": {"measure": "worst", "within": {"unit": "years"}}, "since_event_id": 1}, "since_event_id"),
    ({"superlative": {"measure": "worst", "within": {"unit": "years"}, "since": {"date": "2003-03-20"}}}, "within"),
    ({"superlative": {"measure": "worst", "within": {"unit": "decades"}}}, "within"),
    ({"superlative": {"measure": "fiercest"}}, "measure"),
    ({"superlative": {"measure": "worst"}, "since_event_id": 999999}, "since_event_id"),
])
def test_bad_superlatives_are_refused_naming_the_field(client, claim, field):
    before = ids(client, "events", "superlative=worst")
    claim = {"source_ids": [1], **claim}
    errors = problem(client.post("/v1/events", json={**BODIES["events"], "claims": [claim]}), 422)["errors"]
    assert field in str(errors), errors
    assert ids(client, "events", "superlative=worst") == before


def test_a_claim_names_several_pieces_of_equipment(client):
    """t24 #48: "mortar, rocket-propelled grenade and small-arms fire"."""
    fighters = {"actor_id": 9, "role": "initiator", "took_part": True, "claimant_id": 10, "source_ids": [1]}
    event = post(client, "events", {**BODIES["events"], "claims": [
        {**fighters, "equipment": {"kind": "artillery", "model": "mortar"},
         "more_equipment": [{"kind": "rpg"}, {"kind": "small_arms", "count": 3, "qualifier": "about"}]}]})
    claim = client.get(f"{event['href']}?include=claims").get_json()["claims"][0]
    assert claim["equipment"]["kind"] == "artillery"
    assert [(item["kind"], item["count"], item["maker_country"]) for item in claim["more_equipment"]] == [
        ("rpg", None, None), ("small_arms", 3, None)]
    for kind in ("artillery", "rpg", "small_arms"):
        assert event["id"] in ids(client, "events", f"claimed_equipment={kind}")
    assert event["id"] not in ids(client, "events", "claimed_equipment=tank")
    assert patched(client, event, {"summary": "Kept."})["id"] == event["id"]
    errors = problem(client.post("/v1/events", json={**BODIES["events"], "claims": [
        {**fighters, "more_equipment": [{"kind": "rpg"}]}]}), 422)["errors"]
    assert "more_equipment" in str(errors), errors
    errors = problem(client.post("/v1/events", json={**BODIES["events"], "claims": [
        {**fighters, "equipment": {"kind": "rpg"}, "more_equipment": [{"kind": "bazooka"}]}]}), 422)["errors"]
    assert "more_equipment" in str(errors), errors


def test_a_suspended_membership_by_a_body_with_its_event(client):
    """t25 #3: "the African Union suspended the country"."""
    union = post(client, "actors", {"name": "African Union", "kind": "international_organisation"})
    council = post(client, "actors", {"name": "AU Peace and Security Council", "kind": "international_organisation",
                                      "parent_id": union["id"]})
    member = post(client, "actors", {"name": "Central African Republic", "kind": "state", "country": "CAF"})
    suspension = post(client, "events", {**BODIES["events"], "title": "AU suspends the CAR", "type": "SANCTION",
                                         "mode": "suspend_membership", "participants": [
                                             {"actor_id": council["id"], "role": "initiator"},
                                             {"actor_id": member["id"], "role": "target"}]})
    change = {"change": "suspended", "date": {"date": "2013-03-25"}, "by_id": council["id"],
              "event_id": suspension["id"], "note": "from all AU activities"}
    member = patched(client, member, {"member_of": [{"actor_id": union["id"], "changes": [change]}]})
    shown = client.get(f"{member['href']}?include=member_of").get_json()["member_of"][0]["changes"][0]
    assert (shown["change"], shown["date"]["date"], shown["by"], shown["event"], shown["note"]) == (
        "suspended", "2013-03-25", council["id"], suspension["id"], "from all AU activities")
    assert ids(client, "actors", "member_change=suspended") == {member["id"]}
    assert ids(client, "actors", f"member_change=suspended,expelled&member_of={union['id']}") == {member["id"]}
    assert ids(client, "actors", "member_change=reinstated") == set()
    assert patched(client, member, {"country": "CAF"})["id"] == member["id"]   # the stored form reloads
    assert suspension["id"] in ids(client, "events", "mode=suspend_membership")
    for bad, field in (({**change, "change": "frozen"}, "change"), ({**change, "by_id": 999999}, "by_id")):
        errors = problem(client.patch(member["href"], content_type=MERGE, headers={"If-Match": "*"}, json={
            "member_of": [{"actor_id": union["id"], "changes": [bad]}]}), 422)["errors"]
        assert field in str(errors), errors
    assert ids(client, "actors", "member_change=suspended") == {member["id"]}
    assert "member_change" in str(problem(client.get("/v1/actors?member_change=frozen"), 400)["errors"])


def test_a_post_seized_in_a_coup_and_left_by_fleeing(client):
    """t25 #18 "who seized power in a 2003 coup", #19 "fled the city as the rebels advanced"."""
    coup = post(client, "events", {**BODIES["events"], "title": "2003 coup", "type": "FIGHT", "mode": "coup",
                                   "date_start": "2003-03-15", "date_end": "2003-03-15"})
    flight = post(client, "events", {**BODIES["events"], "title": "Bozize flees Bangui", "type": "RETREAT",
                                     "mode": "flee", "date_start": "2013-03-24", "date_end": "2013-03-24"})
    president = post(client, "actors", {"name": "Francois Bozize", "kind": "person", "positions": [
        {"title": "President", "of_actor_id": 1, "since": {"date": "2003-03-15"}, "since_event_id": coup["id"],
         "until": {"date": "2013-03-24"}, "until_event_id": flight["id"], "left_how": "fled", "source_ids": [1]}]})
    read = client.get(president["href"]).get_json()["positions"][0]
    assert (read["since_event"], read["until_event"], read["left_how"]) == (coup["id"], flight["id"], "fled")
    assert president["id"] in ids(client, "actors", "position_left=fled")
    assert patched(client, president, {"country": "CAF"})["id"] == president["id"]
    assert problem(client.delete(coup["href"], headers={"If-Match": "*"}), 409)
    errors = problem(client.post("/v1/actors", json={"name": "X", "kind": "person", "positions": [
        {"title": "President", "since_event_id": 999999, "source_ids": [1]}]}), 422)["errors"]
    assert "since_event_id" in str(errors), errors


def test_the_new_equipment_superlative_and_membership_terms_are_listed(client):
    listed = client.get("/v1/vocabularies").get_json()["vocabularies"]
    terms = {name: {item["term"] for item in listed[name]} for name in
             ("equipment_kinds", "superlative_measures", "position_leavings", "membership_changes")}
    assert "rpg" in terms["equipment_kinds"] and "fled" in terms["position_leavings"]
    assert {"most_intense", "heaviest_losses", "worst"} <= terms["superlative_measures"]
    assert terms["membership_changes"] == set(vocab.MEMBERSHIP_CHANGES)


def test_how_far_an_event_spread(client):
    """t25 #60: "residents reported widespread looting of shops, offices and homes"."""
    looting = post(client, "events", {**BODIES["events"], "type": "CRIME", "mode": "looting", "extent": "widespread"})
    plain = post(client, "events", BODIES["events"])
    assert client.get(looting["href"]).get_json()["extent"] == "widespread"
    assert client.get(plain["href"]).get_json()["extent"] is None
    assert ids(client, "events", "extent=widespread") == {looting["id"]}
    assert patched(client, looting, {"extent": "scattered"})["extent"] == "scattered"
    assert "scattered" in client.get("/v1/events?extent=scattered&format=csv").get_data(as_text=True)
    errors = problem(client.post("/v1/events", json={**BODIES["events"], "extent": "everywhere"}), 422)["errors"]
    assert "extent" in errors, errors
    assert "extent" in str(problem(client.get("/v1/events?extent=everywhere"), 400)["errors"])


def test_sanctions_on_a_groups_leaders(client):
    """t25 #77: "imposed travel bans and asset freezes on Seleka leaders, including Djotodia"."""
    seleka = post(client, "actors", {"name": "Seleka", "kind": "non_state_armed_group"})
    leader = post(client, "actors", {"name": "Michel Djotodia", "kind": "person"})
    targets = [{"actor_id": 1, "role": "initiator"}, {"actor_id": seleka["id"], "role": "target", "actor_part": "leadership"},
               {"actor_id": leader["id"], "role": "target"}]
    ban = post(client, "events", {**BODIES["events"], "type": "SANCTION", "mode": "travel_ban", "participants": targets})
    shown = client.get(f"{ban['href']}?fields=participants").get_json()["participants"]
    assert [p["actor_part"] for p in shown] == [None, "leadership", None]
    embedded = client.get(f"{ban['href']}?include=participants").get_json()["participants"]
    assert [(p["actor"]["id"], p["actor_part"]) for p in embedded] == [
        (1, None), (seleka["id"], "leadership"), (leader["id"], None)]
    assert ids(client, "events", "participant_part=leadership") == {ban["id"]}
    assert ban["id"] in ids(client, "events", f"actor={seleka['id']}&role=target")
    assert patched(client, ban, {"summary": "Kept."})["participants"][1]["actor_part"] == "leadership"
    bad = [{**targets[0]}, {**targets[1], "actor_part": "generals"}]
    errors = problem(client.post("/v1/events", json={**BODIES["events"], "participants": bad}), 422)["errors"]
    assert "actor_part" in str(errors), errors
