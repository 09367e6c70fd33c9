"""Statements: who said what, when, how, in which language, about which events, treaties or statements."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import (Linked, ActorRef, EventRef, ProvisionRef, RecordMeta, SourceRef, StatementRef, StrictSchema, TreatyRef, language,
                     one_of, reference, references, unique, without)


class AboutTreatyIn(StrictSchema):
    treaty_id = reference("treaty", required=True)
    provision_id = reference("provision of that treaty", allow_none=True, metadata={
        "description": "The clause the statement invokes, when it names one."})


class StatementIn(StrictSchema):
    speaker_id = reference("actor", required=True)
    addressee_id = reference("actor", allow_none=True, metadata={
        "description": "Whom the statement is addressed to (a letter's recipient)."})
    date = fields.Date(required=True)
    medium = one_of(vocab.STATEMENT_MEDIA, required=True)
    quote = fields.String(validate=validate.Length(max=20000), allow_none=True, metadata={
        "description": "The quoted words, in the language given."})
    language = language(allow_none=True)
    summary = fields.String(validate=validate.Length(max=5000), allow_none=True)
    stance = one_of(vocab.STANCES, allow_none=True)
    about_events = references("event", load_default=list, validate=validate.Length(max=100))
    about_treaties = fields.List(fields.Nested(AboutTreatyIn), load_default=list,
                                 validate=[validate.Length(max=100), unique("treaty_id", "provision_id")])
    about_statements = references("statement", load_default=list, validate=validate.Length(max=100))
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=100))


class AboutTreaty(StrictSchema):
    treaty = Linked(TreatyRef, required=True)
    provision = Linked(ProvisionRef, required=True, allow_none=True)


class Statement(RecordMeta, StatementIn):
    Meta = without("speaker_id", "addressee_id", "source_ids")
    speaker = Linked(ActorRef, required=True)
    addressee = Linked(ActorRef, required=True, allow_none=True)
    quote = fields.String(required=True, allow_none=True)
    language = fields.String(required=True, allow_none=True)
    summary = fields.String(required=True, allow_none=True)
    stance = fields.String(required=True, allow_none=True)
    about_events = fields.List(Linked(EventRef), required=True)
    about_treaties = fields.List(fields.Nested(AboutTreaty), required=True)
    about_statements = fields.List(Linked(StatementRef), required=True)
    sources = fields.List(Linked(SourceRef), required=True)
