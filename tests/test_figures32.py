"""Figures, round 32 (figs32; migrations/0110), through HTTP: a toll its publisher gives as provisional (status),
deaths in captivity (held_as on deaths), an equipment loss with what hit it (cause on equipment_lost), and two
counts of different things on one record (told apart by counted words and equipment). Written, read back equal,
filtered, revised; bad input is a problem naming the field and changes nothing."""
import pytest

from helpers import COVERED_NO_ISSUER, UNNAMED_CRAFT, BODIES, problem, created as post

EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
STATEMENT = {k: v for k, v in BODIES["statements"].items() if k != "figures"}


def found(client, kind, query):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


def people(quantity, **fields):
    return {"quantity": quantity, "unit": "people", "source_ids": [1], **fields}


def figures_of(client, created):
    return client.get(f"{created['href']}?include=figures").get_json()["figures"]


def test_a_provisional_toll_read_filtered_and_revised(client):
    event = post(client, "events", {**EVENT, "figures": [people("deaths", best=40, status="provisional")]})
    plain = post(client, "events", {**EVENT, "figures": [people("deaths", best=3)]})
    got = figures_of(client, event)
    assert got[0]["status"] == "provisional" and figures_of(client, plain)[0]["status"] is None
    assert event["id"] in found(client, "events", "figure_status=provisional,preliminary")
    assert plain["id"] not in found(client, "events", "figure_status=provisional,preliminary,final,revised")
    etag = client.get(event["href"]).headers["ETag"]
    revised = client.patch(event["href"], headers={"If-Match": etag}, json={"figures": [
        {**people("deaths", best=40, status="provisional"), "id": got[0]["id"]},
        people("deaths", best=43, status="final")]})
    assert revised.status_code == 200, revised.get_json()
    assert [f["status"] for f in figures_of(client, event)] == ["provisional", "final"]
    assert event["id"] in found(client, "events", "figure_status=final")
    said = post(client, "statements", {**STATEMENT, "figures": [people("injured", best=9, status="preliminary")]})
    assert said["id"] in found(client, "statements", "figure_status=preliminary")
    terms = {i["term"] for i in client.get("/v1/vocabularies").get_json()["vocabularies"]["figure_statuses"]}
    assert terms == {"preliminary", "provisional", "final", "revised"}


def test_deaths_in_captivity(client):
    """ "55 servicemen died in captivity": deaths held as prisoners of war, and who held them."""
    figure = people("deaths", best=55, category="combatants", suffered_by_id=1, held_as="prisoners_of_war",
                    holder_ids=[2], counted="servicemen")
    said = post(client, "statements", {**STATEMENT, "figures": [figure]})
    got = figures_of(client, said)[0]
    assert (got["held_as"], [h if isinstance(h, int) else h["id"] for h in got["holders"]]) == (
        "prisoners_of_war", [2])
    assert said["id"] in found(client, "statements", "figure_held_as=prisoners_of_war")
    assert said["id"] in found(client, "statements", "figure_held_by=2")


def test_an_equipment_loss_with_its_cause(client):
    """ "a vehicle hit by a missile from an aircraft": equipment_lost, cause missile, inflicted_with aircraft."""
    figure = {"quantity": "equipment_lost", "unit": "items", "low": 1, "qualifier": "at_least", "source_ids": [1],
              "equipment": {"kind": "vehicle"}, "inflicted_with": {"kind": "aircraft"}, "cause": "missile"}
    event = post(client, "events", {**EVENT, "figures": [figure]})
    got = figures_of(client, event)[0]
    assert (got["cause"], got["inflicted_with"]["kind"], got["equipment"]["kind"]) == ("missile", "aircraft",
                                                                                      "vehicle")
    assert event["id"] in found(client, "events", "figure_cause=missile")
    assert got["other_inflicted_with"] == []
    drone = {**figure, "inflicted_with": {"kind": "drone", "model": None, "maker_country": None, **UNNAMED_CRAFT},
             "other_inflicted_with": [{"kind": "other", "model": "missile", "maker_country": None, **UNNAMED_CRAFT}], "cause": None}
    both = post(client, "events", {**EVENT, "figures": [drone]})
    assert figures_of(client, both)[0]["other_inflicted_with"] == drone["other_inflicted_with"]
    assert both["id"] in found(client, "events", "figure_inflicted_with=other")
    assert both["id"] in found(client, "events", "figure_inflicted_with=drone")
    assert {event["id"], both["id"]} & found(client, "events", "figure_inflicted_with=tank") == set()
    assert event["id"] in found(client, "events", "figure_inflicted_with=aircraft")


def test_two_counts_of_different_things_both_preferred(client):
    """ "two infantry companies and three jets": two preferred counts told apart by counted and equipment."""
    figures = [{"quantity": "count", "unit": "items", "best": 2, "counted": "infantry companies",
                "rank": "preferred", "source_ids": [1]},
               {"quantity": "count", "unit": "items", "best": 3, "counted": "jets", "rank": "preferred",
                "equipment": {"kind": "aircraft"}, "source_ids": [1]}]
    said = post(client, "statements", {**STATEMENT, "figures": figures})
    assert [(f["counted"], f["rank"]) for f in figures_of(client, said)] == [
        ("infantry companies", "preferred"), ("jets", "preferred")]
    twice = [figures[1], {**figures[1], "best": 4, "counted": " Jets"}]   # the same words and equipment
    errors = problem(client.post("/v1/statements", json={**STATEMENT, "figures": twice}), 422)["errors"]
    assert "rank" in errors["figures"]["1"], errors
    models = [figures[1], {**figures[1], "equipment": {"kind": "aircraft", "model": "Mirage"}}]
    post(client, "statements", {**STATEMENT, "figures": models})   # another model is another thing counted


def test_deaths_are_still_one_preferred_figure_whatever_their_words(client):
    figures = [people("deaths", best=5, counted="soldiers", rank="preferred"),
               people("deaths", best=7, counted="servicemen", rank="preferred")]
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": figures}), 422)["errors"]
    assert "rank" in errors["figures"]["1"], errors


@pytest.mark.parametrize("figure, field", [
    (people("deaths", best=3, status="temporary"), "status"),
    (people("deaths", published=False, claimant_id=1, status="provisional"), "status"),
    (people("deaths", certainty="not_known", status="final"), "status"),
    (people("injured", best=3, held_as="prisoners_of_war"), "held_as"),
    ({"quantity": "weapons", "unit": "items", "best": 3, "cause": "missile", "source_ids": [1]}, "cause"),
    ({"quantity": "equipment_lost", "unit": "items", "best": 1, "other_inflicted_with": [{"kind": "drone"}],
      "source_ids": [1]}, "other_inflicted_with"),
    ({"quantity": "equipment_lost", "unit": "items", "best": 1, "inflicted_with": {"kind": "drone"},
      "other_inflicted_with": [{"kind": "drone"}], "source_ids": [1]}, "other_inflicted_with"),
])
def test_bad_input_is_a_problem_naming_the_field(client, figure, field):
    before = client.get("/v1/events?limit=500&fields=id").get_json()["items"]
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert field in errors["figures"]["0"], errors
    assert client.get("/v1/events?limit=500&fields=id").get_json()["items"] == before


def test_a_provision_covers_prisoners_of_war_as_an_act_targets_them(client):
    """A provision's covers[].group takes the terms an act's target_groups takes (figure_held_as ones too)."""
    covered = {"item": "captured military personnel", "kind": "people", "group": "prisoners_of_war"}
    treaty = post(client, "treaties", {**BODIES["treaties"], "provisions": [
        {"type": "prisoner_release", "summary": "All captured personnel are to be released.", "covers": [covered]}]})
    assert treaty["provisions"][0]["covers"] == [{**covered, "excluded": False, **COVERED_NO_ISSUER}]
    found_ = client.get("/v1/treaties?provision_covered_group=prisoners_of_war").get_json()["items"]
    assert [t["id"] for t in found_] == [treaty["id"]]
