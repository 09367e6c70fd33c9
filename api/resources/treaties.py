"""/v1/treaties, and the events and statements that refer to a treaty; a treaty's provisions on their own."""
from marshmallow import fields

from schemas.arguments import AsOfQuery
from schemas.common import StrictSchema
from schemas.events import EventOut
from schemas.statements import StatementOut
from schemas.treaties import ProvisionOut, TreatyOut, TreatyIn

from ..http import json_response
from ..openapi import document_errors
from ..services import records
from .crud import collection_blueprint, related_route
from .stats_routes import stats_route

blp = collection_blueprint("treaties", TreatyIn, TreatyOut,
                           "Treaties: parties, provisions (type, who, where, figures, deadlines, conditions, "
                           "implementation), status.")
related_route(blp, "events", EventOut, "Events linked to the treaty (signing, invoking, breaching, ...).")
related_route(blp, "statements", StatementOut, "Statements about the treaty or one of its provisions.")


class ProvisionList(StrictSchema):
    items = fields.List(fields.Nested(ProvisionOut), required=True, metadata={
        "description": "The treaty's provisions in order, each with its implementation record."})


@blp.route("/<int:record_id>/provisions", methods=["GET"])
@blp.arguments(AsOfQuery, location="query")
@blp.response(200, ProvisionList)
@document_errors(blp, 404, 410)
def treaty_provisions(_args, record_id):
    """The treaty's provisions, in order, with everything they name and their implementation records (the same
    as the treaty's `provisions`; events linked to one: /v1/events?provision=ID)."""
    treaty = records.get(records.kind_of("treaties"), record_id)
    return json_response({"items": treaty["provisions"]}, headers={"ETag": f'"{treaty["version"]}"'})


related_route(blp, "related", TreatyOut, "Treaties whose relations name this treaty (those that amend, supersede, "
                                         "implement, endorse, ... it): the inverse of its relations.")
stats_route(blp, "treaties", "Counts of the treaties that match the filters, by kind, status or party (docs/api.md "
                              "\"Aggregates\"); every filter of GET /v1/treaties applies.")
