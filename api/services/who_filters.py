"""Filters on who says so (schemas/who_filters.py; migrations/0049): unnamed claimants in words (of events' and,
acts31, treaties' claims), the event a statement was made at and how sure its making is, a source's country and
owner."""
from .. import jsonio
from ..models import (Event, EventClaim, EventClaimSource, EventSource, EventTreaty, EventTreatySource, Figure,
                      FigureSource, Implementation, Provision, ProvisionActor, Source, SourceCitation,
                      SourceCitationInPart,
                      SourceReportingPlace, Statement, StatementClaim, StatementClaimSource, StatementFigure,
                      StatementSource, Treaty, TreatyStatusChange)
from ..sql import any_of


def event_clauses(args):
    clauses = [_with_unnamed(name, wanted) for name, wanted in _unnamed_wanted(args)]
    if args.get("treaty_link_claimant") or args.get("treaty_link_source"):
        clauses.append(Event.id.in_(_claimed_links(args)))
    if args.get("rests_on"):   # its own sources, or those cited on its figures and claims (mend-time5)
        carrying = _carrying(args["rests_on"])
        clauses.append(Event.id.in_(EventSource.select(EventSource.event).where(EventSource.source.in_(carrying)))
                       | Event.id.in_(_on_parts(Figure.event, FigureSource.figure, carrying))
                       | Event.id.in_(_on_parts(EventClaim.event, EventClaimSource.claim, carrying)))
    return clauses


def _on_parts(owner, part, carrying):
    """The owners (events or statements: `owner`, the part's column) of the figures or claims (`part`, the
    citation's column) citing one of these sources: the guide has a carried source cited on the record of the fact
    it gives, not on the whole event (mend-time5; trial t27 doc problem 2)."""
    return (owner.model.select(owner).where(owner.is_null(False) & owner.model.id.in_(
        part.model.select(part).where(part.model.source.in_(carrying)))))


def _claimed_links(args):
    """Events with one treaty link matching every given part: the treaty, the link, its claimant, a source
    citing it (migrations/0059)."""
    found = EventTreaty.select(EventTreaty.event)
    if args.get("treaty"):
        found = found.where(EventTreaty.treaty == args["treaty"])
    if args.get("treaty_link"):
        found = found.where(EventTreaty.link.in_(args["treaty_link"]))
    if args.get("treaty_link_claimant"):
        found = found.where(EventTreaty.claimant == args["treaty_link_claimant"])
    if args.get("treaty_link_source"):
        found = found.where(EventTreaty.id.in_(EventTreatySource.select(EventTreatySource.relation)
                                               .where(EventTreatySource.source == args["treaty_link_source"])))
    return found


def _carrying(source_id):
    """The source and the sources that carry it, at one remove ("Reuters, citing SANA"; migrations/0059)."""
    return [source_id] + [row[0] for row in SourceCitation.select(SourceCitation.source)
                          .where(SourceCitation.cited == source_id).tuples()]


def _unnamed_wanted(args):
    """(claimant_kind or claimant_country, the values wanted) for each of the two given: claimant_kind is a list of
    terms, claimant_country one code."""
    return [(name, args[name] if isinstance(args[name], list) else [args[name]])
            for name in ("claimant_kind", "claimant_country") if args.get(name)]


def _with_unnamed(name, wanted):
    """Events with a figure, a claim or (acts31, migrations/0107) a treaty link whose unnamed claimant's words are of
    these kinds (or this country)."""
    return any_of([Event.id.in_(model.select(owner).where(getattr(model, name).in_(wanted)))
                   for model, owner in ((Figure, Figure.event), (EventClaim, EventClaim.event),
                                        (EventTreaty, EventTreaty.event))])


def treaty_clauses(args):
    """acts31 (migrations/0107): treaties with a provision, one of its deadlines (JSON), implementation entries or
    (claims34) other actors, or a status history entry, whose unnamed claimant's words are of these kinds (or this country)."""
    clauses = []
    for name, wanted in _unnamed_wanted(args):
        in_deadlines = any_of([Provision.deadlines.contains(f'"{name}":{jsonio.dumps_text(value)}') for value in wanted])
        provisions = Provision.select(Provision.treaty).where(
            getattr(Provision, name).in_(wanted) | in_deadlines
            | Provision.id.in_(Implementation.select(Implementation.provision).where(
                getattr(Implementation, name).in_(wanted)))
            | Provision.id.in_(ProvisionActor.select(ProvisionActor.provision).where(   # claims34 (0115)
                getattr(ProvisionActor, name).in_(wanted))))
        clauses.append(Treaty.id.in_(provisions) | Treaty.id.in_(TreatyStatusChange.select(
            TreatyStatusChange.treaty).where(getattr(TreatyStatusChange, name).in_(wanted))))
    return clauses


def statement_clauses(args):
    clauses = []
    if args.get("said_during"):
        clauses.append(Statement.said_during_event == args["said_during"])
    if args.get("verification"):
        clauses.append(Statement.verification.in_(args["verification"]))
    if args.get("about_figure"):   # claims26 (migrations/0091)
        clauses.append(Statement.id.in_(StatementFigure.select(StatementFigure.statement)
                                        .where(StatementFigure.figure == args["about_figure"])))
    if args.get("speaker_hedge"):
        clauses.append(Statement.speaker_hedge.in_(args["speaker_hedge"]))
    if args.get("rests_on"):   # its own sources, or those cited on its figures and claims (mend-time5)
        carrying = _carrying(args["rests_on"])
        clauses.append(Statement.id.in_(StatementSource.select(StatementSource.statement)
                                        .where(StatementSource.source.in_(carrying)))
                       | Statement.id.in_(_on_parts(Figure.statement, FigureSource.figure, carrying))
                       | Statement.id.in_(_on_parts(StatementClaim.statement, StatementClaimSource.claim, carrying)))
    return clauses


def source_clauses(args):
    clauses = []
    if args.get("country"):
        clauses.append(Source.country == args["country"])
    if args.get("owner"):
        clauses.append(Source.owner == args["owner"])
    if args.get("cites"):
        clauses.append(Source.id.in_(SourceCitation.select(SourceCitation.source)
                                     .where(SourceCitation.cited == args["cites"]))
                       | Source.id.in_(SourceCitationInPart.select(SourceCitationInPart.source)   # 0075
                                       .where(SourceCitationInPart.cited == args["cites"])))
    if args.get("reporting_place"):   # claims26 (migrations/0091)
        clauses.append(Source.id.in_(SourceReportingPlace.select(SourceReportingPlace.source)
                                     .where(SourceReportingPlace.place == args["reporting_place"])))
    return clauses
