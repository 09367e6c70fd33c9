"""/v1/statements, the statements that answer a statement, and their aggregates (/v1/statements/stats)."""
from schemas.statements import StatementOut, StatementIn

from .crud import collection_blueprint, related_route
from .stats_routes import stats_route

blp = collection_blueprint("statements", StatementIn, StatementOut,
                           "Statements: who said what, when, about which events, treaties and statements.")
related_route(blp, "statements", StatementOut, "Statements that relate to this one (their relations name it: "
              "replies, denials, retractions...); relation= narrows it.")
stats_route(blp, "statements", "Counts of the statements that match the filters, by speaker, stance, medium or "
                                "period (docs/api.md \"Aggregates\"); every filter of GET /v1/statements applies.")
