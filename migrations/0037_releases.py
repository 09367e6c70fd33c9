"""Releases (issue 13): `release` holds each published release (its version, note, cursor, counts, hashes and
the datapackage.json descriptor), `release_chunk` the bytes of its two downloads (the NDJSON export and the
zip of CSVs) in pieces of at most a mebibyte. Stored in the database, so that a release survives restarts,
travels with backups and is seen by replicas. New and empty: no release was published before.
"""
from peewee import (SQL, AutoField, BigIntegerField, BlobField, CharField, DateTimeField, ForeignKeyField,
                    IntegerField, Model, NodeList, SqliteDatabase, TextField)


def _models(db):
    class StableIdField(AutoField):
        def ddl(self, ctx):
            node = super().ddl(ctx)
            return NodeList((node, SQL("AUTOINCREMENT"))) if isinstance(db, SqliteDatabase) else node

    class Release(Model):
        id = StableIdField()
        version = CharField(max_length=40, unique=True)
        note = TextField()
        license = TextField(null=True)
        state = CharField(max_length=10, default="publishing")
        cursor = TextField(null=True)
        counts = TextField(null=True)
        sha256 = CharField(max_length=64, null=True)
        ndjson_bytes = BigIntegerField(null=True)
        zip_sha256 = CharField(max_length=64, null=True)
        zip_bytes = BigIntegerField(null=True)
        datapackage = TextField(null=True)
        error = TextField(null=True)
        token_id = IntegerField(null=True)
        token_name = TextField(null=True)
        created_at = DateTimeField()
        frozen_at = DateTimeField(null=True)
        published_at = DateTimeField(null=True)
        heartbeat_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "release"
            legacy_table_names = False

    class ReleaseChunk(Model):
        release = ForeignKeyField(Release, on_delete="CASCADE")
        file = CharField(max_length=10)
        number = IntegerField()
        data = BlobField()

        class Meta:
            database = db
            table_name = "release_chunk"
            legacy_table_names = False
            primary_key = False
            indexes = ((("release", "file", "number"), True),)

    return [Release, ReleaseChunk]


def up(migrator, db):
    db.create_tables(_models(db))


def down(migrator, db):
    db.drop_tables(list(reversed(_models(db))))
