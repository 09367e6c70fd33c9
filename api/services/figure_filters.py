"""What the figure filters mean beyond an event's (issue 10, figures as reported): a figure claimed by any of its
claimants, the figures of statements and places, and vague figures (schemas/link_filters.figure_filters).

A figure's owner is one of its columns event, statement, owner_place, owner_actor (api/models/figures.py): the
records of a kind with a figure that matches are the owner column's values of the matching figures."""
from peewee import fn

from ..models import (Actor, Figure, FigureAboard, FigureAmong, FigureClaimant, FigureCoveredEvent, FigureHolder, FigureInflicter,
                      Place, Statement)
from .. import jsonio
from ..sql import any_of


def claimed_by(actor_id):
    """The figures this actor claims: as claimant_id (the first), or any of claimant_ids."""
    return (Figure.claimant == actor_id) | Figure.id.in_(
        FigureClaimant.select(FigureClaimant.figure).where(FigureClaimant.actor == actor_id))


def named_among(actor_id):
    """The figures that name this actor among those counted (counted_actor_ids, migrations/0040)."""
    return Figure.id.in_(FigureAmong.select(FigureAmong.figure).where(FigureAmong.actor == actor_id))


def _owned(record, owner, condition):
    return record.id.in_(Figure.select(owner).where(condition & owner.is_null(False)))


def owner_clauses(record, owner, args):
    """The clauses of figure_claimant=, figure_quantity=, figure_vague= and figure_verification= for the records owning figures in
    column `owner` (Figure.statement, Figure.owner_place)."""
    clauses = []
    if args.get("figure_claimant"):
        clauses.append(_owned(record, owner, claimed_by(args["figure_claimant"])))
    if args.get("figure_quantity"):
        clauses.append(_owned(record, owner, Figure.quantity.in_(args["figure_quantity"])))
    if args.get("figure_vague"):
        clauses.append(_owned(record, owner, Figure.vague.in_(args["figure_vague"])))
    if args.get("figure_verification"):
        clauses.append(_owned(record, owner, Figure.verification.in_(args["figure_verification"])))
    for name, column in (("figure_trend", Figure.trend),   # migrations/0034; figure_cause: what_and_whom (0116)
                         ("figure_proportion", Figure.proportion), ("figure_comparison", Figure.comparison)):
        if args.get(name):
            clauses.append(_owned(record, owner, column.in_(args[name])))
    if args.get("figure_counted_actor"):   # migrations/0040
        clauses.append(_owned(record, owner, named_among(args["figure_counted_actor"])))
    clauses += [_owned(record, owner, condition) for condition in what_and_whom(args)]
    return clauses


def what_and_whom(args):
    """The figure conditions of figure_equipment=, figure_inflicted_by= and figure_subset= (migrations/0048),
    figure_held_as=, figure_held_by= and figure_covers_event= (migrations/0053)."""
    conditions = []
    if args.get("figure_equipment"):
        conditions.append(Figure.equipment_kind.in_(args["figure_equipment"]))
    if args.get("figure_inflicted_by"):
        conditions.append((Figure.inflicted_by == args["figure_inflicted_by"]) | Figure.id.in_(   # or one of several
            FigureInflicter.select(FigureInflicter.figure).where(FigureInflicter.actor == args["figure_inflicted_by"])))
    if args.get("figure_held_as"):   # migrations/0053
        conditions.append(Figure.held_as.in_(args["figure_held_as"]))
    if args.get("figure_held_by"):
        conditions.append(Figure.id.in_(FigureHolder.select(FigureHolder.figure)
                                        .where(FigureHolder.actor == args["figure_held_by"])))
    if args.get("figure_covers_event"):
        conditions.append(Figure.id.in_(FigureCoveredEvent.select(FigureCoveredEvent.figure)
                                        .where(FigureCoveredEvent.event == args["figure_covers_event"])))
    if args.get("figure_certainty"):   # migrations/0064
        conditions.append(Figure.certainty.in_(args["figure_certainty"]))
    if args.get("figure_claimant_hedge"):   # migrations/0074
        conditions.append(Figure.claimant_hedge.in_(args["figure_claimant_hedge"]))
    if args.get("figure_period_event"):
        conditions.append(Figure.period_event == args["figure_period_event"])
    if args.get("figure_revised_after_event"):   # migrations/0070
        conditions.append(Figure.revised_after_event == args["figure_revised_after_event"])
    if args.get("figure_period_until_event"):
        conditions.append(Figure.period_until_event == args["figure_period_until_event"])
    if args.get("figure_travel_means"):   # a JSON list of terms: a term is found with its quotes, as other_subsets
        conditions.append(any_of(Figure.travel_means.contains(f'"{term}"') for term in args["figure_travel_means"]))
    conditions += _registered_and_dated(args)
    if args.get("figure_subset"):   # other_subsets is a JSON list of terms: a term is found with its quotes
        conditions.append(any_of((Figure.subset == term) | Figure.other_subsets.contains(f'"{term}"')
                                 for term in args["figure_subset"]))
    return conditions


def _registered_and_dated(args):
    """figure_registration=, figure_registered_with=, figure_aboard= and the as_of range (migrations/0098): a figure whose as_of
    bracket (as_of to as_of_end; one day without it) overlaps [figure_as_of_from, figure_as_of_to]."""
    conditions = []
    if args.get("figure_inflicted_with"):   # JSON text of an object or a list of them: "kind":"<term>" in it
        conditions.append(any_of(Figure.inflicted_with.contains(f'"kind":{jsonio.dumps_text(term)}')
                                 | Figure.other_inflicted_with.contains(f'"kind":{jsonio.dumps_text(term)}')
                                 for term in args["figure_inflicted_with"]))
    if args.get("figure_evidence"):   # agree33 (migrations/0114): an item's "kind":"term" in the JSON list
        conditions.append(any_of(Figure.evidence.contains(f'"kind":{jsonio.dumps_text(term)}')
                                 for term in args["figure_evidence"]))
    if args.get("figure_cause"):   # migrations/0034; other_causes a JSON list of terms, found with their quotes (0116)
        conditions.append(any_of((Figure.cause == term) | Figure.other_causes.contains(f'"{term}"')
                                 for term in args["figure_cause"]))
    if args.get("figure_lacked"):   # vocab34 (migrations/0116)
        conditions.append(any_of(Figure.lacked.contains(f'"{term}"') for term in args["figure_lacked"]))
    if args.get("figure_status"):   # figs32 (migrations/0110)
        conditions.append(Figure.status.in_(args["figure_status"]))
    for name, column in (("figure_independent_count", Figure.independent_count),   # figs33 (migrations/0113)
                         ("figure_activity_when_hit", Figure.activity_when_hit)):
        if args.get(name):
            conditions.append(column.in_(args[name]))
    if args.get("figure_condition"):   # claims34 (migrations/0115): a condition's "type":"<term>" in the JSON list
        conditions.append(any_of(Figure.conditions.contains(f'"type":{jsonio.dumps_text(term)}')
                                 for term in args["figure_condition"]))
    if args.get("figure_registration"):
        conditions.append(Figure.registration.in_(args["figure_registration"]))
    if args.get("figure_registered_with"):
        conditions.append(Figure.registered_with == args["figure_registered_with"])
    if args.get("figure_aboard"):
        conditions.append(Figure.id.in_(FigureAboard.select(FigureAboard.figure)
                                        .where(FigureAboard.actor == args["figure_aboard"])))
    if args.get("figure_verification_source"):   # acts29 (migrations/0101)
        conditions.append(Figure.verification_source == args["figure_verification_source"])
    if args.get("figure_additional") is not None:   # null (none stored so) reads false
        conditions.append((Figure.additional == True) if args["figure_additional"]   # noqa: E712 (SQL)
                          else ((Figure.additional == False) | Figure.additional.is_null()))   # noqa: E712
    if args.get("figure_as_of_from"):
        conditions.append(fn.COALESCE(Figure.as_of_end, Figure.as_of) >= args["figure_as_of_from"])
    if args.get("figure_as_of_to"):
        conditions.append(Figure.as_of <= args["figure_as_of_to"])
    return conditions


def of_country(country):
    """The figures of people of this nationality: country, or one of other_countries (migrations/0048)."""
    return (Figure.country == country) | Figure.other_countries.contains(f'"{country}"')


def statement_clauses(args):
    return owner_clauses(Statement, Figure.statement, args)


def place_clauses(args):
    return owner_clauses(Place, Figure.owner_place, args)


def actor_clauses(args):   # figures28 (migrations/0098): an actor's own figures
    return owner_clauses(Actor, Figure.owner_actor, args)


def counted(figure):
    """A figure that is a count: a number given (not vague, not a trend without one: migrations/0034), not a
    rate, in people (not a share in percent). Only such figures may stand for an event's deaths total
    (event_filters.headline_deaths)."""
    return (figure.vague.is_null() & figure.per.is_null() & (figure.unit == "people")
            & (figure.low.is_null(False) | figure.best.is_null(False) | figure.high.is_null(False)))


def counts_as_deaths(figure):
    """A figure that may stand for the deaths of its category on its event: never a subset, nationality or
    part of another figure, a value published, not deprecated, and a count (never vague, a share or a rate).
    With category total it may stand for the event's deaths total (event_filters.headline_deaths); the aggregates
    (services/stats.py) choose one per category by the same rule."""
    return ((figure.quantity == "deaths") & figure.subset.is_null()
            & figure.country.is_null() & figure.part_of_id.is_null() & figure.part_of_key.is_null()
            # a part of a stated whole ("18 of the 31 killed", migrations/0040) is not the event's toll
            & figure.share_of_id.is_null() & figure.share_of_key.is_null() & figure.share_of.is_null()
            & (figure.published == True) & (figure.rank != "deprecated")  # noqa: E712 (SQL, not Python)
            & figure.certainty.is_null()   # a possible figure is no toll (migrations/0064)
            & counted(figure))
