"""A provision's places with their part (from, to, via, within...), each named, described relative to a named
place, or not named and given in words ("Georgian forces are to return to their usual bases"; issue 10, agree26,
migrations/0090; notes/trials t32 #29, #30): the same declaration as an event's further places and a figure's
places (schemas/relations.py PlaceRefMixin), and the event a place is held as of ("the lines they held before
fighting began")."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import StrictSchema, one_of, reference, unique
from .dates import ReportedDateIn
from .relations import PlaceRefMixin


class ProvisionPlaceIn(PlaceRefMixin, StrictSchema):
    role = one_of(vocab.PROVISION_PLACE_ROLES, required=True, metadata={
        "description": "Its part in the provision: from, to, via, between, within, along or except (see "
                       "/v1/vocabularies, provision_place_roles)."})
    before_event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "The event before which the place was held or lay, when the text places it so ('the lines "
                       "they held before fighting began': the event the fighting began with; 'pre-war positions'); "
                       "the place is as it was just before that event. Null when not said. An event named cannot "
                       "be deleted.",
        "shown": {"description": "The event before which the place was held (its ID); null when not said."}})
    # treaties35 (migrations/0118): "return to the positions held on 22 October"
    as_of = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "The day the place is taken as it stood on, when the text dates it ('return to the positions "
                       "held on 22 October': the positions as of that day), as reported (docs/api.md, Dates as "
                       "reported); null when not said. A place held before an event is before_event_id."})


def place_roles_once(items):
    """A named place once in each role; places not named may be several, each described differently."""
    unique("place_id", "role")([item for item in items if item.get("place_id") is not None])
    unique("role", "unknown", "relation", "relative_to_id", "words", "before_event_id")(
        [item for item in items if item.get("place_id") is None])


def place_roles():
    return fields.List(fields.Nested(ProvisionPlaceIn), load_default=list,
                       validate=[validate.Length(max=50), place_roles_once], metadata={
        "description": "Places with their part in the provision: withdrawn from, to, via, between (a corridor's "
                       "ends), within, along, or except. Each is named (place_id), described relative to a named "
                       "place (relation, relative_to_id), or not named (unknown, usually unnamed, with words: 'their "
                       "usual bases'); before_event_id dates a place as held before an event. Beside place_ids, "
                       "which name places without a part.", "rows": "place_role_rows"})
