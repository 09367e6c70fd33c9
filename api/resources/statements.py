"""/v1/statements, and the statements that answer a statement."""
from schemas.statements import StatementOut, StatementIn

from .crud import collection_blueprint, related_route

blp = collection_blueprint("statements", StatementIn, StatementOut,
                           "Statements: who said what, when, about which events, treaties and statements.")
related_route(blp, "statements", StatementOut, "Statements that relate to this one (their relations name it: "
              "replies, denials, retractions...); relation= narrows it.")
