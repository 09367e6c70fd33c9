"""Records served as they were stored (issue 14): stored_record holds each live record's representation and
ETag. Created empty here: a migration cannot run the representation code (it may need columns of later
migrations), so `migrations.upgrade()` fills it once every migration has run (api/services/stored.py,
`refresh`), and so does `conflict-facts db rebuild-stored`.
"""
from peewee import BlobField, CharField, CompositeKey, IntegerField, Model


def _table(db):
    class StoredRecord(Model):
        kind = CharField(max_length=20)
        record_id = IntegerField()
        form = IntegerField()
        etag = CharField(max_length=40)
        body = BlobField()

        class Meta:
            database = db
            table_name = "stored_record"
            legacy_table_names = False
            primary_key = CompositeKey("kind", "record_id")

    return StoredRecord


def up(migrator, db):
    db.create_tables([_table(db)])


def down(migrator, db):
    db.drop_tables([_table(db)])
