"""A record's property values checked against the registry (issue 10, props), inside the write's transaction.

The schema (schemas/property_values.py) has checked each value's shape; here each is held to its property: the
property exists, applies to the record's kind, and the value is of its type (a live record of the linked kind, one
of its terms, a quantity, a reported date, true or false, words). A value is then put in its normal form (a
quantity's numbers as the API gives numbers, a reported date as stored elsewhere), which is what is stored and
shown. Problems come back as (path, message) for a 422 naming `properties.<i>.<field>`; the write then changes
nothing. Also: which records a property's link values make referrers of a record (a delete refused while a
`founded_by` names the actor), and which records use a property (the registry's delete, a value type kept).
"""
from marshmallow import ValidationError

from schemas.dates import ReportedDateIn, as_json
from schemas.properties import LINK_TYPES, WORDS_MAX, QuantityIn

from .. import jsonio
from ..models import Actor, Event, Place, Property, PropertyValue, Source, Statement, Treaty
from ..models import PROPERTY_OWNER_COLUMNS as OWNER_COLUMNS
from ..refs import number
from .rules import Ref, missing_references

LINK_MODELS = {"actors": Actor, "places": Place, "events": Event, "treaties": Treaty, "statements": Statement,
               "sources": Source}
MAX_USERS_SHOWN = 50


def registry(names):
    """name -> Property row, for these names (one query)."""
    names = list(set(names))
    return {row.name: row for row in Property.select().where(Property.name.in_(names))} if names else {}


def _flat(messages, path):
    """A marshmallow error dict (or list) -> [(path, message)]."""
    if isinstance(messages, dict):
        return [found for key, value in messages.items() for found in _flat(value, path + (key,))]
    return [(path, message) for message in messages]


def _typed(prop, value, path):
    """(the value in its normal form, [(path, message)], [Ref])."""
    kind = prop.value_type
    if kind in LINK_TYPES:
        if isinstance(value, bool) or not isinstance(value, int):
            return value, [(path, f"The property {prop.name} takes the ID of a {kind} (an integer).")], []
        return value, [], [Ref(path, LINK_MODELS[LINK_TYPES[kind]], value)]
    if kind == "term":
        terms = [t["term"] for t in jsonio.loads(prop.terms or "[]")]
        if not isinstance(value, str) or value not in terms:
            return value, [(path, f"The property {prop.name} takes one of its terms: {', '.join(terms)}.")], []
        return value, [], []
    if kind == "boolean":
        if not isinstance(value, bool):
            return value, [(path, f"The property {prop.name} takes true or false.")], []
        return value, [], []
    if kind == "words":
        if not isinstance(value, str) or not value.strip() or len(value) > WORDS_MAX:
            return value, [(path, f"The property {prop.name} takes words as reported: a string of 1 to {WORDS_MAX} "
                                  "characters (a name or a phrase, never a summary).")], []
        return value, [], []
    if not isinstance(value, dict):
        what = 'a quantity, {"number": 70, "unit": "percent"}' if kind == "quantity" else \
            'a reported date, {"date": "1976-10-30"}'
        return value, [(path, f"The property {prop.name} takes {what}.")], []
    try:
        if kind == "quantity":
            loaded = QuantityIn().load(value)
            return {k: number(v) for k, v in loaded.items() if v is not None}, [], []
        return as_json(ReportedDateIn().load(value)), [], []
    except ValidationError as error:
        return value, _flat(error.messages, path), []


def problems(kind_name, data):
    """The problems of the record's property values ([(path, message)]); puts each valid value in its normal
    form in `data`."""
    items = data.get("properties") or []
    if not items:
        return []
    found = registry(item["property"] for item in items)
    problems_, refs = [], []
    for i, item in enumerate(items):
        path, prop = ("properties", i), found.get(item["property"])
        applies_to = jsonio.loads(prop.applies_to) if prop is not None else []
        if prop is None:
            problems_.append((path + ("property",), f"No property '{item['property']}' in the registry (GET "
                                                    "/v1/properties): an admin declares new ones."))
        elif kind_name not in applies_to:
            problems_.append((path + ("property",), f"The property {prop.name} applies to {', '.join(applies_to)}, "
                                                    f"not to {kind_name}."))
        else:
            item["value"], wrong, links = _typed(prop, item["value"], path + ("value",))
            problems_ += wrong
            refs += links
    return problems_ + missing_references(refs)


# --- who uses a property, who a property value refers to ---------------------------------------------------

def _owner_kind(row):
    return next((kind, row[column]) for kind, column in OWNER_COLUMNS.items() if row[column] is not None)


def users(name, where=None):
    """The records (live or deleted) holding values of the property, as {kind, id, href}, at most 50, and how
    many values there are in all. `where`: a further condition on the values (a term, a kind)."""
    condition = PropertyValue.property == name
    if where is not None:
        condition &= where
    columns = [getattr(PropertyValue, column) for column in OWNER_COLUMNS.values()]
    count = PropertyValue.select().where(condition).count()
    seen, found = set(), []
    for row in PropertyValue.select(*columns).where(condition).order_by(PropertyValue.id).dicts():
        kind, record_id = _owner_kind(row)
        if (kind, record_id) not in seen and len(found) < MAX_USERS_SHOWN:
            seen.add((kind, record_id))
            found.append({"kind": kind, "id": record_id, "href": f"/v1/{kind}/{record_id}"})
    return found, count


def link_referrers(linked_kind):
    """(owner kind, field, owners) for every kind that takes properties: the records holding a value that links
    to a record of `linked_kind` (through a property of the value type naming that kind)."""
    value_type = next((t for t, k in LINK_TYPES.items() if k == linked_kind), None)
    if value_type is None:
        return []

    def owners_of(column):
        def owners(record_id):
            linking = Property.select(Property.name).where(Property.value_type == value_type)
            return (PropertyValue.select(getattr(PropertyValue, column))
                    .where((PropertyValue.value_record == record_id) & PropertyValue.property.in_(linking)))
        return owners
    return [(kind, "properties.value", owners_of(column)) for kind, column in OWNER_COLUMNS.items()]
