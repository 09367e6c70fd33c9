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


# What the schema descriptions (and so docs/fields.md) now say, read back through HTTP.

def test_a_figure_part_by_key_reads_back_its_key_and_a_null_part_of_id(client):
    whole = {"key": "all", "quantity": "deaths", "best": 20, "unit": "people", "as_of": "2020-10-28",
             "claimant_id": 10, "source_ids": [1]}
    part = {**whole, "key": None, "best": 8, "subset": "children", "part_of_key": "all"}
    part.pop("key")
    event = created(client, "events", {**EVENT, "figures": [whole, part]})
    shown = {f["best"]: f for f in client.get(event["href"]).get_json()["figures"]}
    assert (shown[8]["part_of_key"], shown[8]["part_of_id"]) == ("all", None)


def test_a_figure_of_people_without_category_reads_back_total(client):
    figure = {"quantity": "deaths", "best": 3, "unit": "people", "as_of": "2020-10-28", "claimant_id": 10,
              "source_ids": [1]}
    event = created(client, "events", {**EVENT, "figures": [figure]})
    assert client.get(event["href"]).get_json()["figures"][0]["category"] == "total"


def test_a_proportion_of_people_takes_share_of_words(client):
    figure = {"quantity": "displaced", "proportion": "most", "unit": "people", "share_of": "the town's people",
              "as_of": "2020-10-28", "claimant_id": 10, "source_ids": [1]}
    event = created(client, "events", {**EVENT, "figures": [figure]})
    shown = client.get(event["href"]).get_json()["figures"][0]
    assert (shown["proportion"], shown["share_of"], shown["unit"]) == ("most", "the town's people", "people")


def test_held_as_is_refused_for_a_quantity_not_held_naming_the_field(client):
    figure = {"quantity": "escaped", "best": 30, "unit": "people", "held_as": "prisoners", "as_of": "2020-10-28",
              "claimant_id": 10, "source_ids": [1]}
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert "held_as" in str(errors["figures"])


def test_a_property_value_without_sources_asks_for_a_source(admin, client):
    assert admin.post("/v1/properties", json={"name": "p_flag", "label": "flag", "value_type": "boolean",
                                              "applies_to": ["events"], "description": "A flag."}).status_code == 201
    answer = client.patch("/v1/events/4", json={"properties": [{"property": "p_flag", "value": True,
                                                                "source_ids": []}]})
    assert answer.status_code == 422
    assert "Cite at least one source" in str(answer.get_json()["errors"]["properties"]["0"]["source_ids"])


def test_the_field_reference_says_what_curators_found_missing(client):
    """docs/fields.md gives a description's first sentence: what curators missed is in it."""
    from api.field_reference import first_sentence

    spec = client.get("/openapi.json").get_json()["components"]["schemas"]
    said = {(schema, name): first_sentence(spec[schema]["properties"][name]["description"])
            for schema, name in (("EventIn", "date_bound"), ("ProvisionIn", "type"), ("FigureIn", "category"),
                                 ("FigureIn", "share_of"), ("FigureIn", "held_as"), ("FigureIn", "part_of_key"))}
    assert "under_way" in said["EventIn", "date_bound"]
    assert "obligation" in said["ProvisionIn", "type"]
    assert "reads back total" in said["FigureIn", "category"]
    assert "proportion" in said["FigureIn", "share_of"]
    assert "displaced" in said["FigureIn", "held_as"]
    assert "part_of_id null" in said["FigureIn", "part_of_key"]


def test_sites_near_are_stored_read_back_found_and_not_read_as_hit(client):
    """t49 #63's bend: "struck near a school" is no school hit; sites_near holds it, site_category= does not find it."""
    event = created(client, "events", {**EVENT, "title": "Strike near a school", "sites_near": ["schools",
                                                                                               "military_sites"]})
    shown = client.get(event["href"]).get_json()
    assert (shown["sites_near"], shown["site_categories"]) == (["schools", "military_sites"], [])
    assert event["id"] in ids(client, "/v1/events?site_near=schools&limit=500")
    assert event["id"] not in ids(client, "/v1/events?site_category=schools&limit=500")
    assert created(client, "events", EVENT)["sites_near"] == []
    patched = client.patch(event["href"], json={"sites_near": []})
    assert patched.status_code == 200 and patched.get_json()["sites_near"] == []
    for bad in (["near_a_school"], ["schools", "schools"]):
        errors = problem(client.post("/v1/events", json={**EVENT, "sites_near": bad}), 422)["errors"]
        assert list(errors) == ["sites_near"]
    assert list(problem(client.get("/v1/events?site_near=nowhere"), 400)["errors"]) == ["site_near"]
