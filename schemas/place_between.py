"""A place between two others, or between the areas two sides hold, and a coast whose sea is not named (figs32,
migrations/0110; trials t55 #85 "the zone of confidence between the two sides", t54 #6 "a coastal town"): the place
relations `between` and `on_coast_of` with no named place. Mixed into PlaceRelationIn (schemas/relations.py, near
its size limit) before StrictSchema."""
from marshmallow import validates_schema

from .rule_errors import raise_problems
from .common import reference

# Relations that take a second place (and_place_id): the road between two places, a place between two places.
SECOND_PLACE = ("on_road_between", "between")
# Relations whose other place may be left unnamed (place_id null), and what then says where: a coast whose sea the
# reporting does not name; a place between two sides' areas (actor_id, and_actor_id).
UNNAMED_OTHER = ("on_coast_of", "between")


class PlaceBetweenMixin:
    """The two sides of `between`, and the rules of a relation whose other place is not named."""

    actor_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "With between and place_id null: the first side whose area the place lies between ('the "
                       "zone of confidence between the two sides': the government's forces), and_actor_id the "
                       "second. Null otherwise. Filter: relation_actor=; an actor named cannot be deleted.",
        "shown": {"description": "With between: the first side (its ID); null otherwise."}})
    and_actor_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "With between and actor_id: the second side whose area the place lies between (the "
                       "rebels); null otherwise.",
        "shown": {"description": "With between: the second side (its ID); null otherwise."}})

    @validates_schema(skip_on_field_errors=True)
    def _between(self, data, **kwargs):
        raise_problems(between_problems(data))


def between_problems(data):
    """(field, message) of a relation between two places or two sides, or without a named other place."""
    relation, sides = data.get("relation"), (data.get("actor_id"), data.get("and_actor_id"))
    if data.get("place_id") is None and relation not in UNNAMED_OTHER:
        yield "place_id", ("Name the other place. Only on_coast_of (a coast whose sea is not named) and between "
                           "(two sides' areas: actor_id, and_actor_id) leave it null.")
    if relation != "between":
        for name in ("actor_id", "and_actor_id"):
            if data.get(name) is not None:
                yield name, "Only with between: the sides whose areas the place lies between."
        return
    if any(side is not None for side in sides):
        if None in sides:
            yield "and_actor_id" if sides[1] is None else "actor_id", "between two sides names both."
        elif sides[0] == sides[1]:
            yield "and_actor_id", "Name two different sides."
        if data.get("place_id") is not None or data.get("and_place_id") is not None:
            yield "place_id", ("between names two places (place_id, and_place_id) or two sides (actor_id, "
                               "and_actor_id, place_id null), not both.")
    elif data.get("place_id") is None or data.get("and_place_id") is None:
        yield "and_place_id", ("between names two places (place_id and and_place_id), or two sides' areas "
                               "(actor_id and and_actor_id, with place_id null).")
