"""/v1/statements, and the statements that answer a statement."""
from schemas.statements import Statement, StatementIn

from .crud import collection_blueprint, related_route

blp = collection_blueprint("statements", StatementIn, Statement,
                           "Statements: who said what, when, about which events, treaties and statements.")
related_route(blp, "statements", Statement, "Statements about this statement (replies, denials).")
