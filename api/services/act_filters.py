"""What the filters on acts mean (mend-acts, migrations/0043; their declarations: schemas/act_filters.py): an
event's mode, a statement's platform, channel, requested and offered actions, a treaty's text publication and
its provisions' implementation entries."""
from .. import jsonio
from ..models import Event, Implementation, ImplementationActor, Provision, Statement, Treaty
from ..sql import any_of


def _actions(column, terms):
    """Statements with a requests (or offers) item of one of these actions: the item's `"action":"term"` text inside
    the list's JSON text (orjson writes no spaces), as other_stances are found. LIKE reads a term's _ as any one
    character: no other term differs from one only there."""
    return any_of(column.contains(f'"action":{jsonio.dumps_text(term)}') for term in terms)


def event_clauses(args):
    clauses = [Event.mode.in_(args["mode"])] if args.get("mode") else []
    if args.get("travel_means"):   # a term's JSON text inside the list's, as other_stances (migrations/0067)
        clauses.append(any_of(Event.travel_means.contains(jsonio.dumps_text(term)) for term in args["travel_means"]))
    return clauses


def statement_clauses(args):
    clauses = []
    if args.get("platform"):
        clauses.append(Statement.platform.in_(args["platform"]))
    if args.get("channel"):
        clauses.append(Statement.channel == args["channel"])
    if args.get("requested_action"):
        clauses.append(_actions(Statement.requests, args["requested_action"]))
    if args.get("offered_action"):
        clauses.append(_actions(Statement.offers, args["offered_action"]))
    if args.get("live") is not None:
        clauses.append(Statement.live == args["live"])
    return clauses


def treaty_clauses(args):
    clauses = []
    if args.get("text_published"):
        clauses.append(Treaty.text_published.in_(args["text_published"]))
    if args.get("implemented_by") or args.get("implementation"):
        entries = Implementation.select(Implementation.provision)
        if args.get("implemented_by"):
            entries = entries.join(ImplementationActor, on=ImplementationActor.implementation == Implementation.id) \
                .where(ImplementationActor.actor == args["implemented_by"])
        if args.get("implementation"):
            entries = entries.where(Implementation.status.in_(args["implementation"]))
        clauses.append(Treaty.id.in_(Provision.select(Provision.treaty).where(Provision.id.in_(entries))))
    return clauses
