"""Reading and writing records of every kind: the rules every write follows.

A write runs in one transaction that takes the write lock first: it checks the version the client last
saw (no lost updates), validates references, changes the record and its owned rows, updates the search
index, stores the record as GET serves it (and re-stores those that show its name: services/stored.py) and
records a revision naming who made the change. A request that fails anywhere leaves the database
as it was. Deleting leaves a tombstone: the ID keeps answering (410 Gone) and is never reused, and an admin
can bring the record back.
"""
from contextlib import contextmanager
from dataclasses import dataclass

from peewee import TextField

from schemas.flatdates import superseded

from .. import jsonio, sql, write_sql
from ..db import database, is_sqlite, write_transaction
from ..models import Revision, utcnow
from . import history, property_rules, pseudonyms, references, search, stored, stored_past
from .exceptions import Conflict, Gone, InvalidInput, NotFound, PreconditionFailed, StillReferenced
from .kinds import KINDS
from .rules import missing_references

MAX_REFERRERS_SHOWN = 50


@dataclass(frozen=True)
class Change:
    """Who makes a write and why: recorded in its revision. `expected_version` is the version the client
    last saw (from If-Match); None skips the check (If-Match: *, and the service's own loads)."""

    token_id: int | None = None
    token_name: str | None = None
    note: str | None = None
    expected_version: int | None = None


SYSTEM = Change(token_name="system")


def kind_of(name):
    return KINDS[name]


def _label(kind, record_id):
    return f"{kind.label()} {record_id}"


# --- reading ---------------------------------------------------------------------------------------------

def _state(kind, record_id):
    """(version, deleted_at, deleted_by) of a record, or NotFound."""
    model = kind.model
    row = (model.select(model.version, model.deleted_at, model.deleted_by)
           .where(model.id == record_id).tuples().first())
    if row is None:
        raise NotFound(f"No {kind.label()} with id {record_id}.")
    return row


def _gone(kind, record_id, deleted_at, deleted_by):
    """410, naming who deleted the record as this caller may see them (api/services/pseudonyms.py): the
    token is the one of the deletion's revision, which has the record's current version."""
    deleter = (Revision.select(Revision.token_id).join(kind.model, on=(
        (Revision.record_id == kind.model.id) & (Revision.version == kind.model.version)))
        .where((Revision.kind == kind.name) & (Revision.record_id == record_id)).scalar())
    return Gone(f"The {_label(kind, record_id)} was deleted.", deleted_at=deleted_at,
                deleted_by=pseudonyms.namer()(deleter, deleted_by))


def get_version(kind, record_id):
    """The current version of a live record: NotFound if it never existed, Gone if it was deleted."""
    version, deleted_at, deleted_by = _state(kind, record_id)
    if deleted_at is not None:
        raise _gone(kind, record_id, deleted_at, deleted_by)
    return version


def get(kind, record_id, shape=None):
    rows = sql.records_by_ids(kind.model, [record_id])   # the hot path: no query building (api/sql.py)
    if not rows:
        raise NotFound(f"No {kind.label()} with id {record_id}.")
    if rows[0]["deleted_at"] is not None:
        raise _gone(kind, record_id, rows[0]["deleted_at"], rows[0]["deleted_by"])
    return (kind.represent(rows, shape) if shape is not None else kind.represent(rows))[0]


def input_form(kind, record_id):
    """The record as a PUT body (JSON types): what PATCH merges into and revisions keep."""
    return jsonio.plain(kind.to_input(get(kind, record_id)))


# --- writing ---------------------------------------------------------------------------------------------

def _check(kind, record_id, data, fixed_ids=False):
    problems = missing_references(kind.references(data))
    if not problems:
        problems = list(kind.rules(record_id, data, fixed_ids)) + references.claimed_elsewhere(kind, record_id, data)
        problems += property_rules.problems(kind.name, data)   # against the registry (issue 10, props)
    if problems:
        raise InvalidInput(references.nest(problems))


def _expect(kind, record_id, change):
    """The live record's current version, after checking it is the one the client last saw."""
    version = get_version(kind, record_id)
    if change.expected_version is not None and change.expected_version != version:
        raise PreconditionFailed(
            f"The {_label(kind, record_id)} is at version {version}, not {change.expected_version}: someone "
            "changed it since you read it. Read it again, reapply your change, and send the new ETag.",
            current_version=version)
    return version


def _record_revision(kind, record_id, version, action, data, change, at):
    """`at` is the time the write gave the record (its updated_at): an `as_of` read puts that back. Returns the
    revision's ID: the stored forms the write then replaces are kept as the answers until it
    (api/services/stored_past.py)."""
    return write_sql.insert(Revision, {
        "kind": kind.name, "record_id": record_id, "version": version, "action": action, "at": at,
        "data": None if data is None else jsonio.dumps_text(data), "token_id": change.token_id,
        "token_name": change.token_name, "note": change.note})


def _finish_write(kind, record_id, version, action, change, at, fresh=False):
    """What every create and update ends with, inside its transaction: the search index and the history
    follow the record's new state (`fresh`: a record inserted just now, not in the index yet); returns the
    record as the API shows it."""
    record = get(kind, record_id)
    revision_id = _record_revision(kind, record_id, version, action, jsonio.plain(kind.to_input(record)), change, at)
    with stored.written_by(revision_id):
        stored.store(kind, record)
    search.index(kind.name, record, fresh)
    return record


def create(kind, data, change=SYSTEM, record_id=None):
    """Create a record from validated input. `record_id` is for loading example data with fixed IDs."""
    with write_transaction():
        _check(kind, record_id, data, fixed_ids=record_id is not None)
        values = kind.columns(data)
        if record_id is not None:
            values["id"] = record_id
        now = utcnow()
        new_id = write_sql.insert_with_defaults(kind.model, {"version": 1, "created_at": now, "updated_at": now, **values})
        kind.write_children(new_id, data, fresh=True)
        return _finish_write(kind, new_id, 1, "create", change, now, fresh=True)


def replace(kind, record_id, data, change=SYSTEM):
    """Replace a record with validated input (PUT): fields left out take their defaults."""
    return write(kind, record_id, data, change).record


@dataclass(frozen=True)
class Written:
    """What an update did: the record as it is now, and the owned items with IDs it removed
    ("figures/12"); `changed` is False when the input equalled the stored record (nothing was written)."""

    record: dict
    removed: tuple = ()
    changed: bool = True


class _Unchanged(Exception):
    """Raised inside an update's transaction to roll it back: the input changes nothing."""


def write(kind, record_id, data, change=SYSTEM, restoring=False):
    """Replace a record with validated input, and say what that did (Written). An update whose result reads
    exactly as the record did is rolled back: no new version, no revision (docs/api.md, "Small edits").
    `restoring`: the input is an earlier revision's content, whose owned items (figures, participants...)
    may have been removed since: their IDs, this record's once and never reused, are given back to them."""
    try:
        with write_transaction():
            version = _expect(kind, record_id, change) + 1
            old = get(kind, record_id)
            before = jsonio.plain(kind.to_input(old))
            _check(kind, record_id, data, fixed_ids=restoring)
            model, now = kind.model, utcnow()
            model.update(version=version, updated_at=now, **kind.columns(data)).where(
                model.id == record_id).execute()
            kind.write_children(record_id, data)
            record = get(kind, record_id)
            after = jsonio.plain(kind.to_input(record))
            if after == before:
                raise _Unchanged
            revision_id = _record_revision(kind, record_id, version, "update", after, change, now)
            with stored.written_by(revision_id):
                stored.store(kind, record)
                stored.follow(kind, record_id, old, record)   # the records that show its name, say
            search.index(kind.name, record)
            return Written(record, tuple(removed_items(kind.fields, before, after)))
    except _Unchanged:
        return Written(get(kind, record_id), changed=False)


def removed_items(fields_, before, after, prefix=""):
    """The owned items with IDs (at any depth) that `before` has and `after` has not, as "<list>/<id>"
    (nested lists dotted: "provisions.deadlines/7")."""
    for f in fields_:
        if f.item is None or not f.owns_records:
            continue
        name = prefix + f.name
        kept = {item.get("id"): item for item in after.get(f.name) or []}
        for item in before.get(f.name) or []:
            if item.get("id") not in kept:
                yield f"{name}/{item.get('id')}"
            else:
                yield from removed_items(f.item, item, kept[item["id"]], name + ".")


def merge_patch(target, patch):
    """RFC 7396 JSON merge patch: objects merge key by key, null removes, anything else replaces."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


def patch(kind, record_id, changes, load, change=SYSTEM):
    """Apply a merge patch: the current record's input form with `changes` merged in, validated whole by
    `load` (the full input schema's load), then written like a PUT."""
    with write_transaction():
        _expect(kind, record_id, change)
        # A patch giving a date's EDTF form replaces the structured fields stored for it, and the reverse.
        merged = merge_patch(superseded(kind.schema, input_form(kind, record_id), changes), changes)
        return replace(kind, record_id, load(merged), change)


def referrers(kind, record_id):
    """The live records that refer to this one (a tombstone refers to nothing)."""
    found = []
    for referrer in kind.referrers:
        owner_model = KINDS[referrer.kind].model
        live = (owner_model.select(owner_model.id)
                .where(owner_model.id.in_(referrer.owners(record_id)) & owner_model.deleted_at.is_null())
                .order_by(owner_model.id).limit(MAX_REFERRERS_SHOWN))
        for (owner_id,) in live.tuples():
            found.append({"kind": referrer.kind, "id": owner_id, "field": referrer.field,
                          "href": f"/v1/{referrer.kind}/{owner_id}"})
    return found


def delete(kind, record_id, change=SYSTEM):
    """Delete a record, leaving a tombstone; refused while live records refer to it."""
    with write_transaction():
        version = _expect(kind, record_id, change) + 1
        found = referrers(kind, record_id)
        if found:
            raise StillReferenced(
                f"This {kind.label()} is still referred to by {len(found)} record(s); change or delete them first.",
                found)
        now = utcnow()
        kind.model.update(version=version, updated_at=now, deleted_at=now, deleted_by=change.token_name).where(
            kind.model.id == record_id).execute()
        search.remove(kind.name, record_id)
        with stored.written_by(_record_revision(kind, record_id, version, "delete", None, change, now)):
            stored.forget(kind, record_id)


def undelete(kind, record_id, change=SYSTEM):
    """Bring a deleted record back as it was, if everything it refers to still exists."""
    with write_transaction():
        version, deleted_at, _ = _state(kind, record_id)
        if deleted_at is None:
            raise PreconditionFailed(f"The {_label(kind, record_id)} is not deleted.", current_version=version)
        if change.expected_version is not None and change.expected_version != version:
            raise PreconditionFailed(f"The {_label(kind, record_id)} is at version {version}.",
                                     current_version=version)
        redacted = history.redacted_content(kind.name, record_id, version - 1)   # what the tombstone holds
        if redacted is not None:
            raise redacted
        data = jsonio.plain(kind.to_input(kind.represent(sql.records_by_ids(kind.model, [record_id]))[0]))
        _check(kind, record_id, data)
        now = utcnow()
        kind.model.update(version=version + 1, updated_at=now, deleted_at=None, deleted_by=None).where(
            kind.model.id == record_id).execute()
        return _finish_write(kind, record_id, version + 1, "restore", change, now)


# --- redaction -------------------------------------------------------------------------------------------

REDACTED = "[redacted]"


def delete_owned_rows(model, owners):
    """Delete every row owned (ON DELETE CASCADE), at any depth, by the rows of `model` that `owners`
    selects, children before their parents."""
    for foreign_key, child in model._meta.backrefs.items():
        if foreign_key.on_delete == "CASCADE":
            delete_owned_rows(child, child.select(child._meta.primary_key).where(foreign_key.in_(owners)))
            child.delete().where(foreign_key.in_(owners)).execute()


def _scrub_tombstone(kind, record_id):
    """Erase the content a tombstone keeps (for an admin's restore): its free-text columns ([redacted], or
    null where allowed) and the rows it owns. Its ID, version, dates, vocabulary values and who deleted it
    stay, so it still answers 410."""
    model = kind.model
    texts = {field: None if field.null else REDACTED for field in model._meta.sorted_fields
             if isinstance(field, TextField) and field.name != "deleted_by"}
    model.update(texts).where(model.id == record_id).execute()
    delete_owned_rows(model, model.select(model.id).where(model.id == record_id))


@contextmanager
def _secure_delete():
    """On SQLite, overwrite the freed bytes of the rows a redaction rewrites with zeros (PRAGMA
    secure_delete) rather than leave them in the file's free space; the connection's setting is put back."""
    if not is_sqlite():
        yield
        return
    before = database.execute_sql("PRAGMA secure_delete").fetchone()[0]
    database.execute_sql("PRAGMA secure_delete = 1")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA secure_delete = {int(before)}")


def redact(kind, record_id, version, reason, token):
    """An admin erases revision `version` of a record for good (api/services/history.py), with a reason.

    Refused (409) for the content a live record shows now: that would hide nothing; change or delete the
    record first. When the revision is a deleted record's last content, which its tombstone keeps so that
    an admin can bring it back, the tombstone's content is erased too, and the record can no longer be
    brought back (undelete refuses it): no read, export or backup made afterwards holds the content."""
    reason = history.check_reason(reason)
    with _secure_delete(), write_transaction():
        current, deleted_at, _ = _state(kind, record_id)
        if deleted_at is None and version == current:
            raise Conflict(f"Revision {version} is what the {_label(kind, record_id)} shows now: change or delete "
                           "the record first, then redact this revision.")
        history.redact(kind.name, record_id, version, reason, token)
        stored_past.forget_redacted(kind.name, record_id, version)   # the forms that showed it, of any record
        if deleted_at is not None and version == current - 1:
            _scrub_tombstone(kind, record_id)
    return history.revision(kind.name, record_id, version)
