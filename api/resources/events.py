"""/v1/events, their sub-events and the statements about them."""
from schemas.events import EventOut, EventIn
from schemas.statements import StatementOut

from .crud import collection_blueprint, related_route

blp = collection_blueprint("events", EventIn, EventOut,
                           "Events: PLOVER-typed, dated with their uncertainty, with participants and figures.")
related_route(blp, "sub-events", EventOut, "Events that are part of this one (the battles of a war).")
related_route(blp, "statements", StatementOut, "Statements about the event.")
related_route(blp, "related", EventOut, "Events that relate to this one (their relations name it): what follows "
              "it, responds to it, ends it. The inverse side of an event's relations; relation= narrows it.")
