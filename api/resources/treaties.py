"""/v1/treaties, and the events and statements that refer to a treaty."""
from schemas.events import Event
from schemas.statements import Statement
from schemas.treaties import Treaty, TreatyIn

from .crud import collection_blueprint, related_route

blp = collection_blueprint("treaties", TreatyIn, Treaty,
                           "Treaties: parties, provisions with ATOP obligations and conditions, status.")
related_route(blp, "events", Event, "Events linked to the treaty (signing, invoking, breaching, ...).")
related_route(blp, "statements", Statement, "Statements about the treaty or one of its provisions.")
