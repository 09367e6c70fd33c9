"""Rows -> the plain dicts the API returns, built in batches. No SQL here: rows come from api/sql.py.

A page of N records costs one query per kind of linked row, never one per record, and no model instances
or schema dumps are made on the way: these dicts go straight to orjson. tests/test_api_matches_openapi.py holds every
representation to the response schemas in schemas/, which are derived from the same declarations.

A record's fields, their order and how each is shown come from its kind's declaration (api/services/
declared.py): a scalar field is its column (a double as `number`), a link its linked record's ref or ID. The
lists a record owns are read by one loader per kind below (`LISTS`), which knows how to read them fast.

A `Shape` says which relations to embed as records (the rest come as IDs, which costs fewer queries) and
which top-level fields to return (loaders of fields nobody asked for do not run).
"""
from collections import defaultdict
from dataclasses import dataclass

from . import jsonio, provision_representations, sql
from .models import (Actor, ActorExternalId, Event, EventExternalId, SourceExternalId, StatementExternalId,
                     TreatyExternalId, EventClaim, EventClaimSource, EventSource, EventTreaty, Figure,
                     FigureSource, FigureSufferer,
                     Participant, Place, PlaceExternalId, Provision, StatementEvent, StatementSource,
                     Treaty, TreatyParty, TreatySource)
from .sql import records_by_ids, timestamp

ALWAYS = ("id", "href")


@dataclass(frozen=True)
class Shape:
    include: frozenset | None = None   # relations embedded as records; None: all of them
    fields: frozenset | None = None    # top-level fields returned; None: all of them

    def embeds(self, relation):
        return self.include is None or relation in self.include

    def wants(self, *names):
        return self.fields is None or any(name in self.fields for name in names)

    def trim(self, record):
        if self.fields is None:
            return record
        return {k: v for k, v in record.items() if k in self.fields or k in ALWAYS}


FULL = Shape()

EXACT_INTEGERS = 2**53   # every whole number below this in magnitude is exact as a double, and as an int


def number(value):
    """A stored double as the API gives it: a whole number as an integer (2300, not 2300.0, in JSON, CSV and
    NDJSON alike), any other as it is (2.5)."""
    if isinstance(value, float) and value.is_integer() and -EXACT_INTEGERS < value < EXACT_INTEGERS:
        return int(value)
    return value


# --- refs: linked records, named -----------------------------------------------------------------------------

def _refs(fields, ids):
    """id -> {field: value} for the records with these IDs (None IDs ignored), in one query."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    names = tuple(field.name for field in fields)
    return {row["id"]: row for row in records_by_ids(fields[0].model, ids, names)}


def actor_refs(ids):
    return _refs((Actor.id, Actor.name, Actor.kind), ids)


def place_refs(ids):
    refs = _refs((Place.id, Place.name, Place.kind, Place.latitude, Place.longitude), ids)
    return {ident: {**ref, "latitude": number(ref["latitude"]), "longitude": number(ref["longitude"])}
            for ident, ref in refs.items()}


def event_refs(ids):
    return _refs((Event.id, Event.title, Event.type, Event.date_start), ids)


def treaty_refs(ids):
    return _refs((Treaty.id, Treaty.name), ids)


REFS = {"actors": actor_refs, "places": place_refs, "events": event_refs, "treaties": treaty_refs}


def _resolver(embed, lookup, ids):
    """A function id -> the linked record's ref when embedding, else the ID itself."""
    if not embed:
        return lambda ident: ident
    refs = lookup(ids)
    return lambda ident: refs.get(ident) if ident is not None else None


# --- the generic part: a record from its row, its declaration and its lists ------------------------------

def _argument(f, rows, shape, lists):
    """What the record builder needs for declared field `f` beyond the row: the lists it owns (record id ->
    list), or the function that shows a link (its ref, or its ID); None for a column."""
    if f.is_object:
        return None
    if f.item is not None and not f.rows:   # a list of objects stored whole (a statement's conditions)
        return None
    if f.item is not None or f.rows:
        return lists.get(f.shown, {})
    if f.link:   # a kind without refs here is shown by ID
        lookup = REFS.get(f.link)
        return _resolver(lookup is not None and shape.embeds(f.shown) and shape.wants(f.shown), lookup,
                         [row[f.column] for row in rows])
    return None


_BUILDERS = {}   # kind -> its record builder (a dict, not functools.cache: hashing the field list costs more)


def _builder(fields):
    """A function (row, href, arguments) -> the record, written once for this field list as a dict display
    (the way dataclasses and attrs write their __init__): a loop over the fields calling a function per
    field costs a third more per page. `arguments` are `_argument`'s, in field order."""
    parts = ['"id": row["id"]', '"href": href + str(row["id"])', '"version": row["version"]',
             '"created_at": timestamp(row["created_at"])', '"updated_at": timestamp(row["updated_at"])']
    for i, f in enumerate(fields):
        column = f"row[{f.column!r}]"
        if f.is_object:
            value = f"(loads({column}) if {column} is not None else None)"
        elif f.item is not None and not f.rows:
            value = f"json_items(item_fields[{i}], {column})"
        elif f.is_terms:
            value = f"loads({column} or '[]')"
        elif f.item is not None or f.rows:
            value = f"(a[{i}].get(row['id']) or {'{}' if f.is_map else '[]'})"
        elif f.link:
            value = f"a[{i}]({column})"
        elif f.is_float:
            value = f"number({column})"
        else:
            value = column
        parts.append(f"{f.shown!r}: {value}")
        if f.also_shown:
            parts.append(f"{f.also_shown[0]!r}: also[{i}]({column})")
    source = "def build(row, href, a):\n    return {" + ", ".join(parts) + "}\n"
    namespace = {"timestamp": timestamp, "number": number, "loads": jsonio.loads, "json_items": _json_items,
                 "item_fields": {i: f.item for i, f in enumerate(fields)},
                 "also": {i: f.also_shown[1] for i, f in enumerate(fields) if f.also_shown}}
    exec(compile(source, f"<representation of {len(fields)} fields>", "exec"), namespace)
    return namespace["build"]


def _shown_item(item_fields, data):
    """A stored item (its input form, only the keys given) as a response shows it: every declared field, links
    by ID under their shown names, a missing list empty and anything else null."""
    result = {}
    for f in item_fields:
        value = data.get(f.name)
        if f.item is not None:
            value = [_shown_item(f.item, v) for v in value or []]
        elif value is None and f.rows:
            value = []
        result[f.shown] = number(value) if f.is_float else value
    return result


def _json_items(item_fields, text):
    return [_shown_item(item_fields, item) for item in jsonio.loads(text or "[]")]


def represent(kind, fields, rows, shape=FULL):
    """Row dicts (api/sql.py) of records of `kind` -> their representations, shaped by `shape`."""
    ids = [row["id"] for row in rows]
    lists = LISTS[kind](ids, shape) if ids and kind in LISTS else {}
    if ids and shape.wants("external_ids"):
        lists["external_ids"] = _external_ids(*EXTERNAL_IDS[kind], ids)
    arguments = tuple(_argument(f, rows, shape, lists) for f in fields)
    build = _BUILDERS.get(kind) or _BUILDERS.setdefault(kind, _builder(fields))
    href = f"/v1/{kind}/"
    return [shape.trim(build(row, href, arguments)) for row in rows]


# --- the lists each kind's records own: kind -> (ids, shape) -> {shown name: {record id: list}} -----------

def _grouped(found):
    """(owner id, *values) tuples -> owner id -> [values tuple, ...]."""
    result = defaultdict(list)
    for row in found:
        result[row[0]].append(row[1:])
    return result


def _sources(link_model, owner_field, owner_ids, embed):
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


def _external_ids(model, owner_field, ids):
    result = defaultdict(dict)
    for owner_id, scheme, value in sql.owned(model, owner_field, ids, model.scheme, model.value,
                                             order=sql.quote("scheme")):
        result[owner_id][scheme] = value
    return result


# Every kind's external IDs (migrations/0018): the rows and their owner column.
EXTERNAL_IDS = {"sources": (SourceExternalId, "source"), "actors": (ActorExternalId, "actor"),
                "places": (PlaceExternalId, "place"), "events": (EventExternalId, "event"),
                "treaties": (TreatyExternalId, "treaty"), "statements": (StatementExternalId, "statement")}


def _actor_lists(ids, shape):
    return {}   # aliases: api/relation_lists.py; external IDs: EXTERNAL_IDS


def _place_lists(ids, shape):
    return {}


def _embedded_figures(event_ids):
    """event id -> [figure with its claimant and sources]."""
    figures = defaultdict(list)
    found = sql.owned_records(Figure, "event", event_ids)
    jointly = _grouped(sql.owned(FigureSufferer, "figure", [row["id"] for row in found], FigureSufferer.actor))
    actors = actor_refs([row["claimant"] for row in found] + [row["suffered_by"] for row in found]
                        + [a for rows_ in jointly.values() for (a,) in rows_])
    places = place_refs(row["place"] for row in found)
    cited = _sources(FigureSource, "figure", [row["id"] for row in found], True)
    for row in found:
        figures[row["event"]].append({
            "id": row["id"], "quantity": row["quantity"], "category": row["category"],
            "suffered_by": actors.get(row["suffered_by"]),
            "sufferers": [actors.get(a) for (a,) in jointly.get(row["id"], [])], "subset": row["subset"], "low": number(row["low"]),
            "best": number(row["best"]), "high": number(row["high"]), "unit": row["unit"], "counted": row["counted"],
            "currency": row["currency"], "published": bool(row["published"]), "as_of": row["as_of"],
            "claimant": actors.get(row["claimant"]), "attribution": row["attribution"], "rank": row["rank"],
            "qualifier": row["qualifier"],
            "note": row["note"], "country": row["country"],
            "period": jsonio.loads(row["period"]) if row["period"] is not None else None,
            "key": row["key"], "part_of_id": row["part_of_id"], "part_of_key": row["part_of_key"],
            "place": places.get(row["place"]), "sources": cited[row["id"]]})
    return figures


def _embedded_claims(event_ids):
    """event id -> [claim about its dates, place or a participant, with its claimant and sources]."""
    claims = defaultdict(list)
    found = sql.owned_records(EventClaim, "event", event_ids)
    actors = actor_refs([row[k] for row in found for k in ("claimant", "actor", "on_behalf_of", "controlled_by")])
    places = place_refs([row[k] for row in found for k in ("place", "control_of")])
    events = event_refs(row["related_event"] for row in found)
    cited = _sources(EventClaimSource, "claim", [row["id"] for row in found], True)
    for row in found:
        took_part = row["took_part"]
        claims[row["event"]].append({
            "id": row["id"], "dates": jsonio.loads(row["dates"]) if row["dates"] is not None else None,
            "place": places.get(row["place"]), "actor": actors.get(row["actor"]), "role": row["role"],
            "took_part": bool(took_part) if took_part is not None else None,
            "on_behalf_of": actors.get(row["on_behalf_of"]), "control": row["control"],
            "controlled_by": actors.get(row["controlled_by"]), "control_of": places.get(row["control_of"]),
            "control_part": row["control_part"], "related_event": events.get(row["related_event"]),
            "relation": row["relation"],
            "claimant": actors.get(row["claimant"]), "attribution": row["attribution"], "rank": row["rank"],
            "qualifier": row["qualifier"],
            "as_of": row["as_of"], "note": row["note"], "sources": cited[row["id"]],
            "superlative": jsonio.loads(row["superlative"]) if row.get("superlative") is not None else None,
            # how sure the reporting is (migrations/0024): the term and the source that says it, by ID
            "verification": row["verification"], "verification_source": row["verification_source"]})
    return claims


# The event's links that come as IDs only; one UNION ALL query (sql.id_links) answers those a shape does not
# embed, instead of one query each.
_ID_LINKS = {
    "treaties": (EventTreaty, EventTreaty.event, EventTreaty.treaty, EventTreaty.link),
    "figures": (Figure, Figure.event, Figure.id, None),
    "claims": (EventClaim, EventClaim.event, EventClaim.id, None),
    "sources": (EventSource, EventSource.event, EventSource.source, None),
}


def _event_lists(ids, shape):
    lists = {}
    as_ids = [relation for relation in _ID_LINKS if shape.wants(relation) and not shape.embeds(relation)]
    linked = {relation: defaultdict(list) for relation in as_ids}
    if as_ids:
        for relation, event_id, linked_id, link, _ in sql.id_links(ids, {r: _ID_LINKS[r] for r in as_ids}):
            linked[relation][event_id].append((linked_id, link) if relation == "treaties" else linked_id)
    if shape.wants("participants"):
        participants = defaultdict(list)
        if shape.embeds("participants"):
            named = sql.participants_named(ids)
            behalf = actor_refs(row[6] for row in named)
            for event_id, ident, actor_id, name, kind, role, on_behalf_of in named:
                participants[event_id].append({"id": ident, "actor": {"id": actor_id, "name": name, "kind": kind},
                                               "role": role, "on_behalf_of": behalf.get(on_behalf_of)})
        else:
            for event_id, ident, actor_id, role, on_behalf_of in sql.owned(
                    Participant, "event", ids, Participant.id, Participant.actor, Participant.role,
                    Participant.on_behalf_of):
                participants[event_id].append({"id": ident, "actor": actor_id, "role": role,
                                               "on_behalf_of": on_behalf_of})
        lists["participants"] = participants
    if shape.wants("treaties"):
        provisions = None
        if shape.embeds("treaties"):   # the provisions come in the same query as the links
            rows = _grouped(sql.owned(EventTreaty, "event", ids, EventTreaty.treaty, EventTreaty.link,
                                      EventTreaty.provision))
            links = {event_id: [(t, link) for t, link, _ in rows_] for event_id, rows_ in rows.items()}
            provisions = {event_id: [(p,) for _, _, p in rows_] for event_id, rows_ in rows.items()}
            treaty = _resolver(True, treaty_refs, [t for rows_ in links.values() for t, _ in rows_])
        else:
            links, treaty = linked["treaties"], (lambda ident: ident)
        lists["treaties"] = {event_id: [{"treaty": treaty(t), "link": link} for t, link in rows_]
                             for event_id, rows_ in links.items()}
        _with_provisions(lists["treaties"], ids, shape.embeds("treaties"), provisions)
    if shape.wants("figures"):
        lists["figures"] = _embedded_figures(ids) if shape.embeds("figures") else linked["figures"]
    if shape.wants("claims"):
        lists["claims"] = _embedded_claims(ids) if shape.embeds("claims") else linked["claims"]
    if shape.wants("sources"):
        lists["sources"] = _sources(EventSource, "event", ids, True) if shape.embeds("sources") else linked["sources"]
    return lists


def _with_provisions(links, event_ids, embed, provisions=None):
    """Each treaty link gains the provision it carries out or breaches (its ID, or its ref when embedded):
    `provisions` as read with the links, else one query of the links' provisions, in the links' order (none
    for a page without treaty links, as most are)."""
    if not links:
        return
    if provisions is None:
        provisions = _grouped(sql.owned(EventTreaty, "event", event_ids, EventTreaty.provision))
    named = {p for rows_ in provisions.values() for (p,) in rows_ if p is not None}
    refs = {}
    if embed and named:
        refs = {row["id"]: {"id": row["id"], "article": row["article"], "type": row["type"],
                            "obligation": row["type"]}
                for row in records_by_ids(Provision, named, ("id", "article", "type"))}
    for event_id, rows_ in links.items():
        for link, (provision,) in zip(rows_, provisions.get(event_id, [])):
            link["provision"] = refs.get(provision, provision) if provision is not None else None


def _participation(text):
    """A party's participation changes as stored (JSON, input names) -> as shown (`sources`, not `source_ids`)."""
    if text == "[]":   # most parties: no dated changes, and no JSON to parse
        return []
    return [{"change": c["change"], "date": c["date"], "sources": c.get("source_ids", []), "note": c.get("note")}
            for c in jsonio.loads(text or "[]")]


def _treaty_lists(ids, shape):
    lists = {}
    if shape.wants("parties"):
        party_rows = _grouped(sql.owned(TreatyParty, "treaty", ids, TreatyParty.actor, TreatyParty.joined,
                                        TreatyParty.left, TreatyParty.role, TreatyParty.signed_by,
                                        TreatyParty.participation, TreatyParty.note))
        actor = _resolver(shape.embeds("parties"), actor_refs,
                          [a for rows_ in party_rows.values() for r in rows_ for a in (r[0], r[4])])
        lists["parties"] = {treaty_id: [{"actor": actor(a), "joined": joined, "left": left, "role": role,
                                         "signed_by": actor(signed_by), "participation": _participation(changes),
                                         "note": note}
                                        for a, joined, left, role, signed_by, changes, note in rows_]
                            for treaty_id, rows_ in party_rows.items()}
    lists.update(_treaty_structure_lists(ids, shape))
    if shape.wants("provisions"):
        provisions = defaultdict(list)
        if shape.embeds("provisions"):
            provisions = provision_representations.provisions_of(ids, actor_refs, place_refs)
        else:
            for treaty_id, provision_id in sql.owned(Provision, "treaty", ids, Provision.id):
                provisions[treaty_id].append(provision_id)
        lists["provisions"] = provisions
    if shape.wants("sources"):
        lists["sources"] = _sources(TreatySource, "treaty", ids, shape.embeds("sources"))
    return lists


def _treaty_structure_lists(ids, shape):
    """A treaty's status history (each change with its claimant and sources) and its relations."""
    from .models import TreatyRelation, TreatyStatusChange, TreatyStatusChangeActor, TreatyStatusChangeSource

    lists = {}
    if shape.wants("status_history"):
        history = defaultdict(list)
        if shape.embeds("status_history"):
            found = sql.owned_records(TreatyStatusChange, "treaty", ids)
            made_by = _grouped(sql.owned(TreatyStatusChangeActor, "change", [row["id"] for row in found],
                                         TreatyStatusChangeActor.actor))
            claimants = actor_refs([row["claimant"] for row in found]
                                   + [a for rows_ in made_by.values() for (a,) in rows_])
            cited = _sources(TreatyStatusChangeSource, "change", [row["id"] for row in found], True)
            for row in found:
                history[row["treaty"]].append({
                    "id": row["id"], "claimant": claimants.get(row["claimant"]), "attribution": row["attribution"],
                    "rank": row["rank"],
                    "qualifier": row["qualifier"], "as_of": row["as_of"], "note": row["note"],
                    "sources": cited[row["id"]], "status": row["status"],
                    "date": jsonio.loads(row["date"]) if row["date"] is not None else None,
                    "until": jsonio.loads(row["until"]) if row.get("until") is not None else None,
                    "actors": [claimants.get(a) for (a,) in made_by.get(row["id"], [])],
                    "extension": jsonio.loads(row["extension"]) if row.get("extension") is not None else None})
        else:
            for treaty_id, change_id in sql.owned(TreatyStatusChange, "treaty", ids, TreatyStatusChange.id):
                history[treaty_id].append(change_id)
        lists["status_history"] = history
    if shape.wants("relations"):
        links = _grouped(sql.owned(TreatyRelation, "owner", ids, TreatyRelation.treaty, TreatyRelation.relation))
        treaty = _resolver(shape.embeds("relations"), treaty_refs, [t for rows_ in links.values() for t, _ in rows_])
        lists["relations"] = {owner: [{"treaty": treaty(t), "relation": relation} for t, relation in rows_]
                              for owner, rows_ in links.items()}
    return lists


def _statement_lists(ids, shape):
    """The three 'about' lists of each statement (events, treaties with the provision, statements), and its
    sources."""
    lists = {}
    if shape.wants("sources"):
        lists["sources"] = _sources(StatementSource, "statement", ids, shape.embeds("sources"))
    if not shape.wants("about_events", "about_treaties"):
        return lists
    embed = shape.embeds("about")
    event_rows = _grouped(sql.owned(StatementEvent, "statement", ids, StatementEvent.event))
    event = _resolver(embed, event_refs, [e for rows_ in event_rows.values() for (e,) in rows_])
    lists["about_events"] = {s: [event(e) for (e,) in rows_] for s, rows_ in event_rows.items()}

    treaty_rows = sql.treaties_about(ids)
    treaty = _resolver(embed, treaty_refs, [t for _, t, *_ in treaty_rows])
    about_treaties = defaultdict(list)
    for statement_id, treaty_id, provision_id, article, obligation in treaty_rows:
        provision = provision_id
        if embed and provision_id is not None:
            provision = {"id": provision_id, "article": article, "type": obligation, "obligation": obligation}
        about_treaties[statement_id].append({"treaty": treaty(treaty_id), "provision": provision})
    lists["about_treaties"] = about_treaties

    # about_statements became relations (api/relation_lists.py)
    return lists


LISTS = {"actors": _actor_lists, "places": _place_lists, "events": _event_lists, "treaties": _treaty_lists,
         "statements": _statement_lists}

# issue 10, relations: each kind's typed links, read after its own lists.
from .relation_lists import add_relation_lists  # noqa: E402  (it uses the loaders above)

LISTS = add_relation_lists(LISTS)
