"""A provision's figures take every figure's fields under the same rules (schemas/figure_values.py): a rate
("two round trips a week"), what is counted ("18 fuel ships"), whose people ("32 Armenian servicemen"), a vague
amount; and every figure, a provision's or a record's, takes a verification. Through HTTP; bad values are
refused naming provisions.<i>.figures.<j>.<field>, and change nothing."""
import pytest

from helpers import BODIES, problem

TRUCE = {"name": "Yemen truce", "kind": "ceasefire", "status": "in_force", "signed_date": "2022-04-02",
         "parties": [{"actor_id": 1}, {"actor_id": 2}], "source_ids": [1]}
FLIGHTS = {"quantity": "other", "qualifier": "exactly", "best": 2, "unit": "items", "per": "week",
           "counted": "round trips between Sanaa and Amman and Cairo"}
FUEL = {"quantity": "other", "qualifier": "exactly", "best": 18, "unit": "items", "counted": "fuel ships"}
SERVICEMEN = {"quantity": "prisoners", "qualifier": "exactly", "best": 32, "unit": "people", "actor_id": 1,
              "category": "combatants", "country": "ARM", "counted": "servicemen (prisoners of war)"}
VAGUE = {"quantity": "troops", "unit": "people", "vague": "hundreds", "vague_words": "hundreds of",
         "verification": "could_not_verify", "source_ids": [1]}


def provision(*figures):
    return {"type": "ceasefire", "summary": "A truce, with flights and fuel ships.", "figures": list(figures)}


def test_rate_counted_whose_and_vague_figures_read_back_as_written(client):
    created = client.post("/v1/treaties", json={**TRUCE, "provisions": [provision(FLIGHTS, FUEL, SERVICEMEN, VAGUE)]})
    assert created.status_code == 201, created.get_json()
    for read in (created.get_json(), client.get(created.get_json()["href"]).get_json()):
        flights, fuel, servicemen, vague = read["provisions"][0]["figures"]
        assert (flights["per"], flights["best"], flights["counted"]) == ("week", 2, FLIGHTS["counted"])
        assert (fuel["best"], fuel["counted"], fuel["per"], fuel["vague"]) == (18, "fuel ships", None, None)
        assert (servicemen["category"], servicemen["country"], servicemen["counted"], servicemen["actors"]) == (
            "combatants", "ARM", "servicemen (prisoners of war)", [1])
        assert (vague["vague"], vague["vague_words"], vague["best"], vague["low"], vague["high"]) == (
            "hundreds", "hundreds of", None, None, None)
        assert (vague["verification"], vague["sources"]) == ("could_not_verify", [1])
        assert flights["verification"] is None
    # a read figure, sent back as it was read (less the shown-only names), is accepted and kept
    again = client.get(created.get_json()["href"]).get_json()["provisions"][0]
    figures = [{k: v for k, v in f.items() if k not in ("actors", "claimant", "sources")} for f in again["figures"]]
    replaced = client.patch(created.get_json()["href"], json={"provisions": [
        {"id": again["id"], **provision(*[{**f, "actor_ids": [original["actor_id"]] if "actor_id" in original else [],
                                            "source_ids": original.get("source_ids", [])}
                                           for f, original in zip(figures, (FLIGHTS, FUEL, SERVICEMEN, VAGUE))])}]})
    assert replaced.status_code == 200, replaced.get_json()
    assert replaced.get_json()["provisions"][0]["figures"] == again["figures"]


BAD = [
    ({**FLIGHTS, "per": "fortnight"}, "per"),
    ({**FUEL, "counted": ""}, "counted"),
    ({**VAGUE, "best": 300}, "best"),
    ({**FUEL, "vague_words": "many"}, "vague_words"),
    ({**VAGUE, "vague": "lots"}, "vague"),
    ({**FUEL, "category": "combatants"}, "category"),
    ({**FUEL, "subset": "children"}, "subset"),
    ({**SERVICEMEN, "country": "XXX"}, "country"),
    # a count may name its whole in words ("18 of the ships", migrations/0040); a share in percent is at most 100
    ({**FUEL, "share_of": "the ships", "unit": "percent", "best": 180}, "best"),
    ({**FUEL, "verification": "probably"}, "verification"),
    ({**FUEL, "low": 20}, "best"),
]


@pytest.mark.parametrize(("figure", "field"), BAD, ids=[f"{field}-{i}" for i, (_, field) in enumerate(BAD)])
def test_bad_figure_values_are_refused_naming_the_field(client, dump, figure, field):
    before = dump()
    body = {**TRUCE, "provisions": [provision(), provision(FLIGHTS, figure)]}
    found = problem(client.post("/v1/treaties", json=body), 422)
    assert field in found["errors"]["provisions"]["1"]["figures"]["1"], found["errors"]
    assert list(found["errors"]["provisions"]) == ["1"] and list(found["errors"]["provisions"]["1"]["figures"]) == ["1"]
    assert dump() == before


def test_a_share_in_a_provision_may_leave_its_whole_to_the_text(client):
    share = {"quantity": "troops", "qualifier": "exactly", "best": 30, "unit": "percent"}
    created = client.post("/v1/treaties", json={**TRUCE, "provisions": [provision(share)]})
    assert created.status_code == 201, created.get_json()
    assert created.get_json()["provisions"][0]["figures"][0]["share_of"] is None


@pytest.mark.parametrize("kind", ["events", "statements", "places"])
def test_a_records_figure_takes_a_verification(client, kind):
    figure = {"quantity": "deaths", "best": 30, "unit": "people", "source_ids": [1], "verification": "could_not_verify"}
    created = client.post(f"/v1/{kind}", json={**BODIES[kind], "figures": [figure]})
    assert created.status_code == 201, created.get_json()
    read = client.get(created.get_json()["href"] + "?include=figures").get_json()
    assert read["figures"][0]["verification"] == "could_not_verify"
    # ?figure_verification= finds it ("a figure that could not be verified"), and only it
    record_id = created.get_json()["id"]
    found = client.get(f"/v1/{kind}?figure_verification=could_not_verify,unverified&limit=100").get_json()["items"]
    assert [item["id"] for item in found] == [record_id]
    assert client.get(f"/v1/{kind}?figure_verification=verified").get_json()["items"] == []
    assert "figure_verification" in problem(client.get(f"/v1/{kind}?figure_verification=probably"), 400)["errors"]
    refused = problem(client.post(f"/v1/{kind}", json={**BODIES[kind], "figures": [
        {**figure, "verification": "probably"}]}), 422)
    assert "verification" in refused["errors"]["figures"]["0"]
