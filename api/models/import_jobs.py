"""Dataset imports posted over HTTP (POST /v1/imports): one row per uploaded file, its state and progress.

The state lives here, not in a worker's memory, because whichever worker (or instance) answers
GET /v1/imports/<id> may not be the one running the import.
"""
from peewee import BigIntegerField, BooleanField, CharField, DateTimeField, IntegerField, TextField

from .base import BaseModel, StableIdField, utcnow


class ImportJob(BaseModel):
    id = StableIdField()
    format = CharField(max_length=20)          # a key of api.services.imports.FORMATS
    file_name = TextField()                    # as the client named the file
    size = BigIntegerField()                   # bytes received
    sha256 = CharField(max_length=64)          # hex digest of the bytes received
    strict = BooleanField(default=False)
    state = CharField(max_length=10, default="queued", index=True)   # queued, running, done, failed
    done = IntegerField(default=0)             # rows handled so far
    total = IntegerField(null=True)            # rows in the file, once counted
    summary = TextField(null=True)             # the import's summary as JSON, once done
    error = TextField(null=True)               # why it failed, once failed
    token_id = IntegerField(null=True)         # who posted it
    token_name = TextField(null=True)
    spool_name = CharField(max_length=64)      # the upload's name in the spool folder (and its lock file's)
    host = TextField()                         # the machine whose spool folder holds the upload
    created_at = DateTimeField(default=utcnow)
    started_at = DateTimeField(null=True)
    finished_at = DateTimeField(null=True)
    heartbeat_at = DateTimeField(null=True)    # last sign of life of the thread running it
