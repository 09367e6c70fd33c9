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

from peewee import JOIN

from schemas.vocabularies import quad_class

from .models import (Actor, ActorAlias, ActorExternalId, Event, EventSource, EventTreaty, Figure, FigureSource,
                     Participant, Place, PlaceExternalId, Provision, Source, Statement, StatementEvent,
                     StatementSource, StatementStatement, StatementTreaty, Treaty, TreatyParty, TreatySource)

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
            "created_at": row["created_at"], "updated_at": row["updated_at"]}


def _by_id(query):
    return {row["id"]: row for row in query.dicts()}


def _refs(fields, ids):
    """id -> {field: value} for the records with these IDs (None IDs ignored), in one query."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    model = fields[0].model
    return _by_id(model.select(*fields).where(model.id.in_(ids)))


def actor_refs(ids):
    return _refs((Actor.id, Actor.name, Actor.kind), ids)


def place_refs(ids):
    return _refs((Place.id, Place.name, Place.kind, Place.latitude, Place.longitude), ids)


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


def _links(model, owner_field, owner_ids, *columns):
    """owner id -> [tuple of columns] of the rows a record owns, in their given order."""
    result = defaultdict(list)
    if not owner_ids:
        return result
    owner = getattr(model, owner_field)
    for row in (model.select(owner, *columns).where(owner.in_(owner_ids))
                .order_by(owner, model.position).tuples()):
        result[row[0]].append(row[1:])
    return result


def _sources(link_model, owner_field, owner_ids, embed):
    """owner id -> [source ref or source id, ...] in the order they were cited."""
    result = defaultdict(list)
    if not owner_ids:
        return result
    owner = getattr(link_model, owner_field)
    if not embed:
        for owner_id, source_id in (link_model.select(owner, link_model.source).where(owner.in_(owner_ids))
                                    .order_by(owner, link_model.position).tuples()):
            result[owner_id].append(source_id)
        return result
    query = (link_model
             .select(owner.alias("owner"), Source.id, Source.title, Source.url, Source.publisher,
                     Source.published_date)
             .join(Source)
             .where(owner.in_(owner_ids))
             .order_by(owner, link_model.position))
    for row in query.dicts():
        result[row.pop("owner")].append(row)
    return result


def _external_ids(model, owner_field, ids):
    result = defaultdict(dict)
    owner = getattr(model, owner_field)
    for owner_id, scheme, value in (model.select(owner, model.scheme, model.value)
                                    .where(owner.in_(ids)).order_by(model.scheme).tuples()):
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
        for actor_id, alias in (ActorAlias.select(ActorAlias.actor, ActorAlias.alias)
                                .where(ActorAlias.actor.in_(ids))
                                .order_by(ActorAlias.actor, ActorAlias.position).tuples()):
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
        "parent": parent(row["parent"]), "latitude": row["latitude"], "longitude": row["longitude"],
        "external_ids": external.get(row["id"], {})}) for row in rows]


def _figures(event_ids, embed):
    figures = defaultdict(list)
    if not event_ids:
        return figures
    if not embed:
        for event_id, figure_id in (Figure.select(Figure.event, Figure.id).where(Figure.event.in_(event_ids))
                                    .order_by(Figure.event, Figure.position).tuples()):
            figures[event_id].append(figure_id)
        return figures
    rows = list(Figure.select().where(Figure.event.in_(event_ids)).order_by(Figure.event, Figure.position).dicts())
    claimants = actor_refs(row["claimant"] for row in rows)
    cited = _sources(FigureSource, "figure", [row["id"] for row in rows], True)
    for row in rows:
        figures[row["event"]].append({
            "id": row["id"], "quantity": row["quantity"], "low": row["low"], "best": row["best"],
            "high": row["high"], "unit": row["unit"], "as_of": row["as_of"],
            "claimant": claimants.get(row["claimant"]), "note": row["note"], "sources": cited[row["id"]]})
    return figures


def events(rows, shape=FULL):
    ids = [row["id"] for row in rows]
    participants, treaty_links = defaultdict(list), defaultdict(list)
    if shape.wants("participants"):
        parts = _links(Participant, "event", ids, Participant.actor, Participant.role)
        actor = _resolver(shape.embeds("participants"), actor_refs,
                          [a for rows_ in parts.values() for a, _ in rows_])
        participants = {event_id: [{"actor": actor(a), "role": role} for a, role in rows_]
                        for event_id, rows_ in parts.items()}
    if shape.wants("treaties"):
        links = _links(EventTreaty, "event", ids, EventTreaty.treaty, EventTreaty.link)
        treaty = _resolver(shape.embeds("treaties"), treaty_refs, [t for rows_ in links.values() for t, _ in rows_])
        treaty_links = {event_id: [{"treaty": treaty(t), "link": link} for t, link in rows_]
                        for event_id, rows_ in links.items()}
    figures = _figures(ids, shape.embeds("figures")) if shape.wants("figures") else {}
    cited = _sources(EventSource, "event", ids, shape.embeds("sources")) if shape.wants("sources") else {}
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
            for row in (Provision.select().where(Provision.treaty.in_(ids))
                        .order_by(Provision.treaty, Provision.position).dicts()):
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

    treaty_rows = list(StatementTreaty
                       .select(StatementTreaty.statement, StatementTreaty.treaty, Provision.id,
                               Provision.article, Provision.obligation)
                       .join(Provision, join_type=JOIN.LEFT_OUTER, on=(StatementTreaty.provision == Provision.id))
                       .where(StatementTreaty.statement.in_(ids))
                       .order_by(StatementTreaty.statement, StatementTreaty.position).tuples()) if ids else []
    treaty = _resolver(embed, treaty_refs, [t for _, t, *_ in treaty_rows])
    for statement_id, treaty_id, provision_id, article, obligation in treaty_rows:
        provision = provision_id
        if embed and provision_id is not None:
            provision = {"id": provision_id, "article": article, "obligation": obligation}
        about_treaties[statement_id].append({"treaty": treaty(treaty_id), "provision": provision})

    other_rows = _links(StatementStatement, "statement", ids, StatementStatement.about)
    other_ids = {about for rows_ in other_rows.values() for (about,) in rows_}
    if embed and other_ids:
        others = {row["id"]: row for row in Statement.select(Statement.id, Statement.speaker, Statement.date)
                  .where(Statement.id.in_(other_ids)).dicts()}
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
