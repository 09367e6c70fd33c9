"""References in input: wherever an ID of a record is accepted, an external ID names the record too.

Every field whose declaration links to a record kind (`link`: set by schemas.common.reference()) takes the
record's numeric ID or one of its external IDs, "scheme:value" ("actor_id": "wikidata:Q399"), at any depth;
so does a batch's "@ref" (api/services/batch.py passes its resolver in). The walk over the declarations is
this module's, shared by single writes (POST, PUT, both PATCH forms: services/edits.py) and batches, and it
runs before the input schema validates: the schema and the rules then see numeric IDs only, and the record
reads back with them.

The schemes, their formats and the kinds each identifies are declared in schemas/external_ids.py. Within a
kind an external ID names one live record (`claimed_elsewhere` refuses a second); an unknown one is a 422
at the field's path, and one that names several records (data older than that rule) a 422 listing them.
"""
from marshmallow import ValidationError, fields

from schemas import external_ids
from schemas.common import shared, with_current_names
from schemas.properties import LINK_TYPES

from .. import sql
from .declared import row_model
from .exceptions import InvalidInput, InvalidParameter
from .kinds import KINDS
from .property_rules import registry

# The column that names a record of each kind in messages ("1 (Armenia)").
NAME_COLUMNS = {"sources": "title", "actors": "name", "places": "name", "events": "title", "treaties": "name",
                "statements": "quote"}
MAX_CANDIDATES = 10


def _schema_of(field):
    return field.schema if isinstance(field, fields.Nested) else None


def walk(schema, data, resolve, path, problems):
    """`data` with every value of a field that holds an ID (per `schema`'s `link` declarations, at any depth)
    passed through resolve(value, link, problems_here) -> value; problems are (path, message) pairs."""
    if not isinstance(data, dict):
        return data
    try:   # deprecated names at any depth (a provision figure's actor_id) name records too
        data = with_current_names(type(schema), data)
    except ValidationError as error:
        problems.extend((path + (key,), message) for key, messages in error.messages.items() for message in messages)
        return data
    result = dict(data)
    for name, field in schema.fields.items():
        key = field.data_key or name
        if key not in data:
            continue
        value, here = data[key], path + (key,)
        if isinstance(field, fields.List) and isinstance(value, list):
            inner, nested = field.inner, _schema_of(field.inner)
            if nested is not None:
                value = [walk(nested, item, resolve, here + (i,), problems) for i, item in enumerate(value)]
            elif _link(inner) or isinstance(inner, fields.Number):
                value = [_one(resolve, item, _link(inner), here + (i,), problems)
                         for i, item in enumerate(value)]
        elif _schema_of(field) is not None and isinstance(value, list):   # Nested(many=True)
            value = [walk(_schema_of(field), item, resolve, here + (i,), problems) for i, item in enumerate(value)]
        elif _schema_of(field) is not None:
            value = walk(_schema_of(field), value, resolve, here, problems)
        elif (_link(field) or isinstance(field, fields.Number)) and name != "id":
            value = _one(resolve, value, _link(field), here, problems)
        result[key] = value
    return result


def _link(field):
    """What an ID field holds: its `link` (a kind, or "provisions"), or `refers_to` (an ID kept as given, not
    shown as a link: an owned item's, "figures", "status_history"; an event's in a term stored whole); None
    for a number that holds no ID (resolvers leave its value to the schema, or say what goes there)."""
    return field.metadata.get("link") or field.metadata.get("refers_to")


def _one(resolve, value, link, path, problems):
    found = []
    resolved = resolve(value, link, found)
    problems.extend((path, message) for message in found)
    return resolved


def nest(problems):
    """[(path, message)] -> nested field -> messages, like marshmallow's error dicts."""
    errors = {}
    for path, message in problems:
        node = errors
        for key in path[:-1]:
            node = node.setdefault(key, {})
        node.setdefault(path[-1], []).append(message)
    return errors


def holders(link, scheme, value, limit=MAX_CANDIDATES + 1):
    """[(id, name)] of the live records of kind `link` that hold external ID scheme:value, by ID."""
    model = KINDS[link].model
    rows, owner = row_model(model, "external_id_rows")
    return sql.holders(model, rows, owner, NAME_COLUMNS[link], scheme, value, limit)


def _named(candidates):
    shown = [f"{ident} ({(name or '')[:80]})" if name else str(ident) for ident, name in candidates[:MAX_CANDIDATES]]
    more = ", ..." if len(candidates) > MAX_CANDIDATES else ""
    return ", ".join(shown) + more


def what_field_takes(link):
    return f"this field takes {'an' if KINDS[link].label()[0] in 'aeiou' else 'a'} {KINDS[link].label()}"


class ExternalResolver:
    """resolve(value, link, problems): "scheme:value" -> the ID of the one live record of kind `link` that holds
    it; an int (or anything else the schema should judge) is left as it is. Looks each up once."""

    def __init__(self):
        self.found = {}

    def __call__(self, value, link, problems):
        if not isinstance(value, str) or ":" not in value or link not in KINDS:
            return value   # an ID, or text that is none: the schema says so
        label = KINDS[link].label()
        try:
            scheme, ident = external_ids.parse(value, link, what_field_takes(link))
        except ValidationError as error:
            problems.extend(error.messages)
            return value
        key = (link, scheme, ident)
        if key not in self.found:
            self.found[key] = holders(link, scheme, ident)
        candidates = self.found[key]
        if not candidates:
            problems.append(f"No {label} has {scheme}:{ident}.")
            return value
        if len(candidates) > 1:
            problems.append(f"{scheme}:{ident} names {len(candidates)} {link}: {_named(candidates)}. Give the ID "
                            "of the one you mean (and correct the others' external IDs).")
            return value
        return candidates[0][0]


def resolved(kind, data, first=None):
    """The input `data` of `kind` with its references resolved to IDs: "@ref" by `first` (a batch's) when
    given, then external IDs; InvalidInput naming each field that names no record (or several)."""
    try:
        data = with_current_names(kind.schema, data)
    except ValidationError as error:
        raise InvalidInput(error.messages) from None
    external = ExternalResolver()

    def resolve(value, link, problems):
        if first is not None and isinstance(value, str) and value.startswith("@"):
            return first(value, link, problems)
        return external(value, link, problems)

    problems = []
    data = walk(shared(kind.schema), data, resolve, (), problems)
    data = _property_links(data, resolve, problems)
    if problems:
        raise InvalidInput(nest(problems))
    return data


def _property_links(data, resolve, problems):
    """The values of link properties (issue 10, props) resolved like any link: "@ref" in a batch, an external ID
    ("wikidata:Q399") anywhere. Which values are links is the registry's to say, not the schema's."""
    items = data.get("properties") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return data
    named = [item for item in items if isinstance(item, dict) and isinstance(item.get("value"), str)]
    found = registry(item.get("property") for item in named if isinstance(item.get("property"), str))
    links = {name: LINK_TYPES[prop.value_type] for name, prop in found.items() if prop.value_type in LINK_TYPES}
    if not links:
        return data
    resolved_items = []
    for i, item in enumerate(items):
        if isinstance(item, dict) and isinstance(item.get("value"), str) and item.get("property") in links:
            item = {**item, "value": _one(resolve, item["value"], links[item["property"]], ("properties", i, "value"),
                                          problems)}
        resolved_items.append(item)
    return {**data, "properties": resolved_items}


def record_id(kind, value, field="id"):
    """A record's ID given as its ID or as one of its external IDs (a batch operation's `id`)."""
    if not isinstance(value, str):
        return value
    problems = []
    ident = ExternalResolver()(value, kind.name, problems)
    if problems:
        raise InvalidInput({field: problems})
    return ident


def claimed_elsewhere(kind, record_id, data):
    """(path, message) for each external ID in `data` that another live record of `kind` already holds: an
    external ID names one record of its kind."""
    problems = []
    for scheme, value in sorted((data.get("external_ids") or {}).items()):
        others = [(ident, name) for ident, name in holders(kind.name, scheme, value) if ident != record_id]
        if others:
            problems.append((("external_ids", scheme), f"{scheme}:{value} is held by {kind.label()} "
                             f"{_named(others)} already: an external ID names one {kind.label()}. Refer to that "
                             "record, or correct its external IDs first."))
    return problems


def resolved_filters(kind_name, args, filter_links):
    """Collection arguments with each ID filter given as an external ID (schemas.arguments.ExternalRef)
    replaced by the record's ID. An external ID that names no live record, or several, is a 400 naming the
    parameter: unlike an ID copied from an answer, it is typed by a person, and an empty answer would hide the
    typo."""
    result, problems = dict(args), {}
    for name, value in args.items():
        link = filter_links.get(name)   # what the filter names (schemas.arguments.FILTER_LINKS)
        if link not in KINDS or not isinstance(value, tuple):
            continue
        scheme, ident = value
        candidates = holders(link, scheme, ident)
        if len(candidates) == 1:
            result[name] = candidates[0][0]
        elif not candidates:
            problems[name] = [f"No {KINDS[link].label()} has {scheme}:{ident}."]
        else:
            problems[name] = [f"{scheme}:{ident} names {len(candidates)} {link}: {_named(candidates)}. Give the ID "
                              "of the one you mean."]
    if problems:
        raise InvalidParameter(problems, "A query parameter names no record, or several; see errors.")
    return result
