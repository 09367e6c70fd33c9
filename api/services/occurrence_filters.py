"""What the filters on whether an event happened mean (mend-occur, migrations/0068; their declarations:
schemas/event_occurrence.py; docs/api.md "Events that did not happen").

The events read when occurrence= is not given are those reported to have happened (vocab_occurrence.COUNTED:
occurred, alleged): pages.filter_clauses adds `default_clauses` to every events query it builds, so a page, an
export, a relation route, an aggregate and the rollups that answer aggregates (api/services/rollup_upkeep.py
sums through the same clauses) all read the same events, and a planned or foiled attack adds to no count."""
from schemas.vocab_occurrence import COUNTED

from ..models import Event, EventClaim


def read(model, terms):
    """The condition on `model` (Event or an alias) of the occurrences occurrence= `terms` reads: None for any,
    the COUNTED ones when not given."""
    if not terms:
        return model.occurrence.in_(COUNTED)
    return None if "any" in terms else model.occurrence.in_(terms)


def event_clauses(args):
    """The clauses of occurrence= (unless it says any) and claimed_occurrence=."""
    clauses = []
    if args.get("occurrence"):
        clauses.append(read(Event, args["occurrence"]))
    if args.get("claimed_occurrence"):
        clauses.append(Event.id.in_(EventClaim.select(EventClaim.event).where(
            EventClaim.occurrence.in_(args["claimed_occurrence"]) & (EventClaim.rank != "deprecated"))))
    return clauses


def default_clauses(args):
    """Without occurrence=: only the events reported to have happened."""
    return [] if args.get("occurrence") else [read(Event, None)]
