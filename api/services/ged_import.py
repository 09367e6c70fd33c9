"""The UCDP GED format for imports.py: a GED row becomes an event (docs/import-export.md has the mapping).

The event is matched by its `ucdp-ged` ID, its conflict (an event it is part of) by `ucdp-conflict`, the
sides by `ucdp` actor IDs; the rest by import_records.Finder.
"""
import re

from . import records
from .ged_rows import (DATASET_TITLE, DATASET_URL, DEATHS, DYAD_PREFIX, UCDP_NAME, VIOLENCE, WHERE_PRECISION,
                       parse)
from .import_records import held
from .kinds import KINDS

LABEL = "UCDP GED"
REQUIRED_COLUMNS = ("id", "date_start", "conflict_new_id", "side_a_new_id")
OWNED_KEYS = {"figures": ("category",), "participants": ("actor_id", "role")}
UCDP_DESCRIPTION = "Publisher of the UCDP datasets, Uppsala University."

KEY = ("events", "ucdp-ged")   # the external ID of each row's event: what --delete-missing compares

__all__ = ["LABEL", "REQUIRED_COLUMNS", "KEY", "parse", "prepare", "write_row", "column_of", "key_of", "release_of"]

# GED's releases as its files are named: ged231.csv, GEDEvent_v23_1.csv, ucdp-ged-23.1-sample.csv -> "23.1"
# (three digits run together, or two and one or two with a dot or underscore between: "ged-120" is no release)
_RELEASE = re.compile(r"(?:ged|v)(?:(\d{2})(\d)(?!\d)|[-_ ]?(\d{2})[._](\d{1,2})(?!\d))", re.IGNORECASE)


def key_of(row):
    """The row's GED id as its event's `ucdp-ged` external ID holds it, or None if it is not a number."""
    try:
        return str(int((row.get("id") or "").strip()))
    except ValueError:
        return None


def release_of(file_name):
    """The GED release a file's name gives ("23.1"), or None."""
    found = _RELEASE.search(file_name)
    if not found:
        return None
    major, minor = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    return f"{major}.{minor}"


def prepare(rows):
    """conflict_new_id -> the earliest date_start of its rows in the file (the conflict event's start)."""
    earliest = {}
    for values in rows:
        day = values["date_start"]
        earliest[values["conflict_id"]] = min(day, earliest.get(values["conflict_id"], day))
    return earliest


def _side(finder, ucdp_id, name):
    kind = "state" if name.startswith("Government of") else "group" if name == "Civilians" \
        else "non_state_armed_group"
    return finder.actor("ucdp", ucdp_id, lambda: {"name": name, "kind": kind, "external_ids": {"ucdp": str(ucdp_id)}})


def _location(finder, row):
    """Country > adm_1 > adm_2 > the location (a site at GED's coordinates), each made once."""
    parent = finder.place(row["country"], "country", None)
    if row["adm_1"]:
        parent = finder.place(row["adm_1"], "region", parent)
    if row["adm_2"]:
        parent = finder.place(row["adm_2"], "district", parent)
    return finder.place(row["where_coordinates"], "site", parent, row["latitude"], row["longitude"])


def _dataset(finder):
    return finder.dataset(DATASET_TITLE, UCDP_NAME, DATASET_URL)


def _conflict(finder, row, earliest):
    """The conflict's event, made or widened once per import (`earliest` is the whole file's)."""
    key = ("events", "ucdp-conflict", row["conflict_id"])
    if key not in finder.cache:
        finder.cache[key] = _find_or_widen_conflict(finder, row, earliest)
    return finder.cache[key]


def _find_or_widen_conflict(finder, row, earliest):
    kind = KINDS["events"]
    found = held("events", "ucdp-conflict", row["conflict_id"])
    event_type, mode = VIOLENCE[row["violence"]]
    data = {"title": row["conflict_name"], "type": event_type, "mode": mode,
            "date_start": earliest.isoformat(), "date_precision": "day", "source_ids": [_dataset(finder)],
            "external_ids": {"ucdp-conflict": str(row["conflict_id"])}}
    if found is None:
        return finder.create("events", data)
    current = records.get(kind, found)
    if str(current["date_start"]) > earliest.isoformat():   # a newer file reaches further back: widen
        form = records.input_form(kind, found)
        form.pop("date_edtf", None)
        form["date_start"] = earliest.isoformat()
        records.write(kind, found, finder.load("events", form), finder.change)
    return found


def event_data(finder, row, earliest):
    side_a, side_b = _side(finder, row["side_a_id"], row["side_a"]), _side(finder, row["side_b_id"], row["side_b"])
    ucdp, dataset = finder.publisher(UCDP_NAME, UCDP_DESCRIPTION), _dataset(finder)
    claim = {"quantity": "deaths", "unit": "people", "claimant_id": ucdp, "source_ids": [dataset]}
    figures = [{**claim, "category": "total", "low": row["low"], "best": row["best"], "high": row["high"]}]
    sufferer = {"side_a": side_a, "side_b": side_b}
    for column, category in DEATHS.items():
        figures.append({**claim, "category": category, "best": row[column], "suffered_by_id": sufferer.get(category)})
    sources = list(dict.fromkeys([finder.source(s) for s in row["sources"]] + [dataset]))
    event_type, mode = VIOLENCE[row["violence"]]
    return {
        "title": f"{row['dyad_name']}, {row['where_coordinates']}"[:500], "type": event_type, "mode": mode,
        "context": f"{DYAD_PREFIX}{row['dyad_id']}: {row['dyad_name']}"[:200],
        "date_start": row["date_start"].isoformat(), "date_end": row["date_end"].isoformat(),
        "date_precision": row["date_precision"], "place_id": _location(finder, row),
        "location_precision": WHERE_PRECISION[row["where_prec"]], "summary": row["where_description"],
        "parent_id": _conflict(finder, row, earliest[row["conflict_id"]]),
        "participants": [{"actor_id": side_a, "role": "side_a"}, {"actor_id": side_b, "role": "side_b"}],
        "figures": figures, "source_ids": sources, "external_ids": {"ucdp-ged": str(row["id"])}}


def write_row(finder, row, earliest):
    return finder.upsert_event("ucdp-ged", row["id"], event_data(finder, row, earliest), OWNED_KEYS)


FIELD_COLUMNS = {"date_start": "date_start", "date_end": "date_end", "date_precision": "date_prec",
                 "place_id": "where_coordinates", "location_precision": "where_prec", "title": "dyad_name",
                 "participants": "side_a_new_id", "source_ids": "source_article"}


def column_of(path):
    """A validation error's field path -> its GED column, as near as the mapping allows: a figure's value
    names its deaths column (figure 0 is the total: low, best, high)."""
    field = path[0]
    if field == "figures" and len(path) >= 3 and str(path[1]).isdigit():
        index, name = int(path[1]), path[2]
        if index == 0:
            return name if name in ("low", "best", "high") else "best"
        return list(DEATHS)[index - 1] if index <= len(DEATHS) else "best"
    return FIELD_COLUMNS.get(field, ".".join(map(str, path)))
