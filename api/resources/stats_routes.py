"""GET /v1/statements/stats and GET /v1/treaties/stats (GET /v1/events/stats is in events.py): the route, its
CSV, and its refusals, built once for both kinds."""
from flask import Response, request
from flask_smorest import abort

from schemas.arguments import FILTER_LINKS
from schemas.record_stats import RECORD_LINKED, RECORD_STATS

from .. import stats_csv
from ..http import json_response
from ..openapi import document_errors
from ..services import record_stats, references
from .listing import kept_page


def refuse(name, message):
    """A 400 problem naming the query parameter."""
    abort(400, messages={"query": {name: [message]}})


def wants_csv(args):
    """format=csv, or an Accept header that prefers text/csv to JSON."""
    if args.get("format"):
        return args["format"] == "csv"
    return bool(request.accept_mimetypes) and request.accept_mimetypes.best_match(
        ["application/json", "text/csv"]) == "text/csv"


def csv_response(text, kind_name):
    return Response(text, mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{kind_name}-stats.csv"'})


def stats_route(blp, kind_name, summary):
    query_schema, answer_schema = RECORD_STATS[kind_name]

    def view(args):
        args = references.resolved_filters(kind_name, args, FILTER_LINKS[kind_name])
        csv = wants_csv(args)

        def answer():
            buckets = record_stats.record_stats(kind_name, args, refuse)
            if csv:
                return csv_response(stats_csv.text(buckets, RECORD_LINKED, ("count",)), kind_name)
            return json_response(buckets)
        return kept_page("csv" if csv else "json", answer)

    view.__name__ = f"{kind_name}_stats"
    view.__doc__ = summary
    view = document_errors(blp, 400, 503)(view)
    view = blp.doc(responses={"200": {"content": {"application/json": {"schema": answer_schema},
                                                  "text/csv": {"schema": {"type": "string"}}}}})(view)
    view = blp.response(200, answer_schema, description="Buckets of records (JSON); or CSV: see format.")(view)
    view = blp.arguments(query_schema, location="query")(view)
    blp.route("/stats", methods=["GET"])(view)
