"""Base classes and fields shared by every model."""
import datetime

from peewee import SQL, AutoField, DateTimeField, ForeignKeyField, IntegerField, Model, NodeList, SqliteDatabase, TextField

from ..db import database


def utcnow():
    return datetime.datetime.now(datetime.timezone.utc).replace(tzinfo=None)


class StableIdField(AutoField):
    """An integer primary key that is never reused, even after the highest row is deleted.

    On SQLite a plain INTEGER PRIMARY KEY may hand a deleted maximum id out again; AUTOINCREMENT forbids
    that. PostgreSQL sequences never reuse values, so the keyword is only added there.
    """

    def ddl(self, ctx):
        node = super().ddl(ctx)
        if isinstance(database.obj, SqliteDatabase):
            return NodeList((node, SQL("AUTOINCREMENT")))
        return node


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Record(BaseModel):
    """A top-level record: stable ID, a version that counts its changes, timestamps (UTC), tombstone."""

    id = StableIdField()
    version = IntegerField(default=1)
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)
    # A deleted record is a tombstone: it answers 410 with when and by whom, and an admin can restore it.
    deleted_at = DateTimeField(null=True)
    deleted_by = TextField(null=True)


def owned_by(model, backref, index=True):
    """A link to the record a row belongs to: deleting the record deletes the row.

    index=False where a composite index of the table starts with this column: it serves the same lookups
    (and the cascade), and one index fewer is less work for every write."""
    return ForeignKeyField(model, backref=backref, on_delete="CASCADE", index=index)


def refers_to(model, backref, null=False, index=True):
    """A link to another record: the record cannot be deleted while this row refers to it."""
    return ForeignKeyField(model, backref=backref, null=null, on_delete="RESTRICT", index=index)
