"""Rows -> the plain dicts the API returns, built in batches.

A page of N records costs one query per kind of linked row, never one per record, and no model instances
or schema dumps are made on the way: these dicts go straight to orjson. tests/test_contract.py holds every
representation to the response schemas in schemas/, which document them.

A `Shape` says which relations to embed as records (the rest come as IDs, which costs fewer queries) and
which top-level fields to return (loaders of fields nobody asked for do not run).
"""
import json
from collections import defaultdict
from dataclasses import dataclass

from schemas.vocabularies import quad_class

from . import sql
from .models import (Actor, ActorAlias, ActorExternalId, Event, EventSource, EventTreaty, Figure, FigureSource,
                     Participant, Place, PlaceExternalId, Provision, Source, Statement, StatementEvent,
                     StatementSource, StatementStatement, StatementTreaty, Treaty, TreatyParty, TreatySource)
from .sql import marks, quote, records_by_ids, timestamp

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


def _meta(row, kind):
    return {"id": row["id"], "href": f"/v1/{kind}/{row['id']}", "version": row["version"],
            "created_at": timestamp(row["created_at"]), "updated_at": timestamp(row["updated_at"])}


def _table(model):
    return quote(model._meta.table_name)


def _column(field):
    return quote(field.column_name)


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


EXACT_INTEGERS = 2**53   # every whole number below this in magnitude is exact as a double, and as an int


def number(value):
    """A stored double as the API gives it: a whole number as an integer (2300, not 2300.0, in JSON, CSV and
    NDJSON alike), any other as it is (2.5)."""
    if isinstance(value, float) and value.is_integer() and -EXACT_INTEGERS < value < EXACT_INTEGERS:
        return int(value)
    return value


def event_refs(ids):
    return _refs((Event.id, Event.title, Event.type, Event.date_start), ids)


def treaty_refs(ids):
    return _refs((Treaty.id, Treaty.name), ids)


def _resolver(embed, lookup, ids):
    """A function id -> the linked record's ref when embedding, else the ID itself."""
    if not embed:
        return lambda ident: ident
    refs = lookup(ids)
    return lambda ident: refs.get(ident) if ident is not None else None


def _select_owned(model, owner_field, owner_ids, selected=None, order=None):
    """Rows (tuples) of `model` owned by these records, in their given order (or `order`): the owner's
    ID first, then the `selected` SQL text."""
    owner = _column(getattr(model, owner_field))
    order = order or f"{owner}, {quote('position')}"
    selected = f"{owner}, {selected}" if selected else owner
    return sql.rows(f"SELECT {selected} FROM {_table(model)} WHERE {owner} IN ({marks(len(owner_ids))}) "
                    f"ORDER BY {order}", list(owner_ids))


def _owned(model, owner_field, owner_ids, *columns, order=None):
    """The rows a record owns, in their given order: (owner id, *columns) tuples."""
    return _select_owned(model, owner_field, owner_ids, ", ".join(_column(c) for c in columns), order)


def _links(model, owner_field, owner_ids, *columns):
    """owner id -> [tuple of columns] of the rows a record owns, in their given order."""
    result = defaultdict(list)
    if not owner_ids:
        return result
    for row in _owned(model, owner_field, owner_ids, *columns):
        result[row[0]].append(row[1:])
    return result


def _sources(link_model, owner_field, owner_ids, embed):
    """owner id -> [source ref or source id, ...] in the order they were cited."""
    result = defaultdict(list)
    if not owner_ids:
        return result
    if not embed:
        for owner_id, source_id in _owned(link_model, owner_field, owner_ids, link_model.source):
            result[owner_id].append(source_id)
        return result
    owner = "l." + _column(getattr(link_model, owner_field))
    query = (f"SELECT {owner}, s.id, s.title, s.url, s.publisher, s.published_date "
             f"FROM {_table(link_model)} l JOIN {_table(Source)} s ON s.id = l.{_column(link_model.source)} "
             f"WHERE {owner} IN ({marks(len(owner_ids))}) ORDER BY {owner}, l.{quote('position')}")
    for owner_id, source_id, title, url, publisher, published in sql.rows(query, list(owner_ids)):
        result[owner_id].append({"id": source_id, "title": title, "url": url, "publisher": publisher,
                                 "published_date": published})
    return result


def _owned_records(model, owner_field, owner_ids):
    """Row dicts (all fields, keyed by field name) of the rows these records own, in their given order."""
    if not owner_ids:
        return []
    columns, keys = sql.select_list(model)
    return [dict(zip(keys, row[1:])) for row in _select_owned(model, owner_field, owner_ids, columns)]


def _external_ids(model, owner_field, ids):
    result = defaultdict(dict)
    for owner_id, scheme, value in _owned(model, owner_field, ids, model.scheme, model.value,
                                          order=quote("scheme")):
        result[owner_id][scheme] = value
    return result


# --- one function per kind: (row dicts, shape) -> representations -----------------------------------------

def sources(rows, shape=FULL):
    return [shape.trim({**_meta(row, "sources"), "url": row["url"], "title": row["title"],
                        "publisher": row["publisher"], "published_date": row["published_date"],
                        "retrieved_date": row["retrieved_date"], "excerpt": row["excerpt"]}) for row in rows]


def actors(rows, shape=FULL):
    ids = [row["id"] for row in rows]
    aliases = defaultdict(list)
    if ids and shape.wants("aliases"):
        for actor_id, alias in _owned(ActorAlias, "actor", ids, ActorAlias.alias):
            aliases[actor_id].append(alias)
    external = _external_ids(ActorExternalId, "actor", ids) if ids and shape.wants("external_ids") else {}
    parent = _resolver(shape.embeds("parent"), actor_refs, [row["parent"] for row in rows])
    return [shape.trim({
        **_meta(row, "actors"), "name": row["name"], "kind": row["kind"], "aliases": aliases[row["id"]],
        "country": row["country"], "parent": parent(row["parent"]), "role_title": row["role_title"],
        "description": row["description"], "external_ids": external.get(row["id"], {}),
        "valid_from": row["valid_from"], "valid_to": row["valid_to"]}) for row in rows]


def places(rows, shape=FULL):
    ids = [row["id"] for row in rows]
    external = _external_ids(PlaceExternalId, "place", ids) if ids and shape.wants("external_ids") else {}
    parent = _resolver(shape.embeds("parent"), place_refs, [row["parent"] for row in rows])
    return [shape.trim({
        **_meta(row, "places"), "name": row["name"], "kind": row["kind"], "country": row["country"],
        "parent": parent(row["parent"]), "latitude": number(row["latitude"]), "longitude": number(row["longitude"]),
        "external_ids": external.get(row["id"], {})}) for row in rows]


def _embedded_figures(event_ids):
    """event id -> [figure with its claimant and sources]. (Figures given as IDs: _event_id_links.)"""
    figures = defaultdict(list)
    if not event_ids:
        return figures
    found = _owned_records(Figure, "event", event_ids)
    claimants = actor_refs(row["claimant"] for row in found)
    cited = _sources(FigureSource, "figure", [row["id"] for row in found], True)
    for row in found:
        figures[row["event"]].append({
            "id": row["id"], "quantity": row["quantity"], "low": number(row["low"]), "best": number(row["best"]),
            "high": number(row["high"]), "unit": row["unit"], "as_of": row["as_of"],
            "claimant": claimants.get(row["claimant"]), "note": row["note"], "sources": cited[row["id"]]})
    return figures


def _participants(event_ids, embed):
    """event id -> [{"actor": ref or id, "role": ...}]: with the actors' names in the same query."""
    result = defaultdict(list)
    if not event_ids:
        return result
    if not embed:
        for event_id, actor_id, role in _owned(Participant, "event", event_ids, Participant.actor, Participant.role):
            result[event_id].append({"actor": actor_id, "role": role})
        return result
    event = "p." + _column(Participant.event)
    query = (f"SELECT {event}, a.id, a.name, a.kind, p.role FROM {_table(Participant)} p "
             f"JOIN {_table(Actor)} a ON a.id = p.{_column(Participant.actor)} "
             f"WHERE {event} IN ({marks(len(event_ids))}) ORDER BY {event}, p.{quote('position')}")
    for event_id, actor_id, name, kind, role in sql.rows(query, list(event_ids)):
        result[event_id].append({"actor": {"id": actor_id, "name": name, "kind": kind}, "role": role})
    return result


# The event's links that come as IDs only, each as (tag, event id, linked id, link kind, position); one
# UNION ALL query answers the ones a shape does not embed instead of one query each.
_ID_LINKS = {
    "treaties": (EventTreaty, EventTreaty.event, EventTreaty.treaty, EventTreaty.link),
    "figures": (Figure, Figure.event, Figure.id, None),
    "sources": (EventSource, EventSource.event, EventSource.source, None),
}


def _event_id_links(event_ids, relations):
    """relation -> event id -> [linked id or (linked id, link kind)], for relations given as IDs."""
    result = {relation: defaultdict(list) for relation in relations}
    if not event_ids or not relations:
        return result
    parts, params = [], []
    for relation in relations:
        model, owner, linked, link = _ID_LINKS[relation]
        link_sql = _column(link) if link is not None else "NULL"
        parts.append(f"SELECT '{relation}', {_column(owner)}, {_column(linked)}, {link_sql}, {quote('position')} "
                     f"FROM {_table(model)} WHERE {_column(owner)} IN ({marks(len(event_ids))})")
        params.extend(event_ids)
    query = " UNION ALL ".join(parts) + (" ORDER BY 2, 5" if len(parts) > 1 else
                                          f" ORDER BY {_column(_ID_LINKS[relations[0]][1])}, {quote('position')}")
    for relation, event_id, linked_id, link, _ in sql.rows(query, params):
        result[relation][event_id].append((linked_id, link) if relation == "treaties" else linked_id)
    return result


def events(rows, shape=FULL):
    ids = [row["id"] for row in rows]
    as_ids = [relation for relation in ("treaties", "figures", "sources")
              if shape.wants(relation) and not shape.embeds(relation)]
    linked = _event_id_links(ids, as_ids)
    participants = _participants(ids, shape.embeds("participants")) if shape.wants("participants") else {}
    treaty_links = {}
    if shape.wants("treaties"):
        if shape.embeds("treaties"):
            links = _links(EventTreaty, "event", ids, EventTreaty.treaty, EventTreaty.link)
            treaty = _resolver(True, treaty_refs, [t for rows_ in links.values() for t, _ in rows_])
        else:
            links, treaty = linked["treaties"], (lambda ident: ident)
        treaty_links = {event_id: [{"treaty": treaty(t), "link": link} for t, link in rows_]
                        for event_id, rows_ in links.items()}
    figures = cited = {}
    if shape.wants("figures"):
        figures = _embedded_figures(ids) if shape.embeds("figures") else linked["figures"]
    if shape.wants("sources"):
        cited = _sources(EventSource, "event", ids, True) if shape.embeds("sources") else linked["sources"]
    place = _resolver(shape.embeds("place") and shape.wants("place"), place_refs, [row["place"] for row in rows])
    parent = _resolver(shape.embeds("parent") and shape.wants("parent"), event_refs,
                       [row["parent"] for row in rows])
    return [shape.trim({
        **_meta(row, "events"), "title": row["title"], "type": row["type"], "quad_class": quad_class(row["type"]),
        "mode": row["mode"], "context": row["context"], "date_start": row["date_start"],
        "date_end": row["date_end"], "date_precision": row["date_precision"], "place": place(row["place"]),
        "location_precision": row["location_precision"], "summary": row["summary"],
        "parent": parent(row["parent"]), "participants": participants.get(row["id"], []),
        "treaties": treaty_links.get(row["id"], []), "figures": figures.get(row["id"], []),
        "sources": cited.get(row["id"], [])}) for row in rows]


def treaties(rows, shape=FULL):
    ids = [row["id"] for row in rows]
    parties, provisions = defaultdict(list), defaultdict(list)
    if ids and shape.wants("parties"):
        party_rows = _links(TreatyParty, "treaty", ids, TreatyParty.actor, TreatyParty.joined, TreatyParty.left)
        actor = _resolver(shape.embeds("parties"), actor_refs, [r[0] for rows_ in party_rows.values() for r in rows_])
        parties = {treaty_id: [{"actor": actor(a), "joined": joined, "left": left} for a, joined, left in rows_]
                   for treaty_id, rows_ in party_rows.items()}
    if ids and shape.wants("provisions"):
        if shape.embeds("provisions"):
            for row in _owned_records(Provision, "treaty", ids):
                provisions[row["treaty"]].append({"id": row["id"], "article": row["article"],
                                                  "obligation": row["obligation"], "summary": row["summary"],
                                                  "conditions": json.loads(row["conditions"])})
        else:
            for treaty_id, (provision_id,) in ((t, r) for t, rows_ in
                                               _links(Provision, "treaty", ids, Provision.id).items() for r in rows_):
                provisions[treaty_id].append(provision_id)
    cited = _sources(TreatySource, "treaty", ids, shape.embeds("sources")) if shape.wants("sources") else {}
    return [shape.trim({
        **_meta(row, "treaties"), "name": row["name"], "kind": row["kind"], "status": row["status"],
        "signed_date": row["signed_date"], "in_force_date": row["in_force_date"], "ended_date": row["ended_date"],
        "date_precision": row["date_precision"], "summary": row["summary"], "parties": parties.get(row["id"], []),
        "provisions": provisions.get(row["id"], []), "sources": cited.get(row["id"], [])}) for row in rows]


def _statements_about(ids, embed):
    """The three 'about' lists of each statement: events, treaties (with the provision), statements."""
    about_events, about_treaties, about_statements = defaultdict(list), defaultdict(list), defaultdict(list)
    event_rows = _links(StatementEvent, "statement", ids, StatementEvent.event)
    event = _resolver(embed, event_refs, [e for rows_ in event_rows.values() for (e,) in rows_])
    for statement_id, rows_ in event_rows.items():
        about_events[statement_id] = [event(e) for (e,) in rows_]

    statement = "l." + _column(StatementTreaty.statement)
    treaty_rows = sql.rows(
        f"SELECT {statement}, l.{_column(StatementTreaty.treaty)}, p.id, p.article, p.obligation "
        f"FROM {_table(StatementTreaty)} l LEFT JOIN {_table(Provision)} p ON p.id = l.{_column(StatementTreaty.provision)} "
        f"WHERE {statement} IN ({marks(len(ids))}) ORDER BY {statement}, l.{quote('position')}", ids) if ids else []
    treaty = _resolver(embed, treaty_refs, [t for _, t, *_ in treaty_rows])
    for statement_id, treaty_id, provision_id, article, obligation in treaty_rows:
        provision = provision_id
        if embed and provision_id is not None:
            provision = {"id": provision_id, "article": article, "obligation": obligation}
        about_treaties[statement_id].append({"treaty": treaty(treaty_id), "provision": provision})

    other_rows = _links(StatementStatement, "statement", ids, StatementStatement.about)
    other_ids = {about for rows_ in other_rows.values() for (about,) in rows_}
    if embed and other_ids:
        others = {row["id"]: row for row in records_by_ids(Statement, other_ids, ("id", "speaker", "date"))}
        speakers = actor_refs(other["speaker"] for other in others.values())
        for other in others.values():
            other["speaker"] = speakers[other["speaker"]]
    for statement_id, rows_ in other_rows.items():
        about_statements[statement_id] = [others[a] if embed else a for (a,) in rows_]
    return about_events, about_treaties, about_statements


def statements(rows, shape=FULL):
    ids = [row["id"] for row in rows]
    empty = defaultdict(list)
    about_events = about_treaties = about_statements = empty
    if ids and shape.wants("about_events", "about_treaties", "about_statements"):
        about_events, about_treaties, about_statements = _statements_about(ids, shape.embeds("about"))
    speaker = _resolver(shape.embeds("speaker"), actor_refs, [row["speaker"] for row in rows])
    addressee = _resolver(shape.embeds("addressee"), actor_refs, [row["addressee"] for row in rows])
    cited = _sources(StatementSource, "statement", ids, shape.embeds("sources")) if shape.wants("sources") else {}
    return [shape.trim({
        **_meta(row, "statements"), "speaker": speaker(row["speaker"]), "addressee": addressee(row["addressee"]),
        "date": row["date"], "medium": row["medium"], "quote": row["quote"], "language": row["language"],
        "summary": row["summary"], "stance": row["stance"], "about_events": about_events[row["id"]],
        "about_treaties": about_treaties[row["id"]], "about_statements": about_statements[row["id"]],
        "sources": cited.get(row["id"], [])}) for row in rows]
