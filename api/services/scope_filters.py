"""What the places34 filters mean (schemas/scope_filters.py, migrations/0117): an event claim's equipment by its own
name or flag (text inside the JSON stored whole, as claimed_equipment= reads more_equipment), an event's action, a
zone's declarer, a source's contributors (an item's JSON text inside the list's, as a co-publisher is found)."""
from ..models import Event, EventClaim, Place, Source
from ..sql import any_of
from .. import jsonio


def _equipment_naming(key, value):
    """Claims (not deprecated) whose equipment or further equipment holds "key":value (any case)."""
    said = f'"{key}":{jsonio.dumps_text(value)}'
    return Event.id.in_(EventClaim.select(EventClaim.event).where(
        (EventClaim.rank != "deprecated")
        & any_of([EventClaim.equipment.contains(said), EventClaim.more_equipment.contains(said)])))


def event_clauses(args):
    clauses = []
    if args.get("action"):
        clauses.append(Event.action.in_(args["action"]))
    if args.get("equipment_name"):
        clauses.append(_equipment_naming("name", args["equipment_name"]))
    if args.get("equipment_flag"):
        clauses.append(_equipment_naming("flag_country", args["equipment_flag"]))
    return clauses


def place_clauses(args):
    return [Place.declared_by == args["declared_by"]] if args.get("declared_by") else []


def source_clauses(args):
    return [Source.contributors.contains(jsonio.dumps_text(args["contributor"]))] if args.get("contributor") else []
