"""/v1/actors, and the events and statements of an actor."""
from schemas.actors import Actor, ActorIn
from schemas.events import Event
from schemas.statements import Statement

from .crud import collection_blueprint, related_route

blp = collection_blueprint("actors", ActorIn, Actor,
                           "Actors: states, government bodies, armed forces, groups, people, organisations.")
related_route(blp, "events", Event, "Events the actor takes part in, in any role.")
related_route(blp, "statements", Statement, "Statements the actor made.")
