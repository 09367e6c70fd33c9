"""Importing a dataset file (UCDP GED, ...): each row becomes an event written by records.create/records.write,
through the same input schemas and rules as any write (docs/import-export.md has each format's mapping).

A format is a module (ged_import.py) with:
- LABEL ("UCDP GED") and REQUIRED_COLUMNS (without them the file is not of this format);
- parse(row) -> values, raising import_values.RowError naming the column of a bad cell;
- prepare(values_of_each_row) -> context: what the rows need from the whole file (GED: each conflict's first
  day), given every row that parses;
- write_row(finder, values, context) -> 'created', 'updated' or 'unchanged' (import_records.Finder finds or
  creates what the row refers to);
- column_of(path) -> the dataset's column that a validation error's field path comes from.

Each row is written in a savepoint of its chunk's transaction, so a row that fails leaves nothing behind and
the rest load; with `strict`, everything runs in one transaction that is rolled back if any row failed.
"""
import contextlib
import csv
import dataclasses
import os

from marshmallow import ValidationError

from ..db import write_transaction
from . import acled_import, ged_import
from .exceptions import ServiceError
from .import_records import Finder
from .import_values import RowError

FORMATS = {"ucdp-ged": ged_import, "acled": acled_import}

CHUNK = 500   # rows per transaction: a failed import keeps whole chunks, never half a row


class ImportFileError(Exception):
    """The file cannot be imported at all (not of the format): one line for the CLI."""


class _StrictFailed(Exception):
    """Raised to roll back a strict import in which some row failed."""


@dataclasses.dataclass
class Summary:
    file: str
    format: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    strict: bool = False
    loaded: bool = True
    rejections: list = dataclasses.field(default_factory=list)

    def as_dict(self):
        return dataclasses.asdict(self)


def _rows(path, fmt):
    """(line, row dict) for each data row; the line is where the row starts in the file."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        try:
            missing = [c for c in fmt.REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise ImportFileError(f"{path} is not a {fmt.LABEL} CSV file: no column {', '.join(missing)}")
            line = reader.line_num + 1
            for row in reader:
                yield line, row
                line = reader.line_num + 1
        except csv.Error as error:   # a NUL byte, a field longer than csv allows: the file, not a row, is bad
            raise ImportFileError(f"{path}, line {reader.line_num}: not readable as CSV ({error})") from None


def _parsed(path, fmt):
    for _, row in _rows(path, fmt):
        try:
            yield fmt.parse(row)
        except RowError:
            continue


def _chunks(path, fmt):
    chunk = []
    for item in _rows(path, fmt):
        chunk.append(item)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(path, format_name, change, strict=False, progress=lambda done, total=None: None):
    """Import the file at `path` in format `format_name` (a key of FORMATS) -> Summary."""
    fmt = FORMATS[format_name]
    change = dataclasses.replace(change, note=change.note or f"{fmt.LABEL} import of {os.path.basename(path)}")
    summary, finder = Summary(file=os.path.basename(path), format=format_name, strict=strict), Finder(change)
    context, total, done = fmt.prepare(_parsed(path, fmt)), sum(1 for _ in _rows(path, fmt)), 0
    progress(0, total)
    try:
        with write_transaction() if strict else contextlib.nullcontext():
            for chunk in _chunks(path, fmt):
                with write_transaction():
                    for line, row in chunk:
                        _one(fmt, finder, summary, line, row, context)
                done += len(chunk)
                progress(done, total)
            if strict and summary.rejected:
                raise _StrictFailed
    except _StrictFailed:
        summary.loaded = False
        summary.created = summary.updated = summary.unchanged = 0
    return summary


def _one(fmt, finder, summary, line, row, context):
    try:
        with write_transaction():
            outcome = fmt.write_row(finder, fmt.parse(row), context)
            setattr(summary, outcome, getattr(summary, outcome) + 1)
    except RowError as error:
        _reject(fmt, finder, summary, line, error.column, error.message)
    except ValidationError as error:
        _reject(fmt, finder, summary, line, *_column_of(fmt, error.messages))
    except ServiceError as error:
        _reject(fmt, finder, summary, line, *_column_of(fmt, error.extra.get("errors") or {"row": [error.detail]}))


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


def _reject(fmt, finder, summary, line, column, message):
    finder.forget()   # the row's savepoint undid what it created: find or create them again
    summary.rejected += 1
    summary.rejections.append({"line": line, "column": column, "message": message})
