"""Atomic batches (POST /v1/batch) and JSON Patch documents: the envelopes around records' own schemas.

A batch is a list of operations, each naming what it does (`op`), to which kind, which record (`id`, for all
but a create), the version it expects (`if_match`) and its body (`data`, validated by the kind's own input
schema when the operation runs). An operation's `ref` names its record for later operations, which write
"@<ref>" wherever an ID goes. After JSON:API's Atomic Operations extension (an `operations` list answered by
`results` in the same order, all or nothing) and FHIR transaction bundles (one entry per operation, each with
its own conditional precondition; entries refer to records created earlier in the bundle).
"""
import re

from marshmallow import ValidationError, fields, validate, validates_schema

from . import INPUT_SCHEMAS
from .common import MAX_ID, StrictSchema, one_of
from .external_ids import REFERENCE_PATTERN

BATCH_OPS = {
    "create": "Create a record of `kind` from `data` (POST /v1/<kind>).",
    "replace": "Replace record `id` with `data` (PUT /v1/<kind>/<id>).",
    "patch": "Change record `id`: `data` is a JSON merge patch (an object) or a JSON Patch (an array), as in "
             "PATCH /v1/<kind>/<id>.",
    "delete": "Delete record `id` (DELETE /v1/<kind>/<id>).",
}
REF_PATTERN = r"^[A-Za-z0-9_-]{1,100}$"
# "@name", or "@name.provisions[0]": the ID of an owned item of the record operation `name` wrote.
REF_USE_PATTERN = r"^@([A-Za-z0-9_-]{1,100})((?:\.[a-z_]{1,100}\[[0-9]{1,6}\])*)$"


class IdOrRef(fields.Field):
    """A record's ID, "@ref" naming a record an earlier operation of the batch wrote, or an external ID of the
    record ("wikidata:Q399", schemas/external_ids.py)."""

    def __init__(self, **kwargs):
        super().__init__(metadata={"description": "The record's ID, \"@<ref>\" naming the record an earlier "
                                                  "operation of the batch wrote, or an external ID of the record "
                                                  "(scheme:value).",
                                   "oneOf": [{"type": "integer", "minimum": 1},
                                             {"type": "string", "pattern": REF_USE_PATTERN},
                                             {"type": "string", "pattern": f"^{REFERENCE_PATTERN}$"}]}, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_ID:
            return value
        if isinstance(value, str) and validate.Regexp(REF_USE_PATTERN).regex.fullmatch(value):
            return value
        if isinstance(value, str) and re.fullmatch(REFERENCE_PATTERN, value):
            return value   # checked against the operation's kind when it runs (api/services/references.py)
        raise ValidationError(f"Must be a record ID (1 to {MAX_ID}), \"@<ref>\" of an earlier operation, or an "
                              "external ID (scheme:value).")


class OperationIn(StrictSchema):
    op = one_of(BATCH_OPS, required=True, metadata={"description": "What the operation does: " + " ".join(
        f"`{name}`: {text}" for name, text in BATCH_OPS.items())})
    kind = one_of(INPUT_SCHEMAS, required=True, metadata={
        "description": "The kind of record it writes: sources, actors, places, events, treaties or statements."})
    id = IdOrRef()
    ref = fields.String(validate=validate.Regexp(REF_PATTERN, error="Must be 1 to 100 letters, digits, _ or -."),
                        metadata={"description": "A name for the record this operation writes: later operations "
                                                 "give \"@<ref>\" wherever an ID of it goes (and "
                                                 "\"@<ref>.provisions[0]\" for the ID of an item it owns)."})
    if_match = fields.String(validate=validate.Length(min=1, max=200), metadata={
        "description": "The ETag last read for record `id` (or *), as the If-Match header of a single write; "
                       "needed by replace, patch and delete unless `id` is an \"@<ref>\"."})
    data = fields.Raw(metadata={"description": "The body the single request would send: the record (create, "
                                               "replace), a merge patch object or a JSON Patch array (patch); "
                                               "none for delete. Validated by the kind's schema when the "
                                               "operation runs; every ID field also takes \"@<ref>\".",
                                "anyOf": [*({"$ref": f"#/components/schemas/{schema.__name__}{suffix}"}
                                            for suffix in ("", "Patch") for schema in INPUT_SCHEMAS.values()),
                                          {"type": "array", "items": {"$ref": "#/components/schemas/"
                                                                               "JsonPatchOperation"}}]})

    @validates_schema(skip_on_field_errors=True)
    def _shape(self, operation, **kwargs):
        op, errors = operation["op"], {}
        if op == "create":
            errors.update({name: [f"A create has no {name}: the record is new."]
                           for name in ("id", "if_match") if name in operation})
        elif "id" not in operation:
            errors["id"] = [f"A {op} names the record it writes."]
        if op == "delete":
            errors.update({name: [f"A delete has no {name}."] for name in ("data", "ref") if name in operation})
        elif "data" not in operation:
            errors["data"] = ["Missing data for required field."]
        elif op != "patch" and not isinstance(operation["data"], dict):
            errors["data"] = ["Must be an object: the record."]
        elif not isinstance(operation["data"], (dict, list)):
            errors["data"] = ["Must be a merge patch (an object) or a JSON Patch (an array)."]
        if errors:
            raise ValidationError(errors)


class BatchIn(StrictSchema):
    """A batch as documented; load_operations reads it, each operation apart."""

    operations = fields.List(fields.Nested(OperationIn), required=True, validate=validate.Length(min=1), metadata={
        "description": "The operations, run in this order, all or nothing (at most BATCH_MAX_OPERATIONS)."})


class _Shell(BatchIn):
    """BatchIn with its operations left as given, for load_operations to read one by one."""

    operations = fields.List(fields.Raw(), required=True, validate=validate.Length(min=1))


def load_operations(body):
    """A batch's operations, each read by OperationIn apart -> (operations, errors). errors maps the index of
    each operation whose envelope is wrong (or whose ref an earlier one took) to its problems, and such an
    operation stays as given in operations, so that the others still run and every bad one is named at once
    (batch31). A body that is no batch raises ValidationError."""
    given = _Shell().load(body)["operations"]
    operations, errors, seen = [], {}, {}
    for index, item in enumerate(given):
        try:
            operations.append(OperationIn().load(item))
        except ValidationError as error:
            operations.append(item)
            errors[index] = error.messages
        ref = item.get("ref") if isinstance(item, dict) else None
        if not isinstance(ref, str) or not re.fullmatch(REF_PATTERN, ref):
            continue
        if ref in seen:
            errors.setdefault(index, {}).setdefault("ref", []).append(
                f"Already the ref of operation {seen[ref]}: name each once.")
        else:
            seen[ref] = index
    return operations, errors


class BatchResultOut(StrictSchema):
    status = fields.Integer(required=True, metadata={
        "description": "What the single request would have answered: 201 created, 200 replaced or patched "
                       "(also when nothing changed), 204 deleted."})
    id = fields.Integer(required=True, metadata={"description": "The record's ID."})
    href = fields.String(required=True, metadata={"description": "The record's URL path."})
    version = fields.Integer(required=True, metadata={
        "description": "The record's version after the operation (its ETag starts with it)."})
    removed = fields.List(fields.String(), required=True, metadata={
        "description": "The owned items with IDs the operation removed, as <list>/<id> (figures/12), as the "
                       "Removed-Items header of a single write says."})


class BatchOut(StrictSchema):
    results = fields.List(fields.Nested(BatchResultOut), required=True, metadata={
        "description": "One result per operation, in the operations' order."})
    changes = fields.String(required=True, metadata={
        "description": "The change feed at this batch: /v1/changes?after=<cursor>&limit=<n> lists the "
                       "revisions it wrote, together, in order."})


class JsonPatchOperation(StrictSchema):
    """One operation of an RFC 6902 JSON Patch (documentation: the service applies the patch with jsonpatch)."""

    op = fields.String(required=True, validate=validate.OneOf(["add", "remove", "replace", "move", "copy", "test"]),
                       metadata={"description": "add, remove, replace, move, copy, or test (the patch fails with "
                                                "409 unless the value at path equals value)."})
    path = fields.String(required=True, metadata={
        "description": "A JSON Pointer into the record's input form: /source_ids/- appends a source, /figures/2 "
                       "is the third figure."})
    from_ = fields.String(data_key="from", metadata={"description": "For move and copy: where the value comes from."})
    value = fields.Raw(metadata={"description": "For add, replace and test: the value."})


JsonPatch = {"type": "array", "items": JsonPatchOperation,
             "description": "An RFC 6902 JSON Patch (application/json-patch+json), applied to the record's input "
                            "form; the result is validated like a PUT."}
