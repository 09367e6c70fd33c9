"""The lists of typed links each kind gained in issue 10 (relations), read for a page of records in one
query per list: aliases with their language, memberships, event and statement relations, further places,
statements' actors, places, speakers and addressees. representations.LISTS calls these after its own
loaders (`add_relation_lists`)."""
from collections import defaultdict

from schemas.agreement_terms import period_as_shown
from schemas.cross_relations import relation_elapsed_as_shown

from . import jsonio, refs, sql
from .models import (StatementNotNamed, ActorMembership, ActorMembershipSource, ActorPlace, ActorPlaceSource, ActorRelation, ActorRelationDenial, EventPlace, EventRelation,
                     EventStatementRelation, PlaceAlias, StatementEventRelation,
                     PlaceRelation, Statement,
                     StatementActor,
                     StatementAddressee, StatementCompanion, StatementFigure, StatementPlace, StatementRelation, StatementSpeaker,
                     TreatyRelation)
from .models.records import ActorAlias
from .models.relation_claims import COLUMNS as CLAIM_COLUMNS, SOURCES
from .models.alias_claims import ALIAS_COLUMNS, SOURCES as ALIAS_SOURCES
from .sql import records_by_ids


def aliases(model, owner_field, ids):
    """owner id -> its aliases {name, language}; an actor's and a place's with who uses each and its sources
    (figs32, migrations/0110: the claim of a relation without its degree)."""
    result = defaultdict(list)
    claim = [getattr(model, name) for name in ALIAS_COLUMNS] if model in ALIAS_SOURCES else []
    for owner, name, language, *said in sql.owned(model, owner_field, ids, model.name, model.language, *claim,
                                                  *([model.id] if claim else [])):
        result[owner].append({"name": name, "language": language, **dict(zip(ALIAS_COLUMNS + ["id"], said))})
    return _sourced(result, ALIAS_SOURCES[model]) if claim else result


def _typed(model, owner_field, ids, target, extra, shown, embed, lookup):
    """owner id -> [{shown: the linked record (ref or ID), extra...: values}] in the order given."""
    found = sql.owned(model, owner_field, ids, target, *extra)
    show = refs.resolver(embed, lookup, [row[1] for row in found])
    result = defaultdict(list)
    for owner, linked, *values in found:
        result[owner].append({shown: show(linked), **{f.name: v for f, v in zip(extra, values)}})
    return result


def _claim(model):
    """The columns of a relation's claim (migrations/0024, 0106: api/models/relation_claims.py), then the row's ID,
    which _claimed reads the sources by."""
    return tuple(getattr(model, name) for name in CLAIM_COLUMNS) + (model.id,)


def _claimed(related, model):
    """Each relation item of `model` with its sources (_sourced)."""
    return _sourced(related, SOURCES[model])


def _sourced(related, source_model):
    """Each relation item's claimant and sources (migrations/0024), read in one query for the page; the row ID
    read with the item is dropped."""
    ids = [item["id"] for items in related.values() for item in items]
    sources = defaultdict(list)
    for relation, source in sql.owned(source_model, "relation", ids, source_model.source):
        sources[relation].append(source)
    for items in related.values():
        for item in items:
            item["sources"] = sources[item.pop("id")]
    return related


def _denied(related):
    """Each actor relation's denying statements (migrations/0058), read in one query for the page."""
    ids = [item["id"] for items in related.values() for item in items]
    denials = defaultdict(list)
    for relation, statement in sql.owned(ActorRelationDenial, "relation", ids, ActorRelationDenial.statement):
        denials[relation].append(statement)
    for items in related.values():
        for item in items:
            item["denied_by_statements"] = denials[item["id"]]
    return related


def _dates(items, keys=("joined", "left")):
    for item in items:
        for key in keys:
            item[key] = jsonio.loads(item[key]) if item[key] is not None else None
    return items


def _membership_changes(text):
    """A membership's dated changes as stored (JSON, input names) -> as shown (`by`, `event`: IDs)."""
    if not text or text == "[]":
        return []
    return [{"change": c["change"], "date": c.get("date"), "by": c.get("by_id"), "event": c.get("event_id"),
             "note": c.get("note")} for c in jsonio.loads(text)]


def statement_refs(ids):
    """id -> {id, speaker (named), date}: a statement as another one shows it."""
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    others = {row["id"]: row for row in records_by_ids(Statement, ids, ("id", "speaker", "date"))}
    speakers = refs.actor_refs(other["speaker"] for other in others.values())
    for other in others.values():
        other["speaker"] = speakers.get(other["speaker"])   # null: not known (migrations/0097)
    return others


def actor_lists(ids, shape):
    lists = {}
    if shape.wants("aliases"):
        lists["aliases"] = aliases(ActorAlias, "actor", ids)
    if shape.wants("member_of"):
        memberships = _sourced(_typed(ActorMembership, "member", ids, ActorMembership.actor,
                                      (ActorMembership.joined, ActorMembership.left, ActorMembership.verification,
                                       ActorMembership.claimant, ActorMembership.attribution, ActorMembership.note,
                                       ActorMembership.changes, ActorMembership.id), "actor", shape.embeds("member_of"), refs.actor_refs),
                               ActorMembershipSource)   # who says so, from which sources (migrations/0059)
        for items in memberships.values():
            for item in items:   # a JSON list, input names (migrations/0076)
                item["changes"] = _membership_changes(item["changes"])
        lists["member_of"] = {owner: _dates(items) for owner, items in memberships.items()}
    if shape.wants("relations"):   # migrations/0014
        related = _claimed(_denied(_typed(ActorRelation, "subject", ids, ActorRelation.actor,
                                  (ActorRelation.relation, ActorRelation.since, ActorRelation.until,
                                   ActorRelation.support_kinds, ActorRelation.of_country,
                                   ActorRelation.proportion,   # 0078
                                   ActorRelation.designation, ActorRelation.seniority,   # 0082, 0094
                                   ActorRelation.place)   # the place it holds in (places34, 0117), by ID
                                  + _claim(ActorRelation), "actor",
                                  shape.embeds("relations"), refs.actor_refs)), ActorRelation)
        for items in related.values():
            for item in items:   # a JSON list (migrations/0035)
                item["support_kinds"] = jsonio.loads(item["support_kinds"]) if item["support_kinds"] else []
        lists["relations"] = {owner: _dates(items, ("since", "until")) for owner, items in related.items()}
    if shape.wants("places"):   # where it is based (migrations/0052)
        based = _sourced(_typed(ActorPlace, "subject", ids, ActorPlace.place,
                                (ActorPlace.relation, ActorPlace.since, ActorPlace.until, ActorPlace.claimant,
                                 ActorPlace.attribution, ActorPlace.verification, ActorPlace.note,
                                 ActorPlace.claimant_words, ActorPlace.claimant_kind,   # claims34 (0115)
                                 ActorPlace.claimant_country, ActorPlace.id),
                                "place", shape.embeds("places"), refs.place_refs), ActorPlaceSource)
        lists["places"] = {owner: _dates(items, ("since", "until")) for owner, items in based.items()}
    return lists


def place_lists(ids, shape):
    lists = {"aliases": aliases(PlaceAlias, "place", ids)} if shape.wants("aliases") else {}
    if shape.wants("relations"):   # migrations/0019
        embed = shape.embeds("relations")
        related = _typed(PlaceRelation, "subject", ids, PlaceRelation.place,
                         (PlaceRelation.relation, PlaceRelation.and_place, PlaceRelation.distance_km,
                          PlaceRelation.qualifier, PlaceRelation.since, PlaceRelation.until,
                          PlaceRelation.side, PlaceRelation.across, PlaceRelation.part, PlaceRelation.distance_vague,
                          PlaceRelation.actor, PlaceRelation.and_actor,   # two sides' areas (figs32, 0110)
                          PlaceRelation.travel_time, PlaceRelation.travel_mode)   # how far in time (0119)
                         + _claim(PlaceRelation), "place", embed, refs.place_refs)
        related = _claimed(related, PlaceRelation)
        second = refs.resolver(embed, refs.place_refs, [i[k] for items in related.values() for i in items
                                                        for k in ("and_place", "across")])
        for items in related.values():
            for item in items:
                item["and_place"] = second(item["and_place"])
                item["across"] = second(item["across"])   # migrations/0042
                item["distance_km"] = refs.number(item["distance_km"])
                # its qualifier null when stored before periods38
                item["travel_time"] = period_as_shown(jsonio.loads(item["travel_time"] or "null"))
        lists["relations"] = {owner: _dates(items, ("since", "until"))   # JSON as dates
                              for owner, items in related.items()}
    return lists


def _linked(ids, shape, links):
    """The wanted lists of `links` (shown name -> (model, owner field, linked field, extra field or None, key
    of the linked record, extra's key, embed?, lookup)) for these records, read in one UNION ALL query
    (sql.id_links): a page pays one query for all of them, and one per kind of record embedded."""
    wanted = {name: link for name, link in links.items() if shape.wants(name)}
    if not wanted:
        return {}
    found = sql.id_links(ids, {name: link[:4] for name, link in wanted.items()})
    lists = {name: defaultdict(list) for name in wanted}
    shows = {}
    for name, (*_, key, extra_key, embed, lookup) in wanted.items():
        shows[name] = refs.resolver(embed, lookup, [row[2] for row in found if row[0] == name])
    for name, owner, linked, extra, _ in found:
        key, extra_key = wanted[name][4], wanted[name][5]
        shown = shows[name](linked)
        lists[name][owner].append({key: shown, extra_key: extra} if key else shown)
    return lists


def _elapsed(related):
    """The time elapsed between related records, stored as JSON (migrations/0039)."""
    for items in related.values():
        for item in items:
            item["elapsed"] = relation_elapsed_as_shown(jsonio.loads(item["elapsed"]) if item["elapsed"] is not None else None)
    return related


def event_lists(ids, shape):
    lists = {}
    if shape.wants("relations"):
        lists["relations"] = _claimed(_elapsed(_typed(EventRelation, "subject", ids, EventRelation.event,
                                             (EventRelation.relation, EventRelation.elapsed) + _claim(EventRelation),
                                             "event", shape.embeds("relations"), refs.event_refs)), EventRelation)
    if shape.wants("statement_relations"):   # links across kinds (migrations/0039)
        lists["statement_relations"] = _claimed(_elapsed(_typed(
            EventStatementRelation, "subject", ids, EventStatementRelation.statement,
            (EventStatementRelation.relation, EventStatementRelation.elapsed) + _claim(EventStatementRelation),
            "statement", shape.embeds("statement_relations"), statement_refs)), EventStatementRelation)
    if shape.wants("other_places"):   # with the place's role (migrations/0014): null, from before roles, is at
        places = _typed(EventPlace, "event", ids, EventPlace.place,
                        (EventPlace.location_precision, EventPlace.role, EventPlace.unknown, EventPlace.relation,
                         EventPlace.relative_to, EventPlace.words, EventPlace.with_surroundings,
                         EventPlace.distance_km, EventPlace.distance_qualifier, EventPlace.distance_vague,   # 0079
                         EventPlace.site_category),   # figs33 (migrations/0113)
                        "place", shape.embeds("other_places"), refs.place_refs)
        lists["other_places"] = _as_reported(places, shape.embeds("other_places"))
        for items in places.values():
            for item in items:
                item["role"] = item["role"] or "at"
    return lists


def _as_reported(places, embed):
    """A further place's relative place named (migrations/0042), and its surroundings a boolean on each engine."""
    relative = refs.resolver(embed, refs.place_refs, [i["relative_to"] for items in places.values() for i in items])
    for items in places.values():
        for item in items:
            item["relative_to"] = relative(item["relative_to"])
            item["with_surroundings"] = bool(item["with_surroundings"])
            item["distance_km"] = refs.number(item["distance_km"])   # migrations/0062
    return places


def statement_lists(ids, shape):
    about = shape.embeds("about")
    lists = {}
    if shape.wants("relations"):   # with how much a denial rejects (migrations/0035)
        lists["relations"] = _claimed(_elapsed(_typed(
            StatementRelation, "subject", ids, StatementRelation.statement,
            (StatementRelation.relation, StatementRelation.extent, StatementRelation.extent_words,
             StatementRelation.elapsed) + _claim(StatementRelation), "statement", shape.embeds("relations"),
            statement_refs)), StatementRelation)
    if shape.wants("event_relations"):   # links across kinds (migrations/0039)
        lists["event_relations"] = _claimed(_elapsed(_typed(
            StatementEventRelation, "subject", ids, StatementEventRelation.event,
            (StatementEventRelation.relation, StatementEventRelation.elapsed) + _claim(StatementEventRelation),
            "event", shape.embeds("event_relations"), refs.event_refs)), StatementEventRelation)
    return lists | _linked(ids, shape, {
        "about_actors": (StatementActor, StatementActor.statement, StatementActor.actor, None, None, None, about,
                         refs.actor_refs),
        "not_named_actors": (StatementNotNamed, StatementNotNamed.statement, StatementNotNamed.actor, None, None,
                             None, about, refs.actor_refs),   # migrations/0058
        "about_places": (StatementPlace, StatementPlace.statement, StatementPlace.place, None, None, None, about,
                         refs.place_refs),
        "other_speakers": (StatementSpeaker, StatementSpeaker.statement, StatementSpeaker.actor, None, None, None,
                           shape.embeds("speaker"), refs.actor_refs),
        "accompanied_by_actors": (StatementCompanion, StatementCompanion.statement, StatementCompanion.actor, None,
                                  None, None, shape.embeds("speaker"), refs.actor_refs),   # places35 (0119)
        "other_addressees": (StatementAddressee, StatementAddressee.statement, StatementAddressee.actor, None, None,
                             None, shape.embeds("addressee"), refs.actor_refs),
        "about_figure_ids": (StatementFigure, StatementFigure.statement, StatementFigure.figure, None, None, None, False,
                             None)})   # claims26 (migrations/0091): figures' IDs, never embedded


def treaty_relations(ids, shape):
    """A treaty's relations to other treaties, each with its claim (migrations/0106)."""
    return _claimed(_typed(TreatyRelation, "owner", ids, TreatyRelation.treaty,
                           (TreatyRelation.relation,) + _claim(TreatyRelation), "treaty", shape.embeds("relations"),
                           refs.treaty_refs), TreatyRelation)


RELATION_LISTS = {"actors": actor_lists, "places": place_lists, "events": event_lists,
                  "statements": statement_lists}


def add_relation_lists(lists):
    """Each kind's loader, followed by the relations' loader of that kind."""
    def both(first, second):
        return lambda ids, shape: {**first(ids, shape), **second(ids, shape)}
    return {kind: both(loader, RELATION_LISTS[kind]) if kind in RELATION_LISTS else loader
            for kind, loader in lists.items()}
