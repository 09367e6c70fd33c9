"""How far each dataset import got (the import_run table, migrations/0028), so that a killed import resumes.

An import is known by its file's SHA-256 and its format: the same command run again after a kill finds its
unfinished run, takes up the counts and rejections of the chunks that committed, and starts after the last
line they hold. Each chunk records its last line in its own transaction (`committed`), so the record and the
rows it names commit together or not at all. A finished run is never resumed: running the file again reads
every row (and, the rows being what the records say, changes nothing).
"""
import hashlib

from functools import cache

from .. import db, jsonio
from ..db import write_transaction
from ..models import ImportDigest, ImportRun, utcnow
from ..sql import quote
from .declared import row_model


def file_hash(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


COUNTS = ("created", "updated", "unchanged", "rejected")


def start(path, format_name, release, summary):
    """The unfinished run of this file and format, its counts put into `summary` (which then says from which
    line it resumes), or a new run."""
    digest = file_hash(path)
    with write_transaction():
        run = (ImportRun.select().where((ImportRun.format == format_name) & (ImportRun.file_hash == digest)
                                        & ImportRun.finished_at.is_null())
               .order_by(ImportRun.id.desc()).first())
        if run is None:
            return ImportRun.create(format=format_name, file_hash=digest, file_name=summary.file, release=release)
    if run.last_line:
        summary.resumed_from = run.last_line + 1
        for name in COUNTS:
            setattr(summary, name, getattr(run, name))
        summary.rejections = jsonio.loads(run.rejections)
    return run


def _counts(summary):
    return {**{name: getattr(summary, name) for name in COUNTS}, "rejections": jsonio.dumps_text(summary.rejections)}


def committed(run, line, summary):
    """Inside a chunk's transaction: the import has written every row up to `line`."""
    ImportRun.update(last_line=line, **_counts(summary)).where(ImportRun.id == run.id).execute()
    run.last_line = line


def finish(run, summary):
    with write_transaction():
        ImportRun.update(finished_at=utcnow(), **_counts(summary)).where(ImportRun.id == run.id).execute()


def holders_missing(kind, scheme, values):
    """[(id, value)] of the live records of `kind` holding an external ID of `scheme` whose value is not in
    `values`, by ID."""
    model = kind.model
    rows, owner = row_model(model, "external_id_rows")
    query = (model.select(model.id, rows.value).join(rows, on=(getattr(rows, owner) == model.id))
             .where((rows.scheme == scheme) & model.deleted_at.is_null()).order_by(model.id).tuples())
    return [(record_id, value) for record_id, value in query.iterator() if value not in values]


# --- what each import last wrote to a record (import_digest, migrations/0036) --------------------------------

def input_digest(data):
    """A digest of a record's input as an import builds it (before validation): equal inputs, equal digests."""
    return hashlib.blake2b(jsonio.canonical(data), digest_size=16).hexdigest()


@cache
def _same_text(table, param):
    return (f"SELECT 1 FROM {quote(ImportDigest._meta.table_name)} d JOIN {quote(table)} m ON m.id = d.record_id "
            f"AND m.version = d.version AND m.deleted_at IS NULL WHERE d.kind = {param} AND d.record_id = {param} "
            f"AND d.digest = {param}")


def wrote_already(kind, record_id, digest):
    """Whether an import gave this very input to the record, which nobody changed since (it is at the version
    that write left it at, and live): writing it again would change nothing."""
    text = _same_text(kind.model._meta.table_name, db.database.param)
    return db.database.execute_sql(text, (kind.name, record_id, digest)).fetchone() is not None


@cache
def _remember_text(table, param):
    digests = quote(ImportDigest._meta.table_name)
    return (f"INSERT INTO {digests} (kind, record_id, digest, version) SELECT {param}, id, {param}, version FROM "
            f"{quote(table)} WHERE id = {param} ON CONFLICT (kind, record_id) DO UPDATE SET digest = excluded.digest, "
            "version = excluded.version")


def remember(kind, record_id, digest):
    """Inside the row's transaction: the import gave the record this input, and the record is now what it says."""
    text = _remember_text(kind.model._meta.table_name, db.database.param)
    db.database.execute_sql(text, (kind.name, digest, record_id))
