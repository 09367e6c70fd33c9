"""The history of records (revisions) and the change feed across all kinds.

Revisions are written by records.py, in the transaction of the change they describe; the API offers no way
to edit or delete one. The one change allowed to a revision is an admin's redaction (records.redact): its
data and note are overwritten with null in the stored row itself, so that no later read, feed page, export or
backup holds them, and who redacted it, when and why are kept in their place. Whoever reads history later
(`as_of` reads included, when they come) reads these rows and so honours redactions without more work.

Who made a change is shown through api/services/pseudonyms.py: the token's name to admins, a stable
pseudonym to everyone else.

The change feed pages by revision ID. Every write takes the database's write lock before it begins
(BEGIN IMMEDIATE on SQLite), so writes commit one after another and revision IDs are handed out in commit
order: a reader never sees a later change without every earlier one, and a feed cursor can never step
over a change that commits late.
"""

from .. import jsonio, sql
from ..models import Revision, utcnow
from . import cursors, pseudonyms
from .exceptions import Conflict, InvalidInput, NotFound

MAX_REASON_LENGTH = 2000


def _redaction(row, shown):
    if row["redacted_at"] is None:
        return None
    return {"at": sql.timestamp(row["redacted_at"]), "by": shown(row["redacted_by_token_id"], row["redacted_by"]),
            "reason": row["redaction_reason"]}


def _common(row, shown):
    return {"version": row["version"], "action": row["action"], "at": sql.timestamp(row["at"]),
            "token_name": shown(row["token_id"], row["token_name"]), "note": row["note"],
            "data": jsonio.loads(row["data"]) if row["data"] is not None else None,
            "redaction": _redaction(row, shown)}


def _entry(row, shown):
    return {"change": cursors.encode_revision(row["id"]), "kind": row["kind"], "id": row["record_id"],
            "href": f"/v1/{row['kind']}/{row['record_id']}", **_common(row, shown)}


def _revision(row, shown):
    return {**_common(row, shown), "href": f"/v1/{row['kind']}/{row['record_id']}/revisions/{row['version']}"}


def revisions(kind_name, record_id):
    rows = sql.revision_rows(kind_name, record_id)
    shown = pseudonyms.namer()
    return [_revision(row, shown) for row in rows]


def _row(kind_name, record_id, version):
    row = sql.revision_row(kind_name, record_id, version)
    if row is None:
        raise NotFound(f"No revision {version} of {kind_name} {record_id}.")
    return row


def revision(kind_name, record_id, version):
    return _revision(_row(kind_name, record_id, version), pseudonyms.namer())


def _redacted_message(version, row, shown):
    when = row["redacted_at"][:16].replace("T", " ")   # sql gives the API's text: 2026-12-02T06:30:00Z
    return (f"Revision {version} was redacted on {when} UTC by "
            f"{shown(row['redacted_by_token_id'], row['redacted_by'])} ({row['redaction_reason']}): its content "
            "is gone for good.")


def content_to_restore(kind_name, record_id, version):
    """The content of a revision, to make the record that again; 422 if it has none (a deletion) or it
    was redacted."""
    row = _row(kind_name, record_id, version)
    if row["redacted_at"] is not None:
        message = _redacted_message(version, row, pseudonyms.namer()) + " There is nothing to restore."
        raise InvalidInput({"version": [message]}, detail="That revision was redacted.")
    if row["data"] is None:
        raise InvalidInput({"version": [f"Revision {version} is a deletion; there is no content to restore."]})
    return jsonio.loads(row["data"])


def redacted_content(kind_name, record_id, version):
    """A Conflict if revision `version` of the record was redacted (None otherwise): a deleted record
    whose last content was redacted must not be brought back with it."""
    row = sql.revision_row(kind_name, record_id, version)
    if row is not None and row["redacted_at"] is not None:
        return Conflict(_redacted_message(version, row, pseudonyms.namer())
                        + " Create the record anew, or restore an earlier revision's content.")
    return None


def check_reason(reason):
    """A redaction's reason, stripped; 422 if there is none."""
    reason = (reason or "").strip()
    if not reason or len(reason) > MAX_REASON_LENGTH or "\x00" in reason:
        raise InvalidInput({"reason": [f"Say why, in 1 to {MAX_REASON_LENGTH} characters."]})
    return reason


def redact(kind_name, record_id, version, reason, token):
    """Overwrite a revision's data and note with null, for good, recording who (an admin `token`), when
    and why; 409 for a revision already redacted. Called by records.redact, inside its write transaction,
    which first makes sure the revision is not the content a live record shows."""
    row = _row(kind_name, record_id, version)
    if row["redacted_at"] is not None:
        raise Conflict(_redacted_message(version, row, pseudonyms.namer()))
    Revision.update(data=None, note=None, redacted_at=utcnow(), redacted_by_token_id=token["id"],
                    redacted_by=token["name"], redaction_reason=reason).where(Revision.id == row["id"]).execute()


def head():
    """The change feed's head, (ID, time) of its latest revision (None before the first): every write moves it."""
    return sql.feed_head()


def changes(after=None, limit=100, kind=None, token_name=None):
    """(entries after the cursor in commit order, the cursor to resume from, whether more are waiting)."""
    start = cursors.decode_revision(after) if after else 0
    rows = sql.feed_rows(start, limit + 1, kind, token_name)
    more = len(rows) > limit
    rows = rows[:limit]
    resume = cursors.encode_revision(rows[-1]["id"]) if rows else (after or cursors.encode_revision(0))
    shown = pseudonyms.namer()
    return [_entry(row, shown) for row in rows], resume, more
