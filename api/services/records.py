"""Reading and writing records of every kind: the rules every write follows.

A write validates its references, then changes the record and its owned rows and records a revision, all in
one transaction: a request that fails anywhere leaves the database as it was.
"""
import orjson

from ..db import database, write_transaction
from ..models import Revision, utcnow
from . import search
from .exceptions import InvalidInput, NotFound, ServiceError, StillReferenced
from .kinds import KINDS
from .rules import missing_references

MAX_REFERRERS_SHOWN = 50


def kind_of(name):
    return KINDS[name]


# --- reading ---------------------------------------------------------------------------------------------

def get(kind, record_id, shape=None):
    rows = list(kind.model.select().where(kind.model.id == record_id).dicts())
    found = kind.represent(rows, shape) if shape is not None else kind.represent(rows)
    if not found:
        raise NotFound(f"No {kind.label()} with id {record_id}.")
    return found[0]


# --- writing ---------------------------------------------------------------------------------------------

def _nest(problems):
    """[(path, message)] -> nested field -> messages, like marshmallow's error dicts."""
    errors = {}
    for path, message in problems:
        node = errors
        for key in path[:-1]:
            node = node.setdefault(key, {})
        node.setdefault(path[-1], []).append(message)
    return errors


def _check(kind, record_id, data, fixed_ids=False):
    problems = missing_references(kind.references(data))
    if not problems:
        problems = kind.rules(record_id, data, fixed_ids)
    if problems:
        raise InvalidInput(_nest(problems))


def _columns(kind, data):
    """Input fields -> column values; x_id fills the foreign key x, and a field left out is null."""
    return {name[:-3] if name.endswith("_id") else name: data.get(name) for name in kind.columns}


def input_form(kind, record_id):
    """The record as a PUT body (JSON types): what PATCH merges into and revisions keep."""
    return orjson.loads(orjson.dumps(kind.to_input(get(kind, record_id))))


def _record_revision(kind, record_id, version, action, data):
    Revision.insert(kind=kind.name, record_id=record_id, version=version, action=action, at=utcnow(),
                    data=None if data is None else orjson.dumps(data).decode()).execute()


def _finish_write(kind, record_id, version, action):
    """What every create and update ends with, inside its transaction: the search index and the history
    follow the record's new state; returns the record as the API shows it."""
    record = get(kind, record_id)
    search.index(kind.name, record)
    _record_revision(kind, record_id, version, action, orjson.loads(orjson.dumps(kind.to_input(record))))
    return record


def create(kind, data, record_id=None):
    """Create a record from validated input. `record_id` is for loading example data with fixed IDs."""
    with write_transaction():
        _check(kind, record_id, data, fixed_ids=record_id is not None)
        values = _columns(kind, data)
        if record_id is not None:
            values["id"] = record_id
        now = utcnow()
        new_id = kind.model.insert(version=1, created_at=now, updated_at=now, **values).execute()
        kind.write_children(new_id, data, True)
        return _finish_write(kind, new_id, 1, "create")


def get_version(kind, record_id):
    version = kind.model.select(kind.model.version).where(kind.model.id == record_id).scalar()
    if version is None:
        raise NotFound(f"No {kind.label()} with id {record_id}.")
    return version


def replace(kind, record_id, data):
    """Replace a record with validated input (PUT): fields left out take their defaults."""
    with write_transaction():
        version = get_version(kind, record_id) + 1
        _check(kind, record_id, data)
        model = kind.model
        model.update(version=version, updated_at=utcnow(), **_columns(kind, data)).where(
            model.id == record_id).execute()
        kind.write_children(record_id, data, False)
        return _finish_write(kind, record_id, version, "update")


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


def patch(kind, record_id, changes, load):
    """Apply a merge patch: the current record's input form with `changes` merged in, validated whole by
    `load` (the full input schema's load), then written like a PUT."""
    with write_transaction():
        get_version(kind, record_id)
        merged = merge_patch(input_form(kind, record_id), changes)
        data = load(merged)
        return replace(kind, record_id, data)


def referrers(kind, record_id):
    found = []
    for referrer in kind.referrers:
        for (owner_id,) in referrer.owners(record_id).distinct().limit(MAX_REFERRERS_SHOWN).tuples():
            found.append({"kind": referrer.kind, "id": owner_id, "field": referrer.field,
                          "href": f"/v1/{referrer.kind}/{owner_id}"})
    return found


def delete(kind, record_id):
    """Delete a record and the rows it owns; refused while other records refer to it."""
    with write_transaction():
        version = get_version(kind, record_id) + 1
        found = referrers(kind, record_id)
        if found:
            raise StillReferenced(
                f"This {kind.label()} is still referred to by {len(found)} record(s); change or delete them first.",
                found)
        kind.model.delete().where(kind.model.id == record_id).execute()
        search.remove(kind.name, record_id)
        _record_revision(kind, record_id, version, "delete", None)


__all__ = ["KINDS", "ServiceError", "create", "delete", "get", "kind_of", "patch", "replace"]
