"""Rows -> the plain dicts the API returns, built in batches.

A page of N records costs one query per kind of linked row, never one per record, and no model instances
or schema dumps are made on the way: these dicts go straight to orjson. tests/test_contract.py holds every
representation to the response schemas in schemas/, which document them.
"""
import json
from collections import defaultdict

from peewee import JOIN

from schemas.vocabularies import quad_class

from .models import (Actor, ActorAlias, ActorExternalId, Event, EventSource, EventTreaty, Figure, FigureSource,
                     Participant, Place, PlaceExternalId, Provision, Source, Statement, StatementEvent,
                     StatementSource, StatementStatement, StatementTreaty, Treaty, TreatyParty, TreatySource)

RECORD_FIELDS = ("id", "version", "created_at", "updated_at")


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
    return _refs((Place.id, Place.name, Place.kind), ids)


def event_refs(ids):
    return _refs((Event.id, Event.title, Event.type, Event.date_start), ids)


def treaty_refs(ids):
    return _refs((Treaty.id, Treaty.name), ids)


def source_refs_for(link_model, owner_field, owner_ids):
    """owner id -> [source ref, ...] in the order they were given."""
    result = defaultdict(list)
    if not owner_ids:
        return result
    owner = getattr(link_model, owner_field)
    query = (link_model
             .select(owner.alias("owner"), Source.id, Source.title, Source.url, Source.publisher,
                     Source.published_date)
             .join(Source)
             .where(owner.in_(owner_ids))
             .order_by(owner, link_model.position))
    for row in query.dicts():
        owner_id = row.pop("owner")
        result[owner_id].append(row)
    return result


def _ref(refs, ident):
    return refs.get(ident) if ident is not None else None


# --- one function per kind: list of row dicts -> list of representations --------------------------------

def sources(rows):
    return [{**_meta(row, "sources"), "url": row["url"], "title": row["title"], "publisher": row["publisher"],
             "published_date": row["published_date"], "retrieved_date": row["retrieved_date"],
             "excerpt": row["excerpt"]} for row in rows]


def _external_ids(model, owner_field, ids):
    result = defaultdict(dict)
    owner = getattr(model, owner_field)
    for owner_id, scheme, value in (model.select(owner, model.scheme, model.value)
                                    .where(owner.in_(ids)).order_by(model.scheme).tuples()):
        result[owner_id][scheme] = value
    return result


def actors(rows):
    ids = [row["id"] for row in rows]
    aliases = defaultdict(list)
    if ids:
        for actor_id, alias in (ActorAlias.select(ActorAlias.actor, ActorAlias.alias)
                                .where(ActorAlias.actor.in_(ids))
                                .order_by(ActorAlias.actor, ActorAlias.position).tuples()):
            aliases[actor_id].append(alias)
    external = _external_ids(ActorExternalId, "actor", ids) if ids else {}
    parents = actor_refs(row["parent"] for row in rows)
    return [{**_meta(row, "actors"), "name": row["name"], "kind": row["kind"], "aliases": aliases[row["id"]],
             "country": row["country"], "parent": _ref(parents, row["parent"]), "role_title": row["role_title"],
             "description": row["description"], "external_ids": external.get(row["id"], {}),
             "valid_from": row["valid_from"], "valid_to": row["valid_to"]} for row in rows]


def places(rows):
    ids = [row["id"] for row in rows]
    external = _external_ids(PlaceExternalId, "place", ids) if ids else {}
    parents = place_refs(row["parent"] for row in rows)
    return [{**_meta(row, "places"), "name": row["name"], "kind": row["kind"], "country": row["country"],
             "parent": _ref(parents, row["parent"]), "latitude": row["latitude"], "longitude": row["longitude"],
             "external_ids": external.get(row["id"], {})} for row in rows]


def _figures(event_ids):
    figures = defaultdict(list)
    if not event_ids:
        return figures
    rows = list(Figure.select().where(Figure.event.in_(event_ids)).order_by(Figure.event, Figure.position).dicts())
    claimants = actor_refs(row["claimant"] for row in rows)
    cited = source_refs_for(FigureSource, "figure", [row["id"] for row in rows])
    for row in rows:
        figures[row["event"]].append({
            "id": row["id"], "quantity": row["quantity"], "low": row["low"], "best": row["best"],
            "high": row["high"], "unit": row["unit"], "as_of": row["as_of"],
            "claimant": _ref(claimants, row["claimant"]), "note": row["note"], "sources": cited[row["id"]]})
    return figures


def events(rows):
    ids = [row["id"] for row in rows]
    participants, treaty_links = defaultdict(list), defaultdict(list)
    if ids:
        part_rows = list(Participant.select(Participant.event, Participant.actor, Participant.role)
                         .where(Participant.event.in_(ids)).order_by(Participant.event, Participant.position)
                         .tuples())
        actors_ = actor_refs(actor for _, actor, _ in part_rows)
        for event_id, actor_id, role in part_rows:
            participants[event_id].append({"actor": actors_[actor_id], "role": role})
        link_rows = list(EventTreaty.select(EventTreaty.event, EventTreaty.treaty, EventTreaty.link)
                         .where(EventTreaty.event.in_(ids)).order_by(EventTreaty.event, EventTreaty.position)
                         .tuples())
        treaties_ = treaty_refs(treaty for _, treaty, _ in link_rows)
        for event_id, treaty_id, link in link_rows:
            treaty_links[event_id].append({"treaty": treaties_[treaty_id], "link": link})
    figures = _figures(ids)
    cited = source_refs_for(EventSource, "event", ids)
    places_ = place_refs(row["place"] for row in rows)
    parents = event_refs(row["parent"] for row in rows)
    return [{**_meta(row, "events"), "title": row["title"], "type": row["type"],
             "quad_class": quad_class(row["type"]), "mode": row["mode"], "context": row["context"],
             "date_start": row["date_start"], "date_end": row["date_end"], "date_precision": row["date_precision"],
             "place": _ref(places_, row["place"]), "location_precision": row["location_precision"],
             "summary": row["summary"], "parent": _ref(parents, row["parent"]),
             "participants": participants[row["id"]], "treaties": treaty_links[row["id"]],
             "figures": figures[row["id"]], "sources": cited[row["id"]]} for row in rows]


def treaties(rows):
    ids = [row["id"] for row in rows]
    parties, provisions = defaultdict(list), defaultdict(list)
    if ids:
        party_rows = list(TreatyParty.select().where(TreatyParty.treaty.in_(ids))
                          .order_by(TreatyParty.treaty, TreatyParty.position).dicts())
        actors_ = actor_refs(row["actor"] for row in party_rows)
        for row in party_rows:
            parties[row["treaty"]].append({"actor": actors_[row["actor"]], "joined": row["joined"],
                                           "left": row["left"]})
        for row in (Provision.select().where(Provision.treaty.in_(ids))
                    .order_by(Provision.treaty, Provision.position).dicts()):
            provisions[row["treaty"]].append({"id": row["id"], "article": row["article"],
                                              "obligation": row["obligation"], "summary": row["summary"],
                                              "conditions": json.loads(row["conditions"])})
    cited = source_refs_for(TreatySource, "treaty", ids)
    return [{**_meta(row, "treaties"), "name": row["name"], "kind": row["kind"], "status": row["status"],
             "signed_date": row["signed_date"], "in_force_date": row["in_force_date"],
             "ended_date": row["ended_date"], "date_precision": row["date_precision"], "summary": row["summary"],
             "parties": parties[row["id"]], "provisions": provisions[row["id"]], "sources": cited[row["id"]]}
            for row in rows]


def statements(rows):
    ids = [row["id"] for row in rows]
    about_events, about_treaties, about_statements = defaultdict(list), defaultdict(list), defaultdict(list)
    if ids:
        event_rows = list(StatementEvent.select(StatementEvent.statement, StatementEvent.event)
                          .where(StatementEvent.statement.in_(ids))
                          .order_by(StatementEvent.statement, StatementEvent.position).tuples())
        events_ = event_refs(event for _, event in event_rows)
        for statement_id, event_id in event_rows:
            about_events[statement_id].append(events_[event_id])
        treaty_rows = list(StatementTreaty
                           .select(StatementTreaty.statement, StatementTreaty.treaty, Provision.id,
                                   Provision.article, Provision.obligation)
                           .join(Provision, join_type=JOIN.LEFT_OUTER,
                                 on=(StatementTreaty.provision == Provision.id))
                           .where(StatementTreaty.statement.in_(ids))
                           .order_by(StatementTreaty.statement, StatementTreaty.position).tuples())
        treaties_ = treaty_refs(treaty for _, treaty, *_ in treaty_rows)
        for statement_id, treaty_id, provision_id, article, obligation in treaty_rows:
            provision = ({"id": provision_id, "article": article, "obligation": obligation}
                         if provision_id is not None else None)
            about_treaties[statement_id].append({"treaty": treaties_[treaty_id], "provision": provision})
        other_rows = list(StatementStatement.select(StatementStatement.statement, StatementStatement.about)
                          .where(StatementStatement.statement.in_(ids))
                          .order_by(StatementStatement.statement, StatementStatement.position).tuples())
        others = {row["id"]: row for row in Statement.select(Statement.id, Statement.speaker, Statement.date)
                  .where(Statement.id.in_({about for _, about in other_rows})).dicts()} if other_rows else {}
    else:
        other_rows, others = [], {}
    speakers = actor_refs([row["speaker"] for row in rows] + [row["addressee"] for row in rows]
                          + [other["speaker"] for other in others.values()])
    for statement_id, about_id in other_rows:
        other = others[about_id]
        about_statements[statement_id].append({"id": about_id, "speaker": speakers[other["speaker"]],
                                               "date": other["date"]})
    cited = source_refs_for(StatementSource, "statement", ids)
    return [{**_meta(row, "statements"), "speaker": speakers[row["speaker"]],
             "addressee": _ref(speakers, row["addressee"]), "date": row["date"], "medium": row["medium"],
             "quote": row["quote"], "language": row["language"], "summary": row["summary"], "stance": row["stance"],
             "about_events": about_events[row["id"]], "about_treaties": about_treaties[row["id"]],
             "about_statements": about_statements[row["id"]], "sources": cited[row["id"]]} for row in rows]
