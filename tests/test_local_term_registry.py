"""Local terms (issue 10, terms; docs/api.md "Local terms"): the registry's routes and their refusals, a term seen
by another instance's write, the OpenAPI document, exports and aggregates, and vocabularies.md saying which
vocabularies are open. Apart from tests/test_local_terms.py (every field and filter of every open vocabulary,
generated) for its size (open31). Driven through HTTP on the example data."""
import pathlib

import pytest

from api.app import create_app
from schemas import vocabularies as vocab

from test_field_declarations import BASES
from test_local_terms import register


def test_registry_routes(client, admin, anonymous):
    body = {"term": "local:rail_lines", "description": "Rail lines and trains: a line cut, trains halted.",
            "broader": "roads", "source": "ACLED codebook: infrastructure"}
    assert anonymous.post("/v1/vocabularies/disrupted_services/terms", json=body).status_code == 401
    assert client.post("/v1/vocabularies/disrupted_services/terms", json=body).status_code == 403
    created = admin.post("/v1/vocabularies/disrupted_services/terms", json=body)
    assert created.status_code == 201, created.get_json()
    shown = created.get_json()
    assert created.headers["Location"] == shown["href"] == "/v1/vocabularies/disrupted_services/terms/local:rail_lines"
    assert {k: shown[k] for k in ("term", "local", "broader", "source", "deprecated", "vocabulary")} == {
        "term": "local:rail_lines", "local": True, "broader": "roads", "source": "ACLED codebook: infrastructure",
        "deprecated": False, "vocabulary": "disrupted_services"}
    assert anonymous.get(shown["href"]).get_json() == shown
    one = anonymous.get("/v1/vocabularies/disrupted_services").get_json()
    assert one["open"] is True and one["terms"][-1] == shown and one["term_max_length"] == 80
    assert [t["term"] for t in one["terms"][:-1]] == list(vocab.DISRUPTED_SERVICES)
    listing = anonymous.get("/v1/vocabularies").get_json()
    assert listing["vocabularies"]["disrupted_services"][-1] == shown
    assert listing["open"]["disrupted_services"] is True and listing["open"]["event_types"] is False
    assert anonymous.get("/v1/vocabularies/event_types").get_json()["open"] is False
    assert anonymous.get("/v1/vocabularies/provision_object_kinds").get_json()["term_max_length"] == 80
    # PATCH: description, broader, source, deprecated; never the term
    patched = admin.patch(shown["href"], json={"description": "Rail traffic.", "broader": None, "deprecated": True})
    assert patched.status_code == 200, patched.get_json()
    assert {k: patched.get_json()[k] for k in ("description", "broader", "deprecated", "source")} == {
        "description": "Rail traffic.", "broader": None, "deprecated": True, "source": "ACLED codebook: infrastructure"}
    assert admin.patch(shown["href"], json={"term": "local:rail"}).status_code == 422
    assert client.patch(shown["href"], json={"deprecated": False}).status_code == 403
    assert admin.delete(shown["href"]).status_code == 405


@pytest.mark.parametrize(("url", "body", "status", "named"), [
    ("/v1/vocabularies/no_such/terms", {"term": "local:x", "description": "x"}, 404, None),
    ("/v1/vocabularies/event_types/terms", {"term": "local:x", "description": "x"}, 422, "name"),
    ("/v1/vocabularies/qualifiers/terms", {"term": "local:x", "description": "x"}, 422, "name"),
    ("/v1/vocabularies/legal_charges/terms", {"term": "discrimination", "description": "x"}, 422, "term"),
    ("/v1/vocabularies/legal_charges/terms", {"term": "local:Bad-Term", "description": "x"}, 422, "term"),
    ("/v1/vocabularies/legal_charges/terms", {"term": "local:treason", "description": "x"}, 422, "term"),
    ("/v1/vocabularies/legal_charges/terms", {"term": "local:x"}, 422, "description"),
    ("/v1/vocabularies/legal_charges/terms", {"term": "local:x", "description": "x", "broader": "rail"}, 422,
     "broader"),
    ("/v1/vocabularies/legal_charges/terms", {"term": "local:x", "description": "x", "broader": "other"}, 422,
     "broader"),
])
def test_registry_refusals(admin, dump, url, body, status, named):
    before = dump()
    answer = admin.post(url, json=body)
    assert answer.status_code == status, answer.get_json()
    assert answer.headers["Content-Type"] == "application/problem+json"
    if named:
        assert named in answer.get_json()["errors"]
    assert dump() == before


def test_a_term_taken_and_unknown_terms(admin):
    register(admin, "legal_charges", "local:ethnic_discrimination")
    again = admin.post("/v1/vocabularies/legal_charges/terms", json={"term": "local:ethnic_discrimination",
                                                                      "description": "Again."})
    assert again.status_code == 422 and "term" in again.get_json()["errors"]
    register(admin, "requested_actions", "local:ethnic_discrimination")   # another vocabulary: its own
    assert admin.get("/v1/vocabularies/legal_charges/terms/local:nothing").status_code == 404
    assert admin.patch("/v1/vocabularies/legal_charges/terms/local:nothing", json={"description": "x"}).status_code == 404
    assert admin.get("/v1/vocabularies/nothing").status_code == 404


def test_a_term_registered_by_one_instance_is_seen_by_a_write_in_another(app, client, admin, token_secrets):
    other = create_app({"DATABASE_URL": app.config["DATABASE_URL"], "TESTING": True, "READ_RATE": 0})
    other.test_client_class = type(client)
    curator = other.test_client(token=token_secrets["curator"])
    statement = {**BASES["statements"], "platform": "local:loudspeaker"}
    refused = curator.post("/v1/statements", json=statement)   # this instance's copy of the registry: no such term
    assert refused.status_code == 422 and "platform" in refused.get_json()["errors"]
    register(admin, "statement_platforms", "local:loudspeaker")
    created = curator.post("/v1/statements", json=statement)
    assert created.status_code == 201, created.get_json()
    assert client.get(created.get_json()["href"]).get_json()["platform"] == "local:loudspeaker"


def test_openapi_documents_local_terms(anonymous):
    spec = anonymous.get("/openapi.json").get_json()
    platform = spec["components"]["schemas"]["StatementIn"]["properties"]["platform"]
    assert platform["anyOf"] == [{"type": "string", "enum": list(vocab.STATEMENT_PLATFORMS)}, {
        "type": "string", "pattern": "^local:[a-z][a-z0-9_]*$",
        "description": "A local term an admin registered in statement_platforms: GET "
                       "/v1/vocabularies/statement_platforms lists them."}]
    assert "/v1/vocabularies/statement_platforms" in platform["description"]
    closed = spec["components"]["schemas"]["EventIn"]["properties"]["type"]
    assert "anyOf" not in closed and "enum" in closed
    charge = next(p for p in spec["paths"]["/v1/events"]["get"]["parameters"] if p["name"] == "charge")
    assert "local:" in charge["description"]
    assert "post" in spec["paths"]["/v1/vocabularies/{vocabulary}/terms"]
    assert "patch" in spec["paths"]["/v1/vocabularies/{vocabulary}/terms/{term}"]


def test_csv_exports_and_aggregates_carry_local_terms(client, admin):
    register(admin, "treaty_kinds", "local:memorandum_of_understanding")
    created = client.post("/v1/treaties", json={**BASES["treaties"], "kind": "local:memorandum_of_understanding"})
    assert created.status_code == 201, created.get_json()
    assert "local:memorandum_of_understanding" in client.get("/v1/treaties?format=csv&kind="
                                                             "local:memorandum_of_understanding").get_data(as_text=True)
    lines = client.get("/v1/treaties?format=ndjson").get_data(as_text=True).splitlines()
    assert any('"kind":"local:memorandum_of_understanding"' in line for line in lines)
    stats = client.get("/v1/treaties/stats?group_by=kind")
    assert stats.status_code == 200, stats.get_json()
    assert "local:memorandum_of_understanding" in stats.get_data(as_text=True)


def test_vocabularies_doc_says_which_are_open():
    text = (pathlib.Path(__file__).resolve().parent.parent / "docs" / "vocabularies.md").read_text()
    for name in vocab.ALL:
        section = text.split(f"`{name}`", 1)[1].split("\n## ", 1)[0]
        assert ("**Open**" in section) == (name in vocab.OPEN), name
    assert ", ".join(sorted(vocab.OPEN)) in " ".join(text.split("## Open vocabularies and local terms")[1].split())
