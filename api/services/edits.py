"""Small edits that stay small: the three forms an update may take, applied to the record's input form.

- `replace` (PUT): the whole input form;
- `merge` (PATCH, application/merge-patch+json): RFC 7396, merged into the stored input form;
- `json-patch` (PATCH, application/json-patch+json): RFC 6902 operations applied to the stored input form,
  `test` operations included, so an item is added to or removed from a list without resending the list.

Whichever form, the result is then read like a PUT: an owned item given by its `id` alone (`{"id": 12}` in
`figures`) stands for the stored item, unchanged, at any depth (and one given without id but with a stored
item's key, a participant's actor and role, is that item); the result is validated whole by the kind's
input schema and written by records.write, which writes nothing when nothing changes and reports the
owned items the write removed. All of it runs in one write transaction, so the stored form the edit is
applied to is the one the version check saw.
"""
import jsonpatch
import jsonpointer
from marshmallow import ValidationError

from schemas.common import shared
from schemas.flatdates import superseded

from ..db import write_transaction
from . import records, references
from .exceptions import Conflict, InvalidInput, ServiceError

FORMS = ("replace", "merge", "json-patch")


class MalformedPatch(ServiceError):
    """RFC 5789 2.2: a patch document that is not a JSON Patch at all answers 400."""

    status = 400
    title = "Malformed patch document"


class PatchConflict(Conflict):
    """RFC 5789 2.2, "conflicting state": the patch cannot be applied to the record as it is now (a `test`
    that fails, a path that does not exist). 409, not 412: 412 is for the request's preconditions
    (If-Match), which held."""

    title = "Patch does not apply"


def same_json(a, b):
    """RFC 6902 4.6's equality: numbers by value (1 equals 1.0), but true is no number (Python's == says
    True == 1), objects key by key, arrays item by item."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same_json(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(map(same_json, a, b))
    return a == b


def _strict_test(document, operation, index):
    """jsonpatch's `test` compares with Python's ==; check RFC 6902's equality first."""
    if operation.get("op") != "test" or "value" not in operation or not isinstance(operation.get("path"), str):
        return
    try:
        found = jsonpointer.resolve_pointer(document, operation["path"])
    except jsonpointer.JsonPointerException:
        return   # jsonpatch reports the missing path
    if not same_json(found, operation["value"]):
        raise PatchConflict(f"Operation {index} of the JSON Patch, a test, failed: the record is not what the patch "
                            "expects (someone may have changed it). Nothing was changed.",
                            errors={str(index): [f"{found!r} is not equal to {operation['value']!r}"]})


def apply_json_patch(document, operations):
    """`operations` (an RFC 6902 document) applied to `document`, one operation at a time so that an error
    names the operation; the document itself is left as it was."""
    if not isinstance(operations, list):
        raise MalformedPatch("A JSON Patch is an array of operations ([{\"op\": \"add\", \"path\": ..., "
                             "\"value\": ...}]).", errors={"body": ["Must be an array of operations."]})
    for index, operation in enumerate(operations):
        if not isinstance(operation, dict):
            raise MalformedPatch(f"Operation {index} of the JSON Patch is not an object.",
                                 errors={str(index): ["Must be an object with op and path."]})
        _strict_test(document, operation, index)
        try:
            document = jsonpatch.JsonPatch([operation]).apply(document)
        except jsonpatch.JsonPatchTestFailed as error:
            raise PatchConflict(f"Operation {index} of the JSON Patch, a test, failed: the record is not what "
                                "the patch expects (someone may have changed it). Nothing was changed.",
                                errors={str(index): [str(error)]}) from None
        except jsonpatch.InvalidJsonPatch as error:
            raise MalformedPatch(f"Operation {index} of the JSON Patch is malformed: {error}.",
                                 errors={str(index): [str(error)]}) from None
        except (jsonpatch.JsonPatchConflict, jsonpointer.JsonPointerException) as error:
            raise PatchConflict(f"Operation {index} of the JSON Patch does not apply to the record as it is "
                                f"now: {error}. Nothing was changed.", errors={str(index): [str(error)]}) from None
        except (TypeError, KeyError, IndexError) as error:   # a pointer through a value that is no container
            raise PatchConflict(f"Operation {index} of the JSON Patch does not apply to the record as it is "
                                "now. Nothing was changed.", errors={str(index): [repr(error)]}) from None
    return document


def _is_id(value):
    return isinstance(value, int) and not isinstance(value, bool)


def _hashable(value):
    """A key made of what a client sent can hold lists or objects (refused later by the schema)."""
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _unnamed_by_key(f, items, stored):
    """Stored items of a list whose items have a key (a participant's actor and role) that `items` do not
    name by id, by their key: an item given without id but with that key is that stored item."""
    if not f.item_key:
        return {}
    # only a well-formed ID names an item: anything else (a list, an object) is left to the schema to refuse
    named = {item.get("id") for item in items if isinstance(item, dict) and _is_id(item.get("id"))}
    return {tuple(item.get(name) for name in f.item_key): ident for ident, item in stored.items()
            if ident not in named}


def keep_named_items(fields_, body, current, path=()):
    """`body` with each owned item given by its `id` alone replaced by the stored item (from `current`, the
    stored input form at the same place): "keep it as it is". Problems are (path, message) pairs."""
    problems = []
    if not isinstance(body, dict) or not isinstance(current, dict):
        return body, problems
    result = dict(body)
    for f in fields_:
        if f.item is None or not f.owns_records or not isinstance(body.get(f.name), list):
            continue
        stored = {item["id"]: item for item in current.get(f.name) or [] if isinstance(item, dict)
                  and _is_id(item.get("id"))}
        by_key = _unnamed_by_key(f, body[f.name], stored)
        items = []
        for index, item in enumerate(body[f.name]):
            if by_key and isinstance(item, dict) and "id" not in item:
                key = tuple(item.get(name) for name in f.item_key)
                if _hashable(key) and key in by_key:
                    item = {"id": by_key.pop(key), **item}
            ident = item.get("id") if isinstance(item, dict) else None
            if _is_id(ident) and set(item) == {"id"}:
                if ident in stored:
                    item = stored[ident]
                else:
                    problems.append((path + (f.name, index, "id"), f"No item with id {ident} in this record's "
                                     f"{f.name}: give the whole item to add a new one (without an id)."))
            elif _is_id(ident) and ident in stored:
                item, more = keep_named_items(f.item, item, stored[ident], path + (f.name, index))
                problems += more
            items.append(item)
        result[f.name] = items
    return result, problems


def update(kind, record_id, body, how="replace", change=records.SYSTEM, load=None, prepare=None):
    """Update a record from `body` in the form `how` (FORMS), validated whole by `load` (the kind's input
    schema's) -> records.Written. `prepare` resolves the references of the whole new input form
    (services/references.py; a batch's adds its "@ref")."""
    load = load or shared(kind.schema).load
    with write_transaction():
        records._expect(kind, record_id, change)
        current, patch = records.input_form(kind, record_id), body
        if how == "merge":
            # A patch giving a date's EDTF form replaces the structured fields stored for it, and the reverse
            # (schemas/flatdates.py).
            body = records.merge_patch(superseded(kind.schema, current, body), body)
        elif how == "json-patch":
            # As a merge patch: an operation on a date's structured fields drops the EDTF form stored for it, and the
            # reverse (claims34; trial t60: "replace /date_start null" was refused for the old date_edtf).
            patched = apply_json_patch(current, body)
            body = superseded(kind.schema, patched, {name: patched.get(name) for name in _touched(body)})
        # References by external ID (and a batch's "@ref") become IDs before anything reads the body.
        body = prepare(body) if prepare is not None else references.resolved(kind, body)
        body, problems = keep_named_items(kind.fields, body, current)
        if problems:
            raise InvalidInput(references.nest(problems))
        try:
            loaded = load(body)
        except ValidationError as error:
            raise (_nulls_removed(error, patch, kind.schema) if how == "merge" else error) from None
        return records.write(kind, record_id, loaded, change)


def _touched(operations):
    """The top-level fields a JSON Patch's operations write ("/date_start" -> date_start)."""
    return {op["path"].split("/")[1] for op in operations if isinstance(op, dict) and op.get("op") != "test"
            and isinstance(op.get("path"), str) and op["path"].count("/") == 1}


def _nulls_removed(error, patch, schema_cls):
    """A merge patch's null on a field that must be given (nullable, but required: a source's title) removes the
    key (RFC 7396), and the bare "Missing data for required field" said nothing of why (trial t34, doc problem 2):
    say so, and how to store the null."""
    if not isinstance(patch, dict) or not isinstance(error.messages, dict):
        return error
    messages = dict(error.messages)
    for name, value in patch.items():
        declared = schema_cls._declared_fields.get(name)
        if value is None and name in messages and declared is not None and declared.required and declared.allow_none:
            messages[name] = [*messages[name], (
                f"A merge patch's null removes the key (RFC 7396), and {name} must be given. To store null, PUT the "
                f"record with \"{name}\": null, or PATCH a JSON Patch (application/json-patch+json) "
                f"[{{\"op\": \"replace\", \"path\": \"/{name}\", \"value\": null}}].")]
    return ValidationError(messages)


def restore(kind, record_id, content, change, load):
    """Make a record an earlier revision's `content` again (-> records.Written). Items of a revision written
    before they had IDs (participants) are matched to the stored ones by their key, as in an update."""
    with write_transaction():
        records._expect(kind, record_id, change)
        body, _ = keep_named_items(kind.fields, content, records.input_form(kind, record_id))
        return records.write(kind, record_id, load(body), change, restoring=True)
