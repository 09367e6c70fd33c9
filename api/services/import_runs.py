"""How far each dataset import got (the import_run table, migrations/0028), so that a killed import resumes.

An import is known by its file's SHA-256 and its format: the same command run again after a kill finds its
unfinished run, takes up the counts and rejections of the chunks that committed, and starts after the last
line they hold. Each chunk records its last line in its own transaction (`committed`), so the record and the
rows it names commit together or not at all. A finished run is never resumed: running the file again reads
every row (and, the rows being what the records say, changes nothing).
"""
import hashlib

from .. import jsonio
from ..db import write_transaction
from ..models import ImportRun, utcnow
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
