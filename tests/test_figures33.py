"""Figures, places and dates, round 33 (figs33; migrations/0113), through HTTP: a provision figure for several
actors (actor_ids), whether an independent count exists, what the people hit were doing, equipment used with no
owner named, the kind of site a further place is, and a season as an occasion. Written, read back equal, filtered,
revised; bad input is a problem naming the field and changes nothing. (The migration: test_migration_0113.py.)"""
import pytest

from helpers import BODIES, problem, created as post

EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
STATEMENT = {k: v for k, v in BODIES["statements"].items() if k != "figures"}
TREATY = {"name": "Exchange agreement", "kind": "other", "status": "signed", "signed_date": "1953-04-11",
          "parties": [{"actor_id": 1}, {"actor_id": 2}], "source_ids": [1]}


def found(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def people(quantity, **fields):
    return {"quantity": quantity, "unit": "people", "source_ids": [1], "best": 5, **fields}


def figures_of(client, created):
    return client.get(f"{created['href']}?include=figures").get_json()["figures"]


def provision(*figures):
    return {"type": "prisoner_release", "summary": "Prisoners returned each day.", "figures": list(figures)}


PER_DAY = {"quantity": "prisoners", "unit": "people", "best": 500, "qualifier": "about", "per": "day"}


def test_a_provision_figure_for_several_actors(client):
    treaty = post(client, "treaties", {**TREATY, "provisions": [provision({**PER_DAY, "actor_ids": [1, 2]},
                                                                           {**PER_DAY, "actor_id": 1},
                                                                           {**PER_DAY, "actor_id": None})]})
    read = client.get(treaty["href"]).get_json()["provisions"][0]
    assert [f["actors"] for f in read["figures"]] == [[1, 2], [1], []]
    assert read["figures"] == treaty["provisions"][0]["figures"]
    etag = client.get(treaty["href"]).headers["ETag"]
    revised = client.patch(treaty["href"], headers={"If-Match": etag}, json={"provisions": [
        {"id": read["id"], **provision({**PER_DAY, "actor_ids": [2, 1]})}]})
    assert revised.status_code == 200, revised.get_json()
    assert revised.get_json()["provisions"][0]["figures"][0]["actors"] == [2, 1]


def test_the_deprecated_actor_id_names_an_actor_by_batch_ref_and_by_external_id(client):
    """A client written before actor_ids keeps working wherever it named the actor otherwise than by ID."""
    answer = client.post("/v1/batch", json={"operations": [
        {"op": "create", "kind": "actors", "ref": "side", "data": {
            "name": "Northern Command", "kind": "armed_force", "external_ids": {"wikidata": "Q4115189"}}},
        {"op": "create", "kind": "treaties", "ref": "deal", "data": {**TREATY, "provisions": [provision(
            {**PER_DAY, "actor_id": "@side"}, {**PER_DAY, "actor_id": "wikidata:Q4115189"})]}}]})
    assert answer.status_code == 200, answer.get_json()
    side, deal = (result["id"] for result in answer.get_json()["results"])
    figures = client.get(f"/v1/treaties/{deal}").get_json()["provisions"][0]["figures"]
    assert [figure["actors"] for figure in figures] == [[side], [side]]
    both = client.post("/v1/batch", json={"operations": [{"op": "create", "kind": "treaties", "data": {
        **TREATY, "provisions": [provision({**PER_DAY, "actor_id": "@side", "actor_ids": [1]})]}}]})
    assert both.status_code == 422 and "give actor_ids only, not both" in str(both.get_json()["errors"])


@pytest.mark.parametrize("figure, field", [
    ({**PER_DAY, "actor_ids": [1, 1]}, "actor_ids"),
    ({**PER_DAY, "actor_ids": [999999]}, "actor_ids"),
    ({**PER_DAY, "actor_ids": [1], "actor_id": 2}, "actor_id"),
])
def test_bad_provision_figure_actors(client, figure, field):
    before = client.get("/v1/treaties?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post("/v1/treaties", json={**TREATY, "provisions": [provision(figure)]}), 422)["errors"]
    assert field in errors["provisions"]["0"]["figures"]["0"], errors
    assert client.get("/v1/treaties?limit=500&fields=id").get_json()["items"] == before


def test_no_independent_count_and_what_the_people_hit_were_doing(client):
    event = post(client, "events", {**EVENT, "figures": [
        people("deaths", independent_count="none", verification="unverified", activity_when_hit="walking")]})
    plain = post(client, "events", {**EVENT, "figures": [people("deaths")]})
    got = figures_of(client, event)[0]
    assert (got["independent_count"], got["activity_when_hit"], got["verification"]) == ("none", "walking",
                                                                                          "unverified")
    assert (figures_of(client, plain)[0]["independent_count"], figures_of(client, plain)[0]["activity_when_hit"]) \
        == (None, None)
    assert event["id"] in found(client, "events", "figure_independent_count=none")
    assert plain["id"] not in found(client, "events", "figure_independent_count=none,exists,under_way")
    assert event["id"] in found(client, "events", "figure_activity_when_hit=walking,at_home")
    assert event["id"] not in found(client, "events", "figure_activity_when_hit=at_home")
    etag = client.get(event["href"]).headers["ETag"]
    revised = client.patch(event["href"], headers={"If-Match": etag}, json={"figures": [
        {**people("deaths", independent_count="exists", activity_when_hit="walking"), "id": got["id"]},
        people("injured", best=7, activity_when_hit="seeking_aid")]})
    assert revised.status_code == 200, revised.get_json()
    assert [(f["independent_count"], f["activity_when_hit"]) for f in figures_of(client, event)] == [
        ("exists", "walking"), (None, "seeking_aid")]
    assert event["id"] not in found(client, "events", "figure_independent_count=none")
    said = post(client, "statements", {**STATEMENT, "figures": [people("deaths", activity_when_hit="at_home")]})
    assert said["id"] in found(client, "statements", "figure_activity_when_hit=at_home")
    vocabularies = client.get("/v1/vocabularies").get_json()["vocabularies"]
    assert {i["term"] for i in vocabularies["independent_counts"]} == {"none", "exists", "under_way"}
    assert {"walking", "at_home", "travelling", "working", "seeking_aid", "other"} <= {
        i["term"] for i in vocabularies["activities_when_hit"]}


@pytest.mark.parametrize("figure, field", [
    (people("deaths", independent_count="nobody"), "independent_count"),
    (people("deaths", activity_when_hit="dancing"), "activity_when_hit"),
    (people("displaced", activity_when_hit="walking"), "activity_when_hit"),
])
def test_bad_figure_circumstances(client, figure, field):
    before = client.get("/v1/events?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert field in errors["figures"]["0"], errors
    assert client.get("/v1/events?limit=500&fields=id").get_json()["items"] == before


def test_two_activities_are_two_figures(client):
    figures = [people("deaths", activity_when_hit="at_home"), people("deaths", activity_when_hit="working")]
    event = post(client, "events", {**EVENT, "figures": figures})
    assert [f["activity_when_hit"] for f in figures_of(client, event)] == ["at_home", "working"]


UNOWNED = {"equipment": {"kind": "vehicle"}, "more_equipment": [{"kind": "vehicle", "model": "truck"}],
           "source_ids": [1]}


def test_equipment_used_with_no_owner_named(client):
    event = post(client, "events", {**EVENT, "claims": [UNOWNED]})
    owned = post(client, "events", {**EVENT, "claims": [
        {"actor_id": 9, "role": "initiator", "took_part": True, "equipment": {"kind": "vehicle"},
         "source_ids": [1]}]})
    claim = client.get(f"{event['href']}?include=claims").get_json()["claims"][0]
    assert (claim["actor"], claim["equipment"]["kind"], claim["more_equipment"][0]["model"]) == (None, "vehicle",
                                                                                                  "truck")
    assert {event["id"], owned["id"]} <= found(client, "events", "claimed_equipment=vehicle")
    unnamed = found(client, "events", "claimed_equipment_owner_named=false")
    assert event["id"] in unnamed and owned["id"] not in unnamed
    named = found(client, "events", "claimed_equipment_owner_named=true")
    assert owned["id"] in named and event["id"] not in named


def test_equipment_of_a_named_actor_still_says_how(client):
    """An actor named with equipment still needs presence or took_part true (a claim about that actor)."""
    before = client.get("/v1/events?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post("/v1/events", json={**EVENT, "claims": [
        {"actor_id": 9, "equipment": {"kind": "vehicle"}, "source_ids": [1]}]}), 422)["errors"]
    assert "equipment" in errors["claims"]["0"], errors
    errors = problem(client.post("/v1/events", json={**EVENT, "claims": [
        {**UNOWNED, "equipment": {"kind": "chariot"}}]}), 422)["errors"]
    assert "equipment" in errors["claims"]["0"], errors
    assert client.get("/v1/events?limit=500&fields=id").get_json()["items"] == before


def test_the_kind_of_site_a_further_place_is(client):
    event = post(client, "events", {**EVENT, "other_places": [
        {"place_id": 1, "role": "to", "site_category": "hospitals"},
        {"place_id": 2, "role": "from", "site_category": "police_sites"}]})
    places = client.get(f"{event['href']}?include=other_places").get_json()["other_places"]
    assert [(p["role"], p["site_category"]) for p in places] == [("to", "hospitals"), ("from", "police_sites")]
    assert event["id"] in found(client, "events", "place_site_category=hospitals")
    assert event["id"] in found(client, "events", "place_site_category=hospitals&place_role=to")
    assert event["id"] not in found(client, "events", "place_site_category=hospitals&place_role=from")
    assert event["id"] not in found(client, "events", "site_category=hospitals")   # not a site hit
    etag = client.get(event["href"]).headers["ETag"]
    revised = client.patch(event["href"], headers={"If-Match": etag}, json={"other_places": [
        {"place_id": 1, "role": "to", "site_category": None}]})
    assert revised.status_code == 200, revised.get_json()
    assert event["id"] not in found(client, "events", "place_site_category=hospitals")
    figure = people("displaced", place_id=6, places=[{"place_id": 1, "role": "to", "site_category": "hospitals"}])
    said = post(client, "statements", {**STATEMENT, "figures": [figure]})
    assert figures_of(client, said)[0]["places"][0]["site_category"] == "hospitals"
    terms = {i["term"] for i in client.get("/v1/vocabularies").get_json()["vocabularies"]["site_categories"]}
    assert {"police_sites", "hospitals"} <= terms


def test_a_bad_site_category_names_the_field(client):
    before = client.get("/v1/events?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post("/v1/events", json={**EVENT, "other_places": [
        {"place_id": 1, "role": "to", "site_category": "clinic"}]}), 422)["errors"]
    assert "site_category" in errors["other_places"]["0"], errors
    assert client.get("/v1/events?limit=500&fields=id").get_json()["items"] == before


WINTER = {"relation": "simultaneous", "occasion": "winter", "season": "winter"}


def test_a_season_with_no_year(client):
    event = post(client, "events", {**EVENT, "occasion_timing": WINTER})
    timing = client.get(event["href"]).get_json()["occasion_timing"]
    assert (timing["season"], timing["occasion"], timing["occasion_date"]) == ("winter", "winter", None)
    dated = post(client, "events", {**EVENT, "occasion_timing": {**WINTER, "occasion_date": {"edtf": "1952"}}})
    assert client.get(dated["href"]).get_json()["occasion_timing"]["occasion_date"]["edtf"] == "1952"
    assert {event["id"], dated["id"]} <= found(client, "events", "occasion_season=winter")
    assert event["id"] not in found(client, "events", "occasion_season=summer,rainy_season")
    said = post(client, "statements", {**STATEMENT, "occasion_timing": {**WINTER, "relation": "before",
                                                                         "season": "rainy_season"}})
    assert client.get(said["href"]).get_json()["occasion_timing"]["season"] == "rainy_season"
    assert said["id"] in found(client, "statements", "occasion_season=rainy_season")
    etag = client.get(event["href"]).headers["ETag"]
    revised = client.patch(event["href"], headers={"If-Match": etag}, json={"occasion_timing": {
        **WINTER, "season": "dry_season"}})
    assert revised.status_code == 200, revised.get_json()
    assert event["id"] in found(client, "events", "occasion_season=dry_season")
    assert event["id"] not in found(client, "events", "occasion_season=winter")


def test_a_bad_season_names_the_field(client):
    before = client.get("/v1/events?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post("/v1/events", json={**EVENT, "occasion_timing": {**WINTER, "season": "wintry"}}),
                     422)["errors"]
    assert "season" in errors["occasion_timing"], errors
    assert client.get("/v1/events?limit=500&fields=id").get_json()["items"] == before
