"""The records an event's issues name (acts35; schemas/event_issues.py): the actors an issue concerns (actor_ids) and
the event on record it concerns (event_id). They live in the event's issues list, stored whole as JSON, so no row
holds them: the list's text narrows the events (LIKE), the parsed items decide. One lookup serves the filter
issue_actor= and the referrers that keep a named actor or event from being deleted (api/services/kinds.py)."""
from .. import jsonio
from ..models import Event
from ..sql import any_of

# (the item's key, whether it holds a list of IDs, the text that may stand around an ID there)
KEYS = {"actor_ids": ('"actor_ids":[', True), "event_id": ('"event_id":', False)}


def _patterns(key, ident):
    """LIKE texts that every item naming `ident` under `key` contains (orjson writes no spaces)."""
    start, is_list = KEYS[key]
    if is_list:   # an ID first in the list, or after another: ",ID," ",ID]" (the parsed items then decide)
        return [f"{start}{ident},", f"{start}{ident}]", f",{ident},", f",{ident}]"]
    return [f"{start}{ident},", f"{start}{ident}}}"]


def naming(key, ident):
    """The IDs of the events (live or not) with an issues item naming `ident` under `key`, by ID."""
    rows = Event.select(Event.id, Event.issues).where(
        Event.issues.contains(KEYS[key][0]) & any_of([Event.issues.contains(p) for p in _patterns(key, ident)]))
    return sorted(event for event, text in rows.tuples() if any(
        ident in (item.get(key) or []) if KEYS[key][1] else item.get(key) == ident
        for item in jsonio.loads(text or "[]")))


def owners(key):
    """id -> a query of the events whose issues name that record under `key` (an event naming itself is no
    referrer of itself): a kinds.Referrer's owners."""
    def query(ident):
        found = [event for event in naming(key, ident) if key != "event_id" or event != ident]
        return Event.select(Event.id).where(Event.id.in_(found))
    return query
