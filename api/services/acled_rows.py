"""ACLED rows read into plain values, and the tables that map ACLED's codes to the project's vocabularies.

One place for the mapping (docs/import-export.md shows it as tables): the importer (acled_import.py) reads rows
through `parse`, and the exporter (acled_export.py, `?format=acled`) writes them back with the inverse tables.
The layout is ACLED's 31 columns with numeric inter1/inter2 codes, as ACLED published until 2024. A value that
is not what ACLED's codebook allows is a RowError naming the ACLED column, so that a rejected row is reported by
line and column.
"""
import datetime as dt
import re

from schemas.dates import period_end
from schemas.external_ids import SCHEMES

from .import_values import RowError, day, number, text, whole

COLUMNS = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
           "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
           "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
           "tags,timestamp").split(",")

# Roles of actor1 and actor2 (their associated actors take their primary's role, on its behalf).
SIDES, DOER, ARREST = ("side_a", "side_b"), ("initiator", "target"), ("initiator", "detained")

# sub_event_type -> (ACLED event_type, PLOVER event type, roles of actor1 and actor2): every sub-event type of
# ACLED's codebook (2019-2023 layout). The event's `mode` keeps the sub-event type itself, so the export gives
# it back exactly; docs/import-export.md gives the reasons for each PLOVER type.
SUB_EVENT_TYPES = {
    "Armed clash": ("Battles", "FIGHT", SIDES),
    "Government regains territory": ("Battles", "FIGHT", SIDES),
    "Non-state actor overtakes territory": ("Battles", "FIGHT", SIDES),
    "Chemical weapon": ("Explosions/Remote violence", "FIGHT", DOER),
    "Air/drone strike": ("Explosions/Remote violence", "FIGHT", DOER),
    "Shelling/artillery/missile attack": ("Explosions/Remote violence", "FIGHT", DOER),
    "Suicide bomb": ("Explosions/Remote violence", "ASSAULT", DOER),
    "Remote explosive/landmine/IED": ("Explosions/Remote violence", "ASSAULT", DOER),
    "Grenade": ("Explosions/Remote violence", "ASSAULT", DOER),
    "Sexual violence": ("Violence against civilians", "ASSAULT", DOER),
    "Attack": ("Violence against civilians", "ASSAULT", DOER),
    "Abduction/forced disappearance": ("Violence against civilians", "ASSAULT", DOER),
    "Peaceful protest": ("Protests", "PROTEST", DOER),
    "Protest with intervention": ("Protests", "PROTEST", DOER),
    "Excessive force against protesters": ("Protests", "COERCE", DOER),
    "Violent demonstration": ("Riots", "PROTEST", DOER),
    "Mob violence": ("Riots", "ASSAULT", DOER),
    "Agreement": ("Strategic developments", "AGREE", SIDES),
    "Arrests": ("Strategic developments", "COERCE", ARREST),
    "Change to group/activity": ("Strategic developments", "MOBILIZE", DOER),
    "Disrupted weapons use": ("Strategic developments", "COERCE", DOER),
    "Headquarters or base established": ("Strategic developments", "MOBILIZE", DOER),
    "Looting/property destruction": ("Strategic developments", "COERCE", DOER),
    "Non-violent transfer of territory": ("Strategic developments", "RETREAT", SIDES),
    "Other": ("Strategic developments", "MOBILIZE", DOER),
}

# For events not imported from ACLED (their mode is no sub-event type): the ACLED event_type of a PLOVER type.
EVENT_TYPE_OF_PLOVER = {"FIGHT": "Battles", "ASSAULT": "Violence against civilians", "PROTEST": "Protests"}
DISORDER_OF_EVENT_TYPE = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
                          "Violence against civilians": "Political violence", "Protests": "Demonstrations",
                          "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
# A misspelling in ACLED's own files ("Demostrations", 4,978 rows of the 2022 sample): stored spelt right.
DISORDER_SPELLINGS = {"Demostrations": "Demonstrations"}

# inter1/inter2 (the actor's type in the pre-2024 codebook) -> (actor kind when the actor is created, label).
INTER = {1: ("armed_force", "State forces"), 2: ("non_state_armed_group", "Rebel group"),
         3: ("non_state_armed_group", "Political militia"), 4: ("non_state_armed_group", "Identity militia"),
         5: ("group", "Rioters"), 6: ("group", "Protesters"), 7: ("group", "Civilians"),
         8: ("armed_force", "External/other forces")}
# An actor's kind -> its inter code, for actors of events that did not come from ACLED.
INTER_OF_KIND = {"state": 1, "armed_force": 1, "government_body": 1, "non_state_armed_group": 2,
                 "de_facto_authority": 2, "group": 7, "person": 7, "civil_society": 6,
                 "international_organisation": 8, "joint_body": 8, "company": 8, "court": 1,
                 "political_party": 6, "militia": 4}   # open31: a party as civil_society was; an identity militia
ASSOCIATED_KIND = "group"   # an actor only ever named as an associated actor has no inter code

TIME_PRECISION = {1: "day", 2: "week", 3: "month"}
TIME_PRECISION_OF = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {1: "exact", 2: "near", 3: "within"}
GEO_PRECISION_OF = {precision: code for code, precision in GEO_PRECISION.items()}

ACLED_NAME = "Armed Conflict Location & Event Data Project (ACLED)"
ACLED_DESCRIPTION = "Publisher of the ACLED event data (acleddata.com)."
DATASET_TITLE = "ACLED (Armed Conflict Location & Event Data) events"
DATASET_URL = "https://acleddata.com/data-export-tool/"

# ACLED's codes that have no field of their own are kept, one per line, in the note of ACLED's fatalities
# figure ("inter1: 5"), in this order; the export reads them back. event_date only when the stored month
# does not start on it; iso (ISO 3166-1 numeric) and region are the country's, which no field holds in ACLED's
# form (the iso3166 scheme takes alphabetic codes).
NOTE_KEYS = ("event_date", "inter1", "inter2", "civilian_targeting", "iso", "region", "source_scale", "tags",
             "timestamp")
SEPARATOR = "; "   # between actors in assoc_actor_1/2, and between the sources in `source`


def names(value):
    """A `;`-separated list of names (assoc_actor_1, source) -> the names, in order, each once."""
    return list(dict.fromkeys(part.strip() for part in (value or "").split(";") if part.strip()))


def interaction(inter1, inter2):
    """ACLED's interaction code: the two inter codes, the smaller first, a missing actor (0) last."""
    return int("".join(sorted(f"{inter1}{inter2}", key=lambda code: (code == "0", code))))


def note_of(values):
    """The codes kept in the fatalities figure's note, as its text."""
    lines = []
    for key in NOTE_KEYS:
        value = values.get(key)
        if value in (None, ""):
            continue
        if key == "timestamp":
            value = f"{value} ({dt.datetime.fromtimestamp(value, dt.timezone.utc):%Y-%m-%dT%H:%M:%SZ})"
        lines.append(f"{key}: {value}")
    return "\n".join(lines)


def codes_of(note):
    """The inverse of note_of: {key: text}, from a note that may have been written by hand (unknown lines
    are left alone)."""
    codes = {}
    for line in (note or "").splitlines():
        key, _, value = line.partition(": ")
        if key in NOTE_KEYS:
            codes[key] = value.split(" (")[0] if key == "timestamp" else value
    return codes


def _dates(event_date, precision):
    if precision == "month":   # the project's month runs from its first day: ACLED's own day goes in the note
        start = event_date.replace(day=1)
        return start, period_end(start, "month")
    return event_date, event_date


def parse(row):
    """An ACLED row (csv.DictReader's dict) -> the values the importer writes; RowError on a bad value."""
    event_id = text(row, "event_id_cnty")
    if not re.fullmatch(SCHEMES["acled"].pattern, event_id):
        raise RowError("event_id_cnty", SCHEMES["acled"].message)
    event_date = day(row, "event_date")
    if whole(row, "year") != event_date.year:
        raise RowError("year", f"Must be the year of event_date ({event_date.year}).")
    sub_event_type = text(row, "sub_event_type")
    if sub_event_type not in SUB_EVENT_TYPES:
        raise RowError("sub_event_type", f"'{sub_event_type}' is not one of ACLED's sub-event types.")
    event_type = text(row, "event_type")
    if event_type != SUB_EVENT_TYPES[sub_event_type][0]:
        raise RowError("event_type", f"'{sub_event_type}' is a sub-event type of "
                                     f"'{SUB_EVENT_TYPES[sub_event_type][0]}', not of '{event_type}'.")
    actor2 = text(row, "actor2", required=False)
    inter1 = whole(row, "inter1", allowed=INTER)
    inter2 = whole(row, "inter2", allowed=list(INTER) + [0])
    if (inter2 == 0) != (actor2 is None):
        raise RowError("inter2", "Must be 0 exactly when there is no actor2.")
    if whole(row, "interaction") != interaction(inter1, inter2):
        raise RowError("interaction", f"Must be inter1 and inter2 combined ({interaction(inter1, inter2)}).")
    precision = TIME_PRECISION[whole(row, "time_precision", allowed=TIME_PRECISION)]
    start, end = _dates(event_date, precision)
    disorder = text(row, "disorder_type")
    values = {
        "event_id": event_id, "event_type": event_type, "sub_event_type": sub_event_type,
        "disorder_type": SEPARATOR.join(DISORDER_SPELLINGS.get(p, p) for p in names(disorder)),
        "date_start": start, "date_end": end, "date_precision": precision,
        "event_date": event_date if event_date != start else None,
        "actor1": text(row, "actor1"), "assoc_actor_1": names(row.get("assoc_actor_1")), "inter1": inter1,
        "actor2": actor2, "assoc_actor_2": names(row.get("assoc_actor_2")), "inter2": inter2,
        "civilian_targeting": text(row, "civilian_targeting", required=False),
        "iso": whole(row, "iso", minimum=0), "region": text(row, "region", required=False),
        "country": text(row, "country"), "admin1": text(row, "admin1", required=False),
        "admin2": text(row, "admin2", required=False), "admin3": text(row, "admin3", required=False),
        "location": text(row, "location"), "latitude": number(row, "latitude"), "longitude": number(row, "longitude"),
        "geo_precision": whole(row, "geo_precision", allowed=GEO_PRECISION),
        "sources": names(text(row, "source")), "source_scale": text(row, "source_scale", required=False),
        "notes": text(row, "notes", required=False), "fatalities": whole(row, "fatalities", minimum=0),
        "tags": text(row, "tags", required=False), "timestamp": whole(row, "timestamp", minimum=0),
    }
    if values["assoc_actor_2"] and actor2 is None:
        raise RowError("assoc_actor_2", "Associated actors of actor2 need an actor2.")
    return values
