"""HTTP hardening (issue 8): hostile or malformed requests get a problem document, never a 500, and change
nothing; every response carries the headers that keep browsers from misreading it."""
import pytest

from helpers import problem

WRITE_PATHS = ("/v1/sources", "/v1/events", "/v1/statements")


# --- L2: deep JSON -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("depth", [65, 500, 900, 950, 990, 1000, 1023])
@pytest.mark.parametrize("wrap", ["bare", "in a field"])
def test_deeply_nested_json_is_a_400_not_a_recursion_error(client, dump, depth, wrap):
    nested = "[" * depth + "]" * depth
    body = nested if wrap == "bare" else '{"title": ' + nested + "}"
    before = dump()
    for path in WRITE_PATHS:
        found = problem(client.post(path, data=body, content_type="application/json"), 400)
        assert "deeper than 64 levels" in found["detail"]
    found = problem(client.patch("/v1/sources/1", data=body, content_type="application/merge-patch+json"), 400)
    assert "deeper than 64 levels" in found["detail"]
    assert dump() == before


def test_json_nested_64_levels_is_parsed(client):
    nested = "[" * 63 + "]" * 63
    found = problem(client.post("/v1/sources", data='{"title": ' + nested + "}",
                                content_type="application/json"), 422)
    assert "title" in found["errors"]
