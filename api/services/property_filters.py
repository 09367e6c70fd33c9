"""What the property filters mean (schemas/property_filters.py): the records of a kind holding a value (not
deprecated) of a property, or one equal to a given value, read from property_value's typed columns. Each
`property.<name>` is read against the registry: an unknown property, or a value not of its type, is a 400 naming
the parameter."""
import datetime

from peewee import fn

from schemas.properties import LINK_TYPES

from .. import jsonio
from ..models import PropertyValue
from ..models import PROPERTY_OWNER_COLUMNS as OWNER_COLUMNS
from .exceptions import InvalidParameter
from .property_rules import registry

V = PropertyValue


def _refuse(key, message):
    raise InvalidParameter({f"property.{key}": [message]})


def _number(key, text):
    try:
        found = float(text)
    except ValueError:
        _refuse(key, "Give a number.")
    if found != found or found in (float("inf"), float("-inf")):
        _refuse(key, "Give a number.")
    return found


def _day(key, text):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        _refuse(key, "Give a day, YYYY-MM-DD.")


def _range(key, prop, bound, text):
    if prop.value_type == "quantity":
        number = _number(key, text)
        if bound == "min":
            return fn.COALESCE(V.value_number, V.value_high, V.value_low) >= number
        return fn.COALESCE(V.value_number, V.value_low, V.value_high) <= number
    if prop.value_type == "date":
        day = _day(key, text)
        if bound == "min":
            return (V.value_last >= day) | (V.value_last.is_null() & V.value_first.is_null(False))
        return (V.value_first <= day) | (V.value_first.is_null() & V.value_last.is_null(False))
    _refuse(key, f"The property {prop.name} is of type {prop.value_type}: .min and .max are for a quantity or a "
                 "date.")


def _equal(key, prop, text):
    kind = prop.value_type
    if kind in LINK_TYPES:
        if not text.isdigit() or int(text) < 1:
            _refuse(key, f"Give the ID of a {kind}.")
        return V.value_record == int(text)
    if kind == "term":
        terms = [t["term"] for t in jsonio.loads(prop.terms or "[]")]
        if text not in terms:
            _refuse(key, f"Give one of the property's terms: {', '.join(terms)}.")
        return V.value_text == text
    if kind == "boolean":
        if text not in ("true", "false"):
            _refuse(key, "Give true or false.")
        return V.value_bool == (text == "true")
    if kind == "words":
        return V.value_text == text
    _refuse(key, f"The property {prop.name} is of type {kind}: give property.{prop.name}.min= or .max=.")


def clauses(kind_name, args):
    """The WHERE clauses of property= and property.<name>= for records of `kind_name` (none when not given)."""
    if kind_name not in OWNER_COLUMNS or not (args.get("property") or args.get("property_values")):
        return []
    model_id = _owner_model_id(kind_name)
    owner = getattr(V, OWNER_COLUMNS[kind_name])
    live = (V.rank != "deprecated") & owner.is_null(False)
    found = []
    if args.get("property"):
        found.append(model_id.in_(V.select(owner).where(live & V.property.in_(args["property"]))))
    wanted = args.get("property_values") or {}
    known = registry(key.split(".")[0] for key in wanted)
    for key, text in sorted(wanted.items()):
        name, _, bound = key.partition(".")
        prop = known.get(name)
        if prop is None:
            _refuse(key, f"No property '{name}' in the registry (GET /v1/properties).")
        if kind_name not in jsonio.loads(prop.applies_to):
            _refuse(key, f"The property {name} does not apply to {kind_name}.")
        condition = _range(key, prop, bound, text) if bound else _equal(key, prop, text)
        found.append(model_id.in_(V.select(owner).where(live & (V.property == name) & condition)))
    return found


def _owner_model_id(kind_name):
    from .kinds import MODELS
    return MODELS[kind_name].id
