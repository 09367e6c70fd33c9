"""Revisions: every create, update and delete, recorded in the write's own transaction."""
from peewee import CharField, DateTimeField, IntegerField, TextField

from .base import BaseModel, StableIdField, utcnow


class Revision(BaseModel):
    """One change to one record, with the record's full input form as it was after the change, who made
    it (the token and its name, kept even if the token is later revoked) and their change note.

    An admin may redact a revision: its data and note are overwritten with null for good (so no read,
    export or backup made afterwards holds them), and who redacted it, when and why are kept instead.

    `id` orders changes across all kinds in commit order (writes are serialised), which is what the change
    feed pages by; (kind, record_id, version) identifies a record's revision.
    """

    id = StableIdField()
    kind = CharField(max_length=20)
    record_id = IntegerField()
    version = IntegerField()
    action = CharField(max_length=10)  # create, update, delete
    at = DateTimeField(default=utcnow, index=True)   # as_of=<time> (api/revision_sql.py)
    data = TextField(null=True)  # JSON; null for a delete
    token_id = IntegerField(null=True)
    token_name = TextField(null=True, index=True)
    note = TextField(null=True)
    redacted_at = DateTimeField(null=True)
    redacted_by_token_id = IntegerField(null=True)
    redacted_by = TextField(null=True)   # the admin token's name, like token_name
    redaction_reason = TextField(null=True)

    class Meta:
        indexes = ((("kind", "record_id", "version"), True),)
