"""Linked records named, and the small helpers every representation loader shares (api/representations.py,
api/event_representations.py, api/relation_lists.py, api/provision_representations.py): a record's ref (its
ID with the fields that name it), read for a whole page in one query; a stored double as the API shows it;
rows grouped by owner; the sources an owner cites."""
from collections import defaultdict

from . import jsonio, sql
from .models import Actor, Event, Place, Treaty
from .sql import records_by_ids

EXACT_INTEGERS = 2**53   # every whole number below this in magnitude is exact as a double, and as an int


def number(value):
    """A stored double as the API gives it: a whole number as an integer (2300, not 2300.0, in JSON, CSV and
    NDJSON alike), any other as it is (2.5)."""
    if isinstance(value, float) and value.is_integer() and -EXACT_INTEGERS < value < EXACT_INTEGERS:
        return int(value)
    return value


def refs_of(fields, ids):
    """id -> {field: value} for the records with these IDs (None IDs ignored), in one query."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    names = tuple(field.name for field in fields)
    return {row["id"]: row for row in records_by_ids(fields[0].model, ids, names)}


def actor_refs(ids):
    return refs_of((Actor.id, Actor.name, Actor.kind), ids)


def place_refs(ids):
    refs = refs_of((Place.id, Place.name, Place.kind, Place.latitude, Place.longitude), ids)
    return {ident: {**ref, "latitude": number(ref["latitude"]), "longitude": number(ref["longitude"])}
            for ident, ref in refs.items()}


def event_refs(ids):
    return refs_of((Event.id, Event.title, Event.type, Event.date_start), ids)


def treaty_refs(ids):
    return refs_of((Treaty.id, Treaty.name), ids)


REFS = {"actors": actor_refs, "places": place_refs, "events": event_refs, "treaties": treaty_refs}

# What records of each kind show of the records they refer to, as fields of the referred record's own
# representation: the refs above, a cited source (`sources_cited`), a statement's (relation_lists.statement_refs)
# and a treaty's provisions (their article and type, shown with an event's or a statement's treaty link).
# A write changing one of these re-renders the stored forms of the records referring to it (api/services/
# stored.py); more than is shown costs only needless re-renders, less would leave stale names.
SEEN = {"actors": ("name", "kind"), "places": ("name", "kind", "latitude", "longitude"),
        "events": ("title", "type", "date_start"), "treaties": ("name", "provisions"),
        "sources": ("title", "url", "publisher", "publishers", "published_date", "published_end", "published_edtf"),
        "statements": ("speaker", "date")}


def resolver(embed, lookup, ids):
    """A function id -> the linked record's ref when embedding, else the ID itself."""
    if not embed:
        return lambda ident: ident
    refs = lookup(ids)
    return lambda ident: refs.get(ident) if ident is not None else None


def grouped(found):
    """(owner id, *values) tuples -> owner id -> [values tuple, ...]."""
    result = defaultdict(list)
    for row in found:
        result[row[0]].append(row[1:])
    return result


def sources_cited(link_model, owner_field, owner_ids, embed):
    """owner id -> [source ref or source id, ...] in the order they were cited."""
    result = defaultdict(list)
    if not embed:
        for owner_id, source_id in sql.owned(link_model, owner_field, owner_ids, link_model.source):
            result[owner_id].append(source_id)
        return result
    for (owner_id, source_id, title, url, publisher, published, end,
         edtf, publishers) in sql.cited_sources(link_model, owner_field, owner_ids):
        result[owner_id].append({"id": source_id, "title": title, "url": url, "publisher": publisher,
                                 "publishers": jsonio.loads(publishers or "[]"),
                                 "published_date": published, "published_end": end, "published_edtf": edtf})
    return result
