"""Common shapes stored as well (issue 14): stored_shape holds, for the shapes many reads ask
(`include=participants` of an event, api/services/stored_shapes.py), each live record's representation in that
shape and its ETag, as stored_record (0038) holds the full one. Created empty here: `migrations.upgrade()` fills
it once every migration has run (`stored.refresh`), and so does `conflict-facts db rebuild-stored`.
"""
from peewee import BlobField, CharField, CompositeKey, IntegerField, Model


def _table(db):
    class StoredShape(Model):
        kind = CharField(max_length=20)
        shape = CharField(max_length=100)
        record_id = IntegerField()
        form = IntegerField()
        etag = CharField(max_length=40)
        body = BlobField()

        class Meta:
            database = db
            table_name = "stored_shape"
            legacy_table_names = False
            primary_key = CompositeKey("kind", "shape", "record_id")

    return StoredShape


def up(migrator, db):
    db.create_tables([_table(db)])


def down(migrator, db):
    db.drop_tables([_table(db)])
