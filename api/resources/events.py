"""/v1/events, their sub-events, the statements about them, and their aggregates (/v1/events/stats)."""
from schemas.arguments import FILTER_LINKS
from schemas.events import EventOut, EventIn
from schemas.statements import StatementOut
from schemas.stats import LINKED_DIMENSIONS, EventsStats, EventsStatsQuery

from .. import stats_csv
from ..http import json_response
from ..openapi import document_errors
from ..services import references, stats
from .crud import collection_blueprint, related_route
from .listing import kept_page
from .stats_routes import csv_response, refuse, wants_csv

blp = collection_blueprint("events", EventIn, EventOut,
                           "Events: PLOVER-typed, dated with their uncertainty, with participants and figures.")
related_route(blp, "sub-events", EventOut, "Events that are part of this one (the battles of a war).")
related_route(blp, "statements", StatementOut, "Statements about the event.")
related_route(blp, "related", EventOut, "Events that relate to this one (their relations name it): what follows "
              "it, responds to it, ends it. The inverse side of an event's relations; relation= narrows it.")


@blp.route("/stats", methods=["GET"])
@blp.arguments(EventsStatsQuery, location="query")
@blp.response(200, EventsStats, description="Buckets of events and their deaths (JSON); or CSV: see format.")
@blp.doc(responses={"200": {"content": {"application/json": {"schema": EventsStats},
                                        "text/csv": {"schema": {"type": "string"}}}}})
@document_errors(blp, 400, 503)
def event_stats(args):
    """Aggregates of the events that match the filters: counts and deaths by country, type, actor, place,
    treaty or period (docs/api.md "Aggregates"); every filter of GET /v1/events applies."""
    args = references.resolved_filters("events", args, FILTER_LINKS["events"])
    csv = wants_csv(args)

    def answer():
        buckets = stats.event_stats(args, refuse, as_json=not csv)
        if csv:
            return csv_response(stats_csv.text(buckets, LINKED_DIMENSIONS, stats.SUMS), "events")
        return json_response(buckets)
    # A country x month answer over all events is megabytes: asked again with nothing written, it is not summed
    # and written again.
    return kept_page("csv" if csv else "json", answer)
