"""Revisions: every create, update and delete, recorded in the write's own transaction."""
from peewee import CharField, DateTimeField, IntegerField, TextField

from .base import BaseModel, StableIdField, utcnow


class Revision(BaseModel):
    """One change to one record, with the record's full input form as it was after the change.

    `id` orders changes across all kinds; (kind, record_id, version) identifies a record's revision.
    """

    id = StableIdField()
    kind = CharField(max_length=20)
    record_id = IntegerField()
    version = IntegerField()
    action = CharField(max_length=10)  # create, update, delete
    at = DateTimeField(default=utcnow)
    data = TextField(null=True)  # JSON; null for a delete

    class Meta:
        indexes = ((("kind", "record_id", "version"), True),)
