"""The filters of issue 10's mending round mend10c (migrations/0024): who says a place's or an actor's relation
holds and from which sources (relation_source= and relation_claimant=, alone or on the same relation as
related_to= and relation=: docs/api.md "Sourced relations"), and how sure the reporting of an event is
(verification=, verification_source=: "How sure the reporting is"). rel31 (migrations/0106): every relation's
claim, by the same filters (and …_degree=) on each list of relations (schemas/relation_claim_filters.py)."""
from ..models import (Actor, ActorRelation, ActorRelationDenial, Event, EventClaim,
                      EventRelation, EventStatementRelation, Place, PlaceRelation, Statement,
                      StatementEventRelation, StatementRelation, Treaty, TreatyRelation)
from ..models.relation_claims import SOURCES
from .relation_filters import spoken_by

CLAIM_PARTS = ("claimant", "source", "degree")


def _claim(model, args, prefix):
    """What the claim filters of a list (`prefix`) ask of one relation row of `model`: a condition."""
    condition = model.id.is_null(False)
    if args.get(f"{prefix}_claimant"):
        condition &= model.claimant == args[f"{prefix}_claimant"]
    if args.get(f"{prefix}_degree"):
        condition &= model.degree.in_(args[f"{prefix}_degree"])
    if args.get(f"{prefix}_source"):
        cited = SOURCES[model]
        condition &= model.id.in_(cited.select(cited.relation).where(cited.source == args[f"{prefix}_source"]))
    return condition


# kind -> its lists of relations: (relation model, its owner column, the other record's column, the prefix of the
# list's claim filters, the filter naming the other record, the filter on its terms)
LISTS = {
    "events": ((EventRelation, "subject", "event", "relation", "related_to", "relation"),
               (EventStatementRelation, "subject", "statement", "statement_relation", "related_statement",
                "statement_relation")),
    "statements": ((StatementRelation, "subject", "statement", "relation", "related_to", "relation"),
                   (StatementEventRelation, "subject", "event", "event_relation", "related_event", "event_relation")),
    "treaties": ((TreatyRelation, "owner", "treaty", "relation", "relates_to", "relation"),),
}
RECORDS = {"events": Event, "statements": Statement, "treaties": Treaty}


def claim_clauses(kind, args):
    """The records of `kind` with one relation item matching a list's claim filters and, given with them, the
    other record and the terms (rel31): ?related_statement=4&statement_relation=over&statement_relation_claimant=7."""
    clauses = []
    for model, owner, other, prefix, other_arg, terms_arg in LISTS[kind]:
        if not any(args.get(f"{prefix}_{part}") for part in CLAIM_PARTS):
            continue
        condition = _claim(model, args, prefix)
        if args.get(other_arg):
            condition &= getattr(model, other) == args[other_arg]
        if args.get(terms_arg):
            condition &= model.relation.in_(args[terms_arg])
        clauses.append(RECORDS[kind].id.in_(model.select(getattr(model, owner)).where(condition)))
    return clauses


def _sourced(record, model, others, args):
    """The records (of `record`) with one relation row matching every given part: the other record (any of
    `others` columns), the kind, the claimant, a cited source, the degree and the actor relations' own parts."""
    if not any(args.get(name) for name in ("relation_source", "relation_claimant", "relation_degree",
                                           "relation_verification",
                                           "relation_attribution", "relation_support", "relation_country",
                                           "relation_denied_by", "relation_proportion",
                                           "relation_designation", "relation_seniority", "relation_place")) \
            and args.get("relation_denied") is None:
        return []   # related_to= and relation= alone keep their own clauses
    condition = _claim(model, args, "relation")   # claimant, source, degree (0024, 0106)
    if args.get("related_to"):
        named = None
        for column in others:
            named = (column == args["related_to"]) if named is None else named | (column == args["related_to"])
        condition &= named
    if args.get("relation"):
        condition &= model.relation.in_(args["relation"])
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
    if args.get("relation_place"):   # an actor relation limited to a place (places34, migrations/0117)
        condition &= model.place == args["relation_place"]
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
    return _sourced(Place, PlaceRelation, (PlaceRelation.place, PlaceRelation.and_place), args)


def actor_clauses(args):
    return _sourced(Actor, ActorRelation, (ActorRelation.actor,), args)


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
