"""The registry of properties (issue 10, props): admins declare, change and remove the kinds of fact records may
hold beyond their declared fields (schemas/properties.py says what a property is; property_rules.py holds values
to it). What a property means may be edited; what would change the meaning of values already held may not:
its value type once a record uses it, a term in use, a kind records of which use it (409 naming them).
"""
from peewee import fn

from schemas import INPUT_SCHEMAS
from schemas.declaration import shown_name

from .. import jsonio
from ..db import write_transaction
from ..models import Property, PropertyValue, utcnow
from ..models import PROPERTY_OWNER_COLUMNS as OWNER_COLUMNS
from ..sql import timestamp
from .exceptions import Conflict, InvalidInput, NotFound, StillReferenced
from .property_rules import users


def _shown(row, used):
    terms = jsonio.loads(row.terms) if row.terms is not None else None
    return {"name": row.name, "href": f"/v1/properties/{row.name}", "label": row.label,
            "description": row.description, "applies_to": jsonio.loads(row.applies_to),
            "value_type": row.value_type, "terms": terms, "used": used,
            "created_at": timestamp(row.created_at), "updated_at": timestamp(row.updated_at)}


def _counts():
    query = PropertyValue.select(PropertyValue.property, fn.COUNT(PropertyValue.id)).group_by(PropertyValue.property)
    return dict(query.tuples())


def all_properties(applies_to=None):
    counts = _counts()
    rows = [row for row in Property.select().order_by(Property.name)
            if applies_to is None or applies_to in jsonio.loads(row.applies_to)]
    return [_shown(row, counts.get(row.name, 0)) for row in rows]


def _row(name):
    row = Property.get_or_none(Property.name == name)
    if row is None:
        raise NotFound(f"No property named '{name}' (GET /v1/properties lists them).")
    return row


def get(name):
    row = _row(name)
    return _shown(row, users(name)[1])


def _clashes(name, kinds):
    """The kinds among `kinds` that declare a field called `name` (as given or as shown): a property may not
    shadow one."""
    return [kind for kind in kinds
            if any(name in (field_name, shown_name(field_name, field))
                   for field_name, field in INPUT_SCHEMAS[kind]._declared_fields.items())]


def _check_clash(name, kinds):
    clashes = _clashes(name, kinds)
    if clashes:
        raise InvalidInput({"name": [f"{', '.join(clashes)} declare a field called {name}: use that field, or "
                                     "give the property another name."]})


def create(data):
    with write_transaction():
        if Property.get_or_none(Property.name == data["name"]) is not None:
            raise Conflict(f"A property named '{data['name']}' exists already.")
        _check_clash(data["name"], data["applies_to"])
        now = utcnow()
        row = Property.create(name=data["name"], label=data["label"], description=data["description"],
                              applies_to=jsonio.dumps_text(data["applies_to"]), value_type=data["value_type"],
                              terms=jsonio.dumps_text(data["terms"]) if data.get("terms") else None,
                              created_at=now, updated_at=now)
        return _shown(row, 0)


def _refuse(message, where=None, name=None):
    found, count = users(name, where)
    if count:
        raise StillReferenced(f"{message} ({count} value(s)).", found)


def update(name, data):
    """A PATCH: see the module's docstring."""
    with write_transaction():
        row = _row(name)
        changes = {}
        for key in ("label", "description"):
            if key in data:
                changes[key] = data[key]
        kinds = jsonio.loads(row.applies_to)
        if "applies_to" in data:
            for kind in set(kinds) - set(data["applies_to"]):
                _refuse(f"Records of kind {kind} use the property {name}: change them first",
                        getattr(PropertyValue, OWNER_COLUMNS[kind]).is_null(False), name)
            _check_clash(name, [k for k in data["applies_to"] if k not in kinds])
            changes["applies_to"] = jsonio.dumps_text(data["applies_to"])
        value_type = data.get("value_type", row.value_type)
        if value_type != row.value_type:
            _refuse(f"Records use the property {name}: its value type stays {row.value_type}", name=name)
            changes["value_type"] = value_type
        terms = jsonio.loads(row.terms) if row.terms is not None else None
        if "terms" in data or value_type != row.value_type:
            new_terms = data.get("terms") if "terms" in data else (terms if value_type == "term" else None)
            if value_type == "term" and not new_terms:
                raise InvalidInput({"terms": ["A property of value_type term declares its terms: give at least "
                                              "one, with its description."]})
            if value_type != "term" and new_terms:
                raise InvalidInput({"terms": [f"Only a property of value_type term has terms (this one is "
                                              f"{value_type})."]})
            removed = {t["term"] for t in terms or []} - {t["term"] for t in new_terms or []}
            if removed and value_type == row.value_type:
                _refuse(f"Records hold the terms {', '.join(sorted(removed))} of the property {name}: keep them",
                        PropertyValue.value_text.in_(sorted(removed)), name)
            changes["terms"] = jsonio.dumps_text(new_terms) if new_terms else None
        if changes:
            changes["updated_at"] = utcnow()
            Property.update(changes).where(Property.id == row.id).execute()
        return get(name)


def delete(name):
    """Remove a property no record (live or deleted) holds a value of; 409 naming the records otherwise."""
    with write_transaction():
        row = _row(name)
        _refuse(f"Records hold values of the property {name}: remove them first", name=name)
        Property.delete().where(Property.id == row.id).execute()
