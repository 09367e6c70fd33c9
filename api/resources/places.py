"""/v1/places, and the events at a place."""
from schemas.events import EventOut
from schemas.places import PlaceOut, PlaceIn
from schemas.statements import StatementOut

from .crud import collection_blueprint, related_route

blp = collection_blueprint("places", PlaceIn, PlaceOut, "Places: countries, regions, disputed territories, cities.")
related_route(blp, "events", EventOut,
              "Events located at the place itself (as their place_id or one of their other_places), not at the "
              "places inside it (/v1/events?place= includes those).")
related_route(blp, "statements", StatementOut, "Statements about the place (about_place_ids).")
