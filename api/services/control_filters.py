"""What the filters of issue 10's mending round (mend10a) mean: who holds a place as claimed, where places lie
relative to each other (and how far in time), their terrain, whom actors took part for, relations as claimed,
places not named (docs/api.md "Control of places, stated reasons, places not named")."""
from peewee import fn

from ..models import Actor, Event, EventClaim, EventClaimCandidate, EventPlace, Participant, Place, PlaceRelation
from ..sql import any_of

HOLDS = ("full", "partial")
PRESENCE = "present"   # forces in a place, not holding it: never counted by controlled_by= (mend-relations)
SIEGE = "besieged"   # forces around a place, not holding it: never counted by controlled_by= (migrations/0042)
PRESENT = ("at_the_scene", "in_the_area")   # an event claim's presence that places the actor there (0039)


def _holding(claim, actor):
    return (claim.controlled_by == actor) & claim.control.in_(HOLDS)


def _controlled(actor, day):
    """Places a control claim says `actor` holds; with `day`, by each claimant's latest claim on or before it.

    A claimant is its claimant_id, or (null) the source's or an unnamed voice, which count as one claimant. An
    actor speaks with the voice of its parent and of its own members (actors whose parent it is): a commander
    (parent: his force) conceding a town his force had claimed supersedes the force's claim, as it would if the
    force had said it."""
    claim = EventClaim.alias()
    current = claim.control.is_null(False) & (claim.rank != "deprecated")
    if day is None:
        return claim.select(claim.control_of).where(current & _holding(claim, actor))
    later = EventClaim.alias()
    members_of_claimant = Actor.select(Actor.id).where(Actor.parent == claim.claimant)
    parent_of_claimant = Actor.select(Actor.parent).where(Actor.id == claim.claimant)
    same_claimant = ((later.claimant == claim.claimant)
                     | (later.claimant.is_null() & claim.claimant.is_null())
                     | later.claimant.in_(members_of_claimant) | later.claimant.in_(parent_of_claimant))
    superseded = later.select(later.id).where(
        later.control.is_null(False) & later.control.not_in((PRESENCE, SIEGE)) & (later.rank != "deprecated") & (later.control_of == claim.control_of)
        & same_claimant & (later.as_of > claim.as_of) & (later.as_of <= day))
    return claim.select(claim.control_of).where(
        current & _holding(claim, actor) & (claim.as_of <= day) & ~fn.EXISTS(superseded))


def place_clauses(args):
    clauses = []
    if args.get("controlled_by"):
        clauses.append(Place.id.in_(_controlled(args["controlled_by"], args.get("controlled_on"))))
    for name, state in (("present", PRESENCE), ("besieged_by", SIEGE)):
        if args.get(name):   # "Russian troops are stationed in X", "encircled X": a claim, not deprecated
            clauses.append(Place.id.in_(EventClaim.select(EventClaim.control_of).where(
                (EventClaim.control == state) & (EventClaim.controlled_by == args[name])
                & (EventClaim.rank != "deprecated"))))
    if args.get("related_to") or args.get("relation"):
        condition = True
        if args.get("related_to"):
            condition = ((PlaceRelation.place == args["related_to"])
                         | (PlaceRelation.and_place == args["related_to"])
                         | (PlaceRelation.across == args["related_to"]))
        if args.get("relation"):
            kinds = PlaceRelation.relation.in_(args["relation"])
            condition = kinds if condition is True else condition & kinds
        clauses.append(Place.id.in_(PlaceRelation.select(PlaceRelation.subject).where(condition)))
    if args.get("relation_part"):   # "the north-western town of" (migrations/0079)
        parts = PlaceRelation.part.in_(args["relation_part"])
        if args.get("related_to"):
            parts &= PlaceRelation.place == args["related_to"]
        clauses.append(Place.id.in_(PlaceRelation.select(PlaceRelation.subject).where(parts)))
    if args.get("relation_travel_mode"):   # "several days' walk from the road" (places35, migrations/0119)
        clauses.append(Place.id.in_(PlaceRelation.select(PlaceRelation.subject).where(
            PlaceRelation.travel_mode.in_(args["relation_travel_mode"]))))
    if args.get("terrain"):   # "a mountain village" (places35, migrations/0119)
        clauses.append(_any_term(Place.terrain, args["terrain"]))
    return clauses


def event_clauses(args):
    clauses = []
    if args.get("on_behalf_of"):
        actor = args["on_behalf_of"]
        clauses.append(Event.id.in_(Participant.select(Participant.event).where(Participant.on_behalf_of == actor))
                       | Event.id.in_(EventClaim.select(EventClaim.event).where(
                           (EventClaim.on_behalf_of == actor) & (EventClaim.took_part == True))))  # noqa: E712
    if args.get("control_of"):
        clauses.append(Event.id.in_(EventClaim.select(EventClaim.event).where(
            EventClaim.control_of == args["control_of"])))
    if args.get("claimed_related_to") or args.get("claimed_relation"):
        condition = EventClaim.related_event.is_null(False)
        if args.get("claimed_related_to"):
            condition &= EventClaim.related_event == args["claimed_related_to"]
        if args.get("claimed_relation"):
            condition &= EventClaim.relation.in_(args["claimed_relation"])
        clauses.append(Event.id.in_(EventClaim.select(EventClaim.event).where(condition)))
    if args.get("claimed_reason"):   # migrations/0034
        clauses.append(Event.id.in_(EventClaim.select(EventClaim.event).where(
            EventClaim.reason.in_(args["claimed_reason"]) & (EventClaim.rank != "deprecated"))))
    clauses.extend(_claimed_parts(args))
    if args.get("relative_to"):   # a place described relative to a named one (migrations/0042)
        condition = EventPlace.relative_to == args["relative_to"]
        if args.get("place_role"):
            roles = EventPlace.role.in_(args["place_role"])
            condition &= (roles | EventPlace.role.is_null()) if "at" in args["place_role"] else roles
        clauses.append(Event.id.in_(EventPlace.select(EventPlace.event).where(condition)))
    if args.get("unknown_place"):
        roles = EventPlace.role.in_(args["unknown_place"])
        if "at" in args["unknown_place"]:
            roles |= EventPlace.role.is_null()
        clauses.append(Event.id.in_(EventPlace.select(EventPlace.event).where(
            EventPlace.place.is_null() & roles)))
    if args.get("place_site_category"):   # figs33 (migrations/0113): the kind of site a further place is
        condition = EventPlace.site_category.in_(args["place_site_category"])
        if args.get("place_role"):
            roles = EventPlace.role.in_(args["place_role"])
            condition &= (roles | EventPlace.role.is_null()) if "at" in args["place_role"] else roles
        clauses.append(Event.id.in_(EventPlace.select(EventPlace.event).where(condition)))
    return clauses


def _any_term(column, terms):
    """A JSON list of terms holding one of `terms` (each found with its quotes)."""
    return any_of(column.contains(f'"{term}"') for term in terms)


def _claimed_parts(args):
    """Presence, equipment, cause and mistaken targets as claimed (migrations/0039); deprecated claims never
    count."""
    current = EventClaim.rank != "deprecated"
    conditions = []
    if args.get("claimed_present") or args.get("claimed_presence"):
        kinds = args.get("claimed_presence") or PRESENT
        condition = EventClaim.presence.in_(kinds)
        if args.get("claimed_present"):
            condition &= EventClaim.actor == args["claimed_present"]
        conditions.append(condition)
    if args.get("claimed_equipment"):
        conditions.append(any_of([EventClaim.equipment_kind.in_(args["claimed_equipment"])] + [
            EventClaim.more_equipment.contains(f'"kind":"{kind}"') for kind in args["claimed_equipment"]]))   # 0076
    if args.get("claimed_equipment_owner_named") is not None:   # figs33: no actor, whose equipment not said
        named = EventClaim.actor.is_null(False) | EventClaim.id.in_(
            EventClaimCandidate.select(EventClaimCandidate.claim))
        conditions.append(EventClaim.equipment_kind.is_null(False)
                          & (named if args["claimed_equipment_owner_named"] else ~named))
    if args.get("claimed_cause"):
        conditions.append(EventClaim.cause.in_(args["claimed_cause"]))
    if args.get("claimed_type"):   # migrations/0065
        conditions.append(EventClaim.type.in_(args["claimed_type"]))
    if args.get("claimed_outcome"):   # migrations/0094
        conditions.append(EventClaim.outcome.in_(args["claimed_outcome"]))
    if args.get("claimant_hedge"):
        conditions.append(EventClaim.claimant_hedge.in_(args["claimant_hedge"]))
    if args.get("believed_target"):
        conditions.append(EventClaim.believed_target == args["believed_target"])
    if args.get("superlative_since"):   # a superlative counted since an event (migrations/0076; events28)
        conditions.append(EventClaim.since_event == args["superlative_since"])
    if args.get("site_actor"):   # migrations/0048
        conditions.append(EventClaim.site_actor == args["site_actor"])
    if args.get("reason_for"):   # "to protect French and other foreign nationals" (migrations/0079)
        conditions.append(EventClaim.reason_for == args["reason_for"])
    if args.get("claimed_treatment"):   # events33 (migrations/0112): a JSON list of terms, null read as []
        conditions.append(_any_term(EventClaim.treatment, args["claimed_treatment"]))
    for name, column in (("claimed_manner", EventClaim.manner), ("claimed_targeted_group", EventClaim.targeted_groups)):
        if args.get(name):   # mend-stmt5 (migrations/0081): as site_category, a denial does not count
            conditions.append(_any_term(column, args[name])
                              & (EventClaim.took_part.is_null() | (EventClaim.took_part == True)))  # noqa: E712
    clauses = []
    if args.get("site_category"):   # the event's own kinds of site, or a claim's that does not deny it
        claimed = (_any_term(EventClaim.site_categories, args["site_category"])
                   & (EventClaim.took_part.is_null() | (EventClaim.took_part == True)))  # noqa: E712
        clauses.append(_any_term(Event.site_categories, args["site_category"])
                       | Event.id.in_(EventClaim.select(EventClaim.event).where(claimed & current)))
    return clauses + [Event.id.in_(EventClaim.select(EventClaim.event).where(condition & current))
            for condition in conditions]
