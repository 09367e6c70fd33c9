"""The ACLED format for imports.py: an ACLED row becomes an event (docs/import-export.md has the mapping).

The event is matched by its `acled` ID (event_id_cnty). ACLED's actors have no IDs: they are matched by name
(the actor's name, or one of its aliases: an actor created here carries ACLED's name as an alias, so a curator
may rename it); places, sources and ACLED itself by import_records.Finder.
"""
from .acled_rows import (ACLED_DESCRIPTION, ACLED_NAME, ASSOCIATED_KIND, DATASET_TITLE, DATASET_URL, GEO_PRECISION,
                         INTER, SUB_EVENT_TYPES, note_of, parse)

LABEL = "ACLED"
REQUIRED_COLUMNS = ("event_id_cnty", "event_date", "sub_event_type", "actor1", "inter1")
OWNED_KEYS = {"figures": ("category",), "participants": ("actor_id", "role")}

KEY = ("events", "acled")   # the external ID of each row's event: what --delete-missing compares

__all__ = ["LABEL", "REQUIRED_COLUMNS", "KEY", "parse", "prepare", "write_row", "column_of", "key_of"]


def key_of(row):
    """The row's event_id_cnty as its event's `acled` external ID holds it, or None when it is empty."""
    return (row.get("event_id_cnty") or "").strip() or None


def prepare(rows):
    """Actor name -> its inter code, from the rows that name it as actor1 or actor2 (the first seen): an actor
    first met as an associated actor (which has no code) is created with the kind its code gives."""
    inter = {}
    for values in rows:
        for number in (1, 2):
            if values[f"actor{number}"] is not None:
                inter.setdefault(values[f"actor{number}"], values[f"inter{number}"])
    return inter


def _actor(finder, name, inter):
    kind, label = INTER[inter] if inter else (ASSOCIATED_KIND, None)
    description = f"ACLED actor type: {label} (inter code {inter})." if label else None
    return finder.actor_named(name, lambda: {"name": name, "kind": kind, "aliases": [name],
                                             "description": description})


def _participants(finder, row, inter_of):
    roles = SUB_EVENT_TYPES[row["sub_event_type"]][2]
    participants, seen = [], set()
    for number, role in zip((1, 2), roles):
        name = row[f"actor{number}"]
        if name is None:
            continue
        primary = _actor(finder, name, row[f"inter{number}"])
        listed = [(primary, None)] + [(_actor(finder, other, inter_of.get(other)), primary)
                                      for other in row[f"assoc_actor_{number}"]]
        for actor, on_behalf_of in listed:
            if (actor, role) not in seen:   # an actor listed twice in one role takes part once
                seen.add((actor, role))
                participants.append({"actor_id": actor, "role": role, "on_behalf_of_id": on_behalf_of})
    return participants


def _location(finder, row):
    """Country > admin1 (region) > admin2 (district) > admin3 (district) > the location (a site at ACLED's
    coordinates), each made once."""
    parent = finder.place(row["country"], "country", None)
    for column, kind in (("admin1", "region"), ("admin2", "district"), ("admin3", "district")):
        if row[column]:
            parent = finder.place(row[column], kind, parent)
    return finder.place(row["location"], "site", parent, row["latitude"], row["longitude"])


def _title(row):
    sides = row["actor1"] + (f" - {row['actor2']}" if row["actor2"] else "")
    return f"{row['sub_event_type']}: {sides}, {row['location']}"[:500]


def event_data(finder, row, inter_of):
    acled, dataset = finder.publisher(ACLED_NAME, ACLED_DESCRIPTION), finder.dataset(DATASET_TITLE, ACLED_NAME,
                                                                                       DATASET_URL)
    fatalities = {"quantity": "deaths", "unit": "people", "category": "total", "best": row["fatalities"],
                  "claimant_id": acled, "source_ids": [dataset], "note": note_of(row) or None}
    sources = [finder.source({"title": None, "publisher": name, "published_date": None, "excerpt": None})
               for name in row["sources"]]
    return {
        "title": _title(row), "type": SUB_EVENT_TYPES[row["sub_event_type"]][1], "mode": row["sub_event_type"],
        "context": row["disorder_type"][:200], "date_start": row["date_start"].isoformat(),
        "date_end": row["date_end"].isoformat(), "date_precision": row["date_precision"],
        "place_id": _location(finder, row), "location_precision": GEO_PRECISION[row["geo_precision"]],
        "summary": row["notes"], "participants": _participants(finder, row, inter_of), "figures": [fatalities],
        "source_ids": list(dict.fromkeys(sources + [dataset])), "external_ids": {"acled": row["event_id"]}}


def write_row(finder, row, inter_of):
    return finder.upsert_event("acled", row["event_id"], event_data(finder, row, inter_of), OWNED_KEYS)


FIELD_COLUMNS = {"title": "actor1", "mode": "sub_event_type", "context": "disorder_type",
                 "date_start": "event_date", "date_end": "event_date", "date_precision": "time_precision",
                 "place_id": "location", "location_precision": "geo_precision", "summary": "notes",
                 "participants": "actor1", "source_ids": "source", "external_ids": "event_id_cnty"}
FIGURE_COLUMNS = {"best": "fatalities", "note": "tags"}


def column_of(path):
    """A validation error's field path -> its ACLED column, as near as the mapping allows: the one figure is
    `fatalities` (its note holds the codes of which `tags` is the free text); a participant of role side_b,
    target or detained is actor2 (the path names only its index, so actor1 is given)."""
    field = path[0]
    if field == "figures":
        return FIGURE_COLUMNS.get(path[2] if len(path) >= 3 else None, "fatalities")
    return FIELD_COLUMNS.get(field, ".".join(map(str, path)))
