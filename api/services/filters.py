"""What a collection's filters mean: one function per kind, validated arguments -> WHERE clauses.

The relation routes (/v1/actors/9/events, /v1/places/3/events, ...) are these same filters: `RELATIONS` names
the filter each route sets, so that /v1/actors/9/events is planned and answered exactly as /v1/events?actor=9
(pages.plan). Two filters exist for the routes alone, with no query parameter: `at_place` (events at this
place itself, not at the places inside it, which is what /v1/places/3/events has always meant, while
?place=3 takes in the places inside) and `about_statement`.
"""
from peewee import fn

from ..models import (Actor, ActorExternalId, Event, EventTreaty, Figure, Participant, Place, PlaceExternalId,
                      Provision, Statement, StatementEvent, StatementStatement, StatementTreaty, Treaty, TreatyParty)

from . import treaty_structure  # noqa: E402  (the treaty filters that answer from the structure over time)

EXTERNAL_ID_SCHEMES = ("wikidata", "iso3166", "ucdp", "acled", "geonames")


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


def _external_ids(model, link, owner, args):
    return [model.id.in_(link.select(owner).where((link.scheme == scheme) & (link.value == args[scheme])))
            for scheme in EXTERNAL_ID_SCHEMES if args.get(scheme)]


def _source_filters(args):
    return []


def _actor_filters(args):
    clauses = [_in(Actor.kind, args.get("kind"))]
    if args.get("country"):
        clauses.append(Actor.country == args["country"])
    if args.get("parent"):
        clauses.append(Actor.parent == args["parent"])
    return clauses + _external_ids(Actor, ActorExternalId, ActorExternalId.actor, args)


def _place_filters(args):
    clauses = [_in(Place.kind, args.get("kind"))]
    if args.get("country"):
        clauses.append(Place.country == args["country"])
    if args.get("within"):
        clauses.append(Place.id.in_(places_within(args["within"])) & (Place.id != args["within"]))
    if args.get("bbox"):
        clauses.append(_bbox(Place.latitude, Place.longitude, args["bbox"]))
    return clauses + _external_ids(Place, PlaceExternalId, PlaceExternalId.place, args)


def _deaths_value():
    """A deaths figure's value: its best estimate, else its lower bound, else its upper bound."""
    return fn.COALESCE(Figure.best, Figure.low, Figure.high)


def _event_filters(args):
    clauses = [_in(Event.type, args.get("type"))]
    if args.get("actor"):
        clauses.append(Event.id.in_(events_of_actor(args["actor"], args.get("role"))))
    if args.get("place"):
        clauses.append(Event.place.in_(places_within(args["place"])))
    if args.get("at_place"):
        clauses.append(Event.place == args["at_place"])
    if args.get("country"):
        clauses.append(Event.place.in_(Place.select(Place.id).where(Place.country == args["country"])))
    # Overlap of the event's bracket with [date_from, date_to]; an open end (null) runs on indefinitely.
    if args.get("date_from"):
        clauses.append(Event.date_end.is_null() | (Event.date_end >= args["date_from"]))
    if args.get("date_to"):
        clauses.append(Event.date_start <= args["date_to"])
    if args.get("parent"):
        clauses.append(Event.parent == args["parent"])
    if args.get("treaty"):
        clauses.append(Event.id.in_(EventTreaty.select(EventTreaty.event).where(EventTreaty.treaty == args["treaty"])))
    if args.get("min_deaths") is not None or args.get("max_deaths") is not None:
        figure = Figure.quantity == "deaths"
        if args.get("min_deaths") is not None:
            figure &= _deaths_value() >= args["min_deaths"]
        if args.get("max_deaths") is not None:
            figure &= _deaths_value() <= args["max_deaths"]
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(figure)))
    if args.get("bbox"):
        clauses.append(Event.place.in_(Place.select(Place.id).where(
            _bbox(Place.latitude, Place.longitude, args["bbox"]))))
    return clauses


def _treaty_filters(args):
    clauses = [_in(Treaty.kind, args.get("kind")), _in(Treaty.status, args.get("status"))]
    if args.get("party") and not args.get("party_role"):
        clauses.append(Treaty.id.in_(TreatyParty.select(TreatyParty.treaty).where(TreatyParty.actor == args["party"])))
    clauses += treaty_structure.clauses(args)
    if args.get("obligation"):
        clauses.append(Treaty.id.in_(Provision.select(Provision.treaty)
                                     .where(Provision.obligation.in_(args["obligation"]))))
    if args.get("in_force_on"):
        clauses.append(treaty_structure.in_force_on(args["in_force_on"]))
    return clauses


def _statement_filters(args):
    clauses = [_in(Statement.stance, args.get("stance")), _in(Statement.medium, args.get("medium"))]
    if args.get("speaker"):
        clauses.append(Statement.speaker == args["speaker"])
    if args.get("language"):
        clauses.append(Statement.language == args["language"])
    if args.get("about_event"):
        clauses.append(Statement.id.in_(StatementEvent.select(StatementEvent.statement)
                                        .where(StatementEvent.event == args["about_event"])))
    if args.get("about_treaty"):
        clauses.append(Statement.id.in_(StatementTreaty.select(StatementTreaty.statement)
                                        .where(StatementTreaty.treaty == args["about_treaty"])))
    if args.get("about_statement"):
        clauses.append(Statement.id.in_(StatementStatement.select(StatementStatement.statement)
                                        .where(StatementStatement.about == args["about_statement"])))
    if args.get("date_from"):
        clauses.append(Statement.date >= args["date_from"])
    if args.get("date_to"):
        clauses.append(Statement.date <= args["date_to"])
    return clauses


FILTERS = {"sources": _source_filters, "actors": _actor_filters, "places": _place_filters,
           "events": _event_filters, "treaties": _treaty_filters, "statements": _statement_filters}


def clauses(kind_name, args):
    """The WHERE clauses of a kind's filters in `args` (those not given add none)."""
    return [clause for clause in FILTERS[kind_name](args) if clause is not None]


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
