"""What the filters on typed links mean (issue 10): events related to an event, at any of their places;
statements related to a statement, by any of their speakers, about an actor or a place, with whom standing by
the speaker; members of a body."""
from ..models import (StatementNotNamed, Actor, ActorMembership, ActorRelation, Event, EventPlace, EventRelation, EventStatementRelation,
                      Statement, StatementActor, StatementEventRelation,
                      StatementAddressee, StatementCompanion, StatementPlace, StatementRelation, StatementSpeaker)
from ..sql import any_of


def at_places(places, roles=None):
    """Events whose main place, or one of their further places, is among `places` (a list or a query); with
    `roles`, only places in those roles count (the main place is `at`; a further place without a role too)."""
    if not roles:
        return Event.place.in_(places) | Event.id.in_(EventPlace.select(EventPlace.event)
                                                      .where(EventPlace.place.in_(places)))
    role = EventPlace.role.in_(roles)
    if "at" in roles:
        role |= EventPlace.role.is_null()
    further = Event.id.in_(EventPlace.select(EventPlace.event).where(EventPlace.place.in_(places) & role))
    return (Event.place.in_(places) | further) if "at" in roles else further


# Actor relation terms that say two actors are NOT known to be related: related_to= alone leaves them out, as
# party= leaves out the roles of actors not in a treaty; relation= naming them finds them.
UNRELATED = ("no_known_link",)


def _related(model, owner, target, related_to, relations):
    condition = True
    if related_to:
        condition = target == related_to
    if relations:
        condition = (model.relation.in_(relations)) if condition is True else condition & model.relation.in_(relations)
    return model.select(owner).where(condition)


def event_clauses(args):
    """related_to: events with a relation to that event (of `relation`, if given); relation alone: events with
    a relation of that kind to any event."""
    clauses = []
    if args.get("related_to") or args.get("relation"):
        clauses.append(Event.id.in_(_related(EventRelation, EventRelation.subject, EventRelation.event,
                                             args.get("related_to"), args.get("relation"))))
    if args.get("related_statement") or args.get("statement_relation"):   # across kinds (migrations/0039)
        clauses.append(Event.id.in_(_related(EventStatementRelation, EventStatementRelation.subject,
                                             EventStatementRelation.statement, args.get("related_statement"),
                                             args.get("statement_relation"))))
    return clauses


def statements_related_to(statement_id, relations=None):
    return Statement.id.in_(_related(StatementRelation, StatementRelation.subject, StatementRelation.statement,
                                     statement_id, relations))


def spoken_by(actor_id):
    return (Statement.speaker == actor_id) | Statement.id.in_(
        StatementSpeaker.select(StatementSpeaker.statement).where(StatementSpeaker.actor == actor_id))


def statement_clauses(args):
    clauses = []
    if args.get("related_to") or (args.get("relation") and not args.get("about_statement")):
        clauses.append(statements_related_to(args.get("related_to"), args.get("relation")))
    if args.get("addressee"):
        clauses.append((Statement.addressee == args["addressee"]) | Statement.id.in_(
            StatementAddressee.select(StatementAddressee.statement).where(StatementAddressee.actor == args["addressee"])))
    if args.get("about_actor"):
        clauses.append(Statement.id.in_(StatementActor.select(StatementActor.statement)
                                        .where(StatementActor.actor == args["about_actor"])))
    if args.get("not_named"):   # migrations/0058
        clauses.append(Statement.id.in_(StatementNotNamed.select(StatementNotNamed.statement)
                                        .where(StatementNotNamed.actor == args["not_named"])))
    if args.get("accompanied_by"):   # places35 (migrations/0119): who stood with the speaker
        clauses.append(Statement.id.in_(StatementCompanion.select(StatementCompanion.statement)
                                        .where(StatementCompanion.actor == args["accompanied_by"])))
    if args.get("about_place"):
        clauses.append(Statement.id.in_(StatementPlace.select(StatementPlace.statement)
                                        .where(StatementPlace.place == args["about_place"])))
    if args.get("said_at"):   # migrations/0025: where it was made, the place itself
        clauses.append(Statement.said_at == args["said_at"])
    if args.get("on_behalf_of"):   # migrations/0035: a spokesperson's words for a leader
        clauses.append(Statement.on_behalf_of == args["on_behalf_of"])
    if args.get("relayed_by"):
        clauses.append(Statement.relayed_by == args["relayed_by"])
    if args.get("related_event") or args.get("event_relation"):   # across kinds (migrations/0039)
        clauses.append(Statement.id.in_(_related(StatementEventRelation, StatementEventRelation.subject,
                                                 StatementEventRelation.event, args.get("related_event"),
                                                 args.get("event_relation"))))
    if args.get("relation_extent"):
        clauses.append(Statement.id.in_(StatementRelation.select(StatementRelation.subject).where(
            StatementRelation.extent.in_(args["relation_extent"]))))
    return clauses


def _memberships(args):
    """The members with one membership matching every given part: the body, its claimant, a source citing it
    (migrations/0059)."""
    from ..models import ActorMembershipSource

    found = ActorMembership.select(ActorMembership.member)
    if args.get("member_of"):
        found = found.where(ActorMembership.actor == args["member_of"])
    if args.get("member_claimant"):
        found = found.where(ActorMembership.claimant == args["member_claimant"])
    if args.get("member_source"):
        found = found.where(ActorMembership.id.in_(ActorMembershipSource.select(ActorMembershipSource.relation)
                                                   .where(ActorMembershipSource.source == args["member_source"])))
    if args.get("member_change"):   # migrations/0076: the changes are a JSON list of objects, stored compact
        changed = [ActorMembership.changes.contains(f'"change":"{term}"') for term in args["member_change"]]
        found = found.where(any_of(changed))
    return found


def actor_clauses(args):
    clauses = []
    if any(args.get(name) for name in ("member_of", "member_claimant", "member_source", "member_change")):
        clauses.append(Actor.id.in_(_memberships(args)))
    if args.get("seat"):
        clauses.append(Actor.seat == args["seat"])
    if args.get("related_to") or args.get("relation"):
        related = _related(ActorRelation, ActorRelation.subject, ActorRelation.actor, args.get("related_to"),
                           args.get("relation"))
        if not args.get("relation"):   # an absence reported is no relation: only when named (mend-saynot)
            related = related.where(ActorRelation.relation.not_in(UNRELATED))
        clauses.append(Actor.id.in_(related))
    return clauses
