"""What a collection's filters mean: one function per kind, validated arguments -> WHERE clauses.

The relation routes (/v1/actors/9/events, /v1/places/3/events, ...) are these same filters: `RELATIONS` names
the filter each route sets, so that /v1/actors/9/events is planned and answered exactly as /v1/events?actor=9
(pages.plan). Two filters exist for the routes alone, with no query parameter: `at_place` (events at this
place itself, not at the places inside it, which is what /v1/places/3/events has always meant, while
?place=3 takes in the places inside) and `about_statement`. The events' filters are api/services/event_filters.py;
what several kinds share (the place hierarchy, reported dates) api/services/filter_parts.py.
"""
from peewee import fn

from schemas import external_ids
from schemas.vocab_actor_relations import WHERE_BASED

from .. import jsonio
from ..models import (Actor, ActorPlace, ActorPosition, Place, PlaceRelation, Source, SourceDatelinePlace, Statement,
                      StatementClaim, StatementEvent, StatementTreaty, Treaty, TreatyParty)
from ..sql import any_of
from . import (act_filters, control_filters, declared, event_filters, figure_filters, property_filters, provision_filters,
               relation_filters, said_filters, scope_filters, sourced_relation_filters, who_filters)
from .event_filters import events_of_actor, headline_deaths, nesting_level  # noqa: F401  (callers' names)
from .filter_parts import bbox, in_terms, places_within, reported_date_filters
from .kinds import KINDS

from . import treaty_structure  # noqa: E402  (the treaty filters that answer from the structure over time)


def _external_ids(kind_name, args):
    """external_id=scheme:value and ?<scheme>=value: the records of the kind holding that external ID."""
    model = KINDS[kind_name].model
    rows, owner = declared.row_model(model, "external_id_rows")
    wanted = [(scheme, args[scheme]) for scheme in external_ids.schemes_of(kind_name) if args.get(scheme)]
    if args.get("external_id"):
        wanted.append(tuple(args["external_id"]))
    return [model.id.in_(rows.select(getattr(rows, owner)).where((rows.scheme == scheme) & (rows.value == value)))
            for scheme, value in wanted]


def _source_filters(args):
    clauses = [(Source.dateline_place == args["dateline_place"]) | Source.id.in_(   # or a further one (0067)
        SourceDatelinePlace.select(SourceDatelinePlace.source).where(
            SourceDatelinePlace.place == args["dateline_place"]))] if args.get("dateline_place") else []
    if args.get("leaked") is not None:   # migrations/0067
        clauses.append(Source.leaked_date.is_null(not args["leaked"]))
    clauses += scope_filters.source_clauses(args)   # contributor= (places34, migrations/0117)
    if not args.get("publisher"):
        return clauses + who_filters.source_clauses(args)
    # A co-publisher is an item of the stored JSON list: its JSON text, quotes included, inside the list's text
    # (peewee's contains escapes LIKE's wildcards; both forms match regardless of case).
    return (clauses + [(fn.LOWER(Source.publisher) == args["publisher"].lower())
                       | Source.publishers.contains(jsonio.dumps_text(args["publisher"]))]
            + who_filters.source_clauses(args))


def _stances(wanted):
    """stance=: the statement's stance, or one of its other_stances (a JSON list: each term's JSON text inside the
    list's text, as a co-publisher is found; migrations/0040)."""
    if not wanted:
        return None
    return any_of([Statement.stance.in_(wanted),
                   *(Statement.other_stances.contains(jsonio.dumps_text(term)) for term in wanted)])


def _based(place, relations, claimant=None):
    """The actors based in (or operating in) a place or any place inside it; relations narrows the terms (left
    out: based_in and operates_in, never claims_sovereignty, a claim of right); claimant, who says so (claims34)."""
    condition = ActorPlace.place.in_(places_within(place)) if place else True
    terms = ActorPlace.relation.in_(relations or WHERE_BASED)
    condition = terms if condition is True else condition & terms
    if claimant:
        condition &= ActorPlace.claimant == claimant
    return ActorPlace.select(ActorPlace.subject).where(condition)


def _position_holders(args):
    """Actors with a position (not deprecated) in a body (position_in), left in these ways (position_left) and
    said vacant after them or not (position_vacant): all on the same position (migrations/0027, 0075)."""
    condition = ActorPosition.rank != "deprecated"
    if args.get("position_in"):
        condition &= ActorPosition.of_actor == args["position_in"]
    if args.get("position_left"):
        condition &= ActorPosition.left_how.in_(args["position_left"])
    if args.get("position_scheduled") is not None:   # a scheduled end said, or not (claims34, migrations/0115)
        condition &= ActorPosition.scheduled_until.is_null(not args["position_scheduled"])
    holders = ActorPosition.select(ActorPosition.actor)
    if args.get("position_vacant") is None:
        return Actor.id.in_(holders.where(condition))
    vacant = Actor.id.in_(holders.where(condition & ActorPosition.vacant_as_of.is_null(False)))
    return vacant if args["position_vacant"] else Actor.id.in_(holders.where(condition)) & ~vacant


def _aliases_said(model, args):
    """alias_claimant=, alias_claimant_kind=, alias_claimant_country= (figs32, migrations/0110): records with an
    alias whose claimant is that actor, or unnamed voices of that kind or country."""
    aliases = model.alias_rows.rel_model
    owner = getattr(aliases, model.__name__.lower())
    conditions = []
    if args.get("alias_claimant"):
        conditions.append(aliases.claimant == args["alias_claimant"])
    if args.get("alias_claimant_kind"):
        conditions.append(aliases.claimant_kind.in_(args["alias_claimant_kind"]))
    if args.get("alias_claimant_country"):
        conditions.append(aliases.claimant_country == args["alias_claimant_country"])
    if not conditions:
        return []
    where = conditions[0]
    for condition in conditions[1:]:
        where &= condition
    return [model.id.in_(aliases.select(owner).where(where))]


def _between_sides(args):
    """relation_actor= (figs32, migrations/0110): places lying between two sides' areas, this actor one of them."""
    if not args.get("relation_actor"):
        return []
    sides = (PlaceRelation.actor == args["relation_actor"]) | (PlaceRelation.and_actor == args["relation_actor"])
    return [Place.id.in_(PlaceRelation.select(PlaceRelation.subject).where(sides))]


def _actor_filters(args):
    clauses = [in_terms(Actor.kind, args.get("kind"))]
    if args.get("country"):
        clauses.append(Actor.country == args["country"])
    if args.get("parent"):
        clauses.append(Actor.parent == args["parent"])
    if args.get("position_in") or args.get("position_left") or args.get("position_vacant") is not None \
            or args.get("position_scheduled") is not None:
        clauses.append(_position_holders(args))   # migrations/0027, 0075
    if args.get("unidentified") is not None:   # migrations/0027
        clauses.append(Actor.unidentified == args["unidentified"])
    if args.get("aim"):   # what it fights for: a term's JSON text inside the list's, as travel_means (0092)
        clauses.append(any_of(Actor.aims.contains(jsonio.dumps_text(term)) for term in args["aim"]))
    if args.get("occupation"):   # a person's occupation as reported (migrations/0067)
        clauses.append(fn.LOWER(Actor.occupation) == args["occupation"].lower())
    if args.get("age_min") is not None:
        clauses.append(Actor.age >= args["age_min"])
    if args.get("age_max") is not None:
        clauses.append(Actor.age <= args["age_max"])
    if args.get("based_in") or args.get("based_in_relation") or args.get("based_in_claimant"):   # migrations/0052
        clauses.append(Actor.id.in_(_based(args.get("based_in"), args.get("based_in_relation"),
                                           args.get("based_in_claimant"))))
    return (clauses + relation_filters.actor_clauses(args) + sourced_relation_filters.actor_clauses(args)
            + figure_filters.actor_clauses(args) + _aliases_said(Actor, args))


def _place_filters(args):
    clauses = [in_terms(Place.kind, args.get("kind"))]
    if args.get("country"):
        clauses.append(Place.country == args["country"])
    if args.get("within"):
        clauses.append(Place.id.in_(places_within(args["within"])) & (Place.id != args["within"]))
    if args.get("bbox"):
        clauses.append(bbox(Place.latitude, Place.longitude, args["bbox"]))
    return (clauses + control_filters.place_clauses(args) + sourced_relation_filters.place_clauses(args)
            + figure_filters.place_clauses(args) + _aliases_said(Place, args) + _between_sides(args)
            + scope_filters.place_clauses(args))


def _treaty_filters(args):
    clauses = [in_terms(Treaty.kind, args.get("kind")), in_terms(Treaty.status, args.get("status"))]
    if args.get("party") and not args.get("party_role"):
        clauses.append(Treaty.id.in_(TreatyParty.select(TreatyParty.treaty).where(treaty_structure.parties(args))))
    clauses += provision_filters.treaty_clauses(args, places_within)
    clauses += treaty_structure.clauses(args)
    if args.get("in_force_on"):
        clauses.append(treaty_structure.in_force_on(args["in_force_on"]))
    return (clauses + act_filters.treaty_clauses(args) + who_filters.treaty_clauses(args)
            + sourced_relation_filters.claim_clauses("treaties", args))


def _statement_filters(args):
    clauses = [_stances(args.get("stance")), in_terms(Statement.medium, args.get("medium"))]
    if args.get("claimed_medium"):   # migrations/0027
        clauses.append(Statement.id.in_(StatementClaim.select(StatementClaim.statement).where(
            StatementClaim.medium.in_(args["claimed_medium"]) & (StatementClaim.rank != "deprecated"))))
    if args.get("speaker"):   # any speaker of a joint statement
        clauses.append(relation_filters.spoken_by(args["speaker"]))
    if args.get("language"):   # the main language or one of other_languages (migrations/0067)
        clauses.append((Statement.language == args["language"])
                       | Statement.other_languages.contains(jsonio.dumps_text(args["language"])))
    if args.get("about_event"):
        clauses.append(Statement.id.in_(StatementEvent.select(StatementEvent.statement)
                                        .where(StatementEvent.event == args["about_event"])))
    if args.get("about_treaty") or args.get("about_treaty_link"):   # about_treaty_link: mend-agree2 (0066)
        about = StatementTreaty.select(StatementTreaty.statement)
        if args.get("about_treaty"):
            about = about.where(StatementTreaty.treaty == args["about_treaty"])
        if args.get("about_treaty_link"):
            about = about.where(StatementTreaty.link.in_(args["about_treaty_link"]))
        clauses.append(Statement.id.in_(about))
    if args.get("provision"):
        clauses.append(Statement.id.in_(StatementTreaty.select(StatementTreaty.statement)
                                        .where(StatementTreaty.provision == args["provision"])))
    if args.get("about_statement"):   # the route /v1/statements/{id}/statements: any relation to it
        clauses.append(relation_filters.statements_related_to(args["about_statement"], args.get("relation")))
    # Overlap of the statement's bracket with [date_from, date_to], as for events: its last day is date_end, else
    # date (a month is stored as its whole bracket); not_before has no last day, on_or_before no first day.
    if args.get("date_from"):
        clauses.append((fn.COALESCE(Statement.date_end, Statement.date) >= args["date_from"])
                       | (Statement.date_bound == "not_before"))
    if args.get("date_to"):
        clauses.append((Statement.date <= args["date_to"]) | (Statement.date_bound == "on_or_before"))
    clauses.extend(reported_date_filters(Statement, args))
    return (clauses + relation_filters.statement_clauses(args) + figure_filters.statement_clauses(args)
            + act_filters.statement_clauses(args) + sourced_relation_filters.claim_clauses("statements", args)
            + who_filters.statement_clauses(args) + said_filters.statement_clauses(args))


FILTERS = {"sources": _source_filters, "actors": _actor_filters, "places": _place_filters,
           "events": event_filters.event_clauses, "treaties": _treaty_filters, "statements": _statement_filters}


def clauses(kind_name, args):
    """The WHERE clauses of a kind's filters in `args` (those not given add none)."""
    return [clause for clause in FILTERS[kind_name](args) + _external_ids(kind_name, args)
            + property_filters.clauses(kind_name, args) if clause is not None]


# --- the relation routes ---------------------------------------------------------------------------------------

# (owner kind, path) -> (listed kind, the filter the route sets to the owner's ID)
RELATIONS = {
    ("actors", "events"): ("events", "actor"),
    ("actors", "statements"): ("statements", "speaker"),
    ("places", "events"): ("events", "at_place"),
    ("events", "sub-events"): ("events", "parent"),
    ("events", "statements"): ("statements", "about_event"),
    ("treaties", "events"): ("events", "treaty"),
    ("treaties", "statements"): ("statements", "about_treaty"),
    ("statements", "statements"): ("statements", "about_statement"),
    # issue 10, relations
    ("events", "related"): ("events", "related_to"),
    ("actors", "members"): ("actors", "member_of"),
    ("actors", "related"): ("actors", "related_to"),
    ("places", "statements"): ("statements", "about_place"),
    ("treaties", "related"): ("treaties", "relates_to"),
}


def related(owner_kind, path, record_id, args):
    """The route's query as a collection query: (args with the route's filter set, filters to add as well).

    The route's filter takes its place among the client's arguments, so that the route gets the plan of the
    equivalent query (?actor=9 walks participant's index). Where the client gave that filter too, with
    another value (/v1/actors/9/events?actor=5), both hold: the route's is added as a clause of its own."""
    _, name = RELATIONS[(owner_kind, path)]
    given = args.get(name)
    if given is None or given == record_id:
        return {**args, name: record_id}, None
    return args, {name: record_id}
