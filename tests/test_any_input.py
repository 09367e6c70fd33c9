"""Property-based tests of the validators (hypothesis), directly on the schemas and through HTTP.

What must hold for *any* input, not just the examples the other test modules pick:

- date brackets: an event (or treaty) is accepted iff its bracket is ordered and aligned with its precision
  (docs/api.md "Dates and their precision"), and a refusal names exactly the offending date fields;
- figures: accepted iff at least one of low/best/high is given, all are >= 0, and the pairs given are ordered;
- coordinates: accepted iff both or neither are given and each is in range;
- any JSON value in any field of any kind's input (nested parts included): never a 5xx, always 201/200 or a
  400/422 problem document, and a refused write leaves the database as it was;
- IDs of any size (0, negative, past SQLite's signed 64 bits) in references and in paths: 422 or 404, never
  a 5xx; every answer to a write has a status the OpenAPI document lists for the operation;
- leaving out, in a PUT or PATCH of a treaty, a provision that statements invoke is refused with a reason;
- any text in any query parameter of any collection (and relation route): 200 or 400, never a 5xx;
- any JSON merge patch on an existing record: 200 or a documented 4xx problem, never a 5xx; after a 200 the
  record reads back exactly as the PATCH answered, after a refusal it is unchanged.

The HTTP tests share one database per test function across all of its examples (hypothesis runs the
examples inside one fixture instance), which is realistic: records pile up as a curator's would.

Deterministic by default (derandomize=True, no example database), so CI is never flaky; set
HYPOTHESIS_EXPLORE=1 to let hypothesis pick new random examples on every run instead. HYPOTHESIS_SCALE=<n>
multiplies every test's number of examples (tests/suites.py: 1 in CI, 0.5 in a plain local `pytest`).
"""
import calendar
import copy
import datetime
import math
import os

from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from marshmallow import ValidationError, fields

from schemas import INPUT_SCHEMAS, vocabularies as vocab
from schemas.actors import ActorIn
from schemas.events import EventIn, FigureIn
from schemas.places import PlaceIn
from schemas.arguments import QUERY_SCHEMAS
from schemas.treaties import TreatyIn

from helpers import ACTOR, BODIES, EVENT, PLACE, TREATY

EXPLORE = bool(os.environ.get("HYPOTHESIS_EXPLORE"))
from suites import HYPOTHESIS_SCALE as SCALE

BASE = settings(
    deadline=None,
    derandomize=not EXPLORE,
    database=None,  # nothing written under .hypothesis/, and no replay of old failures: same run every time
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large,
                           HealthCheck.filter_too_much],
)


def examples(n):
    return settings(BASE, max_examples=max(1, int(n * SCALE)))


KINDS = list(BODIES)
PROBLEM = "application/problem+json"


def assert_problem(response, *statuses):
    """A 4xx answer is an RFC 9457 problem document with the status it answers with."""
    assert response.status_code in statuses, (response.status_code, response.get_data(as_text=True)[:2000])
    assert response.mimetype == PROBLEM, response.mimetype
    body = response.get_json()
    assert body["status"] == response.status_code
    assert body["type"] and body["title"] and body["detail"]
    return body


def assert_not_server_error(response):
    assert response.status_code < 500, (response.status_code, response.get_data(as_text=True)[:2000])


def assert_documented(client, response, path, method):
    """The status is one the OpenAPI document lists for the operation (not just its catch-all `default`)."""
    spec = client.__dict__.get("_openapi")
    if spec is None:
        spec = client.__dict__["_openapi"] = client.get("/openapi.json").get_json()
    documented = set(spec["paths"][path][method.lower()]["responses"]) - {"default"}
    assert str(response.status_code) in documented, (
        f"{method} {path} answered {response.status_code}, which the OpenAPI document does not list "
        f"({sorted(documented)}): {response.get_data(as_text=True)[:1000]}")


# --- Strategies -----------------------------------------------------------------------------------------

# Integers hypothesis would rarely pick on its own but that break code: around 2**31, 2**53, 2**63, 2**64
# (SQLite integers are signed 64-bit; orjson reads up to 2**64 - 1 as an int, beyond as a float).
EDGE_INTS = st.sampled_from([0, 1, -1, 2**31 - 1, 2**31, 2**53 + 1, 2**63 - 1, 2**63, 2**64 - 1, 2**64, 10**30])
FINITE = st.floats(allow_nan=False, allow_infinity=False)
JSON_LEAVES = (st.none() | st.booleans() | st.integers() | EDGE_INTS | FINITE | st.text(max_size=30)
               | st.sampled_from(["", " ", "2020-10-31", "2020-02-30", "1", "-1", "null", "ARM", "en", "day",
                                  "FIGHT", "https://example.org/", "\u0000", "x" * 600]))
JSON = st.recursive(JSON_LEAVES, lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=4), max_leaves=12)

DATES = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31))


def _last_of_month(d):
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


# Random dates alone almost never fit month or year precision: mix in dates that do.
START_DATES = st.one_of(DATES, DATES.map(lambda d: d.replace(day=1)), DATES.map(lambda d: d.replace(month=1, day=1)))
END_DATES = st.one_of(DATES, DATES.map(_last_of_month), DATES.map(lambda d: d.replace(month=12, day=31)))
PRECISIONS = st.sampled_from(list(vocab.DATE_PRECISIONS))


def expected_date_errors(start, end, precision, start_field, end_field):
    """The oracle for docs/api.md "Dates and their precision": the fields a bracket is refused for."""
    wrong = set()
    if start is not None and end is not None and end < start:
        wrong.add(end_field)
    if precision == "month":
        if start is not None and start.day != 1:
            wrong.add(start_field)
        if end is not None and end != _last_of_month(end):
            wrong.add(end_field)
    if precision == "year":
        if start is not None and (start.month, start.day) != (1, 1):
            wrong.add(start_field)
        if end is not None and (end.month, end.day) != (12, 31):
            wrong.add(end_field)
    return wrong


# Figure bounds: unknown, negative, zero, fractional, huge (ints past 2**64 arrive as floats), tiny.
BOUNDS = st.one_of(st.none(), st.none(), st.integers(min_value=-10, max_value=10**6), FINITE,
                   st.integers(min_value=-(10**30), max_value=10**30), st.sampled_from([0, -0.0, 5e-324, 1e308]))


def figure_valid(low, best, high):
    given = [v for v in (low, best, high) if v is not None]
    if not given or any(float(v) < 0 for v in given):
        return False
    low, best, high = (None if v is None else float(v) for v in (low, best, high))
    return all(a is None or b is None or a <= b for a, b in ((low, best), (best, high), (low, high)))


COORDINATES = st.one_of(st.none(), st.floats(min_value=-200, max_value=200, allow_nan=False),
                        st.integers(min_value=-200, max_value=200), FINITE,
                        st.sampled_from([-90, 90, -180, 180, -90.000001, 90.000001, -180.000001, 180.000001, 0]))


# --- (a) date brackets ----------------------------------------------------------------------------------

@examples(150)
@given(start=START_DATES, end=st.none() | END_DATES, precision=PRECISIONS)
def test_date_rules_on_the_schemas(start, end, precision):
    """EventIn, TreatyIn (whose start may be unknown too) and ActorIn (no precision: order only) against the
    oracle, field by field."""
    iso = end and end.isoformat()
    errors = EventIn().validate({**EVENT, "date_start": start.isoformat(), "date_end": iso,
                                 "date_precision": precision})
    assert set(errors) == expected_date_errors(start, end, precision, "date_start", "date_end"), errors
    treaty = {**TREATY, "signed_date": start.isoformat(), "ended_date": iso, "date_precision": precision}
    errors = TreatyIn().validate(treaty)
    assert set(errors) == expected_date_errors(start, end, precision, "signed_date", "ended_date"), errors
    errors = TreatyIn().validate({**treaty, "signed_date": None})
    assert set(errors) == expected_date_errors(None, end, precision, "signed_date", "ended_date"), errors
    errors = ActorIn().validate({**ACTOR, "valid_from": start.isoformat(), "valid_to": iso})
    assert set(errors) == expected_date_errors(start, end, None, "valid_from", "valid_to"), errors


@examples(40)
@given(kind=st.sampled_from(["events", "treaties"]), start=START_DATES, end=st.none() | END_DATES,
       precision=PRECISIONS)
def test_date_brackets_over_http(client, kind, start, end, precision):
    """201 iff the bracket is valid; else 422 naming exactly the offending date fields. An accepted record
    keeps its dates as given."""
    start_field, end_field = ("date_start", "date_end") if kind == "events" else ("signed_date", "ended_date")
    body = {**BODIES[kind], start_field: start.isoformat(), end_field: end and end.isoformat(),
            "date_precision": precision}
    response = client.post(f"/v1/{kind}", json=body)
    wrong = expected_date_errors(start, end, precision, start_field, end_field)
    if wrong:
        errors = assert_problem(response, 422)["errors"]
        assert set(errors) == wrong, errors
    else:
        assert response.status_code == 201, response.get_json()
        created = response.get_json()
        assert (created[start_field], created[end_field], created["date_precision"]) == (
            start.isoformat(), end and end.isoformat(), precision)


# --- (b) figures ----------------------------------------------------------------------------------------

@examples(250)
@given(low=BOUNDS | st.sampled_from([math.inf, -math.inf, math.nan]), best=BOUNDS, high=BOUNDS)
def test_figure_bounds_on_the_schema(low, best, high):
    figure = {**EVENT["figures"][0], "low": low, "best": best, "high": high}
    errors = FigureIn().validate(figure)
    valid = not (isinstance(low, float) and not math.isfinite(low)) and figure_valid(low, best, high)
    assert (not errors) == valid, errors
    assert set(errors) <= {"low", "best", "high"}, errors


FIGURE_BOUNDS = st.tuples(BOUNDS, BOUNDS, BOUNDS)


@examples(30)
@given(bounds=st.lists(FIGURE_BOUNDS, min_size=1, max_size=3))
def test_figure_bounds_over_http(client, bounds):
    """An event with up to three figures: 201 iff every figure is valid, keeping its numbers exactly; else 422
    naming low, best or high of exactly the invalid figures."""
    figures = [{**EVENT["figures"][0], "low": low, "best": best, "high": high} for low, best, high in bounds]
    response = client.post("/v1/events", json={**EVENT, "figures": figures})
    invalid = {str(i) for i, (low, best, high) in enumerate(bounds) if not figure_valid(low, best, high)}
    if not invalid:
        assert response.status_code == 201, response.get_json()
        for stored, given_bounds in zip(response.get_json()["figures"], bounds):
            for name, value in zip(("low", "best", "high"), given_bounds):
                assert stored[name] == (None if value is None else float(value)), (name, stored)
    else:
        errors = assert_problem(response, 422)["errors"]
        assert set(errors) == {"figures"} and set(errors["figures"]) == invalid, errors
        for messages in errors["figures"].values():
            assert set(messages) <= {"low", "best", "high"}, errors


# --- (c) coordinates ------------------------------------------------------------------------------------

def expected_coordinate_errors(lat, lon):
    out_of_range = set()
    if lat is not None and not -90 <= lat <= 90:
        out_of_range.add("latitude")
    if lon is not None and not -180 <= lon <= 180:
        out_of_range.add("longitude")
    if out_of_range:  # the both-or-neither rule runs only on fields that are valid themselves
        return out_of_range
    if (lat is None) != (lon is None):
        return {"latitude" if lat is None else "longitude"}
    return set()


@examples(200)
@given(lat=COORDINATES, lon=COORDINATES)
def test_coordinates_on_the_schema(lat, lon):
    errors = PlaceIn().validate({**PLACE, "latitude": lat, "longitude": lon})
    assert set(errors) == expected_coordinate_errors(lat, lon), errors


@examples(25)
@given(lat=COORDINATES, lon=COORDINATES)
def test_coordinates_over_http(client, lat, lon):
    response = client.post("/v1/places", json={**PLACE, "latitude": lat, "longitude": lon})
    wrong = expected_coordinate_errors(lat, lon)
    if wrong:
        assert set(assert_problem(response, 422)["errors"]) == wrong
    else:
        assert response.status_code == 201, response.get_json()
        created = response.get_json()
        assert (created["latitude"], created["longitude"]) == (
            None if lat is None else float(lat), None if lon is None else float(lon))


# --- (d) any JSON value in any field --------------------------------------------------------------------

# Valid bodies with one item in every list of parts, so that every nested field has a place to be fuzzed.
FULL_BODIES = copy.deepcopy(BODIES)
FULL_BODIES["events"]["treaties"] = [{"treaty_id": 1, "link": next(iter(vocab.TREATY_LINKS))}]
FULL_BODIES["treaties"]["provisions"][0]["conditions"] = [
    {"type": next(iter(vocab.CONDITION_TYPES)), "description": "Only attacks on its territory."}]
FULL_BODIES["statements"]["about_treaties"] = [{"treaty_id": 1, "provision_id": None}]


def _field_paths(schema, body, prefix=()):
    """Every field of the schema as a path into the body, nested parts included (list items at index 0)."""
    paths = []
    for name, field in schema().fields.items():
        paths.append(prefix + (name,))
        inner = field.inner if isinstance(field, fields.List) else None
        if isinstance(inner, fields.Nested) and body.get(name):
            paths += _field_paths(type(inner.schema), body[name][0], prefix + (name, 0))
    return paths


FIELD_PATHS = [(kind, path) for kind, schema in INPUT_SCHEMAS.items()
               for path in _field_paths(schema, FULL_BODIES[kind]) + [("an_unknown_field",)]]


def _field_at(schema, path):
    field = None
    for step in path:
        if isinstance(step, int):
            schema = type(field.inner.schema)
        else:
            field = schema().fields[step]
    return field


def _with(body, path, value):
    body = copy.deepcopy(body)
    target = body
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return body


def test_every_field_is_fuzzed():
    """The paths above reach into every nested schema: a new part schema cannot be forgotten."""
    nested = {path[-1] for _, path in FIELD_PATHS if len(path) > 1}
    assert {"actor_id", "role", "low", "claimant_id", "link", "joined", "type", "description",
            "provision_id"} <= nested


@examples(150)
@given(target=st.sampled_from(FIELD_PATHS), value=JSON)
def test_schemas_take_any_json_without_crashing(target, value):
    """load() either returns or raises ValidationError: no TypeError, OverflowError, RecursionError..."""
    kind, path = target
    try:
        INPUT_SCHEMAS[kind]().load(_with(FULL_BODIES[kind], path, value))
    except ValidationError:
        pass


@examples(60)
@given(kind=st.sampled_from(KINDS), value=JSON)
def test_schemas_take_any_json_body_without_crashing(kind, value):
    try:
        INPUT_SCHEMAS[kind]().load(value)
    except ValidationError:
        pass


HEADER_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)


def _target_record(client, kind, example=None):
    """A record of this kind made by this test (once), for PUT and PATCH to work on; or the example data's
    record `example` (whose links to other records make some changes impossible)."""
    targets = client.__dict__.setdefault("_hypothesis_targets", {})
    if example is not None:
        kind = (kind, example)
        if kind not in targets:
            targets[kind] = client.get(f"/v1/{kind[0]}/{example}").get_json()
    elif kind not in targets:
        created = client.post(f"/v1/{kind}", json=FULL_BODIES[kind])
        assert created.status_code == 201, created.get_json()
        targets[kind] = created.get_json()
    return targets[kind]


def _write(client, dump, method, kind, body, headers=None, check_dump=False):
    """POST or PUT: 201/200, or a 400/422 problem that (when check_dump) changed nothing."""
    url, ok = (f"/v1/{kind}", 201) if method == "POST" else (_target_record(client, kind)["href"], 200)
    note(f"{method} {url} {body!r}")
    before = dump() if check_dump else None
    response = client.open(url, method=method, json=body, headers=headers or {})
    assert_not_server_error(response)
    assert_documented(client, response, f"/v1/{kind}" if method == "POST" else f"/v1/{kind}/{{record_id}}", method)
    if response.status_code != ok:
        problem = assert_problem(response, 400, 422)
        if response.status_code == 422:
            assert problem["errors"], problem
            if before is not None:
                assert dump() == before, "a refused write changed the database"
    return response


@examples(80)
@given(target=st.sampled_from(FIELD_PATHS), value=JSON, method=st.sampled_from(["POST", "PUT"]),
       change_note=st.none() | HEADER_TEXT, check_dump=st.integers(0, 3))
def test_any_json_in_any_field_over_http(client, dump, target, value, method, change_note, check_dump):
    """Never a 5xx: 201/200, or a 400/422 problem; a refused write changes nothing (checked on a quarter of
    the examples: dumping the database is slow)."""
    kind, path = target
    _write(client, dump, method, kind, _with(FULL_BODIES[kind], path, value),
           headers=None if change_note is None else {"Change-Note": change_note}, check_dump=check_dump == 0)


def _is_reference(field):
    return isinstance(field, fields.Integer) and field.metadata.get("description", "").startswith("ID of")


REFERENCE_PATHS = [(kind, path) for kind, schema in INPUT_SCHEMAS.items()
                   for path in _field_paths(schema, FULL_BODIES[kind])
                   if _is_reference(_field_at(schema, path)) or (
                       isinstance(_field_at(schema, path), fields.List)
                       and _is_reference(_field_at(schema, path).inner))]


@examples(30)
@given(target=st.sampled_from(REFERENCE_PATHS), ident=st.integers() | EDGE_INTS, method=st.sampled_from(["POST", "PUT"]))
def test_ids_of_any_size_in_references(client, dump, target, ident, method):
    """A reference to a record that cannot exist (0, negative, past SQLite's 64-bit integers) is a 422
    naming the field, never a 5xx."""
    kind, path = target
    value = [ident] if isinstance(_field_at(INPUT_SCHEMAS[kind], path), fields.List) else ident
    response = _write(client, dump, method, kind, _with(FULL_BODIES[kind], path, value), check_dump=True)
    if not 1 <= ident <= 10**6:  # no record has such an ID
        assert response.status_code == 422, response.get_json()


@examples(20)
@given(kind=st.sampled_from(KINDS), ident=st.integers(min_value=0) | EDGE_INTS.filter(lambda i: i >= 0),
       suffix=st.sampled_from(["", "/revisions", "/revisions/1"]))
def test_ids_of_any_size_in_paths(anonymous, kind, ident, suffix):
    """GET /v1/<kind>/<id>: 200, 404 or 410 whatever the ID, never a 5xx."""
    response = anonymous.get(f"/v1/{kind}/{ident}{suffix}")
    assert_not_server_error(response)
    if response.status_code != 200:
        assert_problem(response, 404, 410)


@examples(15)
@given(kind=st.sampled_from(KINDS), value=JSON)
def test_any_json_body_over_http(client, kind, value):
    """A body that is not an object at all (or an object of anything): 400 or 422, never a 5xx."""
    response = client.post(f"/v1/{kind}", json=value)
    assert_not_server_error(response)
    if response.status_code != 201:
        assert_problem(response, 400, 422)


@examples(12)
@given(keep=st.lists(st.booleans(), min_size=8, max_size=8), add=st.booleans(),
       method=st.sampled_from(["PUT", "PATCH"]))
def test_leaving_out_invoked_provisions(client, keep, add, method):
    """A PUT or PATCH of the example treaty keeps the provisions given by ID and deletes the others
    (docs/api.md); statements invoke some of them. Leaving one of those out is refused, as a documented
    4xx problem that says why (422 naming provisions, or 409 still-referenced), never a bare database
    conflict; keeping them all is a 200."""
    current = client.get("/v1/treaties/1/revisions").get_json()["items"][-1]["data"]
    about = client.get("/v1/statements", query_string={"about_treaty": 1, "include": ""}).get_json()["items"]
    invoked = {link["provision"] for statement in about for link in statement["about_treaties"]
               if link["treaty"] == 1 and link["provision"]}
    kept = [p for p, k in zip(current["provisions"], keep) if k]
    if add:
        kept.append({"obligation": "consultation", "summary": "Consult on the ceasefire."})
    body = {"provisions": kept} if method == "PATCH" else {**current, "provisions": kept}
    note(f"{method} /v1/treaties/1 {body!r}; invoked: {invoked}")
    response = client.open("/v1/treaties/1", method=method, json=body)
    assert_not_server_error(response)
    assert_documented(client, response, "/v1/treaties/{record_id}", method)
    dropped = invoked - {p.get("id") for p in kept}
    if dropped:
        problem = assert_problem(response, 409, 422)
        assert "provisions" in (problem.get("errors") or {}) or problem.get("referenced_by"), problem
    else:
        assert response.status_code == 200, response.get_json()


# --- (e) query parameters -------------------------------------------------------------------------------

# Where each kind's query schema is used: its collection, and the relation routes that list it (on records
# of the example data).
LIST_ROUTES = {
    "sources": ["/v1/sources"],
    "actors": ["/v1/actors"],
    "places": ["/v1/places"],
    "events": ["/v1/events", "/v1/actors/9/events", "/v1/places/3/events", "/v1/events/1/sub-events",
               "/v1/treaties/1/events"],
    "treaties": ["/v1/treaties"],
    "statements": ["/v1/statements", "/v1/actors/6/statements", "/v1/events/1/statements",
                   "/v1/treaties/1/statements", "/v1/statements/1/statements"],
}
QUERY_PARAMS = [(kind, name) for kind, schema in QUERY_SCHEMAS.items() for name in schema().fields]

# Plausible values reach further into the query engine than random text does.
PLAUSIBLE_QUERY_VALUES = st.one_of(
    st.integers(min_value=-3, max_value=20).map(str), EDGE_INTS.map(str), FINITE.map(str),
    st.dates().map(datetime.date.isoformat),
    st.sampled_from(["true", "false", "", ",", "id", "-id", "date_start,-title", "-date,id", "name,-updated_at",
                     "json", "csv", "geojson", "ndjson", "FIGHT,ASSAULT", "initiator", "ARM", "AZE", "en",
                     "Q399", "1,2", "44,39,48,41", "170,-10,-170,10", "2020-10-31T00:00:00", "2020-10-31T12:00+02:00",
                     "Shusha", "fight*", '"Shusha city"', "NOT", "OR", "a OR b", "NEAR(a b)", "title:x", "*", "^x",
                     '"', "'", "\\", "%", "_", "x' OR '1'='1", "eyJyIjozNn0", "eyJ2IjpbMV19"]),
    st.text(max_size=40),
)
QUERY_TEXT = st.one_of(st.text(), st.text(st.characters(codec="ascii"), max_size=60), PLAUSIBLE_QUERY_VALUES)


def assert_list_answer(response, params):
    assert_not_server_error(response)
    if response.status_code == 200:
        if response.mimetype in ("application/json", "application/geo+json"):
            response.get_json()
        else:
            assert response.mimetype in ("text/csv", "application/x-ndjson"), response.mimetype
            response.get_data()  # an NDJSON export is streamed: it must not fail half-way either
    else:
        # A well-formed past moment with no answer (a time to come, a release never published) is 422.
        past = response.status_code == 422 and params & PAST_MOMENT
        problem = assert_problem(response, 422 if past else 400)
        if problem.get("errors"):
            assert set(problem["errors"]) <= set(params) | {"_schema"}, (params, problem)


PAST_MOMENT = {"as_of", "release"}


@examples(120)
@given(target=st.sampled_from(QUERY_PARAMS), value=QUERY_TEXT, route_index=st.integers(0, 4))
def test_any_text_in_any_query_parameter(anonymous, target, value, route_index):
    kind, name = target
    routes = LIST_ROUTES[kind]
    response = anonymous.get(routes[route_index % len(routes)], query_string={name: value})
    assert_list_answer(response, {name})


@examples(50)
@given(data=st.data(), kind=st.sampled_from(KINDS), route_index=st.integers(0, 4))
def test_combined_query_parameters(anonymous, data, kind, route_index):
    """Several parameters at once (filters with sort, cursor, format, count...), mostly plausible values;
    the `next` link of a page must work."""
    names = list(QUERY_SCHEMAS[kind]().fields)
    params = data.draw(st.dictionaries(st.sampled_from(names), PLAUSIBLE_QUERY_VALUES, min_size=1, max_size=4),
                       label="params")
    routes = LIST_ROUTES[kind]
    response = anonymous.get(routes[route_index % len(routes)], query_string=params)
    assert_list_answer(response, set(params))
    if response.status_code == 200 and response.mimetype == "application/json":
        following = response.get_json()["next"]
        if following:
            assert anonymous.get(following).status_code == 200


# --- (f) JSON merge patch -------------------------------------------------------------------------------

def _plausible_field_values(kind):
    """For each input field: values a curator might send (those of the valid bodies, whatever the kind)."""
    pools = {}
    for name in INPUT_SCHEMAS[kind]().fields:
        values = [FULL_BODIES[k][name] for k in KINDS if name in FULL_BODIES[k]]
        if values:
            pools[name] = st.sampled_from(values)
    return pools


PATCH_VALUES = {kind: _plausible_field_values(kind) for kind in KINDS}
STRING_FIELDS = {kind: {name for name, field in schema().fields.items() if type(field) is fields.String}
                 for kind, schema in INPUT_SCHEMAS.items()}


def merge_patches(kind):
    names = list(INPUT_SCHEMAS[kind]().fields) + ["an_unknown_field"]

    def value_for(name):
        plausible = PATCH_VALUES[kind].get(name, st.nothing())  # mostly: a patch that passes the schema
        return st.one_of(plausible, plausible, plausible, st.none(), JSON,
                         st.text(min_size=1, max_size=30).filter(str.strip))

    pairs = st.sampled_from(names).flatmap(lambda name: st.tuples(st.just(name), value_for(name)))
    objects = st.lists(pairs, max_size=4).map(dict)
    return st.one_of(objects, objects, objects, JSON)


@examples(45)
@given(kind=st.sampled_from(KINDS), data=st.data(),
       content_type=st.sampled_from(["application/merge-patch+json", "application/json"]))
def test_merge_patch(client, kind, data, content_type):
    """200 or a documented 4xx problem, never a 5xx. After a 200 the record reads back exactly as PATCH
    answered, one version later, with the strings given; after a refusal it reads back as it was. Treaties
    are patched on the example treaty, whose provisions statements invoke."""
    example = 1 if kind == "treaties" else None
    # Read afresh: patches of the other kinds' targets change the names this record shows of them.
    before = client.get(_target_record(client, kind, example)["href"]).get_json()
    patch = data.draw(merge_patches(kind), label="patch")
    response = client.patch(before["href"], json=patch, content_type=content_type)
    assert_not_server_error(response)
    assert_documented(client, response, f"/v1/{kind}/{{record_id}}", "PATCH")
    after = client.get(before["href"])
    assert after.status_code == 200
    if response.status_code == 200:
        answer = response.get_json()
        assert after.get_json() == answer
        assert after.headers["ETag"] == response.headers["ETag"]
        # One version later, unless the patch changed nothing (then nothing is written: issue 11)
        changed = {k: v for k, v in answer.items() if k not in ("version", "updated_at")} != {
            k: v for k, v in before.items() if k not in ("version", "updated_at")}
        assert answer["version"] == before["version"] + changed
        for name in STRING_FIELDS[kind] & set(patch):
            if isinstance(patch[name], str):
                assert answer[name] == patch[name], name
    else:
        assert_problem(response, *range(400, 500))
        assert after.get_json() == before
