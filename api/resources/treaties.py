"""/v1/treaties, and the events and statements that refer to a treaty."""
from schemas.events import EventOut
from schemas.statements import StatementOut
from schemas.treaties import TreatyOut, TreatyIn

from .crud import collection_blueprint, related_route

blp = collection_blueprint("treaties", TreatyIn, TreatyOut,
                           "Treaties: parties, provisions (type, who, where, figures, deadlines, conditions, implementation), status.")
related_route(blp, "events", EventOut, "Events linked to the treaty (signing, invoking, breaching, ...).")
related_route(blp, "statements", StatementOut, "Statements about the treaty or one of its provisions.")
