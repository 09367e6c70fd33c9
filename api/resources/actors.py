"""/v1/actors, and the events and statements of an actor."""
from schemas.actors import ActorOut, ActorIn
from schemas.events import EventOut
from schemas.statements import StatementOut

from .crud import collection_blueprint, related_route

blp = collection_blueprint("actors", ActorIn, ActorOut,
                           "Actors: states, government bodies, armed forces, groups, people, organisations.")
related_route(blp, "events", EventOut, "Events the actor takes part in, in any role.")
related_route(blp, "statements", StatementOut, "Statements the actor made (alone or jointly).")
related_route(blp, "members", ActorOut, "Actors that are or were members of this body (their member_of names it).")
related_route(blp, "related", ActorOut, "Actors whose relations name this actor (the inverse side: the actors backed "
                                        "by it, allied with it...); relation= narrows them.")
