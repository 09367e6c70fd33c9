"""The history of records (revisions) and the change feed across all kinds.

Revisions are written only by records.py, in the transaction of the change they describe; nothing here
writes them, and the API offers no way to edit or delete one.

The change feed pages by revision ID. Every write takes the database's write lock before it begins
(BEGIN IMMEDIATE on SQLite), so writes commit one after another and revision IDs are handed out in commit
order: a reader never sees a later change without every earlier one, and a feed cursor can never step
over a change that commits late.
"""
import base64
import binascii

import orjson

from ..models import Revision
from .exceptions import InvalidParameter, NotFound


def _entry(row, with_data=True):
    entry = {"change": encode_cursor(row["id"]), "kind": row["kind"], "id": row["record_id"],
             "version": row["version"], "action": row["action"], "at": row["at"],
             "href": f"/v1/{row['kind']}/{row['record_id']}", "token_name": row["token_name"],
             "note": row["note"]}
    if with_data:
        entry["data"] = orjson.loads(row["data"]) if row["data"] is not None else None
    return entry


def revisions(kind_name, record_id):
    rows = (Revision.select().where((Revision.kind == kind_name) & (Revision.record_id == record_id))
            .order_by(Revision.version).dicts())
    return [_revision(row) for row in rows]


def _revision(row):
    return {"version": row["version"], "action": row["action"], "at": row["at"], "token_name": row["token_name"],
            "note": row["note"], "data": orjson.loads(row["data"]) if row["data"] is not None else None,
            "href": f"/v1/{row['kind']}/{row['record_id']}/revisions/{row['version']}"}


def revision(kind_name, record_id, version):
    row = (Revision.select().where((Revision.kind == kind_name) & (Revision.record_id == record_id)
                                   & (Revision.version == version)).dicts().first())
    if row is None:
        raise NotFound(f"No revision {version} of {kind_name} {record_id}.")
    return _revision(row)


def encode_cursor(revision_id):
    return base64.urlsafe_b64encode(orjson.dumps({"r": revision_id})).decode().rstrip("=")


def decode_cursor(cursor):
    try:
        value = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))["r"]
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError
        return value
    except (ValueError, TypeError, KeyError, binascii.Error, orjson.JSONDecodeError):
        raise InvalidParameter({"after": ["Not a change-feed cursor this service issued."]}) from None


def changes(after=None, limit=100, kind=None, token_name=None):
    """(entries after the cursor in commit order, the cursor to resume from, whether more are waiting)."""
    start = decode_cursor(after) if after else 0
    query = Revision.select().where(Revision.id > start)
    if kind:
        query = query.where(Revision.kind.in_(kind))
    if token_name is not None:
        query = query.where(Revision.token_name == token_name)
    rows = list(query.order_by(Revision.id).limit(limit + 1).dicts())
    more = len(rows) > limit
    rows = rows[:limit]
    resume = encode_cursor(rows[-1]["id"]) if rows else (after or encode_cursor(0))
    return [_entry(row) for row in rows], resume, more
