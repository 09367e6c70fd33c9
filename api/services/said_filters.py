"""What the filters on a statement's reasons, predictions, novelty and date_part mean (stmt30, migrations/0102;
their declarations: schemas/statement_said.py SAID_FILTERS). A list item's "key":value text inside the list's JSON
text (orjson writes no spaces), as the filters on acts (api/services/act_filters.py)."""
from schemas.statement_said import ACT_LISTS

from .. import jsonio
from ..models import Statement
from ..sql import any_of
from .filter_parts import in_season


def statement_clauses(args):
    clauses = []
    if args.get("stated_reason"):   # the statement's reasons, or an act item's
        clauses.append(any_of(getattr(Statement, name).contains(f'"reason":{jsonio.dumps_text(term)}')
                              for name in ("reasons", *ACT_LISTS) for term in args["stated_reason"]))
    if args.get("stated_reason_for"):   # claims34: a reasons item's "reason_for_id":ID, followed by , or }
        clauses.append(any_of(getattr(Statement, name).contains(f'"reason_for_id":{int(args["stated_reason_for"])}{end}')
                              for name in ("reasons", *ACT_LISTS) for end in (",", "}")))
    if args.get("predicted_event"):   # an item's "event_id":ID, followed by , or }
        clauses.append(any_of(Statement.predictions.contains(f'"event_id":{int(args["predicted_event"])}{end}')
                              for end in (",", "}")))
    if args.get("predicted_type"):
        clauses.append(any_of(Statement.predictions.contains(f'"event_type":{jsonio.dumps_text(term)}')
                              for term in args["predicted_type"]))
    if args.get("predicted_treaty"):   # statements37: an item's "treaty_id":ID (of predictions alone)
        clauses.append(any_of(Statement.predictions.contains(f'"treaty_id":{int(args["predicted_treaty"])}{end}')
                              for end in (",", "}")))
    for name in ("predicted_treaty_outcome", "predicted_actor_outcome"):   # statements37: "treaty_outcome":"term"
        if args.get(name):
            clauses.append(any_of(Statement.predictions.contains(f'"{name[10:]}":{jsonio.dumps_text(term)}')
                                  for term in args[name]))
    if args.get("predicted_actor"):   # statements37: among an item's actor_ids (the parsed items decide)
        clauses.append(Statement.id.in_(predicting_actor(int(args["predicted_actor"]))))
    if args.get("novelty"):
        clauses.append(Statement.novelty.in_(args["novelty"]))
    if args.get("date_part"):
        clauses.append(Statement.date_part.in_(args["date_part"]))
    if args.get("occasion_season"):   # figs33 (migrations/0113)
        clauses.append(in_season(Statement.occasion_timing, args["occasion_season"]))
    return clauses


def predicting_actor(n):
    """statements37: the IDs of statements with a predictions item whose actor_ids hold actor n (the text narrows,
    the parsed items decide, as a treaty's status_blamed= does)."""
    found = Statement.select(Statement.id, Statement.predictions).where(any_of(
        [Statement.predictions.contains(f"{before}{n}{after}") for before in "[," for after in ",]"])).tuples()
    return [ident for ident, text in found
            if any(n in (item.get("actor_ids") or []) for item in jsonio.loads(text or "[]"))]
