"""Repeated imports that skip what they already wrote (issue 12): import_digest holds, for each record a dataset
import wrote, a digest of the input the import gave it and the record's version just after. New and empty:
the first import after this migration reads and compares every row as before, and fills it.
"""
from peewee import CharField, CompositeKey, IntegerField, Model


def _table(db):
    class ImportDigest(Model):
        kind = CharField(max_length=20)
        record_id = IntegerField()
        digest = CharField(max_length=32)
        version = IntegerField()

        class Meta:
            database = db
            table_name = "import_digest"
            legacy_table_names = False
            primary_key = CompositeKey("kind", "record_id")

    return ImportDigest


def up(migrator, db):
    db.create_tables([_table(db)])


def down(migrator, db):
    db.drop_tables([_table(db)])
