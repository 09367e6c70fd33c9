"""What the events' filters mean: validated arguments -> WHERE clauses (api/services/filters.py gives every kind's,
the relation routes and the external IDs). The deaths total the death filters read (headline_deaths), the
dates as reported (docs/api.md "Dates as reported") and events inside events (level=) are defined here.
"""
import operator
from functools import reduce

from peewee import SQL, Case, fn

from ..models import (Event, EventClaim, EventClaimCandidate, EventClaimClaimant, EventTreaty, Figure, FigurePlace, FigureSufferer,
                      Participant, Place)
from ..sql import any_of
from . import (act_filters, control_filters, figure_filters, occurrence_filters, relation_filters, scope_filters,
               sourced_relation_filters, who_filters)
from .filter_parts import bbox, in_season, in_terms, places_within, reported_date_filters


def events_of_actor(actor_id, role=None):
    """SELECT the IDs of the events an actor takes part in (in `role` if given): the one definition of
    "events of an actor", for the actor= filter, the relation route and the referrers a delete reports."""
    who = Participant.actor == actor_id
    if role:
        who &= Participant.role == role
    return Participant.select(Participant.event).where(who)


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


def nesting_level(level, occurrence=None):
    """level= (docs/api.md "Aggregates", "Events inside events"): top, the events part of no other event (no
    parent_id); leaf, the events no live event is part of (of the occurrences read: `occurrence`, the
    occurrence= argument, none for the default, migrations/0068). A sub-event is looked for by event's parent_id
    index, one index look per event (NOT EXISTS: an anti-join on PostgreSQL), never a scan of the events per
    event."""
    if level == "top":
        return Event.parent.is_null()
    if level == "leaf":
        child = Event.alias()
        live = child.deleted_at.is_null()
        read = occurrence_filters.read(child, occurrence)
        return ~fn.EXISTS(child.select(SQL("1")).where((child.parent == Event.id) & (live if read is None else
                                                                                    live & read)))
    return None


def _claim_filters(args):
    """Events by who claims something about them, and by what their figures count."""
    clauses = []
    if args.get("claimant"):
        clauses.append(Event.id.in_(Figure.select(Figure.event).where(figure_filters.claimed_by(args["claimant"])))
                       | Event.id.in_(EventClaim.select(EventClaim.event)
                                      .where(EventClaim.claimant == args["claimant"]))
                       | Event.id.in_(EventClaim.select(EventClaim.event).join(EventClaimClaimant)   # 0079
                                      .where(EventClaimClaimant.actor == args["claimant"])))
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
    for name, column in (("figure_trend", Figure.trend),   # migrations/0034; figure_cause: what_and_whom (0116)
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


def event_clauses(args):
    """The WHERE clauses of the events' filters in `args` (filters.clauses adds the external IDs')."""
    clauses = [in_terms(Event.type, args.get("type"))]
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
    clauses.extend(reported_date_filters(Event, args))
    clauses.append(in_terms(Event.date_part, args.get("date_part")))
    clauses.append(in_terms(Event.date_end_part, args.get("date_end_part")))   # migrations/0057
    clauses.append(in_season(Event.occasion_timing, args.get("occasion_season")))   # figs33 (migrations/0113)
    if args.get("parent"):
        clauses.append(Event.parent == args["parent"])
    clauses.append(nesting_level(args.get("level"), args.get("occurrence")))
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
    clauses.extend(sourced_relation_filters.claim_clauses("events", args))   # who says a relation holds (0106)
    if args.get("legal_status"):
        clauses.append(Event.legal_status.in_(args["legal_status"]))
    if args.get("charge"):   # terms between commas (schemas/legal.py legal_columns); a term has no % or _ to escape
        clauses.append(any_of(Event.legal_charges.contains(f",{term},") for term in args["charge"]))
    if args.get("legal_in_force_on"):   # migrations/0094: said still in force on or after the day
        clauses.append(Event.legal_in_force_as_of >= args["legal_in_force_on"])
    if args.get("bbox"):
        clauses.append(Event.place.in_(Place.select(Place.id).where(
            bbox(Place.latitude, Place.longitude, args["bbox"]))))
    return (clauses + relation_filters.event_clauses(args) + control_filters.event_clauses(args)
            + act_filters.event_clauses(args) + scope_filters.event_clauses(args)
            + who_filters.event_clauses(args) + occurrence_filters.event_clauses(args))


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
