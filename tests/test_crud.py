"""Create, read, replace, patch and delete every kind of record through HTTP."""
import pytest

from helpers import BODIES, PATCHES, problem

KINDS = list(BODIES)


@pytest.mark.parametrize("kind", KINDS)
def test_create_then_read(client, kind):
    response = client.post(f"/v1/{kind}", json=BODIES[kind])
    assert response.status_code == 201, response.get_json()
    created = response.get_json()
    assert response.headers["Location"] == f"/v1/{kind}/{created['id']}"
    assert created["version"] == 1
    fetched = client.get(f"/v1/{kind}/{created['id']}").get_json()
    assert fetched == created
    listed = client.get(f"/v1/{kind}?limit=500").get_json()["items"]
    assert created["id"] in [item["id"] for item in listed]


@pytest.mark.parametrize("kind", KINDS)
def test_put_replaces_and_bumps_version(client, kind):
    created = client.post(f"/v1/{kind}", json=BODIES[kind]).get_json()
    body = {**BODIES[kind], **PATCHES[kind]}
    response = client.put(f"/v1/{kind}/{created['id']}", json=body)
    assert response.status_code == 200, response.get_json()
    replaced = response.get_json()
    assert replaced["version"] == 2
    field, value = next(iter(PATCHES[kind].items()))
    assert replaced[field] == value
    assert replaced["created_at"] == created["created_at"]


@pytest.mark.parametrize("kind", KINDS)
def test_patch_changes_only_what_is_sent(client, kind):
    created = client.post(f"/v1/{kind}", json=BODIES[kind]).get_json()
    response = client.patch(f"/v1/{kind}/{created['id']}", json=PATCHES[kind],
                            content_type="application/merge-patch+json")
    assert response.status_code == 200, response.get_json()
    patched = response.get_json()
    field, value = next(iter(PATCHES[kind].items()))
    assert patched[field] == value
    untouched = {k: v for k, v in created.items() if k not in {field, "version", "updated_at"}}
    assert {k: patched[k] for k in untouched} == untouched
    assert patched["version"] == 2


@pytest.mark.parametrize("kind", KINDS)
def test_delete_leaves_a_tombstone(client, kind):
    created = client.post(f"/v1/{kind}", json=BODIES[kind]).get_json()
    assert client.delete(f"/v1/{kind}/{created['id']}").status_code == 204
    body = problem(client.get(f"/v1/{kind}/{created['id']}"), 410)
    assert body["deleted_by"].startswith("curator-") and body["deleted_at"]   # admins see the token's name
    problem(client.delete(f"/v1/{kind}/{created['id']}"), 410)
    problem(client.patch(f"/v1/{kind}/{created['id']}", json={}), 410)
    assert created["id"] not in [r["id"] for r in client.get(f"/v1/{kind}?limit=500").get_json()["items"]]


def test_unknown_ids_are_not_found_not_gone(client):
    problem(client.get("/v1/events/999"), 404)
    problem(client.delete("/v1/events/999"), 404)


@pytest.mark.parametrize("kind", KINDS)
def test_ids_are_never_reused(client, kind):
    first = client.post(f"/v1/{kind}", json=BODIES[kind]).get_json()["id"]
    client.delete(f"/v1/{kind}/{first}")
    second = client.post(f"/v1/{kind}", json=BODIES[kind]).get_json()["id"]
    assert second > first


def test_patch_null_removes_a_field_and_merges_objects(client):
    created = client.post("/v1/actors", json={**BODIES["actors"], "country": "CHE",
                                              "external_ids": {"wikidata": "Q1138418", "ucdp": "123"}}).get_json()
    patched = client.patch(f"/v1/actors/{created['id']}", json={"country": None, "external_ids": {"ucdp": None}},
                           content_type="application/merge-patch+json").get_json()
    assert patched["country"] is None
    assert patched["external_ids"] == {"wikidata": "Q1138418"}
    assert [(a["name"], a["language"], a["claimant"]) for a in patched["aliases"]] == [("Minsk Group", "en", None)]


def test_patch_accepts_plain_json_too(client):
    response = client.patch("/v1/sources/1", json={"publisher": "The Publisher"})
    assert response.status_code == 200
    assert response.get_json()["publisher"] == "The Publisher"


def test_put_keeps_figure_ids_it_names_and_drops_the_others(client):
    event = client.get("/v1/events/1").get_json()
    figure_id = event["figures"][0]["id"]
    body = {"title": event["title"], "type": "FIGHT", "date_start": "2020-09-26", "date_precision": "week",
            "source_ids": [1],
            "figures": [{"id": figure_id, "quantity": "deaths", "low": 5000, "unit": "people", "source_ids": [1]},
                        {"quantity": "deaths", "best": 5600, "unit": "people", "claimant_id": 2,
                         "source_ids": [1]}]}
    updated = client.put("/v1/events/1", json=body).get_json()
    assert [f["id"] for f in updated["figures"]][0] == figure_id
    assert len(updated["figures"]) == 2
    # Two figures for one quantity that disagree both stay, each with its claimant.
    assert {(f["low"], f["best"]) for f in updated["figures"]} == {(5000, None), (None, 5600)}
    body["figures"] = body["figures"][1:]
    again = client.put("/v1/events/1", json=body).get_json()
    assert figure_id not in [f["id"] for f in again["figures"]]


def test_put_fields_left_out_take_defaults(client):
    created = client.post("/v1/places", json=BODIES["places"]).get_json()
    replaced = client.put(f"/v1/places/{created['id']}", json={"name": "Hadrut", "kind": "city"}).get_json()
    assert replaced["latitude"] is None and replaced["parent"] is None and replaced["country"] is None


def test_list_pages_with_cursor_and_link_header(client):
    first = client.get("/v1/actors?limit=5")
    body = first.get_json()
    assert len(body["items"]) == 5 and body["limit"] == 5
    assert first.headers["Link"] == f'<{body["next"]}>; rel="next"'
    seen = [a["id"] for a in body["items"]]
    while body["next"]:
        body = client.get(body["next"]).get_json()
        seen += [a["id"] for a in body["items"]]
    assert seen == sorted(seen) and len(seen) == len(set(seen)) == 12


def test_paging_survives_inserts_and_deletes(client):
    doomed = client.post("/v1/actors", json=BODIES["actors"]).get_json()["id"]
    page = client.get("/v1/actors?limit=4").get_json()
    seen = [a["id"] for a in page["items"]]
    assert client.delete(f"/v1/actors/{doomed}").status_code == 204  # not yet seen: must not appear
    new = client.post("/v1/actors", json=BODIES["actors"]).get_json()["id"]  # after the cursor: must appear
    while page["next"]:
        page = client.get(page["next"]).get_json()
        seen += [a["id"] for a in page["items"]]
    assert doomed not in seen and new in seen and len(seen) == len(set(seen)) == 13
