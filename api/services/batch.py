"""Atomic batches: several writes of any kinds in one transaction, all or nothing (POST /v1/batch).

Each operation is carried out by the same code as its single request (records.create, edits.update,
records.delete): the same validation, rules, version check, search index and revision, here with the
batch's change note. They all run inside one write transaction (the single writes' own transactions become
savepoints in it), so a failure anywhere rolls every operation back and the revisions of a batch are
consecutive in the change feed. Later operations refer to the records earlier ones wrote by "@<ref>", in
any field that holds an ID, at any depth (found from the input schemas' `link` declarations by the walk that
single writes use for external IDs, api/services/references.py, so a reference field added to a schema takes
"@<ref>" too), and in `id`; external IDs ("wikidata:Q399") work there as in any write.
"""
import dataclasses
import re

from marshmallow import ValidationError

from schemas.batch import REF_USE_PATTERN
from schemas.common import with_current_names

from ..db import write_transaction
from ..models import Revision
from . import cursors, edits, records, references
from .exceptions import InvalidInput, PreconditionRequired, ServiceError
from .kinds import KINDS

REF_USE = re.compile(REF_USE_PATTERN)
STEP = re.compile(r"\.([a-z_]+)\[([0-9]+)\]")
# The owned items a field may name by "@<ref>.<list>[i]" (the fields declare them: link or refers_to).
ITEM_LISTS = {"provisions": "provision_id (a treaty's provisions)",
              "figures": "about_figure_ids (a record's figures)",
              "status_history": "timing.status_change_id (a treaty's status_history)"}
REF_FORMS = ("The ref forms: \"@<ref>\", the record an earlier operation wrote, wherever a record's ID goes; "
             + "; ".join(f"\"@<ref>.{name}[i]\" in {where}" for name, where in ITEM_LISTS.items()) + ".")


@dataclasses.dataclass
class Written:
    """What an operation with a ref wrote: its kind and the record's input form (for "@ref.list[i]")."""

    index: int
    kind: str
    id: int
    form: dict


class _Refs:
    def __init__(self, operations):
        self.later = {op["ref"]: index for index, op in enumerate(operations) if op.get("ref")}
        self.written = {}

    def resolve(self, value, link, where):
        """"@ref" (or "@ref.list[i]") -> the ID it names, for a field that links to `link`; `where` collects
        problems. Anything else is left for the schema to judge."""
        match = REF_USE.fullmatch(value) if isinstance(value, str) else None
        if match is None:
            return value
        name, steps = match.group(1), match.group(2)
        if link is None:
            where.append(f"\"{value}\": this field holds no ID. {REF_FORMS}")
            return value
        written = self.written.get(name)
        if written is None:
            if name in self.later:
                where.append(f"\"@{name}\" is the ref of operation {self.later[name]}, which runs later: "
                             "operations run in order, so refer only to earlier ones.")
            else:
                where.append(f"No earlier operation has the ref \"{name}\".")
            return value
        if not steps:
            if written.kind != link:
                where.append(f"\"@{name}\" is a record of {written.kind} (operation {written.index}); this field "
                             f"takes an ID of {link}.")
                return value
            return written.id
        node, last = written.form, None
        for list_name, position in STEP.findall(steps):
            items = node.get(list_name) if isinstance(node, dict) else None
            if not isinstance(items, list) or int(position) >= len(items):
                where.append(f"\"{value}\": the record of operation {written.index} has no {list_name}[{position}].")
                return value
            node, last = items[int(position)], list_name
        if last != link or not isinstance(node, dict) or "id" not in node:
            where.append(f"\"{value}\" is not an item of {link} with an ID: this field takes "
                         + (f"\"@<ref>.{link}[i]\". " if link in ITEM_LISTS else f"\"@<ref>\" (a record of {link}). ")
                         + REF_FORMS)
            return value
        return node["id"]


def _resolved(kind, data, refs):
    return references.resolved(kind, data, first=refs.resolve)


def _record_id(operation, kind, refs):
    ident = operation["id"]
    if not isinstance(ident, str) or not ident.startswith("@"):
        return references.record_id(kind, ident)   # an ID, or an external ID
    problems = []
    resolved = refs.resolve(ident, kind.name, problems)
    if problems:
        raise InvalidInput({"id": problems})
    return resolved


def _run(operation, refs, change):
    kind, op = KINDS[operation["kind"]], operation["op"]
    if op == "create":
        load = kind.schema().load
        record = records.create(kind, load(_resolved(kind, operation["data"], refs)), change)
        return 201, record, ()
    record_id = _record_id(operation, kind, refs)
    expected = operation.get("expected_version")
    if "if_match" not in operation and not str(operation["id"]).startswith("@"):
        raise PreconditionRequired(f"Give if_match, the ETag you last read for {kind.label()} {record_id} (or *), "
                                   "so that changes made since are not overwritten.", errors={
                                       "if_match": ["Missing: needed to change a record the batch did not write."]})
    change = dataclasses.replace(change, expected_version=expected)
    if op == "delete":
        records.delete(kind, record_id, change)
        return 204, {"id": record_id, "href": f"/v1/{kind.name}/{record_id}",
                     "version": records._state(kind, record_id)[0]}, ()
    how = "replace" if op == "replace" else "json-patch" if isinstance(operation["data"], list) else "merge"
    body = operation["data"]
    if how == "merge":
        body = with_current_names(kind.schema, body)
    written = edits.update(kind, record_id, body, how, change, prepare=lambda form: _resolved(kind, form, refs))
    return 200, written.record, written.removed


def _describe(index, operation):
    target = f" {operation['id']}" if "id" in operation else ""
    return f"Operation {index} ({operation['op']} {operation['kind']}{target})"


def failed(error, index, operation, field=None):
    """The failure of one operation as the batch's: keyed by the operation's index, detail naming it."""
    errors = error.extra.get("errors")
    if errors is None or field is not None:
        field = field or ("if_match" if error.status == 412 else "id")
        errors = {field: [error.detail]}
    error.extra["errors"] = {str(index): errors}
    error.extra["operation"] = index
    error.detail = f"{_describe(index, operation)} failed, so nothing was changed: {error.detail}"
    return error


def run(operations, change):
    """Carry out validated operations (schemas.batch.OperationIn, if_match read into expected_version) in
    order, in one transaction -> the answer's body; the first failure undoes them all."""
    with write_transaction():
        before = Revision.select(Revision.id).order_by(Revision.id.desc()).limit(1).scalar() or 0
        refs, results = _Refs(operations), []
        for index, operation in enumerate(operations):
            try:
                status, record, removed = _run(operation, refs, change)
            except ValidationError as error:
                raise failed(InvalidInput(error.messages), index, operation) from None
            except ServiceError as error:
                raise failed(error, index, operation) from None
            if operation.get("ref"):
                form = records.input_form(KINDS[operation["kind"]], record["id"]) if status != 204 else {}
                refs.written[operation["ref"]] = Written(index, operation["kind"], record["id"], form)
            results.append({"status": status, "id": record["id"], "href": record["href"],
                            "version": record["version"], "removed": list(removed)})
        written = Revision.select().where(Revision.id > before).count()
    return {"results": results,
            "changes": f"/v1/changes?after={cursors.encode_revision(before)}&limit={max(written, 1)}"}
