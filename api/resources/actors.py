"""/v1/actors, and the events and statements of an actor."""
from schemas.actors import Actor, ActorIn
from schemas.events import Event
from schemas.statements import Statement

from ..services import relations
from .crud import collection_blueprint, related_route

blp = collection_blueprint("actors", ActorIn, Actor,
                           "Actors: states, government bodies, armed forces, groups, people, organisations.")
related_route(blp, "events", "events", Event, relations.events_of_actor,
              "Events the actor takes part in, in any role.")
related_route(blp, "statements", "statements", Statement, relations.statements_of_actor,
              "Statements the actor made.")
