"""Atomic batches: several writes of any kinds in one transaction, all or nothing (POST /v1/batch).

Each operation is carried out by the same code as its single request (records.create, edits.update,
records.delete): the same validation, rules, version check, search index and revision, here with the
batch's change note. They all run inside one write transaction (the single writes' own transactions become
savepoints in it), so a failure anywhere rolls every operation back and the revisions of a batch are
consecutive in the change feed. Later operations refer to the records earlier ones wrote by "@<ref>", in
any field that holds an ID, at any depth (found from the input schemas' `link` declarations by the walk that
single writes use for external IDs, api/services/references.py, so a reference field added to a schema takes
"@<ref>" too), and in `id`; external IDs ("wikidata:Q399") work there as in any write.

A failing operation does not stop the batch (batch31): each runs in a savepoint of its own, its failure is
kept and the operations after it still run, so that one answer names every operation that fails; then the
whole transaction is rolled back (`refused`). An operation naming the record of one that failed is told so,
and a create's body is judged by its schema all the same (`_judged`): curators fix a batch in one round.
"""
import dataclasses
import itertools
import re

from marshmallow import ValidationError

from schemas.batch import REF_USE_PATTERN
from schemas.common import MAX_ID, shared, with_current_names

from .. import db
from ..db import write_transaction
from ..models import Revision
from . import cursors, edits, records, references
from .exceptions import InvalidInput, PreconditionRequired, RetryLater, ServiceError
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


def _ref_of(operation):
    """The ref an operation names, if any (an operation refused before running may be any JSON)."""
    ref = operation.get("ref") if isinstance(operation, dict) else None
    return ref if isinstance(ref, str) and ref else None


class _Refs:
    def __init__(self, operations):
        self.later = {_ref_of(op): index for index, op in enumerate(operations) if _ref_of(op)}
        self.written = {}
        self.failed = {}      # ref -> index of the operation that failed, writing nothing
        self.missed = False   # the last resolution met the ref of a failed operation

    def fail(self, index, operation):
        if _ref_of(operation):
            self.failed[_ref_of(operation)] = index

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
            if name in self.failed:
                self.missed = True
                where.append(f"\"@{name}\" is the ref of operation {self.failed[name]}, which failed (see its "
                             "errors): there is no record of it to refer to.")
            elif name in self.later:
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


def _resolved(kind, data, refs, judge=False):
    """`data` with its "@ref" and external IDs resolved; InvalidInput otherwise. `judge` (a create's body): when
    a ref named a failed operation, the errors also hold what the body's schema finds in the rest of it."""
    refs.missed = False
    try:
        return references.resolved(kind, data, first=refs.resolve)
    except InvalidInput:
        if not (judge and refs.missed):
            raise
    raise InvalidInput(_judged(kind, data, refs))


def _judged(kind, data, refs):
    """The errors of a body that names the record of a failed operation: its references' problems, and the
    schema's of the rest, each reference taken as found (an ID of its own, counting down from the largest),
    so that fixing the failed operation leaves no other problem of this body's schema to find."""
    stand_ins, external, problems = itertools.count(MAX_ID, -1), references.ExternalResolver(), []

    def resolve(value, link, where):
        if not isinstance(value, str) or (link is None and not value.startswith("@")):
            return value   # the schema judges it
        found = []
        resolved = (refs.resolve if value.startswith("@") else external)(value, link, found)
        where.extend(found)
        return next(stand_ins) if found and link is not None else resolved

    try:
        data = with_current_names(kind.schema, data)
    except ValidationError as error:
        return error.messages
    data = references.walk(shared(kind.schema), data, resolve, (), problems)
    errors = references.nest(problems)
    try:
        shared(kind.schema).load(data)
    except ValidationError as error:
        _merge(errors, error.messages)
    return errors


def _merge(errors, more):
    """Nested field -> messages `more` added into `errors`, where `errors` says nothing of the field yet."""
    if not isinstance(more, dict):
        return
    for key, value in more.items():
        if key not in errors:
            errors[key] = value
        elif isinstance(errors[key], dict):
            _merge(errors[key], value)


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
        load = shared(kind.schema).load
        record = records.create(kind, load(_resolved(kind, operation["data"], refs, judge=True)), change)
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
    if not isinstance(operation, dict) or not all(isinstance(operation.get(k), str) for k in ("op", "kind")):
        return f"Operation {index}"
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


def refused(operations, failures):
    """The answer of a batch whose operations `failures` (index -> ServiceError) failed: one problem document
    with every operation's errors under its index. Its status, title and other members are the first failing
    operation's (what the batch answered when it stopped there); `failures` gives each one's own."""
    each, errors = [], {}
    for index, error in sorted(failures.items()):
        detail = f"{_describe(index, operations[index])}: {error.detail}"
        failed(error, index, operations[index])
        errors.update(error.extra["errors"])
        each.append({"operation": index, "status": error.status, "title": error.title, "detail": detail,
                     **{k: v for k, v in error.extra.items() if k not in ("errors", "operation")}})
    first = failures[each[0]["operation"]]
    first.extra.update(errors=errors, failures=each)
    if len(each) > 1:
        named = [str(item["operation"]) for item in each]
        first.detail = (f"Operations {', '.join(named[:-1])} and {named[-1]} failed, so nothing was changed: each "
                        "one's errors are under its index, and failures gives each one's status and detail.")
    return first


def run(operations, change, failures=None):
    """Carry out validated operations (schemas.batch.OperationIn, if_match read into expected_version) in
    order, in one transaction -> the answer's body. `failures`: index -> the ServiceError of an operation
    refused before running (its envelope, its if_match). A failing operation's error is kept and the rest
    still run; if any failed, everything is undone and `refused` says why."""
    failures = dict(failures or {})
    with write_transaction():
        before = Revision.select(Revision.id).order_by(Revision.id.desc()).limit(1).scalar() or 0
        refs, results = _Refs(operations), []
        for index, operation in enumerate(operations):
            if index not in failures:
                try:
                    with db.database.atomic():   # a savepoint: a failure undoes its operation alone, for now
                        status, record, removed = _run(operation, refs, change)
                except ValidationError as error:
                    failures[index] = InvalidInput(error.messages)
                except RetryLater:
                    raise   # the service's state, not the operation's: nothing more is tried
                except ServiceError as error:
                    failures[index] = error
            if index in failures:
                refs.fail(index, operation)
                continue
            if operation.get("ref"):
                form = records.input_form(KINDS[operation["kind"]], record["id"]) if status != 204 else {}
                refs.written[operation["ref"]] = Written(index, operation["kind"], record["id"], form)
            results.append({"status": status, "id": record["id"], "href": record["href"],
                            "version": record["version"], "removed": list(removed)})
        if failures:
            raise refused(operations, failures)
        written = Revision.select().where(Revision.id > before).count()
    return {"results": results,
            "changes": f"/v1/changes?after={cursors.encode_revision(before)}&limit={max(written, 1)}"}
