"""/v1/events, their sub-events and the statements about them."""
from schemas.events import Event, EventIn
from schemas.statements import Statement

from ..services import relations
from .crud import collection_blueprint, related_route

blp = collection_blueprint("events", EventIn, Event,
                           "Events: PLOVER-typed, dated with their uncertainty, with participants and figures.")
related_route(blp, "sub-events", "events", Event, relations.sub_events,
              "Events that are part of this one (the battles of a war).")
related_route(blp, "statements", "statements", Statement, relations.statements_about_event,
              "Statements about the event.")
