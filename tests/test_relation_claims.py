"""Every relation between records as a claim (rel31, migrations/0106; docs/api.md "Relations as claims"), through
HTTP: who says it (an actor, or unnamed voices in words), its sources, how sure, and how far it holds (degree), on
treaty, event, statement, event -> statement, statement -> event, actor and place relations; an event that
stalled over what a statement said (over, cause_of); a place at a distance with no direction (distance_from); a
place not named placed relative to a named one (unknown with relation). Each is posted, read back (JSON, NDJSON),
found by its filter, replaced with its input form, restored, and refused with a 422 naming the field."""
import json

import pytest

from helpers import EVENT, PLACE, SOURCE, STATEMENT, TREATY, created, ids, problem

MEDIATORS = {"attribution": "unnamed", "claimant_words": "the mediators", "claimant_kind": "international_organisation"}


def source(client, title):
    return created(client, "sources", {**SOURCE, "title": title})["id"]


def actor(client, name):
    return created(client, "actors", {"name": name, "kind": "state"})["id"]


def shown(client, href, field):
    """The list `field` of a record, its links as IDs."""
    return client.get(f"{href}?include=").get_json()[field]


def ndjson(client, path):
    return [json.loads(line) for line in client.get(path).get_data(as_text=True).splitlines()]


def unchanged(client, kind, before):
    """A refused write changed nothing: the collection's IDs are as they were."""
    assert ids(client, f"/v1/{kind}?limit=500") == before


def test_an_accord_based_largely_on_an_earlier_protocol_as_the_mediators_said(client):
    report = source(client, "Mediators on the new accord")
    earlier = created(client, "treaties", {**TREATY, "name": "Earlier protocol"})
    accord = created(client, "treaties", {**TREATY, "name": "New accord", "relations": [
        {"treaty_id": earlier["id"], "relation": "builds_on", "degree": "largely", **MEDIATORS,
         "source_ids": [report]}]})
    relation = shown(client, accord["href"], "relations")[0]
    assert relation == {"treaty": earlier["id"], "relation": "builds_on", "degree": "largely", "claimant": None,
                        "attribution": "unnamed", "claimant_words": "the mediators",
                        "claimant_kind": "international_organisation", "claimant_country": None,
                        "verification": None, "note": None, "sources": [report]}
    assert ids(client, "/v1/treaties?relation_degree=largely") == [accord["id"]]
    assert ids(client, f"/v1/treaties?relates_to={earlier['id']}&relation=builds_on&relation_degree=largely,"
                       "entirely") == [accord["id"]]
    assert ids(client, f"/v1/treaties?relates_to={earlier['id']}&relation_degree=partly") == []
    assert ids(client, f"/v1/treaties?relation_source={report}") == [accord["id"]]
    assert ndjson(client, f"/v1/treaties?relation_source={report}&format=ndjson")[0]["relations"] == [
        {**relation, "treaty": {"id": earlier["id"], "name": "Earlier protocol"}}]
    # the input form a PUT takes keeps the claim, and a restore brings it back
    form = client.get(f"{accord['href']}/revisions").get_json()["items"][0]["data"]
    assert form["relations"][0]["claimant_words"] == "the mediators" and form["relations"][0]["degree"] == "largely"
    assert client.put(accord["href"], json=form, headers={"If-Match": "*"}).status_code == 200
    assert shown(client, accord["href"], "relations") == [relation]
    assert client.patch(accord["href"], json={"relations": [
        {"treaty_id": earlier["id"], "relation": "builds_on", "degree": "partly"}]}).status_code == 200
    assert ids(client, "/v1/treaties?relation_degree=largely") == []
    restored = client.post(f"{accord['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert shown(client, accord["href"], "relations") == [relation]
    problem(client.delete(f"/v1/sources/{report}", headers={"If-Match": "*"}), 409)   # cited by the relation


@pytest.mark.parametrize(("item", "field"), [
    ({"degree": "mostly"}, "degree"),
    ({"claimant_words": "the mediators"}, "claimant_words"),   # words say who with attribution unnamed (or named)
    ({"claimant_kind": "group"}, "claimant_kind"),
    ({"attribution": "named"}, "claimant_id"),
    ({"source_ids": [999999]}, "source_ids"),
    ({"claimant_id": 999999}, "claimant_id"),
])
def test_a_bad_claim_of_a_treaty_relation_names_its_field_and_changes_nothing(client, item, field):
    before = ids(client, "/v1/treaties?limit=500")
    body = {**TREATY, "relations": [{"treaty_id": 1, "relation": "builds_on", **item}]}
    errors = problem(client.post("/v1/treaties", json=body), 422)["errors"]
    assert field in errors["relations"]["0"], errors
    unchanged(client, "treaties", before)


def test_talks_stalled_over_the_demands_as_one_side_says_and_the_demands_as_their_cause(client):
    rebels, government = actor(client, "Rebels"), actor(client, "Government")
    report = source(client, "Talks stall")
    demand = created(client, "statements", {**STATEMENT, "speaker_id": rebels, "stance": "demand"})
    talks = created(client, "events", {**EVENT, "title": "Talks", "type": "CONSULT", "statement_relations": [
        {"statement_id": demand["id"], "relation": "over", "degree": "partly", "claimant_id": government,
         "source_ids": [report]}]})
    item = shown(client, talks["href"], "statement_relations")[0]
    assert (item["statement"], item["relation"], item["degree"], item["claimant"], item["attribution"],
            item["sources"]) == (demand["id"], "over", "partly", government, "named", [report])
    found = f"/v1/events?related_statement={demand['id']}&statement_relation=over"
    assert ids(client, f"{found}&statement_relation_claimant={government}") == [talks["id"]]
    assert ids(client, f"{found}&statement_relation_claimant={rebels}") == []
    assert ids(client, f"/v1/events?statement_relation_degree=partly&statement_relation_source={report}") == [
        talks["id"]]
    assert ids(client, "/v1/events?statement_relation_degree=largely") == []
    # the same link read from the statement: its demands caused the talks to stall
    said = created(client, "statements", {**STATEMENT, "speaker_id": rebels, "event_relations": [
        {"event_id": talks["id"], "relation": "cause_of", "degree": "largely", **MEDIATORS}]})
    assert shown(client, said["href"], "event_relations")[0]["relation"] == "cause_of"
    assert ids(client, f"/v1/statements?related_event={talks['id']}&event_relation=cause_of"
                       "&event_relation_degree=largely") == [said["id"]]
    assert ids(client, f"/v1/statements?event_relation_claimant={government}") == []
    problem(client.delete(f"/v1/actors/{government}", headers={"If-Match": "*"}), 409)   # named as claimant


def test_two_claimants_of_one_event_relation_stand_side_by_side_and_one_said_twice_is_refused(client):
    first, second = actor(client, "Army"), actor(client, "Militia")
    raid = created(client, "events", {**EVENT, "title": "Raid"})
    answer = {"event_id": raid["id"], "relation": "in_response_to"}
    reprisal = created(client, "events", {**EVENT, "title": "Reprisal", "relations": [
        {**answer, "claimant_id": first, "degree": "entirely"}, {**answer, "claimant_id": second, "degree": "partly"}]})
    assert [(r["claimant"], r["degree"]) for r in shown(client, reprisal["href"], "relations")] == [
        (first, "entirely"), (second, "partly")]
    assert ids(client, f"/v1/events?related_to={raid['id']}&relation_claimant={second}&relation_degree=partly") == [
        reprisal["id"]]
    assert ids(client, f"/v1/events?relation_claimant={second}&relation_degree=entirely") == []   # one item
    before = ids(client, "/v1/events?limit=500")
    twice = {**answer, "claimant_id": first}
    assert "relations" in problem(client.post("/v1/events", json={**EVENT, "relations": [twice, twice]}),
                                  422)["errors"]
    unchanged(client, "events", before)


@pytest.mark.parametrize("relation", ["after", "before", "follows", "simultaneous"])
def test_an_order_in_time_takes_no_degree(client, relation):
    errors = problem(client.post("/v1/events", json={**EVENT, "relations": [
        {"event_id": 1, "relation": relation, "degree": "partly"}]}), 422)["errors"]
    assert "degree" in errors["relations"]["0"]


def test_a_statement_relation_as_claimed_and_a_denial_measured_by_its_extent(client):
    observers = actor(client, "Observers")
    report = source(client, "Observers' report")
    later = created(client, "statements", {**STATEMENT, "relations": [
        {"statement_id": 1, "relation": "confirms", "degree": "partly", "claimant_id": observers,
         "verification": "unverified", "note": "Only the date is confirmed.", "source_ids": [report]}]})
    item = shown(client, later["href"], "relations")[0]
    assert (item["degree"], item["claimant"], item["verification"], item["note"], item["sources"]) == (
        "partly", observers, "unverified", "Only the date is confirmed.", [report])
    assert ids(client, f"/v1/statements?related_to=1&relation=confirms&relation_claimant={observers}") == [
        later["id"]]
    errors = problem(client.patch(later["href"], json={"relations": [
        {"statement_id": 1, "relation": "denies", "degree": "partly"}]}), 422)["errors"]
    assert "degree" in errors["relations"]["0"] and "extent" in errors["relations"]["0"]["degree"][0]
    assert shown(client, later["href"], "relations") == [item]   # the refused PATCH changed nothing


def test_actor_and_place_relations_take_the_degree_and_unnamed_claimants(client):
    backer, report = actor(client, "Backer"), source(client, "Backing report")
    group = created(client, "actors", {"name": "Armed group", "kind": "non_state_armed_group", "relations": [
        {"actor_id": backer, "relation": "backed_by", "degree": "largely", "source_ids": [report]}]})
    assert shown(client, group["href"], "relations")[0]["degree"] == "largely"
    assert ids(client, f"/v1/actors?relation=backed_by&related_to={backer}&relation_degree=largely") == [group["id"]]
    errors = problem(client.post("/v1/actors", json={"name": "Community group", "kind": "group", "relations": [
        {"actor_id": backer, "relation": "from_community", "proportion": "most", "degree": "largely"}]}),
        422)["errors"]
    assert "proportion" in errors["relations"]["0"]["degree"][0]
    town = created(client, "places", {**PLACE, "name": "Border town"})
    area = created(client, "places", {**PLACE, "name": "Disputed area", "relations": [
        {"place_id": town["id"], "relation": "within", "degree": "partly", **MEDIATORS}]})
    item = shown(client, area["href"], "relations")[0]
    assert (item["degree"], item["claimant_words"], item["attribution"]) == ("partly", "the mediators", "unnamed")
    assert ids(client, f"/v1/places?related_to={town['id']}&relation_degree=partly") == [area["id"]]


def test_a_village_ten_km_from_a_town_with_no_direction(client):
    town = created(client, "places", {**PLACE, "name": "Border town"})
    village = created(client, "places", {**PLACE, "name": "Village", "relations": [
        {"place_id": town["id"], "relation": "distance_from", "distance_km": 10}]})
    item = shown(client, village["href"], "relations")[0]
    assert (item["relation"], item["distance_km"], item["qualifier"]) == ("distance_from", 10, None)
    assert ids(client, f"/v1/places?related_to={town['id']}&relation=distance_from") == [village["id"]]
    before = ids(client, "/v1/places?limit=500")
    errors = problem(client.post("/v1/places", json={**PLACE, "name": "Another village", "relations": [
        {"place_id": town["id"], "relation": "distance_from"}]}), 422)["errors"]
    assert "distance_km" in errors["relations"]["0"]["relation"][0]
    unchanged(client, "places", before)
    # a vague distance says how far too; a further place of an event, described so, as well
    assert client.patch(village["href"], json={"relations": [
        {"place_id": town["id"], "relation": "distance_from", "distance_vague": "a_few"}]}).status_code == 200
    event = created(client, "events", {**EVENT, "other_places": [
        {"place_id": None, "relation": "distance_from", "relative_to_id": town["id"], "distance_km": 10,
         "distance_qualifier": "about"}]})
    assert shown(client, event["href"], "other_places")[0]["distance_km"] == 10


def test_a_village_near_a_town_that_the_army_did_not_name(client):
    town = created(client, "places", {**PLACE, "name": "Market town"})
    unnamed = {"place_id": None, "unknown": "undisclosed", "relation": "near", "relative_to_id": town["id"],
               "words": "a village near the town", "role": "at"}
    event = created(client, "events", {**EVENT, "other_places": [unnamed]})
    item = shown(client, event["href"], "other_places")[0]
    assert (item["place"], item["unknown"], item["relation"], item["relative_to"], item["words"]) == (
        None, "undisclosed", "near", town["id"], "a village near the town")
    assert ids(client, f"/v1/events?relative_to={town['id']}") == [event["id"]]
    assert ids(client, f"/v1/events?unknown_place=at&relative_to={town['id']}") == [event["id"]]
    assert ids(client, f"/v1/events?place={town['id']}") == []   # near the town is not in it
    errors = problem(client.post("/v1/events", json={**EVENT, "other_places": [
        {**unnamed, "place_id": town["id"], "relation": None, "relative_to_id": None}]}), 422)["errors"]
    assert "unknown" in errors["other_places"]["0"]


def test_a_figure_place_cannot_be_at_a_distance_it_cannot_give(client):
    figure = {"quantity": "deaths", "unit": "people", "best": 3, "place_id": None, "place_relation": "distance_from",
              "place_relative_to_id": 6, "source_ids": [1]}
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert "place_relation" in errors["figures"]["0"]


def test_relation_filters_take_external_ids_and_refuse_bad_terms(client):
    problem(client.get("/v1/events?statement_relation_degree=mostly"), 400)
    problem(client.get("/v1/treaties?relation_claimant=abc"), 400)
    assert client.get("/v1/statements?event_relation_source=1").status_code == 200
