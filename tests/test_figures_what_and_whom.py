"""What was counted and what was hit (issue 10, mending round of stop 21, mend-equip; migrations/0048), through
HTTP, from the trial reports (notes/trials t9, t10, t11): "Pakistan downed five Indian aircraft, including three
French-made Rafales, plus a drone", "a Chinese-made J-10 shot down at least two", "minor damage to one of its
aircraft", "two three-year-old girls", "mostly tourists", "81 Israelis, including dual nationals", "nearly 900",
"24 strikes hit six locations, including mosques", "facilities India linked to JeM", "no military facility was
targeted". Written, read, filtered, exported, revised and restored; bad input is a problem naming the field."""
import orjson
import pytest

from helpers import UNNAMED_CRAFT, BODIES, problem, created as post

EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
MERGE = "application/merge-patch+json"


def ids(client, query):
    return {item["id"] for item in client.get(f"/v1/events?{query}&limit=500&fields=id").get_json()["items"]}


def actor(client, name, kind="armed_force"):
    return post(client, "actors", {"name": name, "kind": kind})["id"]


def lost(**fields):
    return {"quantity": "equipment_lost", "unit": "items", "source_ids": [1], **fields}


def people(**fields):
    return {"quantity": "deaths", "unit": "people", "source_ids": [1], **fields}


def test_aircraft_downed_damaged_and_who_was_killed(client):
    india, pakistan = actor(client, "Indian Armed Forces"), actor(client, "Pakistan Armed Forces")
    rafale = {"kind": "aircraft", "model": "Rafale", "maker_country": "FRA", **UNNAMED_CRAFT}
    j10 = {"kind": "aircraft", "model": "J-10", "maker_country": "CHN", **UNNAMED_CRAFT}
    figures = [
        lost(key="downed", best=5, category="combatants", suffered_by_id=india, inflicted_by_id=pakistan,
             equipment={"kind": "aircraft", "model": None, "maker_country": None}, claimant_id=pakistan),
        lost(best=3, part_of_key="downed", category="combatants", suffered_by_id=india, equipment=rafale,
             claimant_id=pakistan),
        lost(best=1, category="combatants", suffered_by_id=india, equipment={"kind": "drone"},
             inflicted_by_id=pakistan, claimant_id=pakistan),
        lost(low=2, qualifier="at_least", category="combatants", suffered_by_id=india, inflicted_by_id=pakistan,
             inflicted_with=j10, equipment={"kind": "aircraft"}, attribution="unnamed"),
        {"quantity": "equipment_damaged", "unit": "items", "best": 1, "category": "combatants",
         "suffered_by_id": pakistan, "equipment": {"kind": "aircraft"}, "counted": "minor damage",
         "claimant_id": pakistan, "source_ids": [1]},
        people(key="bahawalpur", best=13, category="civilians"),
        people(best=2, part_of_key="bahawalpur", category="civilians", subset="children", other_subsets=["girls"],
               age={"min": 3, "max": 3}),
        people(key="pahalgam", best=26, category="civilians"),
        people(part_of_key="pahalgam", proportion="most", category="civilians", subset="tourists"),
        people(best=81, qualifier="nearly", category="civilians", country="ISR", other_countries=["THA"],
               other_subsets=["dual_nationals"], subset="foreign_nationals"),
    ]
    created = post(client, "events", {**EVENT, "site_categories": ["places_of_worship", "residential_areas"],
                                      "figures": figures})
    read = client.get(f"{created['href']}?include=figures").get_json()
    got = read["figures"]
    assert read["site_categories"] == ["places_of_worship", "residential_areas"]
    assert (got[0]["equipment"], got[0]["inflicted_by"]["id"]) == (
        {"kind": "aircraft", "model": None, "maker_country": None, **UNNAMED_CRAFT}, pakistan)
    assert got[1]["equipment"] == rafale and got[1]["part_of_key"] == "downed"
    assert got[2]["equipment"] == {"kind": "drone", "model": None, "maker_country": None, **UNNAMED_CRAFT}
    assert (got[3]["inflicted_with"], got[3]["low"], got[3]["qualifier"]) == (j10, 2, "at_least")
    assert (got[4]["quantity"], got[4]["category"], got[4]["suffered_by"]["id"]) == (
        "equipment_damaged", "combatants", pakistan)
    assert (got[6]["subset"], got[6]["other_subsets"], got[6]["age"]) == ("children", ["girls"], {"min": 3, "max": 3,
                                                                                   "qualifier": None})
    assert (got[8]["subset"], got[8]["proportion"]) == ("tourists", "most")
    assert (got[9]["qualifier"], got[9]["country"], got[9]["other_countries"], got[9]["other_subsets"]) == (
        "nearly", "ISR", ["THA"], ["dual_nationals"])
    # filters
    event = created["id"]
    for query in ("figure_equipment=aircraft", "figure_equipment=drone,tank", f"figure_inflicted_by={pakistan}",
                  "figure_subset=girls", "figure_subset=tourists", "figure_subset=dual_nationals",
                  "figure_country=THA", "figure_country=ISR", "figure_quantity=equipment_damaged",
                  "site_category=places_of_worship"):
        assert event in ids(client, query), query
    for query in ("figure_equipment=tank", f"figure_inflicted_by={india}", "figure_subset=boys",
                  "figure_country=FRA", "site_category=hospitals"):
        assert event not in ids(client, query), query
    # NDJSON carries them whole
    lines = client.get("/v1/events?figure_subset=girls&format=ndjson").get_data(as_text=True)
    exported = next(e for e in map(orjson.loads, filter(None, lines.splitlines())) if e["id"] == event)
    assert exported["figures"][1]["equipment"] == rafale and exported["site_categories"][0] == "places_of_worship"
    # an actor that inflicted losses cannot be deleted while a figure names it
    assert client.delete(f"/v1/actors/{pakistan}", headers={"If-Match": "*"}).status_code == 409
    # revised: the figures kept by ID, the sites dropped; then restored
    changed = client.patch(created["href"], content_type=MERGE, json={
        "site_categories": [], "figures": [{"id": f["id"]} for f in got[5:]]})
    assert changed.status_code == 200, changed.get_json()
    assert event not in ids(client, "figure_equipment=aircraft")
    assert event not in ids(client, "site_category=places_of_worship")
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    again = client.get(f"{created['href']}?include=figures").get_json()
    assert again["figures"] == got and again["site_categories"] == read["site_categories"]
    assert event in ids(client, "figure_equipment=aircraft")


def test_sites_hit_as_each_side_claims_them(client):
    """"Facilities India linked to JeM in Bahawalpur" and "no Pakistani military facility was targeted"."""
    india, pakistan = actor(client, "India", "state"), actor(client, "Pakistan Armed Forces")
    jem = actor(client, "Jaish-e-Mohammed", "non_state_armed_group")
    claims = [
        {"site_categories": ["militant_sites"], "site_actor_id": jem, "claimant_id": india, "source_ids": [1]},
        {"actor_id": pakistan, "role": "target", "took_part": False, "site_categories": ["military_sites"],
         "claimant_id": india, "source_ids": [1]},
        {"site_categories": ["places_of_worship"], "claimant_id": pakistan, "source_ids": [1]},
    ]
    created = post(client, "events", {**EVENT, "claims": claims})
    got = client.get(f"{created['href']}?include=claims").get_json()["claims"]
    assert (got[0]["site_categories"], got[0]["site_actor"]["id"]) == (["militant_sites"], jem)
    assert (got[1]["site_categories"], got[1]["took_part"]) == (["military_sites"], False)
    event = created["id"]
    assert event in ids(client, f"site_actor={jem}")
    assert event in ids(client, "site_category=militant_sites,hospitals")
    assert event in ids(client, "site_category=places_of_worship")
    assert event not in ids(client, "site_category=military_sites")   # denied, never counted as hit
    assert client.delete(f"/v1/actors/{jem}", headers={"If-Match": "*"}).status_code == 409


@pytest.mark.parametrize(("body", "field"), [
    # equipment goes with equipment quantities; who inflicted it with losses
    ({"figures": [people(best=3, equipment={"kind": "aircraft"})]}, "equipment"),
    ({"figures": [lost(best=3, equipment={"kind": "jet"})]}, "kind"),
    ({"figures": [lost(best=3, equipment={"kind": "aircraft", "maker_country": "XXX"})]}, "maker_country"),
    ({"figures": [{"quantity": "area", "unit": "km2", "best": 3, "inflicted_by_id": 1, "source_ids": [1]}]},
     "inflicted_by_id"),
    ({"figures": [lost(best=3, inflicted_by_id=999999)]}, "inflicted_by_id"),
    # further subsets and countries go with the first, for people; an age is ordered
    ({"figures": [people(best=3, other_subsets=["girls"])]}, "other_subsets"),
    ({"figures": [people(best=3, subset="girls", other_subsets=["girls"])]}, "other_subsets"),
    ({"figures": [people(best=3, other_countries=["ISR"])]}, "other_countries"),
    ({"figures": [lost(best=3, age={"min": 3})]}, "age"),
    ({"figures": [people(best=3, age={"min": 9, "max": 3})]}, "max"),
    ({"figures": [people(best=3, age={})]}, "min"),
    ({"figures": [people(qualifier="nearly", low=3)]}, "best"),
    # sites are terms of the vocabulary; linked to an actor only with the kinds of site
    ({"site_categories": ["mosques"]}, "site_categories"),
    ({"claims": [{"site_actor_id": 1, "dates": {"date": "2025-05-07"}, "source_ids": [1]}]}, "site_actor_id"),
])
def test_bad_input_is_a_problem_naming_the_field(client, body, field):
    found = problem(client.post("/v1/events", json={**EVENT, **body}), 422)["errors"]
    assert field in str(found), found


def test_vocabularies_publish_the_new_terms(client):
    vocabularies = client.get("/v1/vocabularies").get_json()["vocabularies"]
    for name, term in (("figure_quantities", "equipment_damaged"), ("qualifiers", "nearly"),
                       ("figure_subsets", "tourists"), ("site_categories", "militant_sites")):
        assert term in str(vocabularies[name]), name
    assert "figure_equipment" in problem(client.get("/v1/events?figure_equipment=jets"), 400)["errors"]


# --- across a treaty's provisions: parts of a figure, ratios of an exchange, renewals earned by a count ---------

EXCHANGE = {"name": "Detainee exchange", "kind": "ceasefire", "status": "in_force", "signed_date": "2023-03-20",
            "parties": [{"actor_id": 1}, {"actor_id": 2}], "source_ids": [1]}


def prisoners(**fields):
    return {"quantity": "prisoners", "unit": "people", "qualifier": "exactly", **fields}


def test_provision_figures_are_parts_across_the_treaty_and_exchanges_have_a_ratio(client):
    """"181 prisoners held by the Houthis, including Saudi and Sudanese troops, in exchange for 706"; "three
    prisoners for each hostage"; "extended by one day for every 10 additional hostages" (trials t9, t11)."""
    provisions = [
        {"key": "hostages", "type": "prisoner_release", "summary": "Hamas releases 50 hostages.",
         "figures": [prisoners(best=181, key="held")],
         "term": {"duration": {"amount": 4, "unit": "days"}, "renewable": True,
                  "renewal": {"amount": 1, "unit": "days"},
                  "renewal_ratio": {"amount": 1, "for_each": 10, "counted": "additional hostages released"}}},
        {"key": "prisoners", "type": "prisoner_release", "summary": "Israel releases 150 prisoners.",
         "figures": [prisoners(best=2, part_of_key="held", country="SAU"),
                     prisoners(vague="several", qualifier=None, part_of_key="held", country="SDN")],
         "links": [{"relation": "in_exchange_for", "provision_key": "hostages",
                    "ratio": {"amount": 3, "for_each": 1}}]},
    ]
    created = client.post("/v1/treaties", json={**EXCHANGE, "provisions": provisions})
    assert created.status_code == 201, created.get_json()["errors"]
    read = client.get(created.get_json()["href"]).get_json()["provisions"]
    assert (read[0]["figures"][0]["key"], read[0]["figures"][0]["part_of_key"]) == ("held", None)
    assert [f["part_of_key"] for f in read[1]["figures"]] == ["held", "held"]
    assert read[1]["links"][0]["ratio"] == {"amount": 3, "for_each": 1, "counted": None}
    # a link by key reads back as written: the key, and no ID (docs/api.md "Naming another provision")
    assert (read[1]["links"][0]["provision"], read[1]["links"][0]["provision_key"]) == (None, "hostages")
    assert read[0]["term"]["renewal_ratio"] == {"amount": 1, "for_each": 10,
                                                "counted": "additional hostages released"}
    # the read is a valid PUT, and a revision restores it
    changed = client.patch(created.get_json()["href"], content_type=MERGE, json={"provisions": [
        {"id": read[0]["id"], "type": "prisoner_release", "summary": "Hamas releases 50 hostages."}]})
    assert changed.status_code == 200, changed.get_json()
    restored = client.post(f"{created.get_json()['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert client.get(created.get_json()["href"]).get_json()["provisions"] == read


@pytest.mark.parametrize(("provisions", "field"), [
    ([{"type": "prisoner_release", "summary": "x", "figures": [prisoners(best=2, part_of_key="none")]}],
     "part_of_key"),
    ([{"type": "prisoner_release", "summary": "x", "figures": [prisoners(best=2, key="a"), prisoners(best=3, key="a")]}],
     "key"),
    ([{"type": "prisoner_release", "summary": "x", "figures": [prisoners(best=2, key="a")]},
      {"type": "prisoner_release", "summary": "y", "figures": [prisoners(best=5, part_of_key="a")]}], "part_of_key"),
    ([{"type": "ceasefire", "summary": "x", "term": {"renewal_ratio": {"amount": 1, "for_each": 10}}}],
     "renewal_ratio"),
    ([{"key": "a", "type": "prisoner_release", "summary": "x"},
      {"type": "prisoner_release", "summary": "y",
       "links": [{"relation": "in_exchange_for", "provision_key": "a", "ratio": {"amount": 0, "for_each": 1}}]}],
     "amount"),
])
def test_bad_provision_figures_and_ratios_name_the_field(client, provisions, field):
    found = problem(client.post("/v1/treaties", json={**EXCHANGE, "provisions": provisions}), 422)["errors"]
    assert field in str(found), found
