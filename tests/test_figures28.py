"""Figures, round 28 (issue 10, figures28; migrations/0098), through HTTP: an actor's own figures (its strength, "an
army estimated at up to 30,000"); quantities of the people aid is for (OCHA's people in need and people targeted,
people who depend on aid) and of people under siege; an as_of bracket ("given between Monday and Wednesday"); people
registered with, or never registered with, a body; the items of a figure told apart, with the people aboard one;
a statement's or a place's figure naming whose people by a side is refused, saying which categories it takes; and
the messages naming the field to leave out. Written, read back equal, filtered; bad input is a problem naming the
field and changes nothing."""
import pytest

from helpers import BODIES, problem, created as post

EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
STATEMENT = {k: v for k, v in BODIES["statements"].items() if k != "figures"}
ACTOR = BODIES["actors"]
PLACE = BODIES["places"]


def found(client, kind, query):
    response = client.get(f"/v1/{kind}?{query}&limit=500&fields=id")
    assert response.status_code == 200, response.get_json()
    return {item["id"] for item in response.get_json()["items"]}


def people(quantity, **fields):
    return {"quantity": quantity, "unit": "people", "source_ids": [1], **fields}


def figures_of(client, created):
    return client.get(f"{created['href']}?include=figures").get_json()["figures"]


def test_an_actors_strength_is_a_figure_of_the_actor(client):
    strength = people("troops", high=30000, qualifier="at_most", as_of="2020-10-01", claimant_id=3,
                      counted="its army")
    actor = post(client, "actors", {**ACTOR, "name": "A rebel movement", "kind": "non_state_armed_group",
                                    "figures": [strength]})
    got = figures_of(client, actor)
    assert [(f["quantity"], f["high"], f["qualifier"], f["as_of"], f["category"]) for f in got] == [
        ("troops", 30000, "at_most", "2020-10-01", "total")]
    claimant = got[0]["claimant"]
    assert (claimant["id"] if isinstance(claimant, dict) else claimant) == 3
    assert actor["id"] in found(client, "actors", "figure_quantity=troops")
    assert actor["id"] in found(client, "actors", "figure_claimant=3")
    assert actor["id"] not in found(client, "actors", "figure_quantity=deaths")
    # kept by its ID in a PUT, as a place's figures are
    body = client.get(actor["href"]).get_json()
    kept = {**ACTOR, "name": "A rebel movement", "kind": "non_state_armed_group", "figures": [{"id": got[0]["id"]}]}
    response = client.put(actor["href"], json=kept, headers={"If-Match": client.get(actor["href"]).headers["ETag"]})
    assert response.status_code == 200, response.get_json()
    assert [f["id"] for f in figures_of(client, actor)] == [got[0]["id"]]
    assert body["figures"]


def test_a_place_figure_refuses_actor_id_saying_where_whose_goes(client):
    figure = people("troops", best=3000, actor_id=3)
    errors = problem(client.post("/v1/places", json={**PLACE, "figures": [figure]}), 422)["errors"]
    assert "suffered_by_id" in str(errors["figures"]["0"]["actor_id"]), errors
    # whose troops on a place's figure: suffered_by_id with combatants
    place = post(client, "places", {**PLACE, "figures": [people("troops", best=3000, suffered_by_id=3,
                                                                    category="combatants")]})
    assert place["id"] in found(client, "places", "figure_quantity=troops")


def test_quantities_of_people_aid_is_for_and_people_besieged(client):
    figures = [people("aid_dependent", vague="hundreds_of_thousands", vague_words="hundreds of thousands",
                      counted="food flights"),
               people("in_need", best=18000000, qualifier="about", as_of="2023-01-01", as_of_precision="year"),
               people("aid_targeted", best=11000000),
               people("besieged", best=400000, qualifier="about", place_id=6)]
    said = post(client, "statements", {**STATEMENT, "figures": figures})
    got = figures_of(client, said)
    assert [f["quantity"] for f in got] == ["aid_dependent", "in_need", "aid_targeted", "besieged"]
    assert said["id"] in found(client, "statements", "figure_quantity=aid_dependent")
    assert said["id"] in found(client, "statements", "figure_quantity=besieged")
    terms = client.get("/v1/vocabularies").get_json()["vocabularies"]
    assert {"in_need", "aid_targeted", "aid_dependent", "besieged"} <= {t["term"] for t in terms["figure_quantities"]}
    assert {"registered", "not_registered", "declared", "not_declared"} <= {
        t["term"] for t in terms["figure_registrations"]}
    bad = problem(client.post("/v1/events", json={**EVENT, "figures": [
        {"quantity": "in_need", "unit": "tonnes", "best": 3, "source_ids": [1]}]}), 422)["errors"]
    assert "unit" in str(bad), bad


def test_an_as_of_bracket_reads_back_and_filters(client):
    figures = [people("deaths", best=12, as_of="2021-10-04", as_of_end="2021-10-06"),
               people("deaths", best=9, as_of="2021-10-01")]
    event = post(client, "events", {**EVENT, "figures": figures})
    got = figures_of(client, event)
    assert [(f["as_of"], f["as_of_end"]) for f in got] == [("2021-10-04", "2021-10-06"), ("2021-10-01", None)]
    assert event["id"] in found(client, "events", "figure_as_of_from=2021-10-05&figure_as_of_to=2021-10-05")
    assert event["id"] in found(client, "events", "figure_as_of_from=2021-10-06")
    assert event["id"] not in found(client, "events", "figure_as_of_from=2021-10-07")
    assert event["id"] not in found(client, "events", "figure_as_of_to=2021-09-30")
    said = post(client, "statements", {**STATEMENT, "figures": [figures[0]]})
    assert said["id"] in found(client, "statements", "figure_as_of_from=2021-10-05&figure_as_of_to=2021-10-05")


def test_people_not_registered_with_a_body(client):
    figures = [people("prisoners_held", key="held", best=5000, held_as="prisoners_of_war", holder_ids=[1]),
               people("prisoners_held", part_of_key="held", vague="thousands", registration="not_registered",
                      registered_with_id=3)]
    said = post(client, "statements", {**STATEMENT, "figures": figures})
    got = figures_of(client, said)
    assert [f["registration"] for f in got] == [None, "not_registered"]
    shown = got[1]["registered_with"]
    assert (shown["id"] if isinstance(shown, dict) else shown) == 3
    assert said["id"] in found(client, "statements", "figure_registration=not_registered")
    assert said["id"] in found(client, "statements", "figure_registered_with=3")
    assert said["id"] not in found(client, "statements", "figure_registration=registered")


def test_the_items_of_a_figure_and_the_people_aboard_one(client):
    pilot = post(client, "actors", {"name": "The pilot of the second helicopter", "kind": "person",
                                    "occupation": "pilot", "unidentified": True})["id"]
    lost = {"quantity": "equipment_lost", "unit": "items", "best": 2, "source_ids": [1],
            "equipment": {"kind": "helicopter"},
            "items": [{"key": "first", "words": "the first helicopter"},
                      {"key": "second", "words": "the second helicopter"}],
            "aboard": [{"item_key": "second", "actor_id": pilot}]}
    event = post(client, "events", {**EVENT, "figures": [lost]})
    got = figures_of(client, event)[0]
    assert got["items"] == [{"key": "first", "words": "the first helicopter"},
                            {"key": "second", "words": "the second helicopter"}]
    assert [(a["item_key"], a["actor"]["id"] if isinstance(a["actor"], dict) else a["actor"])
            for a in got["aboard"]] == [("second", pilot)]
    assert event["id"] in found(client, "events", f"figure_aboard={pilot}")
    assert client.delete(f"/v1/actors/{pilot}", headers={"If-Match": "*"}).status_code == 409
    # read back, written back unchanged
    body = client.get(event["href"]).get_json()
    response = client.patch(event["href"], json={"summary": "Two helicopters downed."},
                            headers={"If-Match": client.get(event["href"]).headers["ETag"]})
    assert response.status_code == 200, response.get_json()
    assert figures_of(client, event)[0]["items"] == got["items"] and body


@pytest.mark.parametrize("figure, field", [
    (people("deaths", best=3, as_of_end="2021-10-06"), "as_of_end"),
    (people("deaths", best=3, as_of="2021-10-06", as_of_end="2021-10-06"), "as_of_end"),
    (people("deaths", best=3, as_of="2021-10-01", as_of_end="2021-10-06", as_of_precision="week"), "as_of_end"),
    (people("deaths", best=3, as_of="2021-10-01", as_of_end="2021-10-06", as_of_time="evening"), "as_of_end"),
    (people("deaths", best=3, registration="unheard"), "registration"),
    (people("deaths", best=3, registered_with_id=3), "registered_with_id"),
    ({"quantity": "area", "unit": "km2", "best": 3, "registration": "registered", "source_ids": [1]}, "registration"),
    (people("deaths", best=3, items=[{"key": "a"}]), "items"),
    ({"quantity": "equipment_lost", "unit": "items", "best": 1, "source_ids": [1],
      "items": [{"key": "a"}, {"key": "b"}]}, "items"),
    ({"quantity": "equipment_lost", "unit": "items", "best": 2, "source_ids": [1],
      "items": [{"key": "a"}, {"key": "a"}]}, "items"),
    ({"quantity": "equipment_lost", "unit": "items", "best": 2, "source_ids": [1], "items": [{"key": "a"}],
      "aboard": [{"item_key": "a", "actor_id": 999999}]}, "actor_id"),
    ({"quantity": "equipment_lost", "unit": "items", "best": 2, "source_ids": [1], "items": [{"key": "a"}],
      "aboard": [{"item_key": "b", "actor_id": 3}]}, "aboard"),
    ({"quantity": "equipment_lost", "unit": "items", "best": 2, "source_ids": [1], "items": [{"key": "a"}],
      "aboard": [{"item_key": "a", "actor_id": 3}, {"item_key": "a", "actor_id": 3}]}, "aboard"),
])
def test_bad_input_is_a_problem_naming_the_field(client, figure, field):
    before = client.get("/v1/events?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert field in str(errors), errors
    assert client.get("/v1/events?limit=500&fields=id").get_json()["items"] == before


@pytest.mark.parametrize("kind, body", [("places", PLACE), ("actors", ACTOR)])
def test_a_figure_of_a_record_without_sides_takes_no_side(client, kind, body):
    figure = people("prisoners_held", best=40, category="side_b", suffered_by_id=3)
    errors = problem(client.post(f"/v1/{kind}", json={**body, "figures": [figure]}), 422)["errors"]
    message = str(errors["figures"]["0"]["category"])
    assert "combatants" in message and "no sides" in message, errors
    total = problem(client.post(f"/v1/{kind}", json={**body, "figures": [people("prisoners_held", best=40,
                                                                                  suffered_by_id=3)]}), 422)
    message = str(total["errors"]["figures"]["0"]["suffered_by_id"])
    assert "combatants" in message and "statement's" in message, total
    post(client, kind, {**body, "figures": [{**figure, "category": "combatants"}]})
    post(client, "statements", {**STATEMENT, "about_event_ids": [], "figures": [figure]})   # as stored before


def test_a_statements_figure_names_a_side_of_an_event_it_is_about(client):
    event = client.get("/v1/events/1?include=participants").get_json()
    role, actor = next((p["role"], p["actor"]) for p in event["participants"] if p["role"] in ("side_a", "side_b"))
    actor = actor["id"] if isinstance(actor, dict) else actor
    other = next(i for i in range(1, 20) if i != actor and not any(
        (p["actor"]["id"] if isinstance(p["actor"], dict) else p["actor"]) == i for p in event["participants"]))
    about = {**STATEMENT, "about_event_ids": [1]}
    post(client, "statements", {**about, "figures": [people("deaths", best=5, category=role, suffered_by_id=actor)]})
    errors = problem(client.post("/v1/statements", json={**about, "figures": [
        people("deaths", best=5, category=role, suffered_by_id=other)]}), 422)["errors"]
    assert "about_event_ids" in str(errors["figures"]["0"]["suffered_by_id"]), errors


def test_not_given_says_which_field_to_leave_out(client):
    figures = [people("prisoners_held", key="declared", certainty="not_given"),
               people("prisoners_held", certainty="not_given", comparison="higher", compared_with_key="declared")]
    errors = problem(client.post("/v1/statements", json={**STATEMENT, "figures": figures}), 422)["errors"]
    message = str(errors["figures"]["1"]["comparison"])
    assert "leave comparison out" in message and "certainty null" in message, errors
    errors = problem(client.post("/v1/statements", json={**STATEMENT, "figures": [
        people("deaths", certainty="not_given", best=3)]}), 422)["errors"]
    assert "leave best out" in str(errors), errors
