"""Issue 10, mend-between (trials t9b, t10b): places as reporting gives them. An event between two places (both
ends `between`), a town on a coast or a lake's shore, a presence claim that says where (an airspace), an
actor based in a place. Through HTTP: written, read back, filtered, exported, revised and restored."""
import csv
import io

from helpers import EVENT, PLACE, ids, problem


def created(client, kind, body):
    response = client.post(f"/v1/{kind}", json=body)
    assert response.status_code == 201, response.get_data(as_text=True)
    return response.get_json()


def place(client, name, kind="city", **more):
    return created(client, "places", {**PLACE, "name": name, "kind": kind, **more})["id"]


def restores(client, href, field):
    """Version 1 comes back after a PATCH emptied `field`."""
    first = client.get(href + "?include=").get_json()
    assert client.patch(href, json={field: []}).status_code == 200
    assert client.post(href + "/revisions/1/restore", headers={"If-Match": "*"}).status_code == 200
    again = client.get(href + "?include=").get_json()
    assert again[field] == first[field]


def test_flights_between_two_cities_list_both_ends(client):
    aden, sanaa = place(client, "Aden", country="YEM", parent_id=None), place(client, "Sanaa", country="YEM",
                                                                               parent_id=None)
    event = created(client, "events", {**EVENT, "title": "Exchange flights", "type": "RETREAT", "place_id": sanaa,
                                       "parent_id": None, "figures": [], "other_places": [
                                           {"place_id": sanaa, "role": "between"},
                                           {"place_id": aden, "role": "between"}]})
    assert [(p["place"]["id"], p["role"]) for p in event["other_places"]] == [(sanaa, "between"), (aden, "between")]
    for end in (aden, sanaa):
        assert ids(client, f"/v1/events?place={end}&place_role=between") == [event["id"]]
    assert ids(client, f"/v1/events?place={aden}&place_role=at") == []
    assert ids(client, f"/v1/events?place={sanaa}&place_role=at") == [event["id"]]   # the main place reads as at
    rows = list(csv.DictReader(io.StringIO(client.get(f"/v1/events?place={aden}&format=csv")
                                           .get_data(as_text=True))))
    assert rows[0]["other_place_ids"] == f"{sanaa}|{aden}" and rows[0]["other_place_roles"] == "between|between"
    restores(client, event["href"], "other_places")
    assert ids(client, f"/v1/events?place={aden}&place_role=between") == [event["id"]]
    # the main place listed again must say another part than at
    errors = problem(client.patch(event["href"], json={"other_places": [{"place_id": sanaa}]}), 422)
    assert "other_places" in str(errors)
    problem(client.patch(event["href"], json={"other_places": [{"place_id": aden, "role": "both_ways"}]}), 422)


def test_a_town_on_a_sea_coast_and_a_lake_shore(client):
    red_sea = place(client, "Red Sea", "sea", country=None, parent_id=None)
    kivu = place(client, "Lake Kivu", "lake", country=None, parent_id=None)
    mokha = place(client, "Mokha", country="YEM", parent_id=None, relations=[
        {"place_id": red_sea, "relation": "on_coast_of", "source_ids": [1]}])
    goma = place(client, "Goma", country="COD", parent_id=None, relations=[
        {"place_id": kivu, "relation": "on_coast_of", "side": "north"}])
    shown = client.get(f"/v1/places/{goma}").get_json()["relations"][0]
    assert (shown["place"]["id"], shown["relation"], shown["side"]) == (kivu, "on_coast_of", "north")
    assert ids(client, f"/v1/places?related_to={red_sea}&relation=on_coast_of") == [mokha]
    assert ids(client, f"/v1/places?related_to={kivu}&relation=on_bank_of") == []
    rows = list(csv.DictReader(io.StringIO(client.get(f"/v1/places?related_to={red_sea}&format=csv")
                                           .get_data(as_text=True))))
    assert rows[0]["relations"] == f"{red_sea}:on_coast_of"
    south = place(client, "southern Gaza", "region", country="PSE", parent_id=None)
    khan_younis = place(client, "Khan Younis", country="PSE", parent_id=None, relations=[
        {"place_id": south, "relation": "main_city_of", "source_ids": [1]}])
    assert ids(client, f"/v1/places?related_to={south}&relation=main_city_of") == [khan_younis]
    restores(client, f"/v1/places/{goma}", "relations")
    errors = problem(client.patch(f"/v1/places/{goma}", json={"relations": [
        {"place_id": kivu, "relation": "near", "side": "north"}]}), 422)
    assert "side" in str(errors)


def test_a_presence_claim_says_where_an_airspace(client):
    india = place(client, "India", "country", country="IND", parent_id=None)
    airspace = place(client, "Indian airspace", "airspace", country="IND", parent_id=india)
    waters = place(client, "Iranian territorial waters", "territorial_waters", country="IRN", parent_id=None)
    claim = {"claimant_id": 10, "actor_id": 9, "presence": "not_present", "place_id": airspace,
             "equipment": {"kind": "aircraft"}, "source_ids": [1]}
    event = created(client, "events", {**EVENT, "title": "Air battle", "type": "FIGHT", "parent_id": None,
                                       "figures": [], "claims": [claim, {**claim, "rank": "preferred",
                                                                         "place_id": waters}]})
    shown = client.get(event["href"] + "?include=claims").get_json()["claims"]
    assert [(c["presence"], c["place"]["id"]) for c in shown] == [("not_present", airspace), ("not_present", waters)]
    assert ids(client, f"/v1/events?claimed_place={india}") == [event["id"]]   # the airspace is inside India
    assert ids(client, f"/v1/events?claimed_place={india}&claimed_presence=not_present") == [event["id"]]
    assert ids(client, "/v1/places?kind=airspace") == [airspace]
    restores(client, event["href"], "claims")
    # a claim that the event happened elsewhere still cannot be the preferred reading
    errors = problem(client.patch(event["href"], json={"claims": [
        {"claimant_id": 10, "place_id": airspace, "rank": "preferred", "source_ids": [1]}]}), 422)
    assert "rank" in str(errors)


def test_an_actor_based_in_a_place_claimed_filtered_and_restored(client):
    pakistan = place(client, "Pakistan", "country", country="PAK", parent_id=None)
    punjab = place(client, "Punjab", "region", country="PAK", parent_id=pakistan)
    mali = place(client, "Mali", "country", country="MLI", parent_id=None)
    militants = created(client, "actors", {"name": "Pakistan-based militants", "kind": "non_state_armed_group",
                                           "unidentified": True, "places": [
                                               {"place_id": pakistan, "relation": "based_in", "claimant_id": 10,
                                                "source_ids": [1], "note": "India's words."}]})
    shown = militants["places"][0]
    assert (shown["place"]["id"], shown["relation"], shown["claimant"], shown["sources"], shown["since"]) == (
        pakistan, "based_in", 10, [1], None)
    let = created(client, "actors", {"name": "Lashkar-e-Taiba", "kind": "non_state_armed_group", "places": [
        {"place_id": punjab, "relation": "based_in", "since": {"edtf": "1990"}},
        {"place_id": mali, "relation": "operates_in"}]})
    assert let["places"][0]["since"]["precision"] == "year"
    assert ids(client, f"/v1/actors?based_in={pakistan}") == [militants["id"], let["id"]]   # Punjab is inside
    assert ids(client, f"/v1/actors?based_in={punjab}") == [let["id"]]
    assert ids(client, f"/v1/actors?based_in={mali}&based_in_relation=based_in") == []
    assert ids(client, "/v1/actors?based_in_relation=operates_in") == [let["id"]]
    assert client.get(f"/v1/actors/{let['id']}?include=").get_json()["places"][1]["place"] == mali
    rows = list(csv.DictReader(io.StringIO(client.get(f"/v1/actors?based_in={mali}&format=csv")
                                           .get_data(as_text=True))))
    assert rows[0]["places"] == f"{punjab}:based_in|{mali}:operates_in"
    restores(client, f"/v1/actors/{let['id']}", "places")
    assert ids(client, f"/v1/actors?based_in={mali}") == [let["id"]]
    problem(client.delete(f"/v1/places/{mali}", headers={"If-Match": "*"}), 409)   # named by an actor's places
    errors = problem(client.patch(f"/v1/actors/{let['id']}", json={"places": [
        {"place_id": mali, "relation": "headquartered"}]}), 422)
    assert "places" in str(errors)
    problem(client.patch(f"/v1/actors/{let['id']}", json={"places": [{"place_id": 99999, "relation": "based_in"}]}),
            422)
    problem(client.get("/v1/actors?based_in_relation=lives_in"), 400)
