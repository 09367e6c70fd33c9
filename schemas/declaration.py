"""The field list of each kind: its input schema, read as a declaration.

A kind's input schema (EventIn, ...) is the one place that lists its fields. Beside validating a write, each
field says, through a little metadata, how it is stored and shown; api/services/declared.py reads that to
write rows, turn a record back into its input form, build the representation and the CSV columns, and this
module derives the response schema (EventOut, ...) from it. The metadata keys:

- `link`: the field holds the ID of another record (`reference()` sets it): "actors", "places", ..., or
  "provisions" (checked by the treaty's rules rather than as a record). `x_id` is stored in the foreign key
  column `x` and shown as `x`; a list `x_ids` (`references()`) is stored in rows and shown as `xs`. A write
  may give a record kind's link as an external ID too ("wikidata:Q399": schemas/external_ids.py), resolved
  to the ID before the schema validates (api/services/references.py).
- `rows`: a list (or map) stored in rows of its own, named by the backref the row model gives the record
  (`participant_rows`). A list without it, inside a nested item, is stored whole as JSON in its column.
- `shown`: metadata (the description) of the field as a response shows it, when it is shown renamed.
- `also_shown`: (name, function, description): a field a response adds, computed from this one's value
  (quad_class from type).

Every other scalar field is a column of the same name, shown as it is. How flask-smorest, marshmallow and
peewee's playhouse (model_to_dict, dict_to_model) do similar things: docs/architecture.md.
"""
import copy
import functools

from marshmallow import fields, missing
from marshmallow.schema import SchemaMeta

from .common import (ActorRef, EventRef, Linked, PlaceRef, ProvisionRef, RecordMeta, SourceRef, StatementRef,
                     StrictSchema, TreatyRef)

# What a response shows for a link, when it is embedded, by the `link` of the field.
REF_SCHEMAS = {"actors": ActorRef, "places": PlaceRef, "events": EventRef, "treaties": TreatyRef,
               "sources": SourceRef, "statements": StatementRef, "provisions": ProvisionRef}


def is_list_of_links(field):
    return isinstance(field, fields.List) and bool(field.inner.metadata.get("link"))


def shown_name(name, field):
    """The name a response gives an input field: place_id -> place, source_ids -> sources."""
    if is_list_of_links(field) and name.endswith("_ids"):
        return name[:-4] + "s"
    if field.metadata.get("link") and name.endswith("_id"):
        return name[:-3]
    return name


def nested_schema(field):
    """The item schema of a list of objects (participants, figures...), else None."""
    if isinstance(field, fields.List) and isinstance(field.inner, fields.Nested):
        return field.inner.nested
    return None


def owns_records(schema_cls):
    """Items with an `id` of their own (figures, provisions, participants): kept by ID."""
    return "id" in schema_cls._declared_fields


def shown_by_id(schema_cls):
    """Owned items a response may show as their ID alone (figures without include=figures), and embed as
    records; not those declared SHOWN_IN_PLACE (participants: an actor and a role, always shown whole)."""
    return owns_records(schema_cls) and not getattr(schema_cls, "SHOWN_IN_PLACE", False)


def is_column(field):
    """A scalar stored in a column of the record (or of the item) itself."""
    return not isinstance(field, (fields.List, fields.Dict, fields.Nested))


# --- response schemas, derived -----------------------------------------------------------------------------

class _DerivedSchemaMeta(SchemaMeta):
    """Orders a record's response schema's fields as they always were: the fields shown under their input
    name first, then the record's own (id, href, ...), then the renamed and computed ones. (The order shows
    in the OpenAPI document and in the choices `fields=` lists in its error message.) `get_declared_fields`
    is marshmallow's documented hook for plugins that add fields."""

    @classmethod
    def get_declared_fields(mcs, klass, cls_fields, inherited_fields, dict_cls=dict):
        kept = getattr(klass, "KEPT_NAMES", ())
        first = [(name, field) for name, field in cls_fields if name in kept]
        rest = [(name, field) for name, field in cls_fields if name not in kept]
        return dict_cls(first + inherited_fields + rest)


def _required(field):
    field = copy.copy(field)
    field.required, field.load_default = True, missing
    field.metadata = dict(field.metadata)
    return field


def _shown_field(name, field, embeddable):
    """The response field for one input field (`embeddable`: links may come as IDs, not only as records)."""
    link = field.metadata.get("link")
    outer = Linked if embeddable else fields.Nested
    shown = field.metadata.get("shown", {})
    if link and not isinstance(field, fields.List):
        return outer(REF_SCHEMAS[link], required=True, allow_none=field.allow_none, metadata=shown)
    if is_list_of_links(field):
        return fields.List(outer(REF_SCHEMAS[field.inner.metadata["link"]]), required=True, metadata=shown)
    if isinstance(field, fields.Nested):   # one object stored whole (a reported date)
        return fields.Nested(output_schema(field.nested), required=True, allow_none=field.allow_none,
                             metadata=dict(field.metadata))
    item = nested_schema(field)
    if item is not None:
        item_out = output_schema(item)
        inner = Linked(item_out) if shown_by_id(item) else fields.Nested(item_out)
        return fields.List(inner, required=True, metadata=dict(field.metadata))
    return _required(field)


@functools.cache
def output_schema(input_cls):
    """The response schema of an input schema: EventIn -> EventOut. Top-level kinds (their input has
    `RECORD = True`) also carry the record's id, href, version and timestamps."""
    embeddable = not shown_by_id(input_cls)   # an embedded figure embeds its own links
    record = getattr(input_cls, "RECORD", False)
    kept, attrs = [], {}
    for name, field in input_cls._declared_fields.items():
        shown = shown_name(name, field)
        attrs[shown] = _shown_field(name, field, embeddable)
        if shown == name and record:
            kept.append(name)
        also = field.metadata.get("also_shown")
        if also:
            also_name, _, description = also
            attrs[also_name] = fields.String(required=True, metadata={"description": description})
    base = RecordMeta if record else StrictSchema
    name = input_cls.__name__.removesuffix("In") + "Out"
    return _DerivedSchemaMeta(name, (base,), {"KEPT_NAMES": tuple(kept), **attrs,
                                             "__doc__": f"{input_cls.__name__} as a response shows it."})
