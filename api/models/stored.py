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
    since = IntegerField(null=True)   # the revision whose write stored it (migrations/0085); null: not known

    class Meta:
        table_name = "stored_record"
        primary_key = CompositeKey("kind", "record_id")


class StoredShape(BaseModel):
    """One live record's representation in a shape many reads ask (migrations/0056, api/services/
    stored_shapes.py: an event with include=participants), kept like StoredRecord's full one."""

    kind = CharField(max_length=20)
    shape = CharField(max_length=100)
    record_id = IntegerField()
    form = IntegerField()
    etag = CharField(max_length=40)
    body = BlobField()

    class Meta:
        table_name = "stored_shape"
        primary_key = CompositeKey("kind", "shape", "record_id")


class StoredPast(BaseModel):
    """A stored form that a write replaced or removed (migrations/0085, api/services/stored_past.py): the
    answer GET gave for the record from revision `since` up to, not including, revision `until`."""

    kind = CharField(max_length=20)
    record_id = IntegerField()
    until = IntegerField()
    since = IntegerField()
    form = IntegerField()
    etag = CharField(max_length=40)
    body = BlobField()

    class Meta:
        table_name = "stored_past"
        primary_key = CompositeKey("kind", "record_id", "until")
