"""Records as they were stored (migrations/0038): each live record's full JSON representation and its ETag,
written in the transaction of every write that changes it (api/services/stored.py) and served by GET."""
from peewee import BlobField, CharField, CompositeKey, IntegerField

from .base import BaseModel


class StoredRecord(BaseModel):
    """One live record's representation (include and fields left out) as the bytes GET answers, with its
    ETag. `form` is the representation version it was made by (stored.FORM): a row of another form is never
    served, and `conflict-facts db rebuild-stored` (or the next migrate) makes it again."""

    kind = CharField(max_length=20)
    record_id = IntegerField()
    form = IntegerField()
    etag = CharField(max_length=40)
    body = BlobField()

    class Meta:
        table_name = "stored_record"
        primary_key = CompositeKey("kind", "record_id")
