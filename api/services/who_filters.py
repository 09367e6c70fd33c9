"""Filters on who says so (schemas/who_filters.py; migrations/0049): unnamed claimants in words, the event a
statement was made at and how sure its making is, a source's country and owner."""
from ..models import Event, EventClaim, Figure, Source, Statement


def event_clauses(args):
    clauses = []
    for name in ("claimant_kind", "claimant_country"):
        if args.get(name):   # claimant_kind is a list of terms, claimant_country one code
            wanted = args[name] if isinstance(args[name], list) else [args[name]]
            clauses.append(_with_unnamed(name, wanted))
    return clauses


def _with_unnamed(name, wanted):
    """Events with a figure or a claim whose unnamed claimant's words are of these kinds (or this country)."""
    return (Event.id.in_(Figure.select(Figure.event).where(getattr(Figure, name).in_(wanted)))
            | Event.id.in_(EventClaim.select(EventClaim.event).where(getattr(EventClaim, name).in_(wanted))))


def statement_clauses(args):
    clauses = []
    if args.get("said_during"):
        clauses.append(Statement.said_during_event == args["said_during"])
    if args.get("verification"):
        clauses.append(Statement.verification.in_(args["verification"]))
    return clauses


def source_clauses(args):
    clauses = []
    if args.get("country"):
        clauses.append(Source.country == args["country"])
    if args.get("owner"):
        clauses.append(Source.owner == args["owner"])
    return clauses
