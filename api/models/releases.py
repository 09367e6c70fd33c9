"""Published releases (POST /v1/releases, migrations/0037): the data frozen at one moment, kept for good.

A release's row says what it is (version, note, change cursor, counts per kind, hashes, the datapackage.json
descriptor); its downloads' bytes are rows of release_chunk, a mebibyte each, so that a download streams
from the database whichever worker, instance or replica answers, after any restart, and a backup carries
them.
"""
from peewee import BigIntegerField, BlobField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from .base import BaseModel, StableIdField, utcnow


class Release(BaseModel):
    id = StableIdField()
    version = CharField(max_length=40, unique=True)   # "2026.1"
    note = TextField()
    license = TextField(null=True)            # the data's licence, as the publisher named it
    state = CharField(max_length=10, default="publishing")   # publishing, published, failed
    cursor = TextField(null=True)             # the change feed's cursor at the moment frozen
    counts = TextField(null=True)             # {kind: records} as JSON
    sha256 = CharField(max_length=64, null=True)       # of the NDJSON export (hex)
    ndjson_bytes = BigIntegerField(null=True)
    zip_sha256 = CharField(max_length=64, null=True)   # of the zip (hex): its downloads' ETag
    zip_bytes = BigIntegerField(null=True)
    datapackage = TextField(null=True)        # datapackage.json as stored in the zip
    error = TextField(null=True)              # why publishing failed
    token_id = IntegerField(null=True)        # who published it
    token_name = TextField(null=True)
    created_at = DateTimeField(default=utcnow)
    frozen_at = DateTimeField(null=True)      # the moment whose data it holds
    published_at = DateTimeField(null=True)
    heartbeat_at = DateTimeField(null=True)   # last sign of life of the process publishing it


class ReleaseChunk(BaseModel):
    release = ForeignKeyField(Release, on_delete="CASCADE", backref="chunks")
    file = CharField(max_length=10)           # "ndjson" or "zip"
    number = IntegerField()                   # 0, 1, ... in the file's order
    data = BlobField()

    class Meta:
        primary_key = False
        indexes = ((("release", "file", "number"), True),)
