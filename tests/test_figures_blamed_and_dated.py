"""Losses inflicted by several actors together, and a figure dated only to a year (issue 10, mend-misc;
migrations/0062), through HTTP, from the trial report t17: "the M23 blames civilian deaths mainly on the army and
its militia allies", "UN experts estimated last year". Written, read, filtered by each of them, revised and
restored; bad input is a problem naming the field."""
import pytest

from helpers import BODIES, problem, created as post

EVENT = {k: v for k, v in BODIES["events"].items() if k not in ("figures", "claims")}
MERGE = "application/merge-patch+json"


def found(client, query):
    return {item["id"] for item in client.get(f"/v1/events?{query}&limit=500&fields=id").get_json()["items"]}


def actor(client, name, kind="non_state_armed_group"):
    return post(client, "actors", {"name": name, "kind": kind})["id"]


def deaths(**fields):
    return {"quantity": "deaths", "unit": "people", "category": "civilians", "source_ids": [1], **fields}


def test_losses_inflicted_by_several_actors(client):
    m23, army, wazalendo = actor(client, "M23"), actor(client, "FARDC", "state"), actor(client, "Wazalendo")
    blamed = deaths(vague="dozens", claimant_id=m23, inflicter_ids=[army, wazalendo])
    created = post(client, "events", {**EVENT, "figures": [blamed, deaths(best=3, inflicted_by_id=m23)]})
    got = client.get(f"{created['href']}?include=figures").get_json()["figures"]
    assert [[a["id"] for a in f["inflicters"]] for f in got] == [[army, wazalendo], []]
    assert [f["inflicted_by"] and f["inflicted_by"]["id"] for f in got] == [None, m23]
    for each in (army, wazalendo, m23):   # figure_inflicted_by= finds each of them
        assert created["id"] in found(client, f"figure_inflicted_by={each}"), each
    assert client.delete(f"/v1/actors/{wazalendo}", headers={"If-Match": "*"}).status_code == 409
    changed = client.patch(created["href"], content_type=MERGE, json={"figures": [{"id": got[1]["id"]}]})
    assert changed.status_code == 200, changed.get_json()
    assert created["id"] not in found(client, f"figure_inflicted_by={wazalendo}")
    assert created["id"] in found(client, f"figure_inflicted_by={m23}")
    restored = client.post(f"{created['href']}/revisions/1/restore", headers={"If-Match": "*"})
    assert restored.status_code == 200, restored.get_json()
    assert client.get(f"{created['href']}?include=figures").get_json()["figures"] == got
    assert created["id"] in found(client, f"figure_inflicted_by={wazalendo}")


@pytest.mark.parametrize("figure", [
    deaths(best=3, inflicter_ids=[1]),
    deaths(best=3, inflicted_by_id=1, inflicter_ids=[1, 2]),
    {"quantity": "displaced", "unit": "people", "best": 3, "inflicter_ids": [1, 2], "source_ids": [1]},
    deaths(best=3, inflicter_ids=[1, 999999]),
])
def test_bad_input_is_a_problem_naming_the_field(client, figure):
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert "inflicter_ids" in str(errors), errors


def test_an_estimate_dated_only_to_a_year(client):
    """"UN experts estimated last year 3,000-4,000 Rwandan soldiers" (t17): as_of the year, not a day in it."""
    experts = actor(client, "UN Group of Experts", "international_organisation")
    troops = {"quantity": "troops", "unit": "people", "low": 3000, "high": 4000, "qualifier": "between",
              "country": "RWA", "claimant_id": experts, "as_of": "2024-01-01", "as_of_precision": "year",
              "source_ids": [1]}
    month = {**deaths(best=7), "as_of": "2025-02-01", "as_of_precision": "month"}
    created = post(client, "events", {**EVENT, "figures": [troops, month]})
    got = client.get(f"{created['href']}?include=figures").get_json()["figures"]
    assert [(f["as_of"], f["as_of_precision"]) for f in got] == [("2024-01-01", "year"), ("2025-02-01", "month")]
    day = post(client, "events", {**EVENT, "figures": [deaths(best=1, as_of="2024-03-05")]})
    assert client.get(f"{day['href']}?include=figures").get_json()["figures"][0]["as_of_precision"] is None


@pytest.mark.parametrize(("figure", "field"), [
    (deaths(best=3, as_of="2024-03-05", as_of_precision="year"), "as_of"),
    (deaths(best=3, as_of="2024-03-05", as_of_precision="month"), "as_of"),
    (deaths(best=3, as_of_precision="year"), "as_of_precision"),
    (deaths(best=3, as_of="2024-01-01", as_of_precision="fortnight"), "as_of_precision"),
])
def test_bad_precisions_are_problems_naming_the_field(client, figure, field):
    errors = problem(client.post("/v1/events", json={**EVENT, "figures": [figure]}), 422)["errors"]
    assert field in str(errors), errors
