"""The lists of typed links each kind gained in issue 10 (relations), read for a page of records in one
query per list: aliases with their language, memberships, event and statement relations, further places,
statements' actors, places, speakers and addressees. representations.LISTS calls these after its own
loaders (`add_relation_lists`)."""
from collections import defaultdict

from . import jsonio, sql
from .models import (ActorMembership, EventPlace, EventRelation, PlaceAlias, Statement, StatementActor,
                     StatementAddressee, StatementPlace, StatementRelation, StatementSpeaker)
from .models.records import ActorAlias
from .sql import records_by_ids


def _rep():
    from . import representations   # imported late: representations imports this module at its end
    return representations


def aliases(model, owner_field, ids):
    result = defaultdict(list)
    for owner, name, language in sql.owned(model, owner_field, ids, model.name, model.language):
        result[owner].append({"name": name, "language": language})
    return result


def _typed(model, owner_field, ids, target, extra, shown, embed, lookup):
    """owner id -> [{shown: the linked record (ref or ID), extra...: values}] in the order given."""
    found = sql.owned(model, owner_field, ids, target, *extra)
    show = _rep()._resolver(embed, lookup, [row[1] for row in found])
    result = defaultdict(list)
    for owner, linked, *values in found:
        result[owner].append({shown: show(linked), **{f.name: v for f, v in zip(extra, values)}})
    return result


def _dates(items):
    for item in items:
        for key in ("joined", "left"):
            item[key] = jsonio.loads(item[key]) if item[key] is not None else None
    return items


def _ids(model, ids, target, embed, lookup):
    found = sql.owned(model, "statement", ids, target)
    show = _rep()._resolver(embed, lookup, [row[1] for row in found])
    result = defaultdict(list)
    for owner, linked in found:
        result[owner].append(show(linked))
    return result


def statement_refs(ids):
    """id -> {id, speaker (named), date}: a statement as another one shows it."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    others = {row["id"]: row for row in records_by_ids(Statement, ids, ("id", "speaker", "date"))}
    speakers = _rep().actor_refs(other["speaker"] for other in others.values())
    for other in others.values():
        other["speaker"] = speakers[other["speaker"]]
    return others


def actor_lists(ids, shape):
    rep, lists = _rep(), {}
    if shape.wants("aliases"):
        lists["aliases"] = aliases(ActorAlias, "actor", ids)
    if shape.wants("member_of"):
        memberships = _typed(ActorMembership, "member", ids, ActorMembership.actor,
                             (ActorMembership.joined, ActorMembership.left), "actor", shape.embeds("member_of"),
                             rep.actor_refs)
        lists["member_of"] = {owner: _dates(items) for owner, items in memberships.items()}
    return lists


def place_lists(ids, shape):
    return {"aliases": aliases(PlaceAlias, "place", ids)} if shape.wants("aliases") else {}


def event_lists(ids, shape):
    rep, lists = _rep(), {}
    if shape.wants("relations"):
        lists["relations"] = _typed(EventRelation, "subject", ids, EventRelation.event, (EventRelation.relation,),
                                    "event", shape.embeds("relations"), rep.event_refs)
    if shape.wants("other_places"):
        lists["other_places"] = _typed(EventPlace, "event", ids, EventPlace.place, (EventPlace.location_precision,),
                                       "place", shape.embeds("other_places"), rep.place_refs)
    return lists


def statement_lists(ids, shape):
    rep, lists = _rep(), {}
    if shape.wants("relations"):
        lists["relations"] = _typed(StatementRelation, "subject", ids, StatementRelation.statement,
                                    (StatementRelation.relation,), "statement", shape.embeds("relations"),
                                    statement_refs)
    about = shape.embeds("about")
    if shape.wants("about_actors"):
        lists["about_actors"] = _ids(StatementActor, ids, StatementActor.actor, about, rep.actor_refs)
    if shape.wants("about_places"):
        lists["about_places"] = _ids(StatementPlace, ids, StatementPlace.place, about, rep.place_refs)
    if shape.wants("other_speakers"):
        lists["other_speakers"] = _ids(StatementSpeaker, ids, StatementSpeaker.actor, shape.embeds("speaker"),
                                       rep.actor_refs)
    if shape.wants("other_addressees"):
        lists["other_addressees"] = _ids(StatementAddressee, ids, StatementAddressee.actor,
                                         shape.embeds("addressee"), rep.actor_refs)
    return lists


RELATION_LISTS = {"actors": actor_lists, "places": place_lists, "events": event_lists,
                  "statements": statement_lists}


def add_relation_lists(lists):
    """Each kind's loader, followed by the relations' loader of that kind."""
    def both(first, second):
        return lambda ids, shape: {**first(ids, shape), **second(ids, shape)}
    return {kind: both(loader, RELATION_LISTS[kind]) if kind in RELATION_LISTS else loader
            for kind, loader in lists.items()}
