"""Every validation rule answers problem+json naming the field, and a rejected write changes nothing."""
import pytest

from helpers import BODIES, EVENT, PLACE, STATEMENT, TREATY, problem
from schemas import INPUT_SCHEMAS


def invalid(client, method, path, body, status=422):
    response = client.open(path, method=method, json=body)
    return problem(response, status)["errors"]


@pytest.mark.parametrize("kind", list(BODIES))
def test_unknown_fields_are_rejected(client, kind):
    errors = invalid(client, "POST", f"/v1/{kind}", {**BODIES[kind], "colour": "red"})
    assert errors == {"colour": ["Unknown field."]}


@pytest.mark.parametrize("kind,field", [("sources", "title"), ("actors", "name"), ("actors", "kind"),
                                        ("places", "name"), ("events", "title"), ("events", "type"),
                                        ("events", "date_start"), ("events", "source_ids"),
                                        ("treaties", "status"), ("treaties", "source_ids"),
                                        ("statements", "speaker_id"), ("statements", "date"),
                                        ("statements", "medium"), ("statements", "source_ids")])
def test_required_fields(client, kind, field):
    body = {k: v for k, v in BODIES[kind].items() if k != field}
    # A key that may be null ("unknown is a value") says so, not to read as if null were refused (trial t29).
    nullable = INPUT_SCHEMAS[kind]().fields[field].allow_none
    assert invalid(client, "POST", f"/v1/{kind}", body) == {field: [
        "Missing data for required field: give it, or null when the reporting does not say." if nullable
        else "Missing data for required field."]}


@pytest.mark.parametrize("kind,field,value", [
    ("events", "type", "BOMBING"), ("events", "date_precision", "decade"), ("events", "location_precision", "far"),
    ("actors", "kind", "mercenary_band"), ("places", "kind", "planet"), ("treaties", "kind", "handshake"),
    ("treaties", "status", "dead"), ("statements", "medium", "pigeon"), ("statements", "stance", "maybe"),
])
def test_vocabularies_are_enforced(client, kind, field, value):
    errors = invalid(client, "POST", f"/v1/{kind}", {**BODIES[kind], field: value})
    assert list(errors) == [field] and errors[field][0].startswith("Must be one of:")


@pytest.mark.parametrize("body,field", [
    ({"title": 5}, "title"), ({"date_start": "31/10/2020"}, "date_start"), ({"date_start": "2020-02-30"}, "date_start"),
    ({"source_ids": "1"}, "source_ids"), ({"place_id": "6"}, "place_id"), ({"place_id": True}, "place_id"),
    ({"place_id": 0}, "place_id"), ({"title": ""}, "title"), ({"title": "   "}, "title"), ({"title": "x" * 501}, "title"),
    ({"source_ids": []}, "source_ids"), ({"participants": {"actor_id": 1}}, "participants"),
])
def test_types_and_lengths(client, body, field):
    errors = invalid(client, "POST", "/v1/events", {**EVENT, **body})
    assert field in errors


@pytest.mark.parametrize("lat,lon,field", [(91, 10, "latitude"), (-90.5, 10, "latitude"), (10, 181, "longitude"),
                                           (10, -180.1, "longitude"), (10, None, "longitude"), (None, 10, "latitude")])
def test_coordinates(client, lat, lon, field):
    errors = invalid(client, "POST", "/v1/places", {**PLACE, "latitude": lat, "longitude": lon})
    assert field in errors


def test_not_a_number_is_refused(client):
    response = client.post("/v1/places", data='{"name": "x", "kind": "city", "latitude": NaN, "longitude": 1}',
                           content_type="application/json")
    assert response.status_code in (400, 422)
    problem(response, response.status_code)


@pytest.mark.parametrize("low,best,high,field", [(10, 5, None, "best"), (None, 10, 5, "high"), (10, None, 5, "high"),
                                                 (-1, None, None, "low"), (None, None, None, "best")])
def test_figure_bounds(client, low, best, high, field):
    figure = {**EVENT["figures"][0], "low": low, "best": best, "high": high}
    errors = invalid(client, "POST", "/v1/events", {**EVENT, "figures": [figure]})
    assert field in errors["figures"]["0"]


def test_figure_lower_bound_only_is_valid(client):
    figure = {**EVENT["figures"][0], "low": 5000, "best": None, "high": None}
    assert client.post("/v1/events", json={**EVENT, "figures": [figure]}).status_code == 201


@pytest.mark.parametrize("start,end,precision,field,message", [
    ("2020-10-28", "2020-10-27", "day", "date_end", "Must not be before date_start."),
    ("2020-10-02", "2020-10-31", "month", "date_start", "With month precision, must be the first day of a month."),
    ("2020-10-01", "2020-10-30", "month", "date_end", "With month precision, must be the last day of a month."),
    ("2020-02-01", "2020-12-31", "year", "date_start", "With year precision, must be 1 January."),
    ("2020-01-01", "2020-12-30", "year", "date_end", "With year precision, must be 31 December."),
])
def test_date_order_and_precision(client, start, end, precision, field, message):
    body = {**EVENT, "date_start": start, "date_end": end, "date_precision": precision}
    assert message in invalid(client, "POST", "/v1/events", body)[field]


@pytest.mark.parametrize("start,end,precision", [("2020-10-01", "2020-10-31", "month"),
                                                 ("2020-02-01", "2020-02-29", "month"),
                                                 ("1988-01-01", "1994-12-31", "year"),
                                                 ("2020-09-26", None, "week")])
def test_well_aligned_brackets_are_accepted(client, start, end, precision):
    body = {**EVENT, "date_start": start, "date_end": end, "date_precision": precision}
    assert client.post("/v1/events", json=body).status_code == 201


@pytest.mark.parametrize("value", ["XXX", "arm", "AM", "ARMENIA"])
def test_country_codes(client, value):
    assert "country" in invalid(client, "POST", "/v1/actors", {**BODIES["actors"], "country": value})


def test_language_codes(client):
    assert "language" in invalid(client, "POST", "/v1/statements", {**STATEMENT, "language": "xx"})


def test_external_id_formats(client):
    errors = invalid(client, "POST", "/v1/actors", {**BODIES["actors"], "external_ids": {"wikidata": "399",
                                                                                       "myspace": "x"}})
    assert "external_ids" in errors


def test_location_precision_needs_a_place(client):
    body = {**EVENT, "place_id": None}
    assert invalid(client, "POST", "/v1/events", body) == {"location_precision": ["Needs a place_id."]}


def test_duplicates_in_link_lists_are_refused(client):
    errors = invalid(client, "POST", "/v1/events", {**EVENT, "source_ids": [1, 1]})
    assert "source_ids" in errors
    participants = [{"actor_id": 9, "role": "initiator"}] * 2
    assert "participants" in invalid(client, "POST", "/v1/events", {**EVENT, "participants": participants})


# --- references to other records ---------------------------------------------------------------------------

def test_missing_references_name_their_field(client):
    body = {**EVENT, "place_id": 999, "participants": [{"actor_id": 1, "role": "side_a"},
                                                       {"actor_id": 998, "role": "side_b"}],
            "source_ids": [1, 997]}
    errors = invalid(client, "POST", "/v1/events", body)
    assert errors == {"place_id": ["No place with id 999."],
                      "participants": {"1": {"actor_id": ["No actor with id 998."]}},
                      "source_ids": {"1": ["No source with id 997."]}}


def test_figure_ids_must_be_the_events_own(client):
    figure = {**EVENT["figures"][0], "id": 1}  # figure 1 belongs to event 1
    errors = invalid(client, "POST", "/v1/events", {**EVENT, "figures": [figure]})
    assert errors == {"figures": {"0": {"id": ["No figure with id 1 in this record."]}}}


def test_provision_must_belong_to_the_treaty(client):
    other = client.post("/v1/treaties", json=TREATY).get_json()
    body = {**STATEMENT, "about_treaties": [{"treaty_id": other["id"], "provision_id": 1}]}
    errors = invalid(client, "POST", "/v1/statements", body)
    assert errors == {"about_treaties": {"0": {"provision_id": [f"No provision with id 1 in treaty {other['id']}."]}}}


def test_parents_cannot_make_a_cycle(client):
    assert invalid(client, "PATCH", "/v1/places/3", {"parent_id": 5}) == {
        "parent_id": ["Would make the record its own ancestor."]}
    assert invalid(client, "PATCH", "/v1/events/1", {"parent_id": 1}) == {
        "parent_id": ["Would make the record its own ancestor."]}


def test_a_statement_cannot_be_about_itself(client):
    assert invalid(client, "PATCH", "/v1/statements/1", {"about_statement_ids": [1]}) == {
        "relations": {"0": {"statement_id": ["A statement cannot be related to itself."]}}}


def test_patch_is_validated_against_the_whole_record(client):
    errors = invalid(client, "PATCH", "/v1/events/4", {"date_end": "2020-10-01"})
    assert errors == {"date_end": ["Must not be before date_start."]}
    errors = invalid(client, "PATCH", "/v1/events/4", {"title": None})
    assert errors == {"title": ["Missing data for required field."]}


# --- a rejected write changes nothing ---------------------------------------------------------------------

@pytest.mark.parametrize("method,path,body", [
    ("POST", "/v1/events", {**EVENT, "participants": [{"actor_id": 999, "role": "side_a"}]}),
    ("POST", "/v1/events", {**EVENT, "figures": [{**EVENT["figures"][0], "source_ids": [404]}]}),
    ("PUT", "/v1/events/1", {**EVENT, "place_id": 999}),
    ("PATCH", "/v1/treaties/1", {"provisions": [{"id": 99, "obligation": "defence", "summary": "x"}]}),
    ("PATCH", "/v1/events/1", {"figures": [{"quantity": "deaths", "low": 9, "best": 1, "unit": "people",
                                            "source_ids": [1]}]}),
    ("DELETE", "/v1/actors/1", None),
    ("DELETE", "/v1/sources/1", None),
])
def test_rejected_writes_leave_the_database_as_it_was(client, dump, method, path, body):
    before = dump()
    response = client.open(path, method=method, json=body)
    assert response.status_code in (409, 422)
    assert response.mimetype == "application/problem+json"
    assert dump() == before


def test_delete_of_a_referenced_record_lists_who_refers_to_it(client):
    body = problem(client.delete("/v1/treaties/1"), 409)
    assert {"kind": "events", "id": 5, "field": "treaties.treaty_id", "href": "/v1/events/5"} in body["referenced_by"]
    assert {"kind": "statements", "id": 2, "field": "about_treaties.treaty_id",
            "href": "/v1/statements/2"} in body["referenced_by"]
    body = problem(client.delete("/v1/actors/9"), 409)
    assert {ref["field"] for ref in body["referenced_by"]} == {"participants.actor_id"}


def test_delete_after_the_references_are_gone(client):
    assert client.delete("/v1/statements/2").status_code == 204   # statement 2 referred to statement 1
    assert client.delete("/v1/statements/1").status_code == 204
