"""What a collection's filters mean: one function per kind, validated arguments -> WHERE clauses.

The relation routes (/v1/actors/9/events, /v1/places/3/events, ...) are these same filters: `RELATIONS` names
the filter each route sets, so that /v1/actors/9/events is planned and answered exactly as /v1/events?actor=9
(pages.plan). Two filters exist for the routes alone, with no query parameter: `at_place` (events at this
place itself, not at the places inside it, which is what /v1/places/3/events has always meant, while
?place=3 takes in the places inside) and `about_statement`.
"""
import operator
from functools import reduce

from peewee import SQL, Case, fn

from schemas import external_ids

from .. import jsonio
from ..models import (Actor, ActorPlace, ActorPosition, Event, EventClaim, EventClaimCandidate, StatementClaim, EventTreaty, Figure, FigurePlace, FigureSufferer, Participant, Place, Source,
                      Statement, StatementEvent, StatementTreaty, Treaty, TreatyParty)
from . import (act_filters, control_filters, declared, figure_filters, provision_filters, relation_filters,
               sourced_relation_filters, who_filters)
from .kinds import KINDS

from . import treaty_structure  # noqa: E402  (the treaty filters that answer from the structure over time)


def events_of_actor(actor_id, role=None):
    """SELECT the IDs of the events an actor takes part in (in `role` if given): the one definition of
    "events of an actor", for the actor= filter, the relation route and the referrers a delete reports."""
    who = Participant.actor == actor_id
    if role:
        who &= Participant.role == role
    return Participant.select(Participant.event).where(who)


def places_within(place_id):
    """IDs of a place and every place inside it, at any depth (a recursive CTE over place.parent).

    UNION, not UNION ALL: a place already produced is not walked again, so even a cycle in the data (which
    writes refuse, api/services/rules.py) ends the walk instead of running until the query time limit."""
    base = Place.select(Place.id).where(Place.id == place_id).cte("tree", recursive=True, columns=("id",))
    child = Place.alias()
    tree = base.union(child.select(child.id).join(base, on=(child.parent == base.c.id)))
    return tree.select_from(tree.c.id)


def _in(column, values):
    return column.in_(values) if values else None


def _bbox(lat, lon, box):
    west, south, east, north = box
    inside_lon = (lon >= west) & (lon <= east) if west <= east else (lon >= west) | (lon <= east)
    return lat.between(south, north) & inside_lon


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
    clauses = [Source.dateline_place == args["dateline_place"]] if args.get("dateline_place") else []
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
    return reduce(operator.or_, [Statement.other_stances.contains(jsonio.dumps_text(term)) for term in wanted],
                  Statement.stance.in_(wanted))


def _based(place, relations):
    """The actors based in (or operating in) a place or any place inside it; relations narrows the terms."""
    condition = ActorPlace.place.in_(places_within(place)) if place else True
    if relations:
        terms = ActorPlace.relation.in_(relations)
        condition = terms if condition is True else condition & terms
    return ActorPlace.select(ActorPlace.subject).where(condition)


def _actor_filters(args):
    clauses = [_in(Actor.kind, args.get("kind"))]
    if args.get("country"):
        clauses.append(Actor.country == args["country"])
    if args.get("parent"):
        clauses.append(Actor.parent == args["parent"])
    if args.get("position_in"):   # migrations/0027
        clauses.append(Actor.id.in_(ActorPosition.select(ActorPosition.actor).where(
            (ActorPosition.of_actor == args["position_in"]) & (ActorPosition.rank != "deprecated"))))
    if args.get("unidentified") is not None:   # migrations/0027
        clauses.append(Actor.unidentified == args["unidentified"])
    if args.get("based_in") or args.get("based_in_relation"):   # where an actor is based (migrations/0052)
        clauses.append(Actor.id.in_(_based(args.get("based_in"), args.get("based_in_relation"))))
    return clauses + relation_filters.actor_clauses(args) + sourced_relation_filters.actor_clauses(args)


def _place_filters(args):
    clauses = [_in(Place.kind, args.get("kind"))]
    if args.get("country"):
        clauses.append(Place.country == args["country"])
    if args.get("within"):
        clauses.append(Place.id.in_(places_within(args["within"])) & (Place.id != args["within"]))
    if args.get("bbox"):
        clauses.append(_bbox(Place.latitude, Place.longitude, args["bbox"]))
    return (clauses + control_filters.place_clauses(args) + sourced_relation_filters.place_clauses(args)
            + figure_filters.place_clauses(args))


def _deaths_value():
    """A deaths figure's value: its best estimate, else its lower bound, else its upper bound."""
    return fn.COALESCE(Figure.best, Figure.low, Figure.high)


def _counts_as_total(figure):
    """A figure that may stand for its event's deaths total: deaths of everyone (never a side's), and one that
    may stand for deaths at all (figure_filters.counts_as_deaths)."""
    return (figure.category == "total") & figure_filters.counts_as_deaths(figure)


def headline_deaths(event):
    """The ID of an event's deaths total (docs/api.md, "Figures and claims"): of the figures that may stand
    for it, the one ranked preferred, else the first in the event's list. The death filters and the CSV's
    deaths columns both read it (a correlated subquery: `event` is the outer query's event column)."""
    other = Figure.alias()
    return (other.select(other.id).where(_counts_as_total(other) & (other.event == event))
            .order_by(Case(None, [(other.rank == "preferred", 0)], 1), other.position).limit(1))


def nesting_level(level):
    """level= (docs/api.md "Aggregates", "Events inside events"): top, the events part of no other event (no
    parent_id); leaf, the events no live event is part of. A sub-event is looked for by event's parent_id index,
    one index look per event (NOT EXISTS: an anti-join on PostgreSQL), never a scan of the events per event."""
    if level == "top":
        return Event.parent.is_null()
    if level == "leaf":
        child = Event.alias()
        return ~fn.EXISTS(child.select(SQL("1")).where((child.parent == Event.id) & child.deleted_at.is_null()))
    return None


def _claim_filters(args):
    """Events by who claims something about them, and by what their figures count."""
    clauses = []
    if args.get("claimant"):
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(figure_filters.claimed_by(args["claimant"])))
                       | Event.id.in_(EventClaim.select(EventClaim.event)
                                      .where(EventClaim.claimant == args["claimant"])))
    if args.get("attribution"):
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(Figure.attribution.in_(args["attribution"])))
                       | Event.id.in_(EventClaim.select(EventClaim.event)
                                      .where(EventClaim.attribution.in_(args["attribution"]))))
    if args.get("figure_category"):
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(Figure.category.in_(args["figure_category"]))))
    if args.get("figure_quantity"):
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(Figure.quantity.in_(args["figure_quantity"]))))
    if args.get("suffered_by"):
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(Figure.suffered_by == args["suffered_by"]))
                       | Event.id.in_(Figure.select(Figure.event).join(FigureSufferer)
                                      .where(FigureSufferer.actor == args["suffered_by"])))
    if args.get("superlative"):
        clauses.append(Event.id.in_(EventClaim.select(EventClaim.event)
                                    .where(EventClaim.superlative_measure.in_(args["superlative"]))))
    if args.get("figure_vague"):
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(Figure.vague.in_(args["figure_vague"]))))
    if args.get("figure_verification"):
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(
            Figure.verification.in_(args["figure_verification"]))))
    for name, column in (("figure_cause", Figure.cause), ("figure_trend", Figure.trend),   # migrations/0034
                         ("figure_proportion", Figure.proportion), ("figure_comparison", Figure.comparison)):
        if args.get(name):
            clauses.append(Event.id.in_(Figure.select(Figure.event).where(column.in_(args[name]))))
    if args.get("figure_counted_actor"):   # migrations/0040
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(figure_filters.named_among(args["figure_counted_actor"]))))
    for condition in figure_filters.what_and_whom(args):   # migrations/0048
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(condition)))
    if args.get("figure_country"):
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(figure_filters.of_country(args["figure_country"]))))
    if args.get("figure_place"):
        # where its people were, or fled from or to (migrations/0042), not a place described relative to it
        fled = FigurePlace.select(FigurePlace.figure).where(FigurePlace.place == args["figure_place"])
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(
            (Figure.place == args["figure_place"]) | Figure.id.in_(fled))))
    if args.get("claimed_actor"):
        said = (EventClaim.actor == args["claimed_actor"]) & (EventClaim.took_part == True)  # noqa: E712
        if args.get("claimed_role"):
            said &= EventClaim.role == args["claimed_role"]
        clauses.append(Event.id.in_(EventClaim.select(EventClaim.event).where(said)))
    if args.get("claimed_candidate"):   # "one of the two" (migrations/0040)
        named = EventClaimCandidate.actor == args["claimed_candidate"]
        if args.get("claimed_role"):
            named &= EventClaim.role == args["claimed_role"]
        clauses.append(Event.id.in_(EventClaim.select(EventClaim.event).join(EventClaimCandidate).where(named)))
    if args.get("denied_actor"):
        clauses.append(Event.id.in_(EventClaim.select(EventClaim.event).where(
            (EventClaim.actor == args["denied_actor"]) & (EventClaim.took_part == False))))  # noqa: E712
    if args.get("claimed_place"):
        clauses.append(Event.id.in_(EventClaim.select(EventClaim.event).where(
            EventClaim.place.in_(places_within(args["claimed_place"])))))
    return clauses


def _event_filters(args):
    clauses = [_in(Event.type, args.get("type"))]
    if args.get("actor"):
        clauses.append(Event.id.in_(events_of_actor(args["actor"], args.get("role"))))
    # An event's further places (other_places) count as its places too (relation_filters.at_places).
    if args.get("place"):
        clauses.append(relation_filters.at_places(places_within(args["place"]), args.get("place_role")))
    if args.get("at_place"):
        clauses.append(relation_filters.at_places([args["at_place"]]))
    if args.get("country"):
        clauses.append(relation_filters.at_places(Place.select(Place.id).where(Place.country == args["country"])))
    # Overlap of the event's bracket with [date_from, date_to] (docs/api.md "Dates as reported"): an open end
    # (null: not known, ongoing, not_before) runs on indefinitely; on_or_before ends at date_start, its bound,
    # and has no earliest day; so does open_start (it ended on date_start, its start is not known).
    # An event whose date is unknown (date_start null, migrations/0034) matches neither: nothing says it fell in
    # the range (as a statement's).
    if args.get("date_from"):
        clauses.append((Event.date_end >= args["date_from"])
                       | (Event.date_end.is_null() & Event.date_start.is_null(False)
                          & (_not_by(Event) | (Event.date_start >= args["date_from"]))))
    # under_way (going on on date_start, start and end unknown) has neither an earliest nor a latest day: it may
    # have been going on in any window, so both filters keep it.
    if args.get("date_to"):
        clauses.append((Event.date_start <= args["date_to"]) | Event.date_bound.in_(NO_EARLIEST_DAY))
    if args.get("dates") == "any" and (args.get("date_from") or args.get("date_to")):
        given = bool(args.get("date_from")) + bool(args.get("date_to"))
        own, clauses = reduce(operator.and_, clauses[-given:]), clauses[:-given]
        clauses.append(own | Event.id.in_(_claimed_in_range(args)))
    clauses.extend(_reported_date_filters(Event, args))
    clauses.append(_in(Event.date_part, args.get("date_part")))
    if args.get("parent"):
        clauses.append(Event.parent == args["parent"])
    clauses.append(nesting_level(args.get("level")))
    if args.get("treaty") or args.get("treaty_link"):   # treaty_link: mend-time
        linked = EventTreaty.select(EventTreaty.event)
        if args.get("treaty"):
            linked = linked.where(EventTreaty.treaty == args["treaty"])
        if args.get("treaty_link"):
            linked = linked.where(EventTreaty.link.in_(args["treaty_link"]))
        clauses.append(Event.id.in_(linked))
    if args.get("provision"):
        clauses.append(Event.id.in_(EventTreaty.select(EventTreaty.event)
                                    .where(EventTreaty.provision == args["provision"])))
    if args.get("min_deaths") is not None or args.get("max_deaths") is not None:
        figure = Figure.id == headline_deaths(Figure.event)
        if args.get("min_deaths") is not None:
            figure &= _deaths_value() >= args["min_deaths"]
        if args.get("max_deaths") is not None:
            figure &= _deaths_value() <= args["max_deaths"]
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(figure)))
    clauses.extend(_claim_filters(args))
    clauses.extend(sourced_relation_filters.event_clauses(args))   # how sure the reporting is (mend10c)
    if args.get("legal_status"):
        clauses.append(Event.legal_status.in_(args["legal_status"]))
    if args.get("charge"):   # terms between commas (schemas/legal.py legal_columns); a term has no % or _ to escape
        clauses.append(reduce(operator.or_, [Event.legal_charges.contains(f",{term},") for term in args["charge"]]))
    if args.get("bbox"):
        clauses.append(Event.place.in_(Place.select(Place.id).where(
            _bbox(Place.latitude, Place.longitude, args["bbox"]))))
    return (clauses + relation_filters.event_clauses(args) + control_filters.event_clauses(args)
            + act_filters.event_clauses(args)
            + who_filters.event_clauses(args))


def _treaty_filters(args):
    clauses = [_in(Treaty.kind, args.get("kind")), _in(Treaty.status, args.get("status"))]
    if args.get("party") and not args.get("party_role"):
        clauses.append(Treaty.id.in_(TreatyParty.select(TreatyParty.treaty).where(TreatyParty.actor == args["party"])))
    clauses += provision_filters.treaty_clauses(args, places_within)
    clauses += treaty_structure.clauses(args)
    if args.get("in_force_on"):
        clauses.append(treaty_structure.in_force_on(args["in_force_on"]))
    return clauses + act_filters.treaty_clauses(args)


def _statement_filters(args):
    clauses = [_stances(args.get("stance")), _in(Statement.medium, args.get("medium"))]
    if args.get("claimed_medium"):   # migrations/0027
        clauses.append(Statement.id.in_(StatementClaim.select(StatementClaim.statement).where(
            StatementClaim.medium.in_(args["claimed_medium"]) & (StatementClaim.rank != "deprecated"))))
    if args.get("speaker"):   # any speaker of a joint statement
        clauses.append(relation_filters.spoken_by(args["speaker"]))
    if args.get("language"):
        clauses.append(Statement.language == args["language"])
    if args.get("about_event"):
        clauses.append(Statement.id.in_(StatementEvent.select(StatementEvent.statement)
                                        .where(StatementEvent.event == args["about_event"])))
    if args.get("about_treaty"):
        clauses.append(Statement.id.in_(StatementTreaty.select(StatementTreaty.statement)
                                        .where(StatementTreaty.treaty == args["about_treaty"])))
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
    clauses.extend(_reported_date_filters(Statement, args))
    return (clauses + relation_filters.statement_clauses(args) + figure_filters.statement_clauses(args)
            + act_filters.statement_clauses(args)
            + who_filters.statement_clauses(args))


# Bounds whose date is the last day (no first day is known): "by the 9th", "ended on the 9th, start unknown".
ENDED_AT_DATE = ("on_or_before", "open_start")
NO_EARLIEST_DAY = ENDED_AT_DATE + ("under_way",)


def _not_by(model):
    """The record's date has no on_or_before or open_start bound (which would end it at its date)."""
    return model.date_bound.is_null() | model.date_bound.not_in(ENDED_AT_DATE)


def _claimed_in_range(args):
    """Events with a claim, not deprecated, whose dates (schemas/dates.claimed_days) overlap [date_from, date_to]
    as an event's own do: a null first day has no earliest day, a null last day runs on (mend-when)."""
    claims = EventClaim.select(EventClaim.event).where(
        (EventClaim.rank != "deprecated") & (EventClaim.claimed_first.is_null(False)
                                             | EventClaim.claimed_last.is_null(False)))
    if args.get("date_from"):
        claims = claims.where(EventClaim.claimed_last.is_null() | (EventClaim.claimed_last >= args["date_from"]))
    if args.get("date_to"):
        claims = claims.where(EventClaim.claimed_first.is_null() | (EventClaim.claimed_first <= args["date_to"]))
    return claims


def _reported_date_filters(model, args):
    """date_bound= (terms, or `none` for dates with no open bound) and date_precision=."""
    clauses = [_in(model.date_precision, args.get("date_precision"))]
    bounds = args.get("date_bound")
    if bounds:
        terms = [b for b in bounds if b != "none"]
        clause = model.date_bound.in_(terms) if terms else None
        if "none" in bounds:
            clause = model.date_bound.is_null() if clause is None else clause | model.date_bound.is_null()
        clauses.append(clause)
    return clauses


FILTERS = {"sources": _source_filters, "actors": _actor_filters, "places": _place_filters,
           "events": _event_filters, "treaties": _treaty_filters, "statements": _statement_filters}


def clauses(kind_name, args):
    """The WHERE clauses of a kind's filters in `args` (those not given add none)."""
    return [clause for clause in FILTERS[kind_name](args) + _external_ids(kind_name, args) if clause is not None]


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
