"""Open31 (issue 10, round 31; migration 0105): the vocabularies that describe the world are open, and their new
standard terms. Each new term is posted through HTTP, read back and found by its filter; a local term of a
vocabulary whose terms some rules read (participant roles, party roles, event and statement relations, place and
actor relations, actor kinds, stances, modes) is a plain term: no rule of a standard term applies to it, the
rules that need one refuse it with a 422 naming the field, and no read or export fails on it. (Every field and
filter of every open vocabulary taking a registered local term: tests/test_local_terms.py.)"""
import csv
import io

import pytest

from schemas import vocabularies as vocab

from helpers import ACTOR, EVENT, PLACE, STATEMENT, TREATY, created, ids, problem

OPENED = ("stances", "figure_causes", "actor_kinds", "place_kinds", "event_modes", "place_relations",
          "actor_place_relations", "actor_relations", "event_relations", "statement_relations",
          "event_statement_relations", "statement_event_relations", "treaty_relations", "figure_subsets",
          "targeted_groups", "claim_manners", "travel_means", "provision_actor_roles", "participant_roles",
          "party_roles")
LOCAL = {"participant_roles": "local:escort", "party_roles": "local:depositary", "event_relations": "local:commemorates",
         "statement_relations": "local:quotes", "place_relations": "local:upstream_of", "actor_relations": "local:funds",
         "actor_kinds": "local:tribe", "stances": "local:lament", "event_modes": "local:convoy_escort"}


@pytest.fixture
def local(admin):
    """The local terms of LOCAL, registered."""
    for vocabulary, term in LOCAL.items():
        answer = admin.post(f"/v1/vocabularies/{vocabulary}/terms", json={
            "term": term, "description": f"What {term} means in {vocabulary}."})
        assert answer.status_code == 201, answer.get_json()
    return LOCAL


def test_the_vocabularies_that_describe_the_world_are_open(anonymous):
    listing = anonymous.get("/v1/vocabularies").get_json()
    for name in OPENED:
        assert name in vocab.OPEN and listing["open"][name] is True, name
        one = anonymous.get(f"/v1/vocabularies/{name}").get_json()
        assert one["open"] is True and one["term_max_length"] == 80 and "other" in [t["term"] for t in one["terms"]]
    for name in ("event_types", "quad_classes", "qualifiers", "claim_ranks", "date_precisions", "date_bounds",
                 "figure_categories", "figure_units", "attributions", "occurrences"):
        assert listing["open"][name] is False, name


NEW_TERMS = ([("places", "kind", term) for term in ("road", "camp", "crossing", "building")]
             + [("actors", "kind", term) for term in ("political_party", "militia")]
             + [("statements", "stance", term) for term in ("praise", "claim_victory", "acknowledge", "hope",
                                                            "justify", "sympathy", "apologise")])
BODY = {"places": PLACE, "actors": ACTOR, "statements": STATEMENT}


@pytest.mark.parametrize("kind,field,term", NEW_TERMS)
def test_a_new_term_is_stored_read_back_and_found(client, kind, field, term):
    record = created(client, kind, {**BODY[kind], field: term})
    assert client.get(record["href"]).get_json()[field] == term
    assert record["id"] in ids(client, f"/v1/{kind}?{field}={term}&limit=500")


@pytest.mark.parametrize("cause", ["less_lethal", "chemical", "grenade", "vehicle"])
def test_a_new_cause_is_stored_read_back_and_found(client, cause):
    figure = {**EVENT["figures"][0], "cause": cause}
    event = created(client, "events", {**EVENT, "figures": [figure]})
    assert client.get(event["href"]).get_json()["figures"][0]["cause"] == cause
    assert event["id"] in ids(client, f"/v1/events?figure_cause={cause}&limit=500")


def test_a_term_no_vocabulary_has_is_refused_naming_the_field(client, dump):
    before = dump()
    figure = {**EVENT["figures"][0], "cause": "rubber_bullets"}
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert "less_lethal" in str(errors["figures"]["0"]["cause"])   # the terms it may take
    errors = problem(client.post("/v1/places", json={**PLACE, "kind": "local:refugee_camp"}), 422)["errors"]
    assert "GET /v1/vocabularies/place_kinds" in str(errors["kind"])   # not registered
    assert dump() == before


def test_a_local_participant_role_is_no_side(client, local):
    role = local["participant_roles"]
    side = {"quantity": "deaths", "low": 2, "best": 2, "high": 2, "unit": "people", "category": "side_a",
            "suffered_by_id": 9, "as_of": "2020-10-28", "claimant_id": 10, "source_ids": [1]}
    body = {**EVENT, "participants": [{"actor_id": 9, "role": role}]}
    errors = problem(client.post("/v1/events", json={**body, "figures": [side]}), 422)["errors"]
    assert "suffered_by_id" in errors["figures"]["0"]   # a side's losses: actor 9 is no side_a
    event = created(client, "events", body)
    assert client.get(event["href"]).get_json()["participants"][0]["role"] == role
    assert event["id"] in ids(client, f"/v1/events?actor=9&role={role}&limit=500")
    for export, column in (("acled", "actor1"), ("ucdp-ged", "side_a"), ("csv", None)):   # no side: no cell
        answer = client.get(f"/v1/events?actor=9&role={role}&format={export}")
        rows = list(csv.DictReader(io.StringIO(answer.get_data(as_text=True))))   # (read whole: they stream)
        assert answer.status_code == 200 and rows, export
        assert column is None or {row[column] for row in rows} == {""}, export


def test_a_local_party_role_is_a_part_in_the_treaty(client, local):
    role = local["party_roles"]
    treaty = created(client, "treaties", {**TREATY, "parties": [
        {"actor_id": 1, "role": role, "joined": "2020-10-10"}, {"actor_id": 2}]})   # a NOT role takes no joined
    assert client.get(treaty["href"]).get_json()["parties"][0]["role"] == role
    assert treaty["id"] in ids(client, "/v1/treaties?party=1&limit=500")   # party= counts it: not a NOT role
    assert treaty["id"] in ids(client, f"/v1/treaties?party=1&party_role={role}&limit=500")
    assert treaty["id"] not in ids(client, "/v1/treaties?party=1&party_role=not_party&limit=500")
    assert treaty["id"] in ids(client, "/v1/treaties?party=1&party_on=2020-10-11&limit=500")
    stats = client.get("/v1/treaties/stats?group_by=party")
    assert stats.status_code == 200, stats.get_json()


def test_a_local_event_relation_takes_no_cycle_check(client, local):
    relation = local["event_relations"]
    first = created(client, "events", {**EVENT, "title": "A first event"})
    second = created(client, "events", {**EVENT, "title": "A second event",
                                        "relations": [{"event_id": first["id"], "relation": relation}]})
    headers = {"If-Match": "*", "Content-Type": "application/merge-patch+json"}
    back = {"relations": [{"event_id": second["id"], "relation": relation}]}
    assert client.patch(first["href"], json=back, headers=headers).status_code == 200   # both ways: no cycle
    assert second["id"] in ids(client, f"/v1/events?related_to={first['id']}&relation={relation}&limit=500")
    assert second["id"] in ids(client, f"/v1/events/{first['id']}/related?relation={relation}&limit=500")
    third = created(client, "events", {**EVENT, "title": "A third event",
                                       "relations": [{"event_id": first["id"], "relation": "follows"}]})
    cycle = client.patch(first["href"], json={"relations": [{"event_id": third["id"], "relation": "follows"}]},
                         headers=headers)
    assert "relations" in problem(cycle, 422)["errors"]   # follows keeps its rule


def test_a_local_stance_and_statement_relation_are_plain(client, local):
    stance, relation = local["stances"], local["statement_relations"]
    first = created(client, "statements", STATEMENT)
    quoting = {**STATEMENT, "stance": stance, "other_stances": ["praise"],
               "relations": [{"statement_id": first["id"], "relation": relation, "extent": "part"}]}
    errors = problem(client.post("/v1/statements", json=quoting), 422)["errors"]
    assert "extent" in errors["relations"]["0"]   # extent: denies and contradicts only
    del quoting["relations"][0]["extent"]
    statement = created(client, "statements", quoting)
    shown = client.get(statement["href"]).get_json()
    assert (shown["stance"], shown["relations"][0]["relation"]) == (stance, relation)
    assert statement["id"] in ids(client, f"/v1/statements?stance={stance}&limit=500")
    assert statement["id"] in ids(client, f"/v1/statements?related_to={first['id']}&relation={relation}&limit=500")
    stats = client.get("/v1/statements/stats?group_by=stance")
    assert stats.status_code == 200 and stance in stats.get_data(as_text=True)
    assert stance in client.get(f"/v1/statements?stance={stance}&format=csv").get_data(as_text=True)


def test_a_local_place_relation_is_plain(client, local):
    relation = local["place_relations"]
    body = {**PLACE, "name": "A village upstream", "relations": [
        {"place_id": 6, "relation": relation, "and_place_id": 5}]}
    errors = problem(client.post("/v1/places", json=body), 422)["errors"]
    assert "and_place_id" in errors["relations"]["0"]   # the second place: on_road_between only
    del body["relations"][0]["and_place_id"]
    place = created(client, "places", body)
    assert place["id"] in ids(client, f"/v1/places?related_to=6&relation={relation}&limit=500")
    # a place described relative to a named one takes it too; a term that needs a named place does not
    relative = {"place_id": None, "relation": relation, "relative_to_id": 6, "role": "to"}
    event = created(client, "events", {**EVENT, "other_places": [relative]})
    assert client.get(event["href"]).get_json()["other_places"][0]["relation"] == relation
    errors = problem(client.post("/v1/events", json={**EVENT, "other_places": [
        {**relative, "relation": "capital_of"}]}), 422)["errors"]
    assert "relation" in errors["other_places"]["0"]


def test_a_local_actor_kind_and_relation_are_plain(client, local):
    kind, relation = local["actor_kinds"], local["actor_relations"]
    errors = problem(client.post("/v1/actors", json={**ACTOR, "kind": kind, "age": 40}), 422)["errors"]
    assert "age" in errors   # a person's only
    body = {**ACTOR, "name": "A clan", "kind": kind, "relations": [
        {"actor_id": 9, "relation": relation, "support_kinds": ["financial"]}]}
    errors = problem(client.post("/v1/actors", json=body), 422)["errors"]
    assert "support_kinds" in errors["relations"]["0"]   # backed_by only
    del body["relations"][0]["support_kinds"]
    actor = created(client, "actors", body)
    assert actor["id"] in ids(client, f"/v1/actors?kind={kind}&limit=500")
    assert actor["id"] in ids(client, f"/v1/actors?related_to=9&relation={relation}&limit=500")
    event = created(client, "events", {**EVENT, "participants": [{"actor_id": actor["id"], "role": "initiator"}]})
    acled = client.get(f"/v1/events?actor={actor['id']}&format=acled")   # no inter code for a local kind
    assert acled.status_code == 200 and "A clan" in acled.get_data(as_text=True)   # (read whole: it streams)
    assert event["id"] in ids(client, f"/v1/events?actor={actor['id']}&limit=500")


def test_a_local_mode_goes_with_any_type_and_words_stay_words(client, local):
    mode = local["event_modes"]
    for type_ in ("FIGHT", "AID"):
        event = created(client, "events", {**EVENT, "type": type_, "mode": mode})
        assert client.get(event["href"]).get_json()["mode"] == mode
        assert event["id"] in ids(client, f"/v1/events?mode={mode}&limit=500")
    assert created(client, "events", {**EVENT, "type": "FIGHT", "mode": "seize property"})["mode"] == "seize property"
    errors = problem(client.post("/v1/events", json={**EVENT, "mode": "local:not_registered"}), 422)["errors"]
    assert "GET /v1/vocabularies/event_modes" in str(errors["mode"])
    assert "mode" in problem(client.get("/v1/events?mode=local:not_registered"), 400)["errors"]
