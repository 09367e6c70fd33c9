"""Importing a UCDP GED CSV file: each row becomes an event written by records.create/records.write, through
the same input schemas and rules as any write (docs/import-export.md has the mapping).

Matching makes the import repeat-safe: the event by its `ucdp-ged` ID, its conflict (an event it is part of)
by `ucdp-conflict`, the sides by `ucdp` actor IDs, places by (name, kind, parent, coordinates), sources by
all their fields; an update whose input reads as the stored record writes nothing (records.write). Each row
is written in a savepoint of its chunk's transaction, so a row that fails leaves nothing behind and the rest
load; with `strict`, everything runs in one transaction that is rolled back if any row failed.
"""
import contextlib
import csv
import dataclasses
import os

from marshmallow import ValidationError

from ..db import write_transaction
from . import records, references
from .exceptions import ServiceError
from .ged_rows import (DATASET_TITLE, DATASET_URL, DEATHS, DYAD_PREFIX, UCDP_NAME, VIOLENCE, WHERE_PRECISION,
                       RowError, parse)
from .kinds import KINDS

CHUNK = 500   # rows per transaction: a failed import keeps whole chunks, never half a row


class GedImportError(Exception):
    """The file cannot be imported at all (not a GED file): one line for the CLI."""


class _StrictFailed(Exception):
    """Raised to roll back a strict import in which some row failed."""


@dataclasses.dataclass
class Summary:
    file: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    strict: bool = False
    loaded: bool = True
    rejections: list = dataclasses.field(default_factory=list)

    def as_dict(self):
        return dataclasses.asdict(self)


def _same(field, value):
    return field.is_null() if value is None else field == value


def _first_live(kind_name, *conditions):
    model = KINDS[kind_name].model
    query = model.select(model.id).where(model.deleted_at.is_null(), *conditions).order_by(model.id).limit(1)
    return query.scalar()


def _held(kind_name, scheme, value):
    found = references.holders(kind_name, scheme, str(value), limit=1)
    return found[0][0] if found else None


class _Importer:
    def __init__(self, path, change):
        self.change = change
        self.file = os.path.basename(path)
        self.cache = {}

    def _create(self, kind_name, data):
        kind = KINDS[kind_name]
        return records.create(kind, kind.schema().load(data), self.change)["id"]

    def _cached(self, key, find, data):
        """The ID of the record `key` names: from the cache, or found, or created from `data`."""
        if key not in self.cache:
            self.cache[key] = find() or self._create(key[0], data())
        return self.cache[key]

    # --- the records a row refers to ---------------------------------------------------------------------

    def claimant(self):
        model = KINDS["actors"].model
        return self._cached(("actors", "ucdp-itself"), lambda: _first_live("actors", model.name == UCDP_NAME),
                            lambda: {"name": UCDP_NAME, "kind": "civil_society",
                                     "description": "Publisher of the UCDP datasets, Uppsala University."})

    def dataset(self):
        model = KINDS["sources"].model
        return self._cached(("sources", "ged"), lambda: _first_live(
            "sources", model.title == DATASET_TITLE, model.publisher == UCDP_NAME),
            lambda: {"title": DATASET_TITLE, "publisher": UCDP_NAME, "url": DATASET_URL})

    def side(self, ucdp_id, name):
        kind = "state" if name.startswith("Government of") else "group" if name == "Civilians" \
            else "non_state_armed_group"
        return self._cached(("actors", "ucdp", ucdp_id), lambda: _held("actors", "ucdp", ucdp_id),
                            lambda: {"name": name, "kind": kind, "external_ids": {"ucdp": str(ucdp_id)}})

    def place(self, name, kind, parent, latitude=None, longitude=None):
        model = KINDS["places"].model
        return self._cached(
            ("places", name, kind, parent, latitude, longitude),
            lambda: _first_live("places", model.name == name, model.kind == kind, _same(model.parent, parent),
                                _same(model.latitude, latitude), _same(model.longitude, longitude)),
            lambda: {"name": name, "kind": kind, "parent_id": parent, "latitude": latitude, "longitude": longitude})

    def location(self, row):
        """Country > adm_1 > adm_2 > the location (a site at GED's coordinates), each made once."""
        parent = self.place(row["country"], "country", None)
        if row["adm_1"]:
            parent = self.place(row["adm_1"], "region", parent)
        if row["adm_2"]:
            parent = self.place(row["adm_2"], "district", parent)
        return self.place(row["where_coordinates"], "site", parent, row["latitude"], row["longitude"])

    def source(self, source):
        model = KINDS["sources"].model
        key = ("sources",) + tuple(source[k] for k in ("title", "publisher", "published_date", "excerpt"))
        return self._cached(key, lambda: _first_live("sources", *(_same(getattr(model, k), source[k])
                                                                  for k in ("title", "publisher", "published_date",
                                                                            "excerpt"))),
                            lambda: {**source, "published_date": source["published_date"] and
                                     source["published_date"].isoformat()})

    def conflict(self, row, earliest):
        """The conflict's event, made or widened once per import (`earliest` is the whole file's)."""
        key = ("events", "ucdp-conflict", row["conflict_id"])
        if key not in self.cache:
            self.cache[key] = self._conflict(row, earliest)
        return self.cache[key]

    def _conflict(self, row, earliest):
        kind = KINDS["events"]
        found = _held("events", "ucdp-conflict", row["conflict_id"])
        event_type, mode = VIOLENCE[row["violence"]]
        data = {"title": row["conflict_name"], "type": event_type, "mode": mode,
                "date_start": earliest.isoformat(), "date_precision": "day", "source_ids": [self.dataset()],
                "external_ids": {"ucdp-conflict": str(row["conflict_id"])}}
        if found is None:
            return self._create("events", data)
        current = records.get(kind, found)
        if str(current["date_start"]) > earliest.isoformat():   # a newer file reaches further back: widen
            form = records.input_form(kind, found)
            form.pop("date_edtf", None)
            form["date_start"] = earliest.isoformat()
            records.write(kind, found, kind.schema().load(form), self.change)
        return found

    # --- the row's event ---------------------------------------------------------------------------------

    def event_data(self, row, earliest):
        side_a, side_b = self.side(row["side_a_id"], row["side_a"]), self.side(row["side_b_id"], row["side_b"])
        ucdp, dataset = self.claimant(), self.dataset()
        claim = {"quantity": "deaths", "unit": "people", "claimant_id": ucdp, "source_ids": [dataset]}
        figures = [{**claim, "category": "total", "low": row["low"], "best": row["best"], "high": row["high"]}]
        sufferer = {"side_a": side_a, "side_b": side_b}
        for column, category in DEATHS.items():
            figures.append({**claim, "category": category, "best": row[column],
                            "suffered_by_id": sufferer.get(category)})
        sources = list(dict.fromkeys([self.source(s) for s in row["sources"]] + [dataset]))
        event_type, mode = VIOLENCE[row["violence"]]
        return {
            "title": f"{row['dyad_name']}, {row['where_coordinates']}"[:500], "type": event_type, "mode": mode,
            "context": f"{DYAD_PREFIX}{row['dyad_id']}: {row['dyad_name']}"[:200],
            "date_start": row["date_start"].isoformat(), "date_end": row["date_end"].isoformat(),
            "date_precision": row["date_precision"], "place_id": self.location(row),
            "location_precision": WHERE_PRECISION[row["where_prec"]], "summary": row["where_description"],
            "parent_id": self.conflict(row, earliest[row["conflict_id"]]),
            "participants": [{"actor_id": side_a, "role": "side_a"}, {"actor_id": side_b, "role": "side_b"}],
            "figures": figures, "source_ids": sources, "external_ids": {"ucdp-ged": str(row["id"])}}

    def write_row(self, row, earliest):
        """'created', 'updated' or 'unchanged'."""
        kind = KINDS["events"]
        data = self.event_data(row, earliest)
        found = _held("events", "ucdp-ged", row["id"])
        if found is None:
            records.create(kind, kind.schema().load(data), self.change)
            return "created"
        form = records.input_form(kind, found)   # keep the IDs of the owned items that stay the same
        for items, key in (("figures", ("category",)), ("participants", ("actor_id", "role"))):
            stored = {tuple(item.get(k) for k in key): item.get("id") for item in form.get(items) or []}
            for item in data[items]:
                if stored.get(tuple(item.get(k) for k in key)) is not None:
                    item["id"] = stored[tuple(item.get(k) for k in key)]
        written = records.write(kind, found, kind.schema().load(data), self.change)
        return "updated" if written.changed else "unchanged"


FIELD_COLUMNS = {"date_start": "date_start", "date_end": "date_end", "date_precision": "date_prec",
                 "place_id": "where_coordinates", "location_precision": "where_prec", "title": "dyad_name",
                 "participants": "side_a_new_id", "source_ids": "source_article"}


def _column_of(messages):
    """A validation error's first field -> (GED column, message), as near as the mapping allows: a figure's
    value names its deaths column (figure 0 is the total: low, best, high)."""
    if not isinstance(messages, dict) or not messages:
        return "row", str(messages)
    field = next(iter(messages))
    inner, path = messages[field], [field]
    while isinstance(inner, dict):
        key = next(iter(inner))
        path.append(key)
        inner = inner[key]
    message = str(inner[0] if isinstance(inner, list) and inner else inner)
    if field == "figures" and len(path) >= 3 and str(path[1]).isdigit():
        index, name = int(path[1]), path[2]
        if index == 0:
            return (name if name in ("low", "best", "high") else "best"), message
        return list(DEATHS)[index - 1] if index <= len(DEATHS) else "best", message
    return FIELD_COLUMNS.get(field, ".".join(map(str, path))), message


def _rows(path):
    """(line, row dict) for each data row; the line is where the row starts in the file."""
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        try:
            missing = [c for c in ("id", "date_start", "conflict_new_id", "side_a_new_id") if c not in
                       (reader.fieldnames or [])]
            if missing:
                raise GedImportError(f"{path} is not a UCDP GED CSV file: no column {', '.join(missing)}")
            line = reader.line_num + 1
            for row in reader:
                yield line, row
                line = reader.line_num + 1
        except csv.Error as error:   # a NUL byte, a field longer than csv allows: the file, not a row, is bad
            raise GedImportError(f"{path}, line {reader.line_num}: not readable as CSV ({error})") from None


def _earliest(path):
    """conflict_new_id -> the earliest date_start of its rows in the file (the conflict event's start)."""
    earliest = {}
    for _, row in _rows(path):
        try:
            values = parse(row)
        except RowError:
            continue
        day = values["date_start"]
        earliest[values["conflict_id"]] = min(day, earliest.get(values["conflict_id"], day))
    return earliest


def _count(path):
    return sum(1 for _ in _rows(path))


def _chunks(path):
    chunk = []
    for item in _rows(path):
        chunk.append(item)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(path, change, strict=False, progress=lambda done, total=None: None):
    """Import a GED file -> Summary."""
    change = dataclasses.replace(change, note=change.note or f"UCDP GED import of {os.path.basename(path)}")
    summary, importer = Summary(file=os.path.basename(path), strict=strict), _Importer(path, change)
    earliest, total, done = _earliest(path), _count(path), 0
    progress(0, total)
    try:
        with write_transaction() if strict else contextlib.nullcontext():
            for chunk in _chunks(path):
                with write_transaction():
                    for line, row in chunk:
                        _one(importer, summary, line, row, earliest)
                done += len(chunk)
                progress(done, total)
            if strict and summary.rejected:
                raise _StrictFailed
    except _StrictFailed:
        summary.loaded = False
        summary.created = summary.updated = summary.unchanged = 0
    return summary


def _one(importer, summary, line, row, earliest):
    try:
        with write_transaction():
            values = parse(row)
            setattr(summary, outcome := importer.write_row(values, earliest), getattr(summary, outcome) + 1)
    except RowError as error:
        _reject(importer, summary, line, error.column, error.message)
    except ValidationError as error:
        _reject(importer, summary, line, *_column_of(error.messages))
    except ServiceError as error:
        _reject(importer, summary, line, *_column_of(error.extra.get("errors") or {"row": [error.detail]}))


def _reject(importer, summary, line, column, message):
    importer.cache.clear()   # the row's savepoint undid what it created: find or create them again
    summary.rejected += 1
    summary.rejections.append({"line": line, "column": column, "message": message})
