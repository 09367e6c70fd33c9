"""Treaties: parties, provisions with ATOP obligation types and their conditions, dates, status."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import Linked, ActorRef, DatedMixin, RecordMeta, SourceRef, StrictSchema, one_of, reference, references, text, unique, unique_ids, without


class ConditionIn(StrictSchema):
    type = one_of(vocab.CONDITION_TYPES, required=True)
    description = text(2000, required=True, metadata={
        "description": "The condition in words: 'only attacks on Armenia's sovereign territory'."})


class ProvisionIn(StrictSchema):
    id = reference("provision of this treaty", metadata={
        "description": "Give the ID of an existing provision to keep it (and its ID); omit it for a new one."})
    article = fields.String(validate=validate.Length(max=100), allow_none=True, metadata={
        "description": "Where in the treaty: 'Article 2'."})
    obligation = one_of(vocab.OBLIGATION_TYPES, required=True, metadata={"description": "ATOP obligation type."})
    summary = text(5000, required=True)
    conditions = fields.List(fields.Nested(ConditionIn), load_default=list, validate=validate.Length(max=20))


class PartyIn(StrictSchema):
    actor_id = reference("actor", required=True)
    joined = fields.Date(allow_none=True)
    left = fields.Date(allow_none=True)


class TreatyIn(DatedMixin, StrictSchema):
    date_fields = ("signed_date", "ended_date", "date_precision")

    name = text(500, required=True)
    kind = one_of(vocab.TREATY_KINDS, required=True)
    status = one_of(vocab.TREATY_STATUSES, required=True)
    signed_date = fields.Date(allow_none=True)
    in_force_date = fields.Date(allow_none=True)
    ended_date = fields.Date(allow_none=True)
    date_precision = one_of(vocab.DATE_PRECISIONS, load_default="day", metadata={
        "description": "How precisely signed_date and ended_date are known."})
    summary = fields.String(validate=validate.Length(max=20000), allow_none=True)
    parties = fields.List(fields.Nested(PartyIn), load_default=list,
                           validate=[validate.Length(max=300), unique("actor_id")])
    provisions = fields.List(fields.Nested(ProvisionIn), load_default=list,
                              validate=[validate.Length(max=200), unique_ids])
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=100))


class Condition(ConditionIn):
    pass


class Provision(ProvisionIn):
    id = fields.Integer(required=True)
    article = fields.String(required=True, allow_none=True)
    conditions = fields.List(fields.Nested(Condition), required=True)


class Party(PartyIn):
    Meta = without("actor_id")
    actor = Linked(ActorRef, required=True)
    joined = fields.Date(required=True, allow_none=True)
    left = fields.Date(required=True, allow_none=True)


class Treaty(RecordMeta, TreatyIn):
    Meta = without("source_ids")
    signed_date = fields.Date(required=True, allow_none=True)
    in_force_date = fields.Date(required=True, allow_none=True)
    ended_date = fields.Date(required=True, allow_none=True)
    date_precision = fields.String(required=True)
    summary = fields.String(required=True, allow_none=True)
    parties = fields.List(fields.Nested(Party), required=True)
    provisions = fields.List(Linked(Provision), required=True)
    sources = fields.List(Linked(SourceRef), required=True)
