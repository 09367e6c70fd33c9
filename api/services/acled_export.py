"""Events as ACLED rows (GET /v1/events?format=acled): ACLED's 31 columns (the pre-2024 layout, numeric inter
codes), in its order and value conventions, filled from what the model holds (acled_rows.py has the mapping
both ways; docs/import-export.md lists the columns that stay empty and why).

Any event is a row, imported from ACLED or not: an event's ACLED codes that have no field of their own come
from the note of ACLED's fatalities figure when the event has one, and are otherwise derived (the inter codes
from the actors' kinds, the event and disorder types from the PLOVER type).
"""
import datetime as dt

from .acled_rows import (ACLED_NAME, DATASET_TITLE, DISORDER_OF_EVENT_TYPE, EVENT_TYPE_OF_PLOVER,
                         GEO_PRECISION_OF, INTER_OF_KIND, SEPARATOR, SUB_EVENT_TYPES, TIME_PRECISION_OF, codes_of,
                         interaction)
from .ged_export import Linked

FIRST, SECOND = {"side_a", "initiator"}, {"side_b", "target", "detained"}   # actor1's roles, actor2's


def _id(value):
    return value["id"] if isinstance(value, dict) else value


def _number(value):
    return int(value) if value is not None and float(value).is_integer() else value


def _fatalities(event, linked):
    """ACLED's own total deaths figure if the event has one, else any total deaths figure (a UCDP count)."""
    totals = [f for f in event["figures"] if f["quantity"] == "deaths" and f.get("category") == "total"
              and f.get("subset") is None and f.get("published", True)]
    for figure in totals:
        claimant = linked("actors", _id(figure.get("claimant")))
        if claimant is not None and claimant["name"] == ACLED_NAME:
            return figure, True
    return (totals[0] if totals else None), False


def _actors(event, linked, codes):
    """actor1, assoc_actor_1, inter1 and the same for actor2: a participant acting on no one's behalf in a
    first role (side_a, initiator) or a second (side_b, target, detained), with those acting on its behalf
    in the same role."""
    row = {}
    participants = event["participants"]
    for number, roles in ((1, FIRST), (2, SECOND)):
        primary = next((p for p in participants if p["role"] in roles and p.get("on_behalf_of") is None), None)
        if primary is None:
            row[f"inter{number}"] = 0 if number == 2 else None
            continue
        actor = linked("actors", _id(primary["actor"]))
        assoc = [linked("actors", _id(p["actor"]))["name"] for p in participants
                 if p["role"] == primary["role"] and _id(p.get("on_behalf_of")) == actor["id"]]
        row.update({f"actor{number}": actor["name"], f"assoc_actor_{number}": SEPARATOR.join(assoc) or None})
        code = codes.get(f"inter{number}")
        row[f"inter{number}"] = int(code) if code and code.isdigit() else INTER_OF_KIND.get(actor["kind"])
    if row["inter1"] is not None and row["inter2"] is not None:
        row["interaction"] = interaction(row["inter1"], row["inter2"])
    return row


def _where(event, linked):
    """country, admin1-admin3, location and its coordinates: the event's place and the places it lies in (a
    region is admin1; the district nearest the country admin2, one inside it admin3)."""
    location = linked("places", _id(event.get("place")))
    if location is None:
        return {}
    row = {"location": location["name"], "latitude": location.get("latitude"),
           "longitude": location.get("longitude"),
           "geo_precision": GEO_PRECISION_OF.get(event.get("location_precision"))}
    districts, place = [], location
    while _id(place.get("parent")) is not None:
        place = linked("places", _id(place["parent"]))
        if place["kind"] == "country" and "country" not in row:
            row["country"] = place["name"]
        elif place["kind"] == "region" and "admin1" not in row:
            row["admin1"] = place["name"]
        elif place["kind"] == "district":
            districts.append(place["name"])
    for column, name in zip(("admin2", "admin3"), reversed(districts[-2:])):
        row[column] = name
    return row


def _sources(event, linked):
    cited = [linked("sources", _id(s)) for s in event["sources"]]
    named = [s["publisher"] or s["title"] for s in cited if s["title"] != DATASET_TITLE]
    return SEPARATOR.join(n for n in named if n) or None


def _date(value):
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def row(event, linked):
    """One event -> an ACLED row (dict by ACLED column; None for an empty cell)."""
    figure, from_acled = _fatalities(event, linked)
    codes = codes_of(figure.get("note")) if from_acled else {}
    # an event whose date is unknown (migrations/0034) leaves ACLED's date cells empty
    event_date = codes.get("event_date") or (str(_date(event["date_start"])) if event["date_start"] else "")
    mode = event.get("mode")
    if mode in SUB_EVENT_TYPES:
        event_type, sub_event_type = SUB_EVENT_TYPES[mode][0], mode
    else:
        event_type, sub_event_type = EVENT_TYPE_OF_PLOVER.get(event["type"], "Strategic developments"), None
    values = {
        "event_id_cnty": event["external_ids"].get("acled"), "event_date": event_date or None, "year": event_date[:4] or None,
        "time_precision": TIME_PRECISION_OF.get(event["date_precision"]),
        "disorder_type": event.get("context") if mode in SUB_EVENT_TYPES else DISORDER_OF_EVENT_TYPE[event_type],
        "event_type": event_type, "sub_event_type": sub_event_type,
        "civilian_targeting": codes.get("civilian_targeting"), "iso": codes.get("iso"), "region": codes.get("region"),
        "source": _sources(event, linked),
        "source_scale": codes.get("source_scale"), "notes": event.get("summary"),
        "fatalities": _number(figure["best"]) if figure else None, "tags": codes.get("tags"),
        "timestamp": codes.get("timestamp"),
    }
    values.update(_actors(event, linked, codes))
    values.update(_where(event, linked))
    return values


def rows(events):
    """ACLED rows of a stream of events (their full form, as an export yields them)."""
    linked = Linked()
    for event in events:
        yield row(event, linked)
