"""Events30 (issue 10, round 30; notes/trials t47-t49): the dead handed over by one side to another (body_recovery
with RETREAT or CONCEDE, and a figure remains_returned), a diplomat summoned in protest (summon_diplomat), a funeral
or a memorial (type COMMEMORATE), each posted through HTTP, read back, found by its filter and refused with a 422
naming the field when it does not fit."""
import pytest

from schemas import vocabularies as vocab

from helpers import EVENT, created, ids, problem

NEW_MODES = [("body_recovery", "RETREAT"), ("body_recovery", "CONCEDE"), ("summon_diplomat", "DISAPPROVE"),
             ("funeral", "COMMEMORATE"), ("memorial", "COMMEMORATE")]


@pytest.mark.parametrize("mode,type_", NEW_MODES)
def test_a_new_mode_goes_with_its_type_and_is_found(client, mode, type_):
    assert type_ in vocab.EVENT_MODES[mode][0]
    event = created(client, "events", {**EVENT, "title": f"A {mode}", "type": type_, "mode": mode})
    assert (event["type"], event["mode"]) == (type_, mode)
    assert client.get(event["href"]).get_json()["mode"] == mode
    assert event["id"] in ids(client, f"/v1/events?type={type_}&mode={mode}")


@pytest.mark.parametrize("mode", ["summon_diplomat", "funeral", "memorial"])
def test_a_new_mode_with_another_type_is_refused_naming_mode(client, mode):
    before = ids(client, "/v1/events?limit=500")
    errors = problem(client.post("/v1/events", json={**EVENT, "type": "FIGHT", "mode": mode}), 422)["errors"]
    assert list(errors) == ["mode"]
    assert ids(client, "/v1/events?limit=500") == before


def test_a_funeral_is_a_setting_event_found_by_its_quad_class(client):
    listing = client.get("/v1/vocabularies").get_json()["vocabularies"]
    assert "COMMEMORATE" in {entry["term"] for entry in listing["event_types"]}
    funeral = created(client, "events", {**EVENT, "title": "Funeral of the slain commander", "type": "COMMEMORATE",
                                         "mode": "funeral", "participants": []})
    assert funeral["quad_class"] == "setting"
    assert funeral["id"] in ids(client, "/v1/events?type=COMMEMORATE")


def test_remains_returned_is_a_figure_of_people_read_back_and_found(client):
    figure = {"quantity": "remains_returned", "best": 50, "unit": "people", "as_of": "2020-10-28",
              "claimant_id": 10, "source_ids": [1]}
    handover = created(client, "events", {**EVENT, "title": "Bodies handed over", "type": "RETREAT",
                                          "mode": "body_recovery", "figures": [figure]})
    shown = client.get(handover["href"]).get_json()["figures"][0]
    assert (shown["quantity"], shown["best"], shown["unit"]) == ("remains_returned", 50, "people")
    assert handover["id"] in ids(client, "/v1/events?figure_quantity=remains_returned")
    bad = {**figure, "unit": "items"}
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [bad]}), 422)["errors"]
    assert "figures" in errors
    assert "remains_returned" in {entry["term"] for entry in
                                  client.get("/v1/vocabularies").get_json()["vocabularies"]["figure_quantities"]}
