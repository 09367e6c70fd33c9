"""The filters of issue 10's mending round mend10c (migrations/0024): who says a place's or an actor's relation
holds and from which sources (relation_source= and relation_claimant=, alone or on the same relation as
related_to= and relation=: docs/api.md "Sourced relations"), and how sure the reporting of an event is
(verification=, verification_source=: "How sure the reporting is")."""
from ..models import (Actor, ActorRelation, ActorRelationDenial, ActorRelationSource, Event, EventClaim, Place,
                      PlaceRelation, PlaceRelationSource, Statement)
from .relation_filters import spoken_by


def _sourced(record, model, source_model, others, args):
    """The records (of `record`) with one relation row matching every given part: the other record (any of
    `others` columns), the kind, the claimant and a cited source."""
    if not any(args.get(name) for name in ("relation_source", "relation_claimant", "relation_verification",
                                           "relation_attribution", "relation_support", "relation_country",
                                           "relation_denied_by", "relation_proportion",
                                           "relation_designation", "relation_seniority")) \
            and args.get("relation_denied") is None:
        return []   # related_to= and relation= alone keep their own clauses
    condition = model.id.is_null(False)
    if args.get("related_to"):
        named = None
        for column in others:
            named = (column == args["related_to"]) if named is None else named | (column == args["related_to"])
        condition &= named
    if args.get("relation"):
        condition &= model.relation.in_(args["relation"])
    if args.get("relation_claimant"):
        condition &= model.claimant == args["relation_claimant"]
    if args.get("relation_verification"):   # migrations/0027
        condition &= model.verification.in_(args["relation_verification"])
    if args.get("relation_attribution"):
        condition &= model.attribution.in_(args["relation_attribution"])
    if args.get("relation_support"):   # migrations/0035: the terms are stored as a JSON list of strings
        kinds = [model.support_kinds.contains(f'"{kind}"') for kind in args["relation_support"]]
        condition &= kinds[0] if len(kinds) == 1 else _any(kinds)
    if args.get("relation_country"):
        condition &= model.of_country == args["relation_country"]
    if args.get("relation_proportion"):   # migrations/0078
        condition &= model.proportion.in_(args["relation_proportion"])
    if args.get("relation_designation"):   # migrations/0082
        condition &= model.designation.in_(args["relation_designation"])
    if args.get("relation_seniority"):   # migrations/0094
        condition &= model.seniority.in_(args["relation_seniority"])
    if args.get("relation_source"):
        condition &= model.id.in_(source_model.select(source_model.relation)
                                  .where(source_model.source == args["relation_source"]))
    if args.get("relation_denied") is not None or args.get("relation_denied_by"):   # migrations/0058
        denials = ActorRelationDenial.select(ActorRelationDenial.relation)
        if args.get("relation_denied_by"):
            denials = denials.join(Statement, on=(ActorRelationDenial.statement == Statement.id)).where(
                spoken_by(args["relation_denied_by"]))   # any speaker of a joint statement
        denied = model.id.in_(denials)
        condition &= denied if args.get("relation_denied") is not False else ~denied
    return [record.id.in_(model.select(model.subject).where(condition))]


def _any(conditions):
    either = conditions[0]
    for condition in conditions[1:]:
        either |= condition
    return either


def place_clauses(args):
    return _sourced(Place, PlaceRelation, PlaceRelationSource, (PlaceRelation.place, PlaceRelation.and_place), args)


def actor_clauses(args):
    return _sourced(Actor, ActorRelation, ActorRelationSource, (ActorRelation.actor,), args)


def event_clauses(args):
    """The event's own verification, or a claim's that is not deprecated."""
    clauses = []
    for name, column in (("verification", "verification"), ("verification_source", "verification_source")):
        wanted = args.get(name)
        if not wanted:
            continue
        own, claimed = getattr(Event, column), getattr(EventClaim, column)
        test = (lambda c: c.in_(wanted)) if isinstance(wanted, list) else (lambda c: c == wanted)
        clauses.append(test(own) | Event.id.in_(EventClaim.select(EventClaim.event).where(
            test(claimed) & (EventClaim.rank != "deprecated"))))
    return clauses
