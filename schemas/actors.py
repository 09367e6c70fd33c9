"""Actors: states, government bodies, armed forces, groups, people, organisations."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import (Linked, ActorRef, DatedMixin, ExternalIds, RecordMeta, StrictSchema, without, country, one_of,
                     reference, keeps_input_descriptions, text)


class ActorIn(DatedMixin, StrictSchema):
    date_fields = ("valid_from", "valid_to", None)

    name = text(300, required=True, metadata={"description": "The actor's usual name in English."})
    kind = one_of(vocab.ACTOR_KINDS, required=True, metadata={
        "description": "What kind of actor: a state, armed forces, a person..."})
    aliases = fields.List(text(300), load_default=list, validate=validate.Length(max=50),
                          metadata={"description": "Other names and spellings, searched with the name."})
    country = country(allow_none=True, metadata={
        "description": "ISO 3166-1 alpha-3 code of the actor's country, for example ARM; null for "
                       "international actors."})
    parent_id = reference("actor", allow_none=True, metadata={
        "description": "The actor this one belongs to: a ministry's state, a person's office."})
    role_title = text(300, allow_none=True, metadata={
        "description": "For a person: the office held in the parent actor (Prime Minister)."})
    description = fields.String(validate=validate.Length(max=5000), allow_none=True, metadata={
        "description": "Who or what the actor is, in a few sentences."})
    external_ids = ExternalIds(load_default=dict)
    valid_from = fields.Date(allow_none=True, metadata={"description": "When the actor came into being."})
    valid_to = fields.Date(allow_none=True, metadata={"description": "When it ceased to exist."})


@keeps_input_descriptions
class Actor(RecordMeta, ActorIn):
    aliases = fields.List(fields.String(), required=True)
    country = fields.String(required=True, allow_none=True)
    parent = Linked(ActorRef, required=True, allow_none=True, metadata={
        "description": "The actor this one belongs to (its ID, or the actor with include=parent); null for none."})
    Meta = without("parent_id")
    role_title = fields.String(required=True, allow_none=True)
    description = fields.String(required=True, allow_none=True)
    external_ids = fields.Dict(keys=fields.String(), values=fields.String(), required=True)
    valid_from = fields.Date(required=True, allow_none=True)
    valid_to = fields.Date(required=True, allow_none=True)
