"""Events as UCDP GED rows (GET /v1/events?format=ucdp-ged): GED's 49 columns, in its order and value
conventions, filled from what the model holds (ged_rows.py has the mapping both ways; docs/import-export.md
lists the columns that stay empty and why).

The linked records a row needs beyond the event's embedded form (the place's admin units, the sides' UCDP
IDs, the conflict's ID, the sources' excerpts) are read once per export and kept: a GED file names the same
few hundred places, actors and conflicts over and over.
"""
import datetime as dt
import math
import re

from schemas.dates import period_end

from . import records
from .ged_rows import COLUMNS, DATASET_TITLE, DEATHS, DYAD_PREFIX, VIOLENCE_OF_MODE, date_prec_of
from .kinds import KINDS

DYAD = re.compile(re.escape(DYAD_PREFIX) + r"([0-9]+): (.*)", re.S)


def _id(value):
    return value["id"] if isinstance(value, dict) else value


def _gid(latitude, longitude):
    """PRIO-GRID cell of a point (0.5 degree cells, numbered from the south-west corner)."""
    row, column = math.floor((latitude + 90) / 0.5), math.floor((longitude + 180) / 0.5)
    return row * 720 + column + 1


def _day(value):
    return f"{value} 00:00:00.000" if value else None


def _number(value):
    return int(value) if value is not None and float(value).is_integer() else value


class Linked:
    """Records by kind and ID, each read once (the reader's view: records.get)."""

    def __init__(self):
        self.found = {}

    def __call__(self, kind, record_id):
        key = (kind, record_id)
        if key not in self.found:
            self.found[key] = records.get(KINDS[kind], record_id) if record_id is not None else None
        return self.found[key]


def _where(event, linked):
    location = linked("places", _id(event["place"]))
    units = {"country": None, "region": None, "district": None}
    place = location
    while place is not None and _id(place.get("parent")) is not None:
        place = linked("places", _id(place["parent"]))
        if place["kind"] in units and units[place["kind"]] is None:
            units[place["kind"]] = place["name"]
    row = {"where_coordinates": location and location["name"], "adm_1": units["region"],
           "adm_2": units["district"], "country": units["country"]}
    if location and location.get("latitude") is not None:
        lat, lon = location["latitude"], location["longitude"]
        row.update(latitude=lat, longitude=lon, geom_wkt=f"POINT ({lon!r} {lat!r})", priogrid_gid=_gid(lat, lon))
    precision = event.get("location_precision")
    name = row["where_coordinates"]
    row["where_prec"] = {"exact": 1, "near": 2}.get(precision) or (
        3 if name == row["adm_2"] else 4 if name == row["adm_1"] else 6 if name == row["country"] else 5)
    return row


def _sides(event, linked):
    row = {}
    for participant in event["participants"]:
        role = participant["role"]
        if role in ("side_a", "side_b"):
            actor = linked("actors", _id(participant["actor"]))
            row[f"{role}_new_id"] = actor["external_ids"].get("ucdp")
            row[role] = actor["name"]
    return row


def _sources(event, linked):
    cited = [linked("sources", _id(s)) for s in event["sources"]]
    cited = [s for s in cited if s["title"] != DATASET_TITLE]
    joined = {}
    for column, field in (("source_article", "excerpt"), ("source_office", "publisher"),
                          ("source_date", "published_date"), ("source_headline", "title")):
        values = [str(s[field]) if s[field] is not None else "" for s in cited]
        joined[column] = ";".join(values) if any(values) else None
    return joined


def _deaths(event):
    row = {}
    for figure in event["figures"]:
        if figure["quantity"] != "deaths" or figure.get("subset") is not None:
            continue
        if any(figure.get(whole) is not None for whole in ("share_of", "share_of_id", "share_of_key")):
            continue   # a part of a stated whole ("18 of the 31 killed", migrations/0040), not the toll
        if figure.get("vague") or figure.get("per") or figure.get("unit") != "people" or all(
                figure.get(value) is None for value in ("low", "best", "high")):   # a trend without a number
            continue   # not a count (a word, a rate, a share): GED's columns hold counts (migrations/0026)
        if figure["category"] == "total":
            row.update(low=_number(figure["low"]), best=_number(figure["best"]), high=_number(figure["high"]))
        for column, category in DEATHS.items():
            if figure["category"] == category:
                row[column] = _number(figure["best"])
    return row


def row(event, linked):
    """One event -> a GED row (dict by GED column; None for an empty cell)."""
    values = {column: None for column in COLUMNS}
    values["id"] = event["external_ids"].get("ucdp-ged")
    values["type_of_violence"] = VIOLENCE_OF_MODE.get(event.get("mode"))
    # GED always has an end day: a month or a year without date_end ends where its period does.
    if event["date_start"] is not None:   # an event whose date is unknown leaves GED's date cells empty
        start = _date(event["date_start"])
        end = _date(event["date_end"]) if event["date_end"] else period_end(start, event["date_precision"])
        values.update(year=str(start)[:4], date_start=_day(start), date_end=_day(end),
                      date_prec=date_prec_of(event["date_precision"], start, end))
    parent = linked("events", _id(event.get("parent")))
    if parent is not None:
        values.update(conflict_new_id=parent["external_ids"].get("ucdp-conflict"), conflict_name=parent["title"])
    dyad = DYAD.fullmatch(event.get("context") or "")
    if dyad:
        values.update(dyad_new_id=dyad.group(1), dyad_name=dyad.group(2))
    values["where_description"] = event.get("summary")
    if event.get("place") is not None:
        values.update(_where(event, linked))
    suffix = f", {values['where_coordinates']}"
    if dyad and event["title"].endswith(suffix) and len(event["title"]) < 500:   # the title has it whole
        values["dyad_name"] = event["title"][:-len(suffix)]
    values.update(_sides(event, linked))
    values.update(_sources(event, linked))
    values.update(_deaths(event))
    return values


def _date(value):
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def rows(events):
    """GED rows of a stream of events (their full form, as an export yields them)."""
    linked = Linked()
    for event in events:
        if "ucdp-conflict" in event["external_ids"]:   # a UCDP conflict: the parent of GED events, not one
            continue
        yield row(event, linked)
