"""Stored forms as they were (issue 13: an `as_of` read of one record within 2x of a plain read).

stored_record (0038) gains `since`: the ID of the revision whose write stored the body (null where no write
has stored it since this migration: the body's start is unknown, and as_of reads of that record assemble it
as before). stored_past keeps the bodies that writes replaced or removed, each with the revision range it
was the answer for (`since` up to, not including, `until`): an as_of read of one record is then one indexed
read of bytes (api/services/stored_past.py). Created empty; writes fill it from now on.
"""
from peewee import BlobField, CharField, CompositeKey, IntegerField, Model


def _table(db):
    class StoredPast(Model):
        kind = CharField(max_length=20)
        record_id = IntegerField()
        until = IntegerField()
        since = IntegerField()
        form = IntegerField()
        etag = CharField(max_length=40)
        body = BlobField()

        class Meta:
            database = db
            table_name = "stored_past"
            legacy_table_names = False
            primary_key = CompositeKey("kind", "record_id", "until")

    return StoredPast


def up(migrator, db):
    migrator.migrate(migrator.add_column("stored_record", "since", IntegerField(null=True)))
    db.create_tables([_table(db)])


def down(migrator, db):
    db.drop_tables([_table(db)])
    migrator.migrate(migrator.drop_column("stored_record", "since"))
