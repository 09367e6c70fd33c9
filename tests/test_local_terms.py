"""Local terms of the open vocabularies (issue 10, terms; docs/api.md "Local terms"), generated from the
declarations: every field over an open vocabulary taking a registered local term (written, read back, found by its
filters), refusing one of another vocabulary or none registered (422 naming the field, changing nothing), and
refusing a deprecated one. Driven through HTTP on the example data. The registry's own routes:
tests/test_local_term_registry.py."""
import copy

from marshmallow import fields

import pytest

from schemas import INPUT_SCHEMAS, vocabularies as vocab
from schemas.arguments import QUERY_SCHEMAS
from schemas.common import Terms
from schemas.declaration import nested_schema
from schemas.parameters import CommaList
from schemas.place_parts import NAMED_ONLY
from test_field_declarations import (BASES, DATED, EXCLUSIVE, PATCH_BASES, _apart,  # noqa: F401 (fixture)
                                     _generated_property, _with_edtf, full_item)


def register(admin, vocabulary, term, **extra):
    answer = admin.post(f"/v1/vocabularies/{vocabulary}/terms", json={
        "term": term, "description": f"What {term} means in {vocabulary}.", **extra})
    assert answer.status_code == 201, answer.get_json()
    return answer.get_json()


def _open_name(field):
    inner = field.inner if isinstance(field, fields.List) else field
    return next((v.open_name for v in inner.validators if isinstance(v, Terms) and v.open_name), None)


def _open_fields(schema_cls, shape=(), seen=()):
    """(where, vocabulary) of every field over an open vocabulary, at any depth: where is the field's names from
    the record down ("provisions.conditions.type")."""
    for name, field in schema_cls._declared_fields.items():
        vocabulary = _open_name(field)
        if vocabulary:
            yield ".".join((*shape, name)), vocabulary
        item = nested_schema(field) or (field.nested if isinstance(field, fields.Nested) else None)
        if isinstance(item, type) and item not in seen:
            yield from _open_fields(item, (*shape, name), (*seen, item))


OPEN_FIELDS = sorted({(kind, where, vocabulary) for kind, schema_cls in INPUT_SCHEMAS.items()
                      for where, vocabulary in _open_fields(schema_cls)})


def _occurrences(body, schema_cls, path=()):
    """(path, where, field) of every value of an open vocabulary field in `body`: the path to it (list indices
    too), and where as _open_fields says it."""
    for name, field in schema_cls._declared_fields.items():
        value = body.get(name) if isinstance(body, dict) else None
        if value in (None, [], {}):
            continue
        if _open_name(field):
            yield (*path, name), ".".join(str(key) for key in (*path, name) if isinstance(key, str)), field
        item = nested_schema(field) or (field.nested if isinstance(field, fields.Nested) else None)
        if not isinstance(item, type):
            continue
        if isinstance(value, list):
            for i, element in enumerate(value):
                if isinstance(element, dict):
                    yield from _occurrences(element, item, (*path, name, i))
        elif isinstance(value, dict):
            yield from _occurrences(value, item, (*path, name))


def _at(data, path):
    for key in path:
        data = data[key]
    return data


def _set(data, path, value):
    _at(data, path[:-1])[path[-1]] = value


def _full_body(client, kind):
    body = full_item(client, INPUT_SCHEMAS[kind], base={**BASES[kind], **DATED.get(kind, {})})
    for name in EXCLUSIVE.get(kind, ()):
        body[name] = None
    return copy.deepcopy(_with_edtf(kind, _apart(client, kind, body)))   # (samples are shared: never changed)


def _given(field, term):
    return [term] if isinstance(field, fields.List) else term


# Fields over an open vocabulary that the generated body leaves out, as they exclude others of their item (open31):
# a place described relative to a named one has no place_id (PlaceRefMixin's relation, a figure's place_relation).
BESIDE = {"relation": ({"place_id": None, "unknown": None, "location_precision": None,
                        "distance_vague": None}, "relative_to_id"),   # a number or a word for a distance (agree33)
          "place_relation": ({"place_id": None}, "place_relative_to_id")}
# A prediction's outcome for a treaty or actors (statements37), which the generated bodies leave out
# (test_field_declarations.NOT_GENERATED): one subject per item, the treaty among the statement's about_treaties,
# the actors among its about_actor_ids. By field, and by the filter that reads it.
PREDICTED = {"treaty_outcome": lambda body: {"event_id": None, "event_type": None,
                                             "treaty_id": body["about_treaties"][0]["treaty_id"]},
             "actor_outcome": lambda body: {"event_id": None, "event_type": None,
                                            "actor_ids": body["about_actor_ids"][:1]}}
PREDICTED_FILTERS = {("statements", "predicted_treaty_outcome"): "predictions.treaty_outcome",
                     ("statements", "predicted_actor_outcome"): "predictions.actor_outcome"}
# What goes with some standard terms only, cleared beside the field: a local term is a plain term (open31).
GOES_WITH = {"actor_relations": {"support_kinds": [], "of_country": None, "designation": None, "seniority": None,
                                 "proportion": None},
             "place_relations": {"and_place_id": None, "side": None, "across_id": None, "part": None},
             "statement_relations": {"extent": None, "extent_words": None}}


def _linked(body):
    """A treaty's body with a provision linked to its first one (links name a provision of the same treaty, so the
    generated bodies leave them out: test_field_declarations.NOT_GENERATED): a second provision, keyed, whose link
    names the first by key (agree32: provision_links is open)."""
    first = body["provisions"][0]
    first["key"] = first.get("key") or "linked_first"
    body["provisions"].append({"type": "prisoner_release", "summary": "Released in step.", "key": "linked_second",
                               "links": [{"relation": "in_step_with", "provision_key": first["key"]}]})
    return body


# Fields that go with some types of their record only, set here with one of those types (places34: an event's action
# agreed or conceded, AGREE, CONCEDE, REJECT and DEMAND only).
WITH_TYPE = {("events", "action"): {"type": "CONCEDE", "mode": None}}
# Filters that read one field of items holding others of the same vocabulary (an act's action comes before the
# subject_types that act_subject= reads): the term goes there.
IN_FIELD = {("statements", "act_subject"): "subject_types"}


def _placed(client, body, kind, where):
    """`body` with the field at `where` set (a standard term, in items made whole, with BESIDE) when the generated
    body left it out; GOES_WITH cleared beside it; a top-level field's PATCH_BASES (an actor's age: a person's)."""
    body.update(PATCH_BASES.get((kind, where), {}))
    if where == "provisions.links.relation":
        return _linked(body)
    if (kind, where) in WITH_TYPE:
        body.update(WITH_TYPE[(kind, where)])
        body[where] = next(t for t in vocab.ALL[_open_name(INPUT_SCHEMAS[kind]._declared_fields[where])]
                           if t not in NAMED_ONLY)
        return body
    *parents, name = where.split(".")
    found = next((path for path, at, _ in _occurrences(body, INPUT_SCHEMAS[kind]) if at == where), None)
    item, item_cls = body, INPUT_SCHEMAS[kind]
    for i, part in enumerate(parents):
        field = item_cls._declared_fields[part]
        item_cls = nested_schema(field) or field.nested
        if found is None and item.get(part) in (None, [], {}):
            item[part] = [full_item(client, item_cls)] if isinstance(field, fields.List) else full_item(client, item_cls)
        index = found[found.index(part, i) + 1] if found and isinstance(item[part], list) else 0
        item = item[part][index] if isinstance(item[part], list) else item[part]
    field = item_cls._declared_fields[name]
    vocabulary = _open_name(field)
    if found is None and name in PREDICTED:
        item.update(PREDICTED[name](body))
        item[name] = next(t for t in vocab.ALL[vocabulary] if t not in NAMED_ONLY)
    elif found is None:
        beside, relative_to = BESIDE[name]
        item.update({key: value for key, value in beside.items() if key in item_cls._declared_fields})
        item[relative_to] = (body.get("about_place_ids") or [6])[0]   # a statement's act: a place it is about
        item[name] = _given(field, next(t for t in vocab.ALL[vocabulary] if t not in NAMED_ONLY))
    item.update({key: value for key, value in GOES_WITH.get(vocabulary, {}).items()
                 if key in item_cls._declared_fields})
    return body


def _names(errors, path):
    """The 422's errors name the field at `path` (list indices as strings)."""
    found = errors
    for key in path:
        assert isinstance(found, dict) and str(key) in found, (path, errors)
        found = found[str(key)]
    return " ".join(map(str, found)) if isinstance(found, list) else str(found)


def _longest(admin, vocabulary):
    """The longest local term the vocabulary takes (one longer is refused, naming term)."""
    width = admin.get(f"/v1/vocabularies/{vocabulary}").get_json()["term_max_length"]
    term = ("local:generated_" + "x" * 80)[:width]
    longer = admin.post(f"/v1/vocabularies/{vocabulary}/terms", json={"term": term + "x", "description": "Long."})
    assert longer.status_code == 422 and "term" in longer.get_json()["errors"]
    return term


def test_every_open_vocabulary_has_a_field():
    assert {vocabulary for *_, vocabulary in OPEN_FIELDS} == set(vocab.OPEN)
    assert ("events", "legal.charges.charge", "legal_charges") in OPEN_FIELDS
    assert vocab.OPEN == {name for name, terms in vocab.ALL.items() if "other" in terms}
    assert {"event_types", "qualifiers", "claim_ranks", "date_precisions"}.isdisjoint(vocab.OPEN)


def _plain_choices(schema_cls, seen=()):
    """Lists of choices of validators other than Terms, at any depth."""
    for field in schema_cls._declared_fields.values():
        inner = field.inner if isinstance(field, fields.List) else field
        yield from (list(v.choices) for v in inner.validators if hasattr(v, "choices") and not isinstance(v, Terms))
        item = nested_schema(field) or (field.nested if isinstance(field, fields.Nested) else None)
        if isinstance(item, type) and item not in seen:
            yield from _plain_choices(item, (*seen, item))


def test_no_field_or_filter_takes_an_open_vocabulary_but_through_terms():
    """A field or a filter over an open vocabulary validated another way would refuse its local terms."""
    opened = [list(vocab.ALL[name]) for name in vocab.OPEN]
    for schema_cls in [*INPUT_SCHEMAS.values(), *QUERY_SCHEMAS.values()]:
        assert not [choices for choices in _plain_choices(schema_cls) if choices in opened], schema_cls


@pytest.mark.parametrize(("kind", "where", "vocabulary"), OPEN_FIELDS)
def test_open_field_takes_its_registered_local_terms(client, admin, dump, kind, where, vocabulary):
    body = _placed(client, _full_body(client, kind), kind, where)
    path, field = next((path, field) for path, found, field in _occurrences(body, INPUT_SCHEMAS[kind])
                       if found == where)
    elsewhere = next(other for other in sorted(vocab.OPEN) if other != vocabulary)
    register(admin, elsewhere, "local:elsewhere")
    # none registered here, or one of another vocabulary: a 422 naming the field, and nothing written
    before = dump()
    for term in ("local:generated_term", "local:elsewhere"):
        _set(body, path, _given(field, term))
        refused = client.post(f"/v1/{kind}", json=body)
        assert refused.status_code == 422, refused.get_json()
        message = _names(refused.get_json()["errors"], path)
        assert term in message and f"GET /v1/vocabularies/{vocabulary}" in message
    assert dump() == before
    # registered: written and read back as given, as long as the vocabulary's columns allow
    term = _longest(admin, vocabulary)
    register(admin, vocabulary, term)
    _set(body, path, _given(field, term))
    created = client.post(f"/v1/{kind}", json=body)
    assert created.status_code == 201, created.get_json()["errors"]
    assert _at(client.get(created.get_json()["href"]).get_json(), path) == _given(field, term)
    # deprecated: new writes refuse it, saying so; the record keeps it
    admin.patch(f"/v1/vocabularies/{vocabulary}/terms/{term}", json={"deprecated": True})
    again = client.post(f"/v1/{kind}", json=body)
    assert again.status_code == 422 and "deprecated" in _names(again.get_json()["errors"], path)
    assert again.get_json()["errors"] == client.put(created.get_json()["href"], json=body).get_json()["errors"]
    assert _at(client.get(created.get_json()["href"]).get_json(), path) == _given(field, term)


def _filters(kind):
    """(parameter, vocabulary) of the collection's filters over an open vocabulary."""
    for parameter, field in QUERY_SCHEMAS[kind]().fields.items():
        if isinstance(field, CommaList) and _open_name(field.inner):
            yield parameter, _open_name(field.inner)


OPEN_FILTERS = sorted((kind, parameter, vocabulary) for kind in QUERY_SCHEMAS for parameter, vocabulary in
                      _filters(kind) if kind in INPUT_SCHEMAS)
# Filters that narrow another (relation= of relates_to=): the other's value, from the body posted.
COMPANIONS = {("treaties", "relation"): lambda body: f"&relates_to={body['relations'][0]['treaty_id']}"}


@pytest.mark.parametrize(("kind", "parameter", "vocabulary"), OPEN_FILTERS)
def test_filters_find_local_terms(client, admin, kind, parameter, vocabulary):
    term = _longest(admin, vocabulary)
    register(admin, vocabulary, term)
    body = {**_full_body(client, kind), **PATCH_BASES.get((kind, "kind" if vocabulary == "actor_kinds" else ""), {})}
    if vocabulary == "provision_links":
        body = _linked(body)
    if (kind, parameter) in WITH_TYPE:
        body.update(WITH_TYPE[(kind, parameter)], **{parameter: term})
    if (kind, parameter) in PREDICTED_FILTERS:
        body = _placed(client, body, kind, PREDICTED_FILTERS[(kind, parameter)])
    first, items = {}, set()   # the first value of each such field (a condition's others may depend on its type)
    only = IN_FIELD.get((kind, parameter))
    for path, where, field in _occurrences(body, INPUT_SCHEMAS[kind]):
        if only and path[-1] != only:
            continue
        if _open_name(field) == vocabulary and path[:-1] not in items:   # one per item: subset, not other_subsets
            first.setdefault(where, (path, field))
            items.add(path[:-1])
    for path, field in first.values():
        _set(body, path, _given(field, term))
        _at(body, path[:-1]).update({key: value for key, value in GOES_WITH.get(vocabulary, {}).items()
                                     if key in _at(body, path[:-1])})
    created = client.post(f"/v1/{kind}", json=body)
    assert created.status_code == 201, created.get_json()["errors"]
    more = COMPANIONS[(kind, parameter)](body) if (kind, parameter) in COMPANIONS else ""
    found = client.get(f"/v1/{kind}?{parameter}={term}&fields=id&limit=500{more}")
    assert found.status_code == 200, found.get_json()
    assert created.get_json()["id"] in [item["id"] for item in found.get_json()["items"]]
    admin.patch(f"/v1/vocabularies/{vocabulary}/terms/{term}", json={"deprecated": True})   # still found
    found = client.get(f"/v1/{kind}?{parameter}={term}&fields=id&limit=500{more}")
    assert found.status_code == 200, found.get_json()
    assert created.get_json()["id"] in [item["id"] for item in found.get_json()["items"]]
    unregistered = client.get(f"/v1/{kind}?{parameter}=local:not_registered")
    assert unregistered.status_code == 400 and parameter in unregistered.get_json()["errors"]


def test_a_term_an_open_vocabulary_lacks_says_the_vocabulary_is_open(client):
    """Trial t75: "must be one of" alone read as a closed list, and the curator took the nearest wrong term."""
    problem = client.get("/v1/events?claimed_reason=provocation").get_json()
    message = problem["errors"]["claimed_reason"][0]
    assert "must be one of" in message and "This vocabulary is open: give `other`" in message
    assert "POST /v1/vocabularies/claimed_reasons/terms" in message
    closed = client.get("/v1/events?type=NOPE").get_json()
    assert "vocabulary is open" not in str(closed)
