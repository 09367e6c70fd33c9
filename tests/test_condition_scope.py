"""Conditions with a connective (unless, until) and conditions tied to one act of a statement (issue 10, round 30,
cond30; schemas/condition_scope.py), and each collection's hints for common wrong query parameter names
(schemas/query_hints.py), through HTTP: written, read back, filtered; bad input is a 422 naming the field and
changes nothing. Examples from the war in Tigray and the Pretoria agreement of November 2022."""
import pytest

from helpers import created as post, problem

from schemas.arguments import QUERY_SCHEMAS
from schemas.query_hints import QUERY_HINTS


def ids(client, query, kind="treaties"):
    return {item["id"] for item in client.get(f"/v1/{kind}?{query}&limit=500&fields=id").get_json()["items"]}


@pytest.fixture
def world(client):
    return {name: post(client, "actors", {"name": name, "kind": kind})["id"] for name, kind in (
        ("Ethiopia", "state"), ("TPLF", "non_state_armed_group"), ("African Union", "international_organisation"))}


def agreement(w):
    return {
        "name": "Pretoria agreement", "kind": "ceasefire", "status": "signed", "source_ids": [1],
        "parties": [{"actor_id": w["Ethiopia"]}, {"actor_id": w["TPLF"]}],
        "provisions": [
            {"key": "heavy", "type": "weapons_withdrawal", "modality": "prohibition",
             "summary": "No heavy weapons move into the zone unless the monitors consent.",
             "conditions": [{"type": "actor_action", "actor_id": w["African Union"], "action": "consent",
                             "connective": "unless"}]},
            {"key": "curfew", "type": "ceasefire", "summary": "The curfew holds until the roads are cleared.",
             "conditions": [{"type": "other", "description": "until the roads are cleared", "connective": "until"}]},
            {"key": "aid", "type": "humanitarian_access", "summary": "Aid flows once the ceasefire holds.",
             "conditions": [{"type": "provision", "provision_key": "curfew"}]},
        ]}


def test_a_condition_says_if_unless_or_until_and_is_found_by_it(client, world):
    treaty = post(client, "treaties", agreement(world))
    heavy, curfew, aid = client.get(f"{treaty['href']}?include=provisions").get_json()["provisions"]
    assert [c["connective"] for p in (heavy, curfew, aid) for c in p["conditions"]] == ["unless", "until", "if"]
    other = post(client, "treaties", {"name": "Other", "kind": "ceasefire", "status": "signed", "source_ids": [1]})
    assert ids(client, "condition_connective=unless") == {treaty["id"]}
    assert ids(client, "condition_connective=until,unless") == {treaty["id"]}
    assert other["id"] not in ids(client, "condition_connective=until")
    assert "condition_connective" in str(problem(client.get("/v1/treaties?condition_connective=if"), 400))


def test_a_bad_connective_is_a_422_naming_it(client, world):
    body = agreement(world)
    body["provisions"][0]["conditions"][0]["connective"] = "except"
    before = ids(client, "kind=ceasefire")
    response = client.post("/v1/treaties", json=body)
    assert response.status_code == 422 and "connective" in response.get_data(as_text=True)
    assert ids(client, "kind=ceasefire") == before


def statement(w, indexes):
    return {"speaker_id": w["Ethiopia"], "date": "2021-06-28", "medium": "press_release", "stance": "support",
            "quote": "Fighters who lay down their arms will be pardoned; we call for talks.", "source_ids": [1],
            "about_actor_ids": [w["TPLF"]],
            "conditions": [{"type": "actor_action", "actor_id": w["TPLF"], "action": "lay down their arms",
                            "connective": "if"},
                           {"type": "other", "description": "until the harvest is in", "connective": "until"}],
            "offers": [{"action": "amnesty", "words": "pardon for fighters",
                        "condition_indexes": indexes}],
            "requests": [{"action": "further_negotiations", "addressee_ids": [w["TPLF"]]}]}


def test_an_act_names_the_statement_conditions_it_hangs_on(client, world):
    made = post(client, "statements", statement(world, [0]))
    read = client.get(made["href"]).get_json()
    assert read["offers"][0]["condition_indexes"] == [0]
    assert read["requests"][0]["condition_indexes"] == []
    assert [c["connective"] for c in read["conditions"]] == ["if", "until"]
    assert ids(client, "condition_connective=until", "statements") == {made["id"]}
    assert ids(client, "condition_connective=unless", "statements") == set()


@pytest.mark.parametrize("indexes", [[2], [0, 0]])
def test_a_condition_index_out_of_range_is_a_422_naming_it(client, world, indexes):
    before = ids(client, "count=false", "statements")
    response = client.post("/v1/statements", json=statement(world, indexes))
    assert response.status_code == 422
    assert "condition_indexes" in str(problem(response, 422)["errors"]["offers"])
    assert ids(client, "count=false", "statements") == before


@pytest.mark.parametrize("kind, wrong, meant", [(kind, wrong, meant[0]) for kind, hints in QUERY_HINTS.items()
                                                for wrong, meant in hints.items()])
def test_a_common_wrong_parameter_name_suggests_the_one_meant(client, kind, wrong, meant):
    response = client.get(f"/v1/{kind}?{wrong}=1")
    assert response.status_code == 400
    message = response.get_data(as_text=True)
    assert f"Did you mean {meant}" in message


def test_hints_name_parameters_that_exist_and_wrong_names_that_do_not():
    for kind, hints in QUERY_HINTS.items():
        known = {field.data_key or name for name, field in QUERY_SCHEMAS[kind]().load_fields.items()}
        assert not set(hints) & known
        assert {name for meant in hints.values() for name in meant} <= known
