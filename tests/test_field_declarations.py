"""Every declared field of every kind survives the round trips a curator makes, generated from the declarations.

The input schemas (schemas/, read as each kind's field list) drive these tests: a body with every field set
is made from them, and each field is changed by PATCH on its own. A field added to a kind is covered here
without a line of test: written, read back, replaced with the input form of what was read, and patched
alone without disturbing any other field.
"""
import datetime

import pytest
from marshmallow import ValidationError, fields

from schemas import INPUT_SCHEMAS
from schemas.declaration import is_list_of_links, nested_schema, shown_name

from helpers import BODIES

TEXTS = ("A note on the record.", "Another note.", "ARM", "AZE", "fr", "de", "https://example.org/a",
         "https://example.org/b")
DATES = tuple(str(datetime.date(2020, 12, 1) + datetime.timedelta(days=n)) for n in (0, 1, -61, 31, 61))
NUMBERS = (12, 13.5, 40, 2.5)


def _valid(field, value):
    try:
        field.deserialize(value)
        return True
    except ValidationError:
        return False


def _linked_ids(client, link):
    """Two IDs a link of this kind may take: records of the example data, or made for the test (provisions:
    those of treaty 1)."""
    if link == "provisions":
        return [p["id"] for p in client.get("/v1/treaties/1").get_json()["provisions"]][:2]
    ids = [item["id"] for item in client.get(f"/v1/{link}?limit=2&fields=id").get_json()["items"]]
    while len(ids) < 2:
        ids.append(client.post(f"/v1/{link}", json=BODIES[link]).get_json()["id"])
    return ids


def candidates(client, field):
    """Valid values for one field, judged by the field alone (the record's own rules judge the rest)."""
    link = field.inner.metadata.get("link") if is_list_of_links(field) else field.metadata.get("link")
    item = nested_schema(field)
    if link and isinstance(field, fields.List):
        ids = _linked_ids(client, link)
        found = [[ids[0]], [ids[-1]], ids]
    elif link:
        found = _linked_ids(client, link)
    elif item is not None:
        found = [[full_item(client, item, n)] for n in range(4)]
    elif isinstance(field, fields.Dict):
        found = [{"wikidata": "Q42"}, {"wikidata": "Q7"}]
    elif isinstance(field, fields.List):
        found = [[text] for text in TEXTS]
    elif getattr(field, "validate", None) and any(hasattr(v, "choices") for v in field.validators):
        found = next(v.choices for v in field.validators if hasattr(v, "choices"))
    elif isinstance(field, fields.Date):
        found = DATES
    elif isinstance(field, fields.Float):
        found = NUMBERS
    else:
        found = TEXTS
    return [value for value in found if _valid(field, value)]


def full_item(client, schema_cls, n=0, base=None):
    """A body of `schema_cls` with every field set: `base`'s values, the others from their candidates."""
    body = dict(base or {})
    for i, (name, field) in enumerate(schema_cls._declared_fields.items()):
        if name == "id":
            continue   # a part's own ID: given by the service
        if body.get(name) in (None, [], {}):
            found = candidates(client, field)
            body[name] = found[(n >> i) % len(found)]   # variant n: the fields' choices vary independently
        elif nested_schema(field) is not None:
            body[name] = [full_item(client, nested_schema(field), n, item) for item in body[name]]
    return body


def input_form(record, schema_cls):
    """A representation read back as input: each declared field under its input name, links as IDs."""
    form = {}
    for name, field in schema_cls._declared_fields.items():
        value = record[shown_name(name, field)]
        item = nested_schema(field)
        if item is not None:
            value = [input_form(v, item) for v in value]
        elif field.metadata.get("link") or is_list_of_links(field):
            as_id = (lambda v: v["id"] if isinstance(v, dict) else v)
            value = [as_id(v) for v in value] if isinstance(value, list) else as_id(value)
        form[name] = value
    return form


def same(sent, got):
    """What was sent is what came back: numbers compared as numbers, parts' service-given IDs ignored."""
    if isinstance(sent, dict):
        return isinstance(got, dict) and all(same(v, got.get(k)) for k, v in sent.items())
    if isinstance(sent, list):
        return isinstance(got, list) and len(sent) == len(got) and all(map(same, sent, got))
    if isinstance(sent, (int, float)) and not isinstance(sent, bool):
        return isinstance(got, (int, float)) and float(sent) == float(got)
    return sent == got


def _unchanging(record):
    return {k: v for k, v in record.items() if k not in ("version", "updated_at")}


def _create(client, kind):
    body = full_item(client, INPUT_SCHEMAS[kind], base=BODIES[kind])
    response = client.post(f"/v1/{kind}", json=body)
    assert response.status_code == 201, (body, response.get_json())
    return body, response.get_json()


def _every_field_set(body, schema_cls):
    for name, field in schema_cls._declared_fields.items():
        if name == "id":
            continue
        assert body.get(name) not in (None, [], {}), f"{schema_cls.__name__}.{name} has no value to test with"
        if nested_schema(field) is not None:
            _every_field_set(body[name][0], nested_schema(field))


@pytest.mark.parametrize("kind", list(INPUT_SCHEMAS))
def test_every_field_survives_create_get_put_get(client, kind):
    schema_cls = INPUT_SCHEMAS[kind]
    body, created = _create(client, kind)
    _every_field_set(body, schema_cls)
    read = client.get(created["href"]).get_json()
    form = input_form(read, schema_cls)
    for name in schema_cls._declared_fields:
        assert same(body[name], form[name]), (name, body[name], form[name])
    replaced = client.put(created["href"], json=form)
    assert replaced.status_code == 200, replaced.get_json()
    again = client.get(created["href"]).get_json()
    assert _unchanging(again) == _unchanging(read)
    assert again["version"] == read["version"]   # a PUT that changes nothing writes nothing (issue 11)


PATCHED_FIELDS = [(kind, name) for kind, schema_cls in INPUT_SCHEMAS.items() for name in schema_cls._declared_fields]


@pytest.mark.parametrize(("kind", "name"), PATCHED_FIELDS)
def test_patch_of_one_field_leaves_every_other_field(client, kind, name):
    schema_cls = INPUT_SCHEMAS[kind]
    _, created = _create(client, kind)
    before = input_form(client.get(created["href"]).get_json(), schema_cls)
    tried = []
    for value in candidates(client, schema_cls._declared_fields[name]):
        if same(value, before[name]):
            continue
        response = client.patch(created["href"], json={name: value}, content_type="application/merge-patch+json")
        tried.append((value, response.status_code))
        if response.status_code == 200:
            break
        assert response.status_code == 422, response.get_json()   # a rule across fields refused this value
    else:
        pytest.fail(f"no value of {kind}.{name} could be patched in: {tried}")
    after = input_form(client.get(created["href"]).get_json(), schema_cls)
    assert same(value, after[name]), (value, after[name])
    assert {k: v for k, v in after.items() if k != name} == {k: v for k, v in before.items() if k != name}
