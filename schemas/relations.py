"""The parts of typed links between records (issue 10): aliases with a language, event and statement
relations, further places of an event, memberships of an actor in a body."""
from marshmallow import ValidationError, fields, validate

from . import vocabularies as vocab
from .common import StrictSchema, language, one_of, reference, text, unique
from .dates import ReportedDateIn


class AliasIn(StrictSchema):
    name = text(300, required=True, metadata={"description": "The other name or spelling."})
    language = language(allow_none=True, load_default=None)   # null: the reporting does not say


class AliasItem(fields.Nested):
    """An alias as an object {name, language}; the older plain string ("Shushi") is still accepted and means
    {"name": "Shushi", "language": null}."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str):
            value = {"name": value}
        return super()._deserialize(value, attr, data, **kwargs)


def aliases(what, rows="alias_rows"):
    return fields.List(AliasItem(AliasIn), load_default=list, validate=[validate.Length(max=50),
                                                                      unique("name", "language")],
                       metadata={"description": f"Other names and spellings of the {what}, searched with the name: "
                                                "objects {name, language}. A plain string is still accepted "
                                                "as input (a name in no stated language).", "rows": rows})


def _not_part_of(value):
    """Runs before the vocabulary's check, so that its message is the one given."""
    if value == "part_of":
        raise ValidationError("'Part of' is the event's parent_id, not a relation.")


class EventRelationIn(StrictSchema):
    event_id = reference("event", required=True, metadata={"description": "ID of the other event.", "shown": {
        "description": "The other event (its ID, or the event with include=relations)."}})
    relation = fields.String(required=True, validate=[_not_part_of, validate.OneOf(list(vocab.EVENT_RELATIONS))],
                             metadata={
        "description": "How this event relates to the other: follows, in_response_to, ends, suspends, "
                       "escalates (see /v1/vocabularies event_relations)."})


class EventPlaceIn(StrictSchema):
    place_id = reference("place", required=True, metadata={"description": "ID of a further place it happened at.",
                                                           "shown": {"description": "The place (its ID, or the "
                                                                                    "place with include=other_places)."}})
    location_precision = one_of(vocab.LOCATION_PRECISIONS, allow_none=True, load_default=None, metadata={
        "description": "How precisely this place is known: exact, near it, or somewhere within it."})
    role = one_of(vocab.EVENT_PLACE_ROLES, load_default="at", metadata={
        "description": "The part this place plays in the event: at (it happened there too, the default), from "
                       "(where a movement started), to (where it ended), via (passed through). The event's main "
                       "place_id reads as at (see /v1/vocabularies event_place_roles)."})


class StatementRelationIn(StrictSchema):
    statement_id = reference("statement", required=True, metadata={
        "description": "ID of the other statement.", "shown": {
            "description": "The other statement (its ID, or the statement with include=relations)."}})
    relation = one_of(vocab.STATEMENT_RELATIONS, required=True, metadata={
        "description": "What this statement does to the other: replies_to, confirms, contradicts, denies, "
                       "retracts, revises, supplements, refers_to (see /v1/vocabularies statement_relations)."})


class MembershipIn(StrictSchema):
    actor_id = reference("actor", required=True, metadata={"description": "ID of the body the actor is a member of.",
                                                           "shown": {"description": "The body (its ID, or the "
                                                                                    "actor with include=member_of)."}})
    joined = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "When the actor joined, as reported (a reported date); null when not said."})
    left = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "When it left, as reported; null while it is a member, or when not said."})


class ActorRelationIn(StrictSchema):
    actor_id = reference("actor", required=True, metadata={"description": "ID of the other actor.", "shown": {
        "description": "The other actor (its ID, or the actor with include=relations)."}})
    relation = one_of(vocab.ACTOR_RELATIONS, required=True, metadata={
        "description": "How this actor relates to the other: backed_by, allied_with, affiliated_with, associate_of, "
                       "subordinate_to, aligned_with, opposes, successor_of (see /v1/vocabularies actor_relations). "
                       "Belonging "
                       "is parent_id or member_of, not a relation."})
    since = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "Since when the relation holds, as reported (a reported date); null when not said."})
    until = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "Until when it held, as reported; null while it holds, or when not said."})
