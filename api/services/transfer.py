"""Moving the whole dataset between databases (and engines): export to a file, import from it.

The file is NDJSON: a header line, then one line per row of every table, history and tokens included, in
an order that lets the import insert them as they come. Search tables are not exported: the import rebuilds
them from the records, so they are always in the target engine's own form.

    {"format": "conflict-facts-export", "version": 1, "migrations": ["0001_initial", ...]}
    {"table": "source", "row": {"id": 1, "title": "...", ...}}
"""
import contextlib
import datetime
import os

from peewee import DateField, DateTimeField, ForeignKeyField

from .. import db, jsonio
from ..models import PORTABLE_MODELS, IdempotencyKey, RateLimit
from . import backup, migrations, search, stored
from .kinds import KINDS

FORMAT = "conflict-facts-export"
VERSION = 1
BATCH = 1000
# Request bookkeeping, not data: not moved.
SKIPPED = (RateLimit, IdempotencyKey)
MODELS = [model for model in PORTABLE_MODELS if model not in SKIPPED]


class TransferError(ValueError):
    pass


def _self_references(model):
    return [f for f in model._meta.sorted_fields if isinstance(f, ForeignKeyField) and f.rel_model is model]


def _opened(target, mode):
    """A path is opened (and closed); an open binary file (standard output or input) is used as it is.

    An export holds what a backup holds (token hashes, the whole history): it is written readable by its
    owner only, and never through a symbolic link."""
    if hasattr(target, "write" if "w" in mode else "read"):
        return contextlib.nullcontext(target)
    if "w" not in mode:
        return open(target, mode)
    if os.path.islink(target):
        raise TransferError(f"{target} is a symbolic link: exports are never written through one; name a file.")
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    os.fchmod(descriptor, 0o600)   # an existing file keeps its mode otherwise
    return os.fdopen(descriptor, mode)


def _no_progress(done, total=None):
    pass


def export(target, progress=_no_progress):
    """Write every table to `target` (a path or a binary file); returns {table: rows}. `progress(done,
    total)` is told the rows written so far."""
    counts = {}
    with db.database.connection_context(), db.database.atomic(), _opened(target, "wb") as out:
        # One read transaction: the export is one consistent moment of the database, even while it serves.
        applied = [m.name for m in migrations.runner().status() if m.applied]
        out.write(jsonio.dumps({"format": FORMAT, "version": VERSION, "migrations": applied}) + b"\n")
        total = sum(model.select().count() for model in MODELS)
        done = 0
        progress(done, total)
        for model in MODELS:
            table = model._meta.table_name
            counts[table] = 0
            pk = model._meta.primary_key
            last = None
            while True:
                query = model.select().order_by(pk)
                if last is not None:
                    query = query.where(pk > last)
                rows = list(query.limit(BATCH).dicts())
                if not rows:
                    break
                for row in rows:
                    out.write(jsonio.dumps({"table": table, "row": row}) + b"\n")
                counts[table] += len(rows)
                done += len(rows)
                progress(done, total)
                last = rows[-1][pk.name]
    return counts


def _parse(model):
    """field name -> function turning an exported JSON value back into the field's Python value."""
    parsers = {}
    for field in model._meta.sorted_fields:
        if isinstance(field, DateTimeField):
            parsers[field.name] = lambda v: None if v is None else datetime.datetime.fromisoformat(
                v.replace("Z", "+00:00")).replace(tzinfo=None)
        elif isinstance(field, DateField):
            parsers[field.name] = lambda v: None if v is None else datetime.date.fromisoformat(v)
    return parsers


def _read_header(source, name):
    first = source.readline()
    try:
        header = jsonio.loads(first or b"{}")
    except jsonio.DecodeError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("version") != VERSION:
        if backup.kind_of_backup(first) is not None:
            raise TransferError(f"{name} is a backup, not an export: restore it with "
                                f"`conflict-facts restore {name}`.")
        raise TransferError(f"{name} is not a conflict-facts export (version {VERSION}).")
    return header


def import_(source_file, progress=_no_progress):
    """Load an export (a path or a binary file) into this database, which must be migrated and hold no data;
    returns {table: rows}. `progress(done, total)` is told the bytes read so far (total None when unknown).

    All in one transaction: an import that fails part-way leaves the database empty, as it was."""
    by_table = {model._meta.table_name: model for model in MODELS}
    counts = {}
    name = getattr(source_file, "name", source_file)
    with db.database.connection_context(), db.write_transaction(), _opened(source_file, "rb") as source:
        size = os.fstat(source.fileno()).st_size if hasattr(source, "fileno") and source.seekable() else None
        header = _read_header(source, name)
        here = [m.name for m in migrations.runner().status() if m.applied]
        if header["migrations"] != here:
            raise TransferError(f"the export was made at migrations {header['migrations'][-1:]}, this database "
                               f"is at {here[-1:]}: upgrade the older of the two first.")
        if any(model.select().exists() for model in MODELS):
            raise TransferError("the target database already holds data: import into an empty one.")
        parsers = {table: _parse(model) for table, model in by_table.items()}
        later = []   # (model, id, {self-reference: value}) set once every row of the table exists
        pending = {}
        done = source.tell() if source.seekable() else 0   # the header line counts as read (the bar ends at 100%)
        for number, line in enumerate(source, start=2):
            done += len(line)
            if number % BATCH == 0:
                progress(done, size)
            try:
                item = jsonio.loads(line)
            except jsonio.DecodeError as error:
                raise TransferError(f"line {number} of {name} is not JSON ({error}): the export is damaged.")
            table, row = item["table"], item["row"]
            model = by_table.get(table)
            if model is None:
                raise TransferError(f"unknown table {table!r} in the export.")
            for name, parse in parsers[table].items():
                if name in row:
                    row[name] = parse(row[name])
            for field in _self_references(model):
                if row.get(field.name) is not None:
                    later.append((model, row[model._meta.primary_key.name], field, row[field.name]))
                    row[field.name] = None
            for other in [m for m in pending if m is not model]:   # a new table: the last one is complete
                _flush(other, pending, counts)
            pending.setdefault(model, []).append(row)
            if len(pending[model]) >= BATCH:
                _flush(model, pending, counts)
        for model in list(pending):
            _flush(model, pending, counts)
        for model, ident, field, value in later:
            model.update({field: value}).where(model._meta.primary_key == ident).execute()
        progress(done, size)
        db.reset_sequences(MODELS)
        _reindex()
    return counts


def _flush(model, pending, counts):
    rows = pending.pop(model, [])
    if rows:
        model.insert_many(rows).execute()
        counts[model._meta.table_name] = counts.get(model._meta.table_name, 0) + len(rows)


def _reindex():
    """Rebuild every live record's search entry in this engine's form, and its stored form."""
    for name, kind in KINDS.items():
        last = 0
        while True:
            rows = list(kind.model.select().where((kind.model.id > last) & kind.model.deleted_at.is_null())
                        .order_by(kind.model.id).limit(BATCH).dicts())
            if not rows:
                break
            represented = kind.represent(rows)
            for record in represented:
                search.index(name, record)
            stored.store(kind, *represented)   # as GET serves them (api/services/stored.py)
            last = rows[-1]["id"]
