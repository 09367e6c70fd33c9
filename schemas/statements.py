"""Statements: who said what, when, how, in which language, about which events, treaties or statements."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import (Linked, ActorRef, EventRef, ProvisionRef, RecordMeta, RenamedInputs, SourceRef, StatementRef,
                     StrictSchema, TreatyRef, keeps_input_descriptions, language, one_of, reference, references, unique,
                     without)


class AboutTreatyIn(StrictSchema):
    treaty_id = reference("treaty", required=True, metadata={"description": "ID of the treaty the statement is about."})
    provision_id = reference("provision of that treaty", allow_none=True, metadata={
        "description": "The clause the statement invokes, when it names one."})


class StatementIn(RenamedInputs, StrictSchema):
    # Fields that hold IDs end in _id or _ids; the old names still work (deprecated, see docs/api.md).
    RENAMED = {"about_events": "about_event_ids", "about_statements": "about_statement_ids"}

    speaker_id = reference("actor", required=True, metadata={"description": "Who made the statement: ID of an actor."})
    addressee_id = reference("actor", allow_none=True, metadata={
        "description": "Whom the statement is addressed to (a letter's recipient)."})
    date = fields.Date(required=True, metadata={"description": "The day the statement was made (YYYY-MM-DD)."})
    medium = one_of(vocab.STATEMENT_MEDIA, required=True, metadata={
        "description": "How it was made: a speech, a letter, a press release, a social media post..."})
    quote = fields.String(validate=validate.Length(max=20000), allow_none=True, metadata={
        "description": "The quoted words, in the language given."})
    language = language(allow_none=True)
    summary = fields.String(validate=validate.Length(max=5000), allow_none=True, metadata={
        "description": "What was said, in English, in a few sentences."})
    stance = one_of(vocab.STANCES, allow_none=True, metadata={
        "description": "What the speaker does with the statement: support, oppose, deny, warn, request..."})
    about_event_ids = references("event", load_default=list, validate=validate.Length(max=100), metadata={
        "description": "IDs of the events the statement is about. Formerly about_events (still accepted, deprecated)."})
    about_treaties = fields.List(fields.Nested(AboutTreatyIn), load_default=list,
                                 validate=[validate.Length(max=100), unique("treaty_id", "provision_id")],
                                 metadata={"description": "The treaties (and their provisions) the statement invokes."})
    about_statement_ids = references("statement", load_default=list, validate=validate.Length(max=100), metadata={
        "description": "IDs of the statements this one answers or refers to. Formerly about_statements (still "
                       "accepted, deprecated)."})
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=100), metadata={
        "description": "IDs of the sources that report the statement (1 to 100)."})


class AboutTreaty(StrictSchema):
    treaty = Linked(TreatyRef, required=True, metadata={
        "description": "The treaty (its ID, or the treaty with include=about)."})
    provision = Linked(ProvisionRef, required=True, allow_none=True, metadata={
        "description": "The provision invoked (its ID, or the provision with include=about); null for the "
                       "whole treaty."})


@keeps_input_descriptions
class Statement(RecordMeta, StatementIn):
    Meta = without("speaker_id", "addressee_id", "source_ids", "about_event_ids", "about_statement_ids")
    RENAMED = {}   # a response names the linked records themselves: about_events, about_statements
    speaker = Linked(ActorRef, required=True, metadata={
        "description": "Who made the statement (its ID, or the actor with include=speaker)."})
    addressee = Linked(ActorRef, required=True, allow_none=True, metadata={
        "description": "Whom it is addressed to (its ID, or the actor with include=addressee); null for no one "
                       "in particular."})
    quote = fields.String(required=True, allow_none=True)
    language = fields.String(required=True, allow_none=True)
    summary = fields.String(required=True, allow_none=True)
    stance = fields.String(required=True, allow_none=True)
    about_events = fields.List(Linked(EventRef), required=True, metadata={
        "description": "The events the statement is about (IDs, or the events with include=about)."})
    about_treaties = fields.List(fields.Nested(AboutTreaty), required=True)
    about_statements = fields.List(Linked(StatementRef), required=True, metadata={
        "description": "The statements this one answers or refers to (IDs, or the statements with include=about)."})
    sources = fields.List(Linked(SourceRef), required=True, metadata={
        "description": "The sources that report the statement (IDs, or the sources with include=sources)."})
