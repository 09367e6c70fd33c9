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
    if args.get("novelty"):
        clauses.append(Statement.novelty.in_(args["novelty"]))
    if args.get("date_part"):
        clauses.append(Statement.date_part.in_(args["date_part"]))
    if args.get("occasion_season"):   # figs33 (migrations/0113)
        clauses.append(in_season(Statement.occasion_timing, args["occasion_season"]))
    return clauses
