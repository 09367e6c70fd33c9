"""The API returns what its schemas document, and the OpenAPI document describes the API that runs.

The read paths build plain dicts for speed (api/representations.py); these tests hold every one of them to
the response schemas in schemas/, loading each answer strictly (unknown fields are errors).
"""
import re

import pytest

from schemas import vocabularies as vocab
from schemas.actors import ActorOut
from schemas.problems import Problem
from schemas.events import EventOut
from schemas.places import PlaceOut
from schemas.sources import SourceOut
from schemas.statements import StatementOut
from schemas.treaties import TreatyOut

from helpers import BODIES

RESPONSE_SCHEMAS = {"sources": SourceOut, "actors": ActorOut, "places": PlaceOut, "events": EventOut,
                    "treaties": TreatyOut, "statements": StatementOut}


@pytest.mark.parametrize("kind", list(RESPONSE_SCHEMAS))
def test_every_record_matches_its_schema(client, kind):
    schema = RESPONSE_SCHEMAS[kind]()
    created = client.post(f"/v1/{kind}", json=BODIES[kind]).get_json()
    items = client.get(f"/v1/{kind}?limit=500").get_json()["items"]
    assert created["id"] in [item["id"] for item in items]
    for item in items:
        schema.load(item)  # raises ValidationError, naming the field, on any mismatch
        assert client.get(item["href"]).get_json() == item


def test_problems_match_their_schema(client):
    for response in (client.get("/v1/nowhere"), client.post("/v1/events", json={}),
                     client.delete("/v1/actors/1"), client.get("/v1/events?limit=0")):
        Problem().load(response.get_json())


def test_openapi_document_lists_every_route(client, app):
    spec = client.get("/openapi.json").get_json()
    assert spec["openapi"].startswith("3.") and spec["info"]["title"] == "conflict-facts"
    documented = {(path, method.upper()) for path, item in spec["paths"].items() for method in item
                  if method != "parameters"}
    served = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/v1/") or rule.rule in ("/", "/healthz", "/readyz"):
            path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
            served |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert served == documented


def test_openapi_documents_bodies_and_errors_from_the_schemas(client):
    spec = client.get("/openapi.json").get_json()
    schemas = spec["components"]["schemas"]
    assert {"EventIn", "EventOut", "EventOutPage", "EventInPatch", "Problem", "TreatyIn", "StatementIn"} <= set(schemas)
    assert schemas["EventIn"]["properties"]["type"]["enum"] == list(vocab.EVENT_TYPES)
    assert "date_start" in schemas["EventIn"]["required"]
    post = spec["paths"]["/v1/events"]["post"]
    assert post["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("/EventIn")
    assert "application/problem+json" in post["responses"]["422"]["content"]
    patch = spec["paths"]["/v1/events/{record_id}"]["patch"]
    assert patch["requestBody"]["content"]["application/merge-patch+json"]["schema"]["$ref"].endswith("/EventInPatch")
    assert "409" in spec["paths"]["/v1/events/{record_id}"]["delete"]["responses"]


def test_vocabularies_endpoint_publishes_every_vocabulary(client):
    listing = client.get("/v1/vocabularies").get_json()["vocabularies"]
    assert set(listing) == set(vocab.ALL)
    for name, terms in vocab.ALL.items():
        assert [entry["term"] for entry in listing[name]] == list(terms)
    fight = next(entry for entry in listing["event_types"] if entry["term"] == "FIGHT")
    assert fight["quad_class"] == "material_conflict"
    assert len(listing["event_types"]) == 25   # PLOVER's 19, CELEBRATE, DISASTER and ELECTION (fixes25), ECONOMIC, COMMEMORATE, LOSS


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_docs_page_and_its_assets_are_served_locally(client):
    page = client.get("/docs").get_data(as_text=True)
    assert "/docs/static/swagger-ui-bundle.js" in page and "https://" not in page
    assert client.get("/docs/static/swagger-ui-bundle.js").status_code == 200
