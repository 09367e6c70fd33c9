"""/v1/events, their sub-events and the statements about them."""
from schemas.events import Event, EventIn
from schemas.statements import Statement

from .crud import collection_blueprint, related_route

blp = collection_blueprint("events", EventIn, Event,
                           "Events: PLOVER-typed, dated with their uncertainty, with participants and figures.")
related_route(blp, "sub-events", Event, "Events that are part of this one (the battles of a war).")
related_route(blp, "statements", Statement, "Statements about the event.")
