"""References by external ID (issues 11 and 12), generated from the declarations: every field of every kind
whose declaration links to a record (at any depth) and every ID filter of every collection takes
"scheme:value" as well as the ID; external IDs on every kind, filterable, one record per external ID.
"""
import copy

import pytest
from marshmallow import fields

from schemas import INPUT_SCHEMAS
from schemas.arguments import QUERY_SCHEMAS
from schemas.id_filters import IdFilter
from schemas.declaration import is_list_of_links, nested_schema
from schemas.external_ids import ALL_KINDS, SCHEMES

import test_field_declarations as generated
from test_field_declarations import _generated_property  # noqa: F401 (autouse: the property generated values name)
from helpers import BODIES, problem

UNKNOWN = "wikidata:Q987654321"


def _label(link):
    return link[:-3] + "y" if link.endswith("ies") else link[:-1]


def _wrong_scheme(link):
    """A scheme that identifies other kinds than `link`."""
    return next(name for name, scheme in SCHEMES.items() if link not in scheme.kinds)


def link_paths(body, schema_cls, path=()):
    """(path, link) of every ID in `body` held by a field linking to a record kind, at any depth."""
    for name, field in schema_cls._declared_fields.items():
        value = body.get(name)
        if name == "id" or value in (None, [], {}):
            continue
        if nested_schema(field) is not None:
            for i, item in enumerate(value):
                yield from link_paths(item, nested_schema(field), path + (name, i))
        elif isinstance(field, fields.Nested):
            yield from link_paths(value, type(field.schema), path + (name,))
        elif is_list_of_links(field) and field.inner.metadata.get("link") in ALL_KINDS:
            yield from ((path + (name, i), field.inner.metadata["link"]) for i in range(len(value)))
        elif field.metadata.get("link") in ALL_KINDS:
            yield path + (name,), field.metadata["link"]


def _get(body, path):
    for step in path:
        body = body[step]
    return body


def _set(body, path, value):
    _get(body, path[:-1])[path[-1]] = value


def _error_at(errors, path):
    for step in path:
        errors = errors[str(step)]
    return errors


def external_id_of(client, link, record_id):
    """One external ID of the record as scheme:value, given to it first when it has none."""
    record = client.get(f"/v1/{link}/{record_id}").get_json()
    if not record["external_ids"]:
        wikidata = f"Q{9_000_000 + ALL_KINDS.index(link) * 100_000 + record_id}"
        response = client.patch(f"/v1/{link}/{record_id}", json={"external_ids": {"wikidata": wikidata}},
                                content_type="application/merge-patch+json")
        assert response.status_code == 200, response.get_json()
        return f"wikidata:{wikidata}"
    scheme, value = sorted(record["external_ids"].items())[0]
    return f"{scheme}:{value}"


def full_body(client, kind):
    """A body of `kind` with every field set (tests/test_field_declarations.py makes it from the declaration)."""
    body = generated.full_item(client, INPUT_SCHEMAS[kind], base={**generated.BASES[kind],
                                                                  **generated.DATED.get(kind, {})})
    for name in generated.EXCLUSIVE.get(kind, ()):
        body[name] = None
    return generated._with_edtf(kind, generated._apart(client, kind, body))


def _declares_links(schema_cls):
    for field in schema_cls._declared_fields.values():
        inner = field.inner if isinstance(field, fields.List) else field
        if inner.metadata.get("link") in ALL_KINDS or (
                nested_schema(field) is not None and _declares_links(nested_schema(field))):
            return True
    return False


LINKING_KINDS = [kind for kind, schema_cls in INPUT_SCHEMAS.items() if _declares_links(schema_cls)]


def test_the_kinds_with_references_are_found():
    # a source names its owner (migrations/0049)
    assert set(LINKING_KINDS) == {"sources", "actors", "places", "events", "treaties", "statements"}


@pytest.mark.parametrize("kind", LINKING_KINDS)
def test_every_reference_field_takes_an_external_id(client, kind):
    body = full_body(client, kind)
    paths = list(link_paths(body, INPUT_SCHEMAS[kind]))
    assert paths, kind
    by_external_id = copy.deepcopy(body)
    for path, link in paths:
        _set(by_external_id, path, external_id_of(client, link, _get(body, path)))
    response = client.post(f"/v1/{kind}", json=by_external_id)
    assert response.status_code == 201, (by_external_id, response.get_json())
    form = generated.input_form(client.get(response.get_json()["href"]).get_json(), INPUT_SCHEMAS[kind])
    for path, _ in paths:   # read back as the numeric IDs
        assert _get(form, path) == _get(body, path), path


@pytest.mark.parametrize("kind", LINKING_KINDS)
def test_unknown_and_wrong_kind_external_ids_are_422_at_their_path(client, dump, kind):
    body = full_body(client, kind)
    paths = list(link_paths(body, INPUT_SCHEMAS[kind]))
    before = dump()
    unknown, wrong = copy.deepcopy(body), copy.deepcopy(body)
    for path, link in paths:
        _set(unknown, path, UNKNOWN)
        _set(wrong, path, f"{_wrong_scheme(link)}:1")
    errors = problem(client.post(f"/v1/{kind}", json=unknown), 422)["errors"]
    for path, link in paths:
        assert _error_at(errors, path) == [f"No {_label(link)} has {UNKNOWN}."], path
    errors = problem(client.post(f"/v1/{kind}", json=wrong), 422)["errors"]
    for path, link in paths:
        message = _error_at(errors, path)[0]
        assert f"{_wrong_scheme(link)} identifies" in message and f"takes a{'n' if link[0] in 'aeiou' else ''} " \
            f"{_label(link)}" in message, (path, message)
    assert dump() == before


@pytest.mark.parametrize("value, message", [
    ("wd:Q399", "'wd:Q399' is no ID: this field takes an actor, by its ID (a whole number) or by an external ID "
                "(wikidata:..., iso3166:..., ucdp:...)."),
    ("wikidata:399", "'wikidata:399': Must be a Wikidata item id such as Q399."),
    ("geonames:585102", "geonames identifies places, not actors: this field takes an actor (wikidata, iso3166, ucdp)."),
])
def test_the_messages_say_what_the_field_takes(client, value, message):
    found = problem(client.post("/v1/statements", json={**BODIES["statements"], "speaker_id": value}), 422)
    assert found["errors"] == {"speaker_id": [message]}


def test_put_merge_patch_and_json_patch_take_external_ids(client):
    armenia = external_id_of(client, "actors", 1)
    event = client.get("/v1/events/1").get_json()
    response = client.patch("/v1/events/1", json=[{"op": "add", "path": "/participants/-",
                                                   "value": {"actor_id": "wikidata:Q159", "role": "mediator"}}],
                            content_type="application/json-patch+json")
    assert response.status_code == 200, response.get_json()
    assert ((3, "mediator") in [(p["actor"], p["role"])
                                for p in client.get("/v1/events/1?include=").get_json()["participants"]])
    response = client.patch("/v1/events/1", json={"parent_id": None, "participants": [
        {"actor_id": armenia, "role": "side_a"}]}, content_type="application/merge-patch+json")
    assert response.status_code == 200, response.get_json()
    assert [(p["actor"], p["role"]) for p in client.get("/v1/events/1?include=").get_json()["participants"]] == [
        (1, "side_a")]
    form = generated.input_form(client.get("/v1/events/1").get_json(), INPUT_SCHEMAS["events"])
    form["participants"] = [{"actor_id": "iso3166:AZE", "role": "side_a"}]
    assert client.put("/v1/events/1", json=form).status_code == 200
    assert [(p["actor"], p["role"]) for p in client.get("/v1/events/1?include=").get_json()["participants"]] == [
        (2, "side_a")]
    assert event["id"] == 1


def test_batch_takes_external_ids_beside_refs_and_as_an_operation_id(client):
    response = client.post("/v1/batch", json={"operations": [
        {"op": "create", "kind": "sources", "ref": "src", "data": {**BODIES["sources"],
                                                                   "external_ids": {"wikidata": "Q123456789"}}},
        {"op": "create", "kind": "statements", "ref": "said", "data": {
            **BODIES["statements"], "speaker_id": "wikidata:Q399", "about_actor_ids": ["iso3166:RUS"],
            "source_ids": ["@src"], "external_ids": {"wikidata": "Q223456789"}}},
        {"op": "patch", "kind": "statements", "id": "wikidata:Q223456789", "if_match": "*",
         "data": {"source_ids": ["wikidata:Q123456789", 1]}},
    ]})
    assert response.status_code == 200, response.get_json()
    source_id, statement_id, patched = (r["id"] for r in response.get_json()["results"])
    assert patched == statement_id
    statement = client.get(f"/v1/statements/{statement_id}?include=").get_json()
    assert (statement["speaker"], statement["about_actors"], statement["sources"]) == (1, [3], [source_id, 1])
    found = problem(client.post("/v1/batch", json={"operations": [
        {"op": "delete", "kind": "actors", "id": "wikidata:Q987654321", "if_match": "*"}]}), 422)
    assert found["errors"] == {"0": {"id": ["No actor has wikidata:Q987654321."]}}


# --- external IDs on every kind --------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", ALL_KINDS)
def test_every_kind_has_external_ids_filterable_and_one_record_each(client, admin, kind):
    scheme = [name for name, s in SCHEMES.items() if kind in s.kinds][-1]   # the kind's own scheme, else wikidata
    value = {"geonames": "616052", "ucdp": "371", "acled": "UGA7752", "un-symbol": "S/RES/2216"}.get(scheme, "Q77777777")
    body = {**BODIES[kind], "external_ids": {scheme: value}}
    created = client.post(f"/v1/{kind}", json=body).get_json()
    assert created["external_ids"] == {scheme: value}
    for query in (f"external_id={scheme}:{value}", f"{scheme}={value}"):
        assert [r["id"] for r in client.get(f"/v1/{kind}?{query}").get_json()["items"]] == [created["id"]], query
    assert client.get(f"/v1/{kind}?external_id={scheme}:{value}0").get_json()["items"] == []
    found = problem(client.post(f"/v1/{kind}", json=body), 422)
    assert found["errors"] == {"external_ids": {scheme: [
        f"{scheme}:{value} is held by {_label(kind)} {created['id']} ({created.get('name') or created.get('title') or created.get('quote')}) "
        f"already: an external ID names one {_label(kind)}. Refer to that record, or correct its external IDs first."]}}
    wrong = _wrong_scheme(kind)
    found = problem(client.post(f"/v1/{kind}", json={**BODIES[kind], "external_ids": {wrong: "1"}}), 422)
    assert list(found["errors"]["external_ids"]) == [wrong]
    # A deleted record's external ID is free again, and a restore that would take it back is refused.
    assert client.delete(created["href"]).status_code == 204
    again = client.post(f"/v1/{kind}", json=body)
    assert again.status_code == 201
    found = problem(admin.post(created["href"] + "/restore"), 422)
    assert list(found["errors"]["external_ids"]) == [scheme]
    assert f"held by {_label(kind)} {again.get_json()['id']} " in found["errors"]["external_ids"][scheme][0]


def test_an_ambiguous_reference_lists_the_candidates(client, dump):
    from api.models import ActorExternalId
    from api import db

    with db.database.connection_context():   # two actors holding one ID: data older than the rule (0018)
        ActorExternalId.insert(actor=5, scheme="wikidata", value="Q399").execute()
    before = dump()
    found = problem(client.post("/v1/statements", json={**BODIES["statements"], "speaker_id": "wikidata:Q399"}), 422)
    assert found["errors"] == {"speaker_id": [
        "wikidata:Q399 names 2 actors: 1 (Armenia), 5 (Nikol Pashinyan). Give the ID of the one you mean (and correct the "
        "others' external IDs)."]}
    found = problem(client.get("/v1/statements?speaker=wikidata:Q399"), 400)
    assert list(found["errors"]) == ["speaker"] and "1 (Armenia), 5 (Nikol Pashinyan)" in found["errors"]["speaker"][0]
    assert dump() == before


# --- filters ---------------------------------------------------------------------------------------------------

ID_FILTERS = [(kind, name, field.metadata["link"]) for kind, schema in QUERY_SCHEMAS.items()
              for name, field in schema._declared_fields.items() if isinstance(field, IdFilter)]
COMPANIONS = {"related_to": {}, "party_on": {}}


def test_the_id_filters_are_found():
    found = {(kind, name) for kind, name, _ in ID_FILTERS}
    assert {("events", "actor"), ("events", "place"), ("statements", "speaker"), ("events", "treaty"),
            ("events", "claimant"), ("treaties", "party"), ("places", "within")} <= found


@pytest.mark.parametrize("kind, name, link", ID_FILTERS)
def test_every_id_filter_takes_an_external_id(client, kind, name, link):
    if link not in ALL_KINDS:
        found = problem(client.get(f"/v1/{kind}", query_string={name: "wikidata:Q1"}), 400)
        assert list(found["errors"]) == [name]
        return
    record_id = client.get(f"/v1/{link}?limit=1&fields=id").get_json()["items"][0]["id"]
    external = external_id_of(client, link, record_id)
    by_id = client.get(f"/v1/{kind}", query_string={name: record_id, "limit": 100}).get_json()["items"]
    by_external = client.get(f"/v1/{kind}", query_string={name: external, "limit": 100})
    assert by_external.status_code == 200, by_external.get_json()
    assert [r["id"] for r in by_external.get_json()["items"]] == [r["id"] for r in by_id]
    found = problem(client.get(f"/v1/{kind}", query_string={name: UNKNOWN}), 400)
    assert found["errors"] == {name: [f"No {_label(link)} has {UNKNOWN}."]}
    found = problem(client.get(f"/v1/{kind}", query_string={name: f"{_wrong_scheme(link)}:1"}), 400)
    assert list(found["errors"]) == [name] and "identifies" in found["errors"][name][0]


def test_an_id_filter_by_external_id_finds_what_the_id_finds(client):
    """Not only the same answer as the ID: the right one (events of Armenia, as side_a in the example data)."""
    by_wikidata = client.get("/v1/events?actor=wikidata:Q399").get_json()["items"]
    assert by_wikidata and [e["id"] for e in by_wikidata] == [
        e["id"] for e in client.get("/v1/events?actor=1").get_json()["items"]]


def test_the_openapi_document_says_id_or_external_id(client):
    spec = client.get("/openapi.json").get_json()
    participant = spec["components"]["schemas"]["ParticipantIn"]["properties"]["actor_id"]
    integer, external = participant["oneOf"]
    assert integer["type"] == "integer" and external["type"] == "string"
    assert "wikidata:" in external["pattern"] and "ucdp:" in external["pattern"] and "geonames" not in external["pattern"]
    parameters = {p["name"]: p for p in spec["paths"]["/v1/events"]["get"]["parameters"]}
    assert [branch["type"] for branch in parameters["actor"]["schema"]["oneOf"]] == ["integer", "string"]
    assert "external_id" in parameters and "ucdp-ged" in parameters


def test_external_id_filter_says_what_it_takes(client):
    """external_id= takes only scheme:value: its message does not offer a whole number."""
    body = client.get("/v1/events?external_id=foo")
    assert body.status_code == 400
    message = body.get_json()["errors"]["external_id"][0]
    assert "as scheme:value" in message and "whole number" not in message and "ucdp-ged:..." in message
