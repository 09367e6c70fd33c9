"""/v1/places, and the events at a place."""
from schemas.events import Event
from schemas.places import Place, PlaceIn

from ..services import relations
from .crud import collection_blueprint, related_route

blp = collection_blueprint("places", PlaceIn, Place, "Places: countries, regions, disputed territories, cities.")
related_route(blp, "events", "events", Event, relations.events_at_place, "Events located at the place.")
