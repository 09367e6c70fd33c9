"""What the filters on whether an event happened mean (mend-occur, migrations/0068; their declarations:
schemas/event_occurrence.py; docs/api.md "Events that did not happen").

The events read when occurrence= is not given are those reported to have happened (vocab_occurrence.COUNTED:
occurred, alleged): pages.filter_clauses adds `default_clauses` to every events query it builds, so a page, an
export, a relation route, an aggregate and the rollups that answer aggregates (api/services/rollup_upkeep.py
sums through the same clauses) all read the same events, and a planned or foiled attack adds to no count."""
from schemas.vocab_occurrence import COUNTED, OCCURRENCES

from ..models import Event, EventClaim


# The default written as the occurrences it leaves out: a planner without statistics reads NOT IN as true of
# nearly every row (as it is: nearly every event occurred), where IN of two values would look selective and could
# make it drive a join from the events it guesses are few.
NOT_COUNTED = tuple(term for term in OCCURRENCES if term not in COUNTED)


def read(model, terms):
    """The condition on `model` (Event or an alias) of the occurrences occurrence= `terms` reads: None for any,
    the COUNTED ones when not given."""
    if not terms:
        return model.occurrence.not_in(NOT_COUNTED)
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
