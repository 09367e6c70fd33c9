"""/v1/treaties, and the events and statements that refer to a treaty."""
from schemas.events import EventOut
from schemas.statements import StatementOut
from schemas.treaties import TreatyOut, TreatyIn

from .crud import collection_blueprint, related_route

blp = collection_blueprint("treaties", TreatyIn, TreatyOut,
                           "Treaties: parties, provisions with ATOP obligations and conditions, status.")
related_route(blp, "events", EventOut, "Events linked to the treaty (signing, invoking, breaching, ...).")
related_route(blp, "statements", StatementOut, "Statements about the treaty or one of its provisions.")
related_route(blp, "related", TreatyOut, "Treaties whose relations name this treaty (those that amend, supersede, "
                                         "implement, endorse, ... it): the inverse of its relations.")
