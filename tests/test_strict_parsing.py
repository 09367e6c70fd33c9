"""Lax parsing (issue 8, I1): numbers, dates, IDs, patterns and blank text are read one way, for every field
and parameter that takes them. The cases are generated from the schemas' declarations, so a field added
later is covered too."""
import datetime

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from marshmallow import Schema, ValidationError, fields, validate

from helpers import BODIES, problem
from suites import examples
from schemas.local_terms import OpenWords
from schemas.external_ids import SCHEMES
from schemas import INPUT_SCHEMAS
from schemas.common import _not_blank
from schemas.history import ChangesQuery
from schemas.arguments import QUERY_SCHEMAS, _field_names, record_args
from schemas.parameters import CommaList

ON_EVERY_EXAMPLE = settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

# Every query-string schema, with a URL that reads it.
QUERY_URLS = {**{f"/v1/{kind}": schema for kind, schema in QUERY_SCHEMAS.items()},
              **{f"/v1/{kind}/1": record_args(kind) for kind in QUERY_SCHEMAS}, "/v1/changes": ChangesQuery}


def _params(of_type, exclude=()):
    return [(url, name) for url, schema in QUERY_URLS.items() for name, field in schema().fields.items()
            if isinstance(field, of_type) and not isinstance(field, exclude)]


def _walk(schema, prefix=()):
    """(path, field) for every field of a schema, into nested schemas and lists."""
    for name, field in schema.fields.items():
        yield prefix + (name,), field
        inner = field.inner if isinstance(field, fields.List) else field
        if isinstance(inner, fields.Nested) and isinstance(inner.schema, Schema):
            yield from _walk(inner.schema, prefix + (name,))


ALL_SCHEMAS = [schema() for schema in INPUT_SCHEMAS.values()] + [schema() for schema in QUERY_URLS.values()]

NON_ASCII_DIGITS = st.characters(categories=["Nd"]).filter(lambda c: not c.isascii())
GOOD_INTEGER = st.integers(min_value=1, max_value=400).map(str)


@st.composite
def badly_spelt_integers(draw):
    number = draw(GOOD_INTEGER)
    return draw(st.sampled_from([
        "+" + number, number + " ", " " + number, number + "\n", f"{number[:1]}_{number[1:]}0",
        "".join(draw(NON_ASCII_DIGITS) if i == 0 else c for i, c in enumerate(number)),
        chr(0x0660 + int(number[0])) + number[1:],    # Arabic-Indic
    ]))


# --- integers: query parameters, path IDs ---------------------------------------------------------------------

INTEGER_PARAMS = _params(fields.Integer)


def test_there_are_integer_parameters_to_test():
    assert ("/v1/events", "limit") in INTEGER_PARAMS and ("/v1/events", "actor") in INTEGER_PARAMS
    assert ("/v1/changes", "limit") in INTEGER_PARAMS


@pytest.mark.parametrize("url, name", INTEGER_PARAMS)
@ON_EVERY_EXAMPLE
@given(value=badly_spelt_integers())
def test_an_integer_parameter_takes_ascii_digits_only(admin, url, name, value):
    found = problem(admin.get(url, query_string={name: value}), 400)
    assert list(found["errors"]) == [name]
    assert "ASCII digits" in found["errors"][name][0]


@pytest.mark.parametrize("query", ["limit=٥", "actor=+9", "actor=9%20", "actor=%209", "limit=1_0", "actor=٩"])
def test_the_red_team_integers_are_refused(anonymous, query):
    found = problem(anonymous.get(f"/v1/events?{query}"), 400)
    assert list(found["errors"]) == [query.split("=")[0]]


@pytest.mark.parametrize("kind", sorted(QUERY_SCHEMAS))
@ON_EVERY_EXAMPLE
@given(digit=NON_ASCII_DIGITS)
def test_a_record_id_in_another_script_is_not_found(client, kind, digit):
    for method in ("GET", "PATCH", "DELETE"):
        response = client.open(f"/v1/{kind}/{digit}", method=method, json={} if method == "PATCH" else None)
        assert response.status_code == 404, (method, response.get_data(as_text=True))


@pytest.mark.parametrize("path", ["/v1/events/%D9%A9", "/v1/events/01", "/v1/events/+1", "/v1/events/1%20"])
def test_the_red_team_paths_are_not_found(anonymous, path):
    problem(anonymous.get(path), 404)
    assert anonymous.get("/v1/events/1").status_code == 200


# --- numbers and dates in bodies and query strings ---------------------------------------------------------------

TYPED_FIELDS = [(schema, path, field) for schema in ALL_SCHEMAS for path, field in _walk(schema)
                if isinstance(field, (fields.Number, fields.Date, fields.DateTime))]


def test_there_are_typed_fields_to_test():
    names = {path for _, path, _ in TYPED_FIELDS}
    assert {("figures", "low"), ("latitude",), ("date_start",), ("date_from",), ("updated_since",)} <= names


@st.composite
def badly_spelt(draw, field):
    if isinstance(field, fields.Integer):
        return draw(badly_spelt_integers())
    if isinstance(field, fields.Number):
        number = draw(st.sampled_from(["5", "2.5", "2300"]))
        return draw(st.sampled_from(["+" + number, number + " ", "\u0665", "1_000", number + "\n", "٢.٥"]))
    day = draw(st.dates(min_value=datetime.date(1000, 1, 1)))
    spellings = [day.strftime("%Y%m%d"), "%d-W%02d-%d" % day.isocalendar(), day.isoformat() + "\n",
                 " " + day.isoformat(), "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in day.isoformat())]
    if isinstance(field, fields.DateTime):
        spellings = [s + "T00:00:00Z" if s[-1].isdigit() else s for s in spellings]
    return draw(st.sampled_from(spellings))


def _nest(path, value, schema=None):
    """A body holding value at path (lists hold one object; a single nested object is one object)."""
    kinds, current = [], schema
    for name in path[:-1]:   # whether each step is a list, read from the schema when given
        field = current.fields[name] if current is not None else None
        kinds.append(not isinstance(field, fields.Nested))
        inner = field.inner if isinstance(field, fields.List) else field
        current = inner.schema if isinstance(inner, fields.Nested) else None
    for name, is_list in zip(reversed(path[1:]), reversed(kinds)):
        value = [{name: value}] if is_list else {name: value}
    return {path[0]: value}


# One case per schema, each example trying every typed field of it: one case per field (about 1,000) made
# Hypothesis 6.170's pytest plugin chain one settings object per case onto the same test function, and reading
# the example database through that chain overflowed the stack in CI after some 950 cases.
TYPED_FIELDS_BY_SCHEMA = {}
for _schema, _path, _field in TYPED_FIELDS:
    TYPED_FIELDS_BY_SCHEMA.setdefault(id(_schema), (_schema, []))[1].append((_path, _field))


@pytest.mark.parametrize("schema, typed", list(TYPED_FIELDS_BY_SCHEMA.values()),
                         ids=[type(s).__name__ for s, _ in TYPED_FIELDS_BY_SCHEMA.values()])
@settings(max_examples=examples(25), deadline=None)
@given(data=st.data())
def test_numbers_and_dates_take_one_ascii_spelling(schema, typed, data):
    for path, field in typed:
        value = data.draw(badly_spelt(field), label=".".join(path))
        with pytest.raises(ValidationError) as refused:
            schema.load(_nest(path, value, schema), partial=True)
        messages = refused.value.messages
        for name in path:
            messages = messages[name]
            if isinstance(messages, dict) and 0 in messages:
                messages = messages[0]
        assert "ASCII" in messages[0] or "YYYY-MM-DD" in messages[0], (path, messages)


@pytest.mark.parametrize("kind, name", [(kind, name) for kind, schema in INPUT_SCHEMAS.items()
                                        for name, field in schema().fields.items()
                                        if isinstance(field, (fields.Float, fields.Date)) and name in BODIES[kind]])
@pytest.mark.parametrize("value", ["\u0665", "+5", "5 ", "20201028", "2020-10-28\n"])
def test_typed_body_fields_over_http(client, dump, kind, name, value):
    before = dump()
    found = problem(client.post(f"/v1/{kind}", json={**BODIES[kind], name: value}), 422)
    assert list(found["errors"]) == [name]
    assert dump() == before


def test_a_bad_date_says_which_format(anonymous, client):
    found = problem(anonymous.get("/v1/events?date_from=2020-13-01"), 400)
    assert found["errors"] == {"date_from": ["Not a valid date: give YYYY-MM-DD, like 2020-09-27."]}
    found = problem(client.post("/v1/sources", json={**BODIES["sources"], "published_date": "31/10/2020"}), 422)
    assert "YYYY-MM-DD" in found["errors"]["published_date"][0]


@pytest.mark.parametrize("bbox", ["\u0665,1,2,3", "+1,1,2,3", "1 ,1,2,3", "1_0,1,2,3", "nan,1,2,3", "inf,1,2,3"])
def test_bbox_takes_ascii_numbers(anonymous, bbox):
    found = problem(anonymous.get("/v1/events", query_string={"bbox": bbox}), 400)
    assert list(found["errors"]) == ["bbox"]


# --- patterns match whole values -----------------------------------------------------------------------------------

PATTERNS = [(schema, path, validator) for schema in ALL_SCHEMAS for path, field in _walk(schema)
            for validator in field.validators if isinstance(validator, validate.Regexp)]


def test_there_are_patterns_to_test():
    assert {path[-1] for _, path, _ in PATTERNS} >= {"country", "wikidata", "language"}


@pytest.mark.parametrize("schema, path, validator", PATTERNS,
                         ids=[f"{type(s).__name__}.{'.'.join(p)}" for s, p, _ in PATTERNS])
@settings(max_examples=examples(25), deadline=None)
@given(data=st.data())
def test_a_pattern_does_not_end_before_a_newline(schema, path, validator, data):
    value = data.draw(st.from_regex(validator.regex, fullmatch=True).filter(lambda v: "\n" not in v))
    validator(value)
    with pytest.raises(ValidationError):
        validator(value + "\n")


@pytest.mark.parametrize("scheme, kind", [(name, scheme.kinds[-1]) for name, scheme in SCHEMES.items()])
def test_external_ids_do_not_end_before_a_newline(client, anonymous, scheme, kind):
    good = {"wikidata": "Q42", "iso3166": "AZ-SUS"}.get(scheme, SCHEMES[scheme].example)   # none in the example data
    assert client.post(f"/v1/{kind}", json={**BODIES[kind], "external_ids": {scheme: good}}).status_code == 201
    found = problem(client.post(f"/v1/{kind}", json={**BODIES[kind], "external_ids": {scheme: good + "\n"}}), 422)
    assert list(found["errors"]["external_ids"]) == [scheme]
    found = problem(anonymous.get(f"/v1/{kind}", query_string={scheme: good + "\n"}), 400)
    assert list(found["errors"]) == [scheme]


# --- blank text ----------------------------------------------------------------------------------------------------

NOT_BLANK = [(schema, path) for schema in ALL_SCHEMAS for path, field in _walk(schema)
             if _not_blank in field.validators or (isinstance(field, fields.List) and _not_blank in field.inner.validators)]
INVISIBLE = st.text(st.sampled_from("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202e\u3164\u2800 \t\u00a0\u3000"),
                    min_size=1, max_size=5)


def test_there_are_not_blank_fields_to_test():
    assert {("title",), ("name",), ("provisions", "summary"), ("aliases", "name")} <= {path for _, path in NOT_BLANK}


@pytest.mark.parametrize("schema, path", NOT_BLANK, ids=[f"{type(s).__name__}.{'.'.join(p)}" for s, p in NOT_BLANK])
@settings(max_examples=examples(25), deadline=None)
@given(value=INVISIBLE)
def test_text_that_shows_nothing_is_blank(schema, path, value):
    field = dict(_walk(schema))[path]
    with pytest.raises(ValidationError) as refused:
        # (the schema says which steps are lists: a legal action's charges sit in one object, not a list)
        schema.load(_nest(path, [value] if isinstance(field, fields.List) else value, schema), partial=True)
    assert "Must not be blank" in str(refused.value.messages)


@pytest.mark.parametrize("kind, name", [(type(s).__name__, p[0]) for s, p in NOT_BLANK
                                        if len(p) == 1 and type(s) in INPUT_SCHEMAS.values()])
def test_a_zero_width_title_is_refused_over_http(client, dump, kind, name):
    kind = next(k for k, schema in INPUT_SCHEMAS.items() if schema.__name__ == kind)
    before = dump()
    value = ["\u200b"] if name == "aliases" else "\u200b"
    found = problem(client.post(f"/v1/{kind}", json={**BODIES[kind], name: value}), 422)
    assert list(found["errors"]) == [name]
    assert dump() == before


def test_text_with_a_zero_width_character_and_a_letter_is_fine(client):
    assert client.post("/v1/sources", json={"title": "\u200bA"}).status_code == 201


# --- fields= and comma-separated vocabularies ---------------------------------------------------------------------

@pytest.mark.parametrize("kind", sorted(QUERY_SCHEMAS))
def test_fields_names_only_fields_of_the_kind(anonymous, kind):
    for url in (f"/v1/{kind}", f"/v1/{kind}/1"):
        found = problem(anonymous.get(url, query_string={"fields": "id,nope,title2"}), 400)
        assert found["errors"] == {"fields": [
            f"'nope': must be one of: {', '.join(_field_names(kind))}.",
            f"'title2': must be one of: {', '.join(_field_names(kind))}."]}
        assert anonymous.get(url, query_string={"fields": ",".join(_field_names(kind))}).status_code == 200


# OpenWords (an event's mode) documents its terms and takes any other words as written: no flat refusal there.
VOCABULARY_LISTS = [(url, name) for url, name in _params(CommaList)
                    if any(isinstance(v, validate.OneOf) and not isinstance(v, OpenWords)
                           for v in QUERY_URLS[url]().fields[name].inner.validators)]


@pytest.mark.parametrize("url, name", VOCABULARY_LISTS)
def test_a_bad_value_in_a_list_parameter_is_a_flat_message_naming_it(admin, url, name):
    found = problem(admin.get(url, query_string={name: "NOPE"}), 400)
    assert list(found["errors"]) == [name]
    assert isinstance(found["errors"][name], list) and found["errors"][name][0].startswith("'NOPE': must be one of: ")


def test_the_red_team_type_filter(anonymous):
    found = problem(anonymous.get("/v1/events?type=FIGHT,NOPE"), 400)
    assert found["errors"]["type"] == ["'NOPE': must be one of: " + ", ".join(
        QUERY_SCHEMAS["events"]().fields["type"].inner.validators[0].choices) + "."]


@pytest.mark.parametrize("value", ["9", 9.5, True])
def test_an_id_in_a_body_must_be_a_json_integer(client, value):
    found = problem(client.post("/v1/events", json={**BODIES["events"], "parent_id": value}), 422)
    assert found["errors"] == {"parent_id": ["Not a valid integer: give a JSON number without a fraction, like 25 "
                                             "(not text)."]}
