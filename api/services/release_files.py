"""A release's files, made from one moment of the data: the NDJSON export, a CSV per kind, the datapackage.json
that describes the CSVs, and the zip that holds the CSVs and the descriptor.

Everything is read inside one read transaction (a snapshot: REPEATABLE READ on PostgreSQL; on SQLite a
deferred transaction reads one WAL snapshot), so the change cursor, the counts and the records agree. The
records are the collections' own exports (services/exports.py: every live record, by ID, in full) and the CSV
rows api/formats.py writes for them, so a release holds what the API answers. Files are written to temporary
files, never held in memory whole; the zip's entries have a fixed order, timestamp, mode and compression.
"""
import contextlib
import csv
import dataclasses
import hashlib
import io
import shutil
import tempfile
import zipfile

from peewee import fn

from schemas.arguments import QUERY_SCHEMAS

from .. import db, formats, jsonio
from ..csv_fields import table_schema
from ..models import Event, EventExternalId, Revision
from ..models.base import utcnow
from . import cursors, exports
from .exceptions import Conflict
from .kinds import KINDS

ZIP_MOMENT = (1980, 1, 1, 0, 0, 0)   # the earliest a zip can say: entries carry no time of their making
UCDP_CITATION = ("UCDP Georeferenced Event Dataset (GED), CC BY 4.0: Sundberg, Ralph and Erik Melander (2013). "
                 "Introducing the UCDP Georeferenced Event Dataset. Journal of Peace Research 50(4).")


@dataclasses.dataclass
class Frozen:
    """The files of one moment of the data (temporary files, removed by close())."""
    cursor: str
    counts: dict
    frozen_at: object
    ndjson: object
    csvs: dict
    from_ged: bool

    def close(self):
        for handle in [self.ndjson, *self.csvs.values()]:
            handle.close()


class _Hashing:
    """A binary file that counts and hashes what is written to it."""

    def __init__(self, handle):
        self.handle, self.sha256, self.size = handle, hashlib.sha256(), 0

    def write(self, data):
        self.sha256.update(data)
        self.size += len(data)
        return self.handle.write(data)


@contextlib.contextmanager
def snapshot():
    """One read transaction in which every query sees the same committed state."""
    with db.database.atomic():
        if not db.is_sqlite():
            db.database.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield


def _whole_collection(kind_name):
    """The arguments of `GET /v1/<kind>?format=ndjson` with no filter: every live record by ID, in full (every
    event, whether it happened or not: occurrence=any, migrations/0068)."""
    return QUERY_SCHEMAS[kind_name]().load({"sort": "id", **({"occurrence": "any"} if kind_name == "events" else {})})


def _refuse_acled():
    """ACLED's terms forbid passing its data on in bulk (docs/import-export.md), and a release's download is
    public: a database holding events imported from ACLED publishes none."""
    held = (EventExternalId.select().join(Event).where((EventExternalId.scheme == "acled")
                                                         & Event.deleted_at.is_null()).count())
    if held:
        raise Conflict(f"The data holds {held} events imported from ACLED, whose terms of use forbid redistributing "
                       "them in bulk, and a release is a public download: publish releases from an instance "
                       "without ACLED data (docs/import-export.md, ACLED's terms of use).")


def freeze(progress=lambda done, total=None: None):
    """The data as it is now -> Frozen. `progress(done, total)` is told the records written so far."""
    ndjson = tempfile.TemporaryFile()
    csvs = {name: tempfile.TemporaryFile() for name in KINDS}
    try:
        with snapshot():
            _refuse_acled()
            last = Revision.select(fn.MAX(Revision.id)).scalar() or 0
            frozen_at = utcnow()
            totals = {name: kind.model.select().where(kind.model.deleted_at.is_null()).count()
                      for name, kind in KINDS.items()}
            from_ged = EventExternalId.select().where(EventExternalId.scheme == "ucdp-ged").exists()
            total, done, counts = sum(totals.values()), 0, {}
            progress(done, total)
            for name in KINDS:
                text = io.TextIOWrapper(csvs[name], encoding="utf-8", newline="", write_through=True)
                writer = csv.writer(text, lineterminator="\r\n")
                writer.writerows(formats.csv_rows(name, []))
                counts[name] = 0
                batch = []
                for record in exports.export(name, _whole_collection(name), capped=False):
                    ndjson.write(jsonio.dumps({"kind": name, "record": record}) + b"\n")
                    batch.append(record)
                    if len(batch) >= exports.EXPORT_BATCH:
                        writer.writerows(formats.csv_rows(name, batch, header=False))
                        counts[name] += len(batch)
                        progress(done + counts[name], total)
                        batch = []
                writer.writerows(formats.csv_rows(name, batch, header=False))
                counts[name] += len(batch)
                done += counts[name]
                progress(done, total)
                text.detach()   # the temporary file stays open
    except BaseException:
        for handle in [ndjson, *csvs.values()]:
            handle.close()
        raise
    return Frozen(cursors.encode_revision(last), counts, frozen_at, ndjson, csvs, from_ged)


def digest(handle):
    """(SHA-256 in hex, size in bytes) of a binary file, read from its start; the file is left at its start."""
    handle.seek(0)
    sha256, size = hashlib.sha256(), 0
    while chunk := handle.read(1 << 20):
        sha256.update(chunk)
        size += len(chunk)
    handle.seek(0)
    return sha256.hexdigest(), size


def csv_path(kind_name):
    return f"data/{kind_name}.csv"


def descriptor(frozen, version, note, ndjson_sha256, license_name=None):
    """datapackage.json: the CSV files with their schemas (from the kinds' declarations), hashes and sizes."""
    resources = []
    for name, handle in frozen.csvs.items():
        sha256, size = digest(handle)
        resources.append({
            "name": name, "path": csv_path(name), "profile": "tabular-data-resource", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "bytes": size, "hash": f"sha256:{sha256}",
            "description": f"Every live {KINDS[name].label()} record at the release's moment, one a row "
                           f"(rows: {frozen.counts[name]}).",
            "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "header": True},
            "schema": table_schema(name)})
    moment = frozen.frozen_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    package = {
        "profile": "tabular-data-package", "name": f"conflict-facts-{version}".lower().replace(".", "-"),
        "title": f"conflict-facts release {version}", "version": version, "created": moment,
        "description": note,
        "citation": f"conflict-facts release {version} ({moment}), change cursor {frozen.cursor}, "
                    f"NDJSON SHA-256 {ndjson_sha256}.",
        "conflict_facts": {"cursor": frozen.cursor, "counts": frozen.counts, "ndjson_sha256": ndjson_sha256},
        "resources": resources,
    }
    if license_name:
        package["licenses"] = [{"name": license_name, "title": license_name}]
    if frozen.from_ged:
        package["sources"] = [{"title": UCDP_CITATION, "path": "https://ucdp.uu.se/downloads/"}]
    return jsonio.dumps(package) + b"\n"


def write_zip(frozen, package, out):
    """The zip of datapackage.json and the CSVs, written to the binary file `out`: the same files give the
    same bytes (fixed order, timestamps, modes and compression)."""
    with zipfile.ZipFile(out, "w") as archive:
        entries = [("datapackage.json", io.BytesIO(package))] + [(csv_path(n), h) for n, h in frozen.csvs.items()]
        for name, source in entries:
            info = zipfile.ZipInfo(name, date_time=ZIP_MOMENT)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3   # unix, whatever the machine
            info.external_attr = 0o644 << 16
            source.seek(0)
            with archive.open(info, "w", force_zip64=True) as entry:
                shutil.copyfileobj(source, entry, 1 << 20)
