"""How acts were done, and what was seized, cut or occupied (issue 10, mending round 3, mend-acts3;
migrations/0071; notes/trials t20 and t21), through HTTP: written, read back, filtered, restored; bad input is
a problem naming the field."""
import pytest

from helpers import BODIES, PART_NO_CLAIM, problem, created as post

MERGE = "application/merge-patch+json"


def ids(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def vocabulary(client, name):
    return [item["term"] for item in client.get("/v1/vocabularies").get_json()["vocabularies"][name]]


CUT = {"service": "communications", "extent": "largely", "timing": "since_start", "as_of": "2021-03-29",
       "words": "Communications in the area have been largely cut since the attack began."}


def test_communications_largely_cut_since_the_attack_began(client):
    """t20 #27: the outage is stored on the attack, with its extent, its start against the event and its day."""
    attack = post(client, "events", {**BODIES["events"], "service_disruptions": [CUT, {"service": "power"}]})
    plain = post(client, "events", BODIES["events"])
    read = client.get(attack["href"]).get_json()["service_disruptions"]
    assert read[0] == {**CUT, "restored": False, **PART_NO_CLAIM}
    assert read[1] == {"service": "power", "extent": None, "timing": None, "as_of": None, "restored": False,
                       "words": None, **PART_NO_CLAIM}
    assert client.get(plain["href"]).get_json()["service_disruptions"] == []
    assert ids(client, "events", "disrupted=communications") == {attack["id"]}
    assert ids(client, "events", "disrupted=water,power") == {attack["id"]}
    assert ids(client, "events", "disrupted=water") == set()
    changed = client.patch(attack["href"], content_type=MERGE, json={"service_disruptions": [
        {**CUT, "restored": True, "as_of": "2021-04-02"}]})
    assert changed.status_code == 200, changed.get_json()
    assert changed.get_json()["service_disruptions"][0]["restored"] is True
    assert ids(client, "events", "disrupted=power") == set()
    restored = client.post(f"{attack['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert ids(client, "events", "disrupted=power") == {attack["id"]}
    assert "largely" in vocabulary(client, "disruption_extents")


@pytest.mark.parametrize("disruptions", [
    [{"service": "telegraph"}],
    [{"extent": "full"}],
    [{"service": "power", "extent": "mostly"}],
    [{"service": "power", "timing": "before"}],
    [{"service": "other"}],
    [{"service": "power"}, {"service": "power", "extent": "full"}],
    {"service": "power"},
    [{"service": "power", "as_of": "29 March"}],
])
def test_a_disruption_that_says_nothing_exact_is_refused_naming_the_field(client, disruptions):
    before = ids(client, "events", "disrupted=power")
    found = problem(client.post("/v1/events", json={**BODIES["events"], "service_disruptions": disruptions}), 422)
    assert "service_disruptions" in str(found["errors"]), found
    assert ids(client, "events", "disrupted=power") == before
    assert "disrupted" in str(problem(client.get("/v1/events?disrupted=telegraph"), 400)["errors"])


@pytest.mark.parametrize("mode, event_type, sites", [
    ("raid", "COERCE", []),                                  # t21 #27: troops raided a house
    ("raid", "FIGHT", ["residential_areas"]),
    ("arson", "ASSAULT", ["places_of_worship", "prisons"]),  # t21 #33 #34: torching a cathedral and a jail
    ("occupy", "FIGHT", ["hospitals"]),                      # t21 #35: briefly occupying a hospital
    ("occupy", "FIGHT", ["commercial_sites", "public_facilities"]),   # t20 #5: banks and government buildings
    ("checkpoint", "COERCE", []),                            # t21 #15: stopped at a militant checkpoint
])
def test_how_it_was_done_and_the_sites(client, mode, event_type, sites):
    event = post(client, "events", {**BODIES["events"], "type": event_type, "mode": mode, "site_categories": sites})
    read = client.get(event["href"]).get_json()
    assert (read["mode"], read["site_categories"]) == (mode, sites)
    assert event["id"] in ids(client, "events", f"mode={mode}")
    for site in sites:
        assert event["id"] in ids(client, "events", f"site_category={site}")
    assert mode in vocabulary(client, "event_modes")


@pytest.mark.parametrize("mode, event_type", [("raid", "CONSULT"), ("arson", "MOBILIZE"), ("occupy", "ASSAULT"),
                                              ("checkpoint", "CRIME")])   # FIGHT since vocab26 (t33 #15)
def test_a_mode_with_a_type_it_does_not_go_with_is_refused(client, mode, event_type):
    found = problem(client.post("/v1/events", json={**BODIES["events"], "type": event_type, "mode": mode}), 422)
    assert "mode" in found["errors"], found


def test_snipers_and_ieds_one_claim_for_each_kind(client):
    """t21 #25: "snipers and improvised explosive devices were slowing their advance", as the army says."""
    equipment = ({"kind": "small_arms", "model": "sniper rifle"}, {"kind": "explosive_device", "model": "IED"})
    claims = [{"actor_id": 9, "role": "initiator", "took_part": True, "equipment": e, "claimant_id": 10,
               "note": "slowing the troops' advance", "source_ids": [1]} for e in equipment]
    event = post(client, "events", {**BODIES["events"], "claims": claims})
    read = client.get(event["href"]).get_json()["claims"]
    assert [c["equipment"]["kind"] for c in read] == ["small_arms", "explosive_device"]
    assert event["id"] in ids(client, "events", "claimed_equipment=explosive_device")
    assert event["id"] in ids(client, "events", "claimed_equipment=small_arms")


def test_equipment_given_as_a_list_says_one_object_per_kind(client):
    """t21 doc problem 7: the first answer was only "Invalid input type"."""
    claim = {"actor_id": 9, "role": "initiator", "took_part": True, "claimant_id": 10, "source_ids": [1],
             "equipment": [{"kind": "small_arms"}, {"kind": "explosive_device"}]}
    found = problem(client.post("/v1/events", json={**BODIES["events"], "claims": [claim]}), 422)["errors"]
    said = str(found["claims"]["0"]["equipment"])
    assert "not a list" in said and "more_equipment" in said, found
    found = problem(client.post("/v1/events", json={**BODIES["events"], "claims": [
        {**claim, "equipment": {"model": "IED"}}]}), 422)["errors"]
    assert "explosive_device" in str(found["claims"]["0"]["equipment"]["kind"]), found
    found = problem(client.post("/v1/events", json={**BODIES["events"], "claims": [
        {"actor_id": 9, "equipment": {"kind": "small_arms"}, "claimant_id": 10, "source_ids": [1]}]}), 422)["errors"]
    assert "actor_id, role and took_part" in str(found), found   # (with no actor: equipment whose owner is not said)
    figure = {**BODIES["events"]["figures"][0], "quantity": "equipment_lost", "unit": "items",
              "equipment": ["tank"]}
    found = problem(client.post("/v1/events", json={**BODIES["events"], "figures": [figure]}), 422)["errors"]
    assert "one figure" in str(found["figures"]["0"]["equipment"]), found


def test_fled_by_land_sea_and_air(client):
    """t20 #55: "at least 8,000 people had fled Palma by land, sea and air": the term land, on the displaced
    figure's travel_means (mend-figs3, 0070) and on an event's own."""
    fled = {**BODIES["events"]["figures"][0], "quantity": "displaced", "low": 8000, "best": None, "high": None,
            "qualifier": "at_least", "travel_means": ["land", "sea", "air"]}
    attack = post(client, "events", {**BODIES["events"], "figures": [fled]})
    plain = post(client, "events", BODIES["events"])
    assert client.get(attack["href"]).get_json()["figures"][0]["travel_means"] == ["land", "sea", "air"]
    assert client.get(plain["href"]).get_json()["figures"][0]["travel_means"] == []
    assert ids(client, "events", "figure_travel_means=sea") == {attack["id"]}
    assert ids(client, "events", "figure_travel_means=rail") == set()
    for figure in ({**fled, "travel_means": ["boat"]}, {**fled, "travel_means": ["sea", "sea"]}):
        found = problem(client.post("/v1/events", json={**BODIES["events"], "figures": [figure]}), 422)["errors"]
        assert "travel_means" in str(found["figures"]["0"]), found
    assert "figure_travel_means" in str(problem(client.get("/v1/events?figure_travel_means=boat"), 400)["errors"])
    flight = post(client, "events", {**BODIES["events"], "type": "RETREAT", "travel_means": ["land", "sea", "air"]})
    assert client.get(flight["href"]).get_json()["travel_means"] == ["land", "sea", "air"]
    assert ids(client, "events", "travel_means=land") == {flight["id"]}


def test_a_visit_cut_short(client):
    """t21 #41: "President Rodrigo Duterte, who cut short a visit to Moscow"."""
    visit = post(client, "events", {**BODIES["events"], "type": "CONSULT", "ending": "cut_short"})
    plain = post(client, "events", {**BODIES["events"], "type": "CONSULT"})
    assert client.get(visit["href"]).get_json()["ending"] == "cut_short"
    assert client.get(plain["href"]).get_json()["ending"] is None
    assert ids(client, "events", "ending=cut_short") == {visit["id"]}
    assert ids(client, "events", "ending=extended,as_planned") == set()
    assert "ending" in problem(client.post("/v1/events", json={**BODIES["events"], "ending": "early"}), 422)["errors"]
    assert "ending" in str(problem(client.get("/v1/events?ending=early"), 400)["errors"])


def test_bodies_near_the_hotel_and_on_the_road_south(client):
    """t20 #24: "at least 20 bodies ... in the streets near the hotel and on the road leading south towards the gas
    site": the road is a further place of the figure in role at, described relative to the gas site."""
    figure = {**BODIES["events"]["figures"][0], "quantity": "deaths", "low": 20, "best": None, "high": None,
              "qualifier": "at_least", "place_id": None, "place_relation": "near", "place_relative_to_id": 6,
              "places": [{"place_id": None, "relation": "on_road_to", "relative_to_id": 5, "role": "at",
                          "words": "the road leading south towards the gas site"}]}
    event = post(client, "events", {**BODIES["events"], "figures": [figure]})
    read = client.get(event["href"]).get_json()["figures"][0]["places"]
    assert [(p["role"], p["relation"], p["words"]) for p in read] == [
        ("at", "on_road_to", "the road leading south towards the gas site")]
    missing = {**figure, "places": [{"place_id": 5}]}
    found = problem(client.post("/v1/events", json={**BODIES["events"], "figures": [missing]}), 422)["errors"]
    assert "earlier_from, at" in str(found["figures"]["0"]["places"]), found
