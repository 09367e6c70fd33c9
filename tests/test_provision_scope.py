"""What ceasefire reporting says of a provision beyond its type (issue 10, mend-provisions), through HTTP: how
binding its wording is (modality), how it stands to another provision (links: in exchange for, on the basis
of), its places with their part (place_roles: from, to, via, between...), its scope (domains, operations,
cross-border only) and the items it covers, a deadline counted from an unstated anchor, and the new provision
types. The filters modality=, provision_place= and place_role=; revisions and NDJSON carry the new parts; bad
input gets a problem+json naming the field (docs/api.md, "Provisions")."""
import orjson
import pytest

from helpers import COVERED_NO_ISSUER, TREATY, problem


def place(client, name, **more):
    response = client.post("/v1/places", json={"name": name, "kind": "city", **more})
    assert response.status_code == 201, response.get_json()
    return response.get_json()["id"]


def treaty(client, provisions, **fields):
    response = client.post("/v1/treaties", json={**TREATY, "provisions": provisions, **fields})
    assert response.status_code == 201, response.get_json()
    return client.get(response.get_json()["href"]).get_json()


def ids(client, query):
    response = client.get(f"/v1/treaties?{query}&limit=500")
    assert response.status_code == 200, response.get_json()
    return sorted(item["id"] for item in response.get_json()["items"])


def exchange(client):
    """An all-for-all exchange, a withdrawal from one place to another line, a sea and air ceasefire."""
    kherson, dnipro = place(client, "Kherson"), place(client, "Left bank of the Dnipro", kind="region")
    record = treaty(client, [
        {"key": "prisoners", "type": "prisoner_release", "modality": "obligation",
         "summary": "Each side releases the prisoners it holds.",
         "links": [{"relation": "in_exchange_for", "provision_key": "hostages"},
                   {"relation": "on_the_basis_of", "provision_key": "hostages", "note": "all for all"}]},
        {"key": "hostages", "type": "prisoner_release", "modality": "obligation",
         "summary": "Release of the hostages.", "links": [{"relation": "reciprocal_of", "provision_key": "prisoners"}]},
        {"key": "pullback", "type": "withdrawal", "modality": "endeavour",
         "summary": "The sides will seek to withdraw from Kherson to the left bank of the Dnipro.",
         "place_roles": [{"place_id": kherson, "role": "from"}, {"place_id": dnipro, "role": "to"}],
         "covers": [{"item": "tanks", "kind": "weapons"}, {"item": "artillery over 100 mm", "kind": "weapons"},
                    {"item": "small arms", "kind": "weapons", "excluded": True}],
         "deadlines": [{"milestone": "completion", "period": {"amount": 30, "unit": "days"}, "relation": "within",
                        "relative_to": "unstated", "note": "within 30 days"}]},
        {"type": "ceasefire", "modality": "obligation", "summary": "No strikes at sea or from the air.",
         "scope": {"domains": ["sea", "air"], "operations": "strikes", "cross_border_only": True}},
        {"type": "recognition", "modality": "intention", "summary": "They intend to recognise the government."},
        {"type": "troop_reduction", "summary": "Forces reduced to 8,600.", "figures": [
            {"quantity": "troops", "qualifier": "exactly", "best": 8600, "unit": "people"}]}])
    return record, kherson, dnipro


def test_modality_links_places_scope_and_covered_items_read_back(client):
    record, kherson, dnipro = exchange(client)
    prisoners, hostages, pullback, ceasefire, recognition, reduction = record["provisions"]
    assert [p["modality"] for p in record["provisions"]] == [
        "obligation", "obligation", "endeavour", "obligation", "intention", None]
    assert prisoners["links"] == [
        {"relation": "in_exchange_for", "provision": None, "provision_key": "hostages", "ratio": None, "note": None},
        {"relation": "on_the_basis_of", "provision": None, "provision_key": "hostages", "ratio": None,
         "note": "all for all"}]
    assert hostages["links"][0]["provision_key"] == "prisoners"
    # the place as `places` shows its places (embedded on a treaty's own page)
    assert [(p["place"]["id"], p["role"]) for p in pullback["place_roles"]] == [(kherson, "from"), (dnipro, "to")]
    assert pullback["places"] == []   # place_ids: places without a part
    assert pullback["covers"][2] == {"item": "small arms", "kind": "weapons", "excluded": True, "group": None,
                                  **COVERED_NO_ISSUER}
    assert pullback["covers"][0]["excluded"] is False
    assert pullback["deadlines"][0]["relative_to"] == "unstated"
    assert ceasefire["scope"] == {"domains": ["sea", "air"], "operations": "strikes", "cross_border_only": True,
                                  "note": None}
    assert pullback["scope"] is None and ceasefire["links"] == [] and ceasefire["place_roles"] == []
    assert recognition["type"] == "recognition" and reduction["type"] == "troop_reduction"
    # a PATCH of another field keeps them all, and a PUT of what was read back changes nothing
    assert client.patch(record["href"], json={"summary": "Changed."}).status_code == 200
    assert client.get(record["href"]).get_json()["provisions"] == record["provisions"]


def test_filters_modality_place_and_place_role(client):
    record, kherson, dnipro = exchange(client)
    other = treaty(client, [{"type": "ceasefire", "summary": "S.", "place_ids": [kherson]}])
    assert ids(client, "modality=endeavour") == [record["id"]]
    assert ids(client, "modality=permission") == []
    assert ids(client, "modality=intention,permission") == [record["id"]]
    assert ids(client, f"provision_place={kherson}") == [record["id"], other["id"]]
    assert ids(client, f"provision_place={kherson}&place_role=from") == [record["id"]]
    assert ids(client, f"provision_place={kherson}&place_role=to") == []
    assert ids(client, f"provision_place={dnipro}&place_role=to,via") == [record["id"]]
    assert ids(client, "place_role=from") == [record["id"]]
    problem(client.get("/v1/treaties?modality=shall"), 400)
    problem(client.get("/v1/treaties?place_role=into"), 400)


def test_a_place_in_a_role_cannot_be_deleted_while_named(client):
    record, kherson, _ = exchange(client)
    problem(client.delete(f"/v1/places/{kherson}"), 409)


def test_revisions_restore_and_ndjson_carry_the_new_parts(client):
    record, _, _ = exchange(client)
    before = record["provisions"]
    changed = client.patch(record["href"], json={"provisions": [{"type": "ceasefire", "summary": "Only this."}]})
    assert changed.status_code == 200, changed.get_json()
    restored = client.post(f"{record['href']}/revisions/1/restore", headers={"If-Match": changed.headers["ETag"]})
    assert restored.status_code == 200, restored.get_json()
    again = restored.get_json()["provisions"]
    strip = [{k: v for k, v in p.items() if k not in ("id", "implementation")} for p in before]
    assert [{k: v for k, v in p.items() if k not in ("id", "implementation")} for p in again] == strip
    lines = [orjson.loads(line) for line in client.get("/v1/treaties?format=ndjson").get_data().splitlines()]
    exported = next(line for line in lines if line["id"] == record["id"])
    assert exported["provisions"] == client.get(record["href"]).get_json()["provisions"]


BAD = [
    ({"modality": "shall"}, ("modality",)),
    ({"links": [{"relation": "in_exchange_for"}]}, ("links", "0", "provision_id")),
    ({"links": [{"relation": "traded_for", "provision_key": "a"}]}, ("links", "0", "relation")),
    ({"links": [{"relation": "in_exchange_for", "provision_key": "nope"}]}, ("links", "0", "provision_key")),
    ({"key": "self", "links": [{"relation": "reciprocal_of", "provision_key": "self"}]},
     ("links", "0", "provision_key")),
    ({"links": [{"relation": "in_exchange_for", "provision_id": 999999}]}, ("links", "0", "provision_id")),
    ({"place_roles": [{"place_id": 1, "role": "into"}]}, ("place_roles", "0", "role")),
    ({"place_roles": [{"place_id": 999999, "role": "from"}]}, ("place_roles", "0", "place_id")),
    ({"place_roles": [{"place_id": 1, "role": "from"}, {"place_id": 1, "role": "from"}]}, ("place_roles",)),
    ({"scope": {"domains": ["water"]}}, ("scope", "domains", "0")),
    ({"scope": {"operations": "defensive"}}, ("scope", "operations")),
    ({"covers": [{"item": "tanks"}]}, ("covers", "0", "kind")),
    ({"covers": [{"item": "", "kind": "weapons"}]}, ("covers", "0", "item")),
    ({"deadlines": [{"milestone": "completion", "period": {"amount": 30, "unit": "days"}, "relation": "within",
                     "relative_to": "unknown"}]}, ("deadlines", "0", "relative_to")),
]


@pytest.mark.parametrize("fields, path", BAD, ids=[".".join(path) + f"-{i}" for i, (_, path) in enumerate(BAD)])
def test_bad_input_is_refused_naming_the_field(client, fields, path):
    body = {**TREATY, "provisions": [{"type": "ceasefire", "summary": "S.", **fields}]}
    found = problem(client.post("/v1/treaties", json=body), 422)
    errors = found["errors"]["provisions"]["0"]
    for key in path:
        assert key in errors, (path, found["errors"])
        errors = errors[key]


def test_a_treaty_never_in_force_has_no_in_force_precision(client):
    never = treaty(client, [])
    assert never["in_force_date"] is None and never["in_force_precision"] is None
    dated = treaty(client, [], in_force_date="2020-10-10")
    assert dated["in_force_precision"] == "day"
    month = treaty(client, [], in_force_edtf="2020-10")
    assert (month["in_force_date"], month["in_force_precision"]) == ("2020-10-01", "month")
    # a precision without a date says nothing, and is dropped; what was read back is accepted as it is
    response = client.patch(never["href"], json={"in_force_precision": "month"})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["in_force_precision"] is None
    problem(client.patch(never["href"], json={"in_force_precision": "fortnight"}), 422)


def test_a_provision_named_by_id_is_linked_but_not_to_itself(client):
    record = treaty(client, [{"type": "prisoner_release", "summary": "Hostages."}])
    kept = record["provisions"][0]["id"]
    mine = {"id": kept, "type": "prisoner_release", "summary": "Hostages."}
    theirs = {"type": "prisoner_release", "summary": "Prisoners.",
              "links": [{"relation": "in_exchange_for", "provision_id": kept}]}
    response = client.patch(record["href"], json={"provisions": [mine, theirs]})
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["provisions"][1]["links"][0]["provision"] == kept
    found = problem(client.patch(record["href"], json={"provisions": [
        {**mine, "links": [{"relation": "reciprocal_of", "provision_id": kept}]}]}), 422)
    assert "provision_id" in found["errors"]["provisions"]["0"]["links"]["0"], found["errors"]
