"""Importing a dataset file (UCDP GED, ...): each row becomes an event written by records.create/records.write,
through the same input schemas and rules as any write (docs/import-export.md has each format's mapping).

A format is a module (ged_import.py) with:
- LABEL ("UCDP GED") and REQUIRED_COLUMNS (without them the file is not of this format);
- parse(row) -> values, raising import_values.RowError naming the column of a bad cell;
- prepare(values_of_each_row) -> context: what the rows need from the whole file (GED: each conflict's first
  day), given every row that parses;
- write_row(finder, values, context) -> 'created', 'updated' or 'unchanged' (import_records.Finder finds or
  creates what the row refers to);
- column_of(path) -> the dataset's column that a validation error's field path comes from;
- optionally KEY = (kind, scheme), the external ID each row's record holds, with key_of(row) -> its value
  from the raw row (None if unreadable): what --delete-missing compares; and release_of(file name) -> the
  release the file name says ("23.1"), or None.

Each row is written in a savepoint of its chunk's transaction, so a row that fails leaves nothing behind and
the rest load; with `strict`, everything runs in one transaction that is rolled back if any row failed.
Each chunk's transaction also records how far the import got (import_runs.py), so that a killed import run
again starts after its last committed chunk.
"""
import contextlib
import dataclasses
import os

from marshmallow import ValidationError

from ..db import write_transaction
from . import acled_import, ged_import, import_runs, records
from .exceptions import ServiceError, StillReferenced
from .import_files import ImportFileError, rows as _rows
from .import_records import Finder
from .import_values import RowError
from .kinds import KINDS

FORMATS = {"ucdp-ged": ged_import, "acled": acled_import}

CHUNK = 500   # rows per transaction: a failed import keeps whole chunks, never half a row

__all__ = ["FORMATS", "CHUNK", "ImportFileError", "Summary", "release_of", "run"]


class _StrictFailed(Exception):
    """Raised to roll back a strict import in which some row failed."""


@dataclasses.dataclass
class Summary:
    file: str
    format: str
    release: str | None = None
    resumed_from: int | None = None   # the line a resumed import started from (None: from the start)
    strict: bool = False
    loaded: bool = True
    rejections: list = dataclasses.field(default_factory=list)
    kept: list = dataclasses.field(default_factory=list)   # --delete-missing: records it could not delete, why
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    rejected: int = 0

    def as_dict(self):
        return dataclasses.asdict(self)


def _prepared(path, fmt, keep_keys):
    """One pass over the file: (the format's context, the number of rows, the keys of its rows or None)."""
    counted, keys = [0], set() if keep_keys else None

    def parsed():
        for _, row in _rows(path, fmt):
            counted[0] += 1
            if keys is not None:
                keys.add(fmt.key_of(row))
            try:
                yield fmt.parse(row)
            except RowError:
                continue
    values = parsed()
    context = fmt.prepare(values)
    for _ in values:   # prepare may stop early: count the rest
        pass
    return context, counted[0], keys


def _chunks(path, fmt, after_line, size):
    """Lists of (line, row) of `size` rows each, leaving out the rows up to `after_line` unread by any parser."""
    chunk = []
    for line, row in _rows(path, fmt):
        if line <= after_line:
            continue
        chunk.append((line, row))
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def release_of(format_name, file_name):
    """The dataset release a file's name gives ("ged231.csv": "23.1"), or None (also for a format without
    releases)."""
    return getattr(FORMATS[format_name], "release_of", lambda _: None)(file_name)


def run(path, format_name, change, strict=False, progress=lambda done, total=None: None, release=None,
        delete_missing=False, chunk_rows=CHUNK, committed=lambda line, summary: None):
    """Import the file at `path` in format `format_name` (a key of FORMATS) -> Summary. `release`: the
    dataset's release the file is (default: what its name says); `delete_missing`: delete the dataset's
    records (those holding its external ID) that the file no longer has; `chunk_rows`: rows per transaction;
    `committed(line, summary)` is called after each chunk commits, with the last line it holds."""
    fmt = FORMATS[format_name]
    name = os.path.basename(path)
    release = release or release_of(format_name, name)
    note = f"{fmt.LABEL}{f' {release}' if release else ''} import of {name}"
    change = dataclasses.replace(change, note=change.note or note)
    summary = Summary(file=name, format=format_name, release=release, strict=strict)
    if delete_missing and not hasattr(fmt, "KEY"):
        raise ImportFileError(f"--delete-missing: {fmt.LABEL} files name no dataset ID to compare")
    context, total, keys = _prepared(path, fmt, delete_missing)
    progress(0, total)
    try:
        with write_transaction() if strict else contextlib.nullcontext():
            tracked = None if strict else import_runs.start(path, format_name, release, summary)
            _load(path, fmt, Finder(change), summary, context, tracked, (total, progress, chunk_rows, committed))
            if delete_missing:
                _delete_missing(fmt, keys, change, summary, tracked)
            if strict and summary.rejected:
                raise _StrictFailed
            if tracked is not None:
                import_runs.finish(tracked, summary)
    except _StrictFailed:
        summary.loaded = False
        summary.created = summary.updated = summary.unchanged = summary.deleted = 0
    return summary


def _load(path, fmt, finder, summary, context, tracked, reporting):
    total, progress, size, committed = reporting
    after = tracked.last_line if tracked is not None else 0
    done = summary.created + summary.updated + summary.unchanged + summary.rejected
    for chunk in _chunks(path, fmt, after, size):
        with write_transaction():
            for line, row in chunk:
                _one(fmt, finder, summary, line, row, context)
            if tracked is not None:
                import_runs.committed(tracked, chunk[-1][0], summary)
        done += len(chunk)
        progress(done, total)
        committed(chunk[-1][0], summary)


def _one(fmt, finder, summary, line, row, context):
    finder.mark()
    try:
        with write_transaction():
            outcome = fmt.write_row(finder, fmt.parse(row), context)
            setattr(summary, outcome, getattr(summary, outcome) + 1)
    except RowError as error:
        _reject(finder, summary, line, error.column, error.message)
    except ValidationError as error:
        _reject(finder, summary, line, *_column_of(fmt, error.messages))
    except ServiceError as error:
        _reject(finder, summary, line, *_column_of(fmt, error.extra.get("errors") or {"row": [error.detail]}))


def _delete_missing(fmt, keys, change, summary, tracked):
    """Delete (the ordinary delete: a tombstone and its revision) each live record holding the dataset's
    external ID whose value the file does not have; one still referred to by a live record stays, named."""
    kind_name, scheme = fmt.KEY
    kind = KINDS[kind_name]
    dropped = import_runs.holders_missing(kind, scheme, keys)
    for start in range(0, len(dropped), CHUNK):
        with write_transaction():
            for record_id, value in dropped[start:start + CHUNK]:
                try:
                    with write_transaction():
                        records.delete(kind, record_id, change)
                    summary.deleted += 1
                except StillReferenced as error:
                    summary.kept.append(f"{scheme}:{value} is not in the file, but {kind.label()} {record_id} "
                                        f"stays: {error.detail}")
            if tracked is not None:
                import_runs.committed(tracked, tracked.last_line, summary)


def _column_of(fmt, messages):
    """A validation error's first field path -> (the dataset's column, message)."""
    if not isinstance(messages, dict) or not messages:
        return "row", str(messages)
    path, inner = [], messages
    while isinstance(inner, dict):
        key = next(iter(inner))
        path.append(key)
        inner = inner[key]
    message = str(inner[0] if isinstance(inner, list) and inner else inner)
    return fmt.column_of(path), message


def _reject(finder, summary, line, column, message):
    finder.forget()   # the row's savepoint undid what it created: find or create them again
    summary.rejected += 1
    summary.rejections.append({"line": line, "column": column, "message": message})
