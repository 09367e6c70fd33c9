"""Dataset imports under way or done (migrations/0028): what lets a killed import resume (api/services/imports.py)."""
from peewee import CharField, CompositeKey, DateTimeField, IntegerField, TextField

from .base import BaseModel, StableIdField, utcnow


class ImportRun(BaseModel):
    """One import of a file: the last line whose chunk committed, and the counts so far (updated in that
    chunk's transaction). `finished_at` null: killed or under way, resumed by running it again."""

    id = StableIdField()
    format = CharField(max_length=20)
    file_hash = CharField(max_length=64)        # SHA-256 of the file: the same file, whatever its name
    file_name = TextField()
    release = CharField(max_length=40, null=True)
    last_line = IntegerField(default=0)
    created = IntegerField(default=0)
    updated = IntegerField(default=0)
    unchanged = IntegerField(default=0)
    rejected = IntegerField(default=0)
    rejections = TextField(default="[]")        # JSON list of {line, column, message}
    started_at = DateTimeField(default=utcnow)
    finished_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("format", "file_hash"), False),)


class ImportDigest(BaseModel):
    """What a dataset import last wrote to a record (migrations/0036): a digest of the input it gave, and the
    record's version just after. An import giving the same input to a record still at that version would change
    nothing, so it skips the row without reading or validating it again (api/services/import_records.py)."""

    kind = CharField(max_length=20)
    record_id = IntegerField()
    digest = CharField(max_length=32)   # BLAKE2b (16 bytes) of the input, hex
    version = IntegerField()

    class Meta:
        table_name = "import_digest"
        primary_key = CompositeKey("kind", "record_id")
