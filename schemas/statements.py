"""Statements: who said what, when, how, in which language, about which events, treaties or statements."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import RenamedInputs, StrictSchema, language, one_of, reference, references, unique
from .declaration import output_schema
from .provisions import ConditionIn


class AboutTreatyIn(StrictSchema):
    treaty_id = reference("treaty", required=True, metadata={"description": "ID of the treaty the statement is about.",
                                                             "shown": {"description": "The treaty (its ID, or the "
                                                                                      "treaty with include=about)."}})
    provision_id = reference("provision of that treaty", link="provisions", allow_none=True, metadata={
        "description": "The clause the statement invokes, when it names one.", "shown": {
            "description": "The provision invoked (its ID, or the provision with include=about); null for the "
                           "whole treaty."}})


class StatementIn(RenamedInputs, StrictSchema):
    # Fields that hold IDs end in _id or _ids; the old names still work (deprecated, see docs/api.md).
    RENAMED = {"about_events": "about_event_ids", "about_statements": "about_statement_ids"}
    RECORD = True

    speaker_id = reference("actor", required=True, metadata={"description": "Who made the statement: ID of an actor.",
                                                             "shown": {"description": "Who made the statement (its "
                                                                                      "ID, or the actor with "
                                                                                      "include=speaker)."}})
    addressee_id = reference("actor", allow_none=True, metadata={
        "description": "Whom the statement is addressed to (a letter's recipient).", "shown": {
            "description": "Whom it is addressed to (its ID, or the actor with include=addressee); null for no one "
                           "in particular."}})
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
        "description": "IDs of the events the statement is about. Formerly about_events (still accepted, deprecated).",
        "rows": "event_rows",
        "shown": {"description": "The events the statement is about (IDs, or the events with include=about)."}})
    about_treaties = fields.List(fields.Nested(AboutTreatyIn), load_default=list,
                                 validate=[validate.Length(max=100), unique("treaty_id", "provision_id")],
                                 metadata={"description": "The treaties (and their provisions) the statement invokes.",
                                           "rows": "treaty_rows"})
    about_statement_ids = references("statement", load_default=list, validate=validate.Length(max=100), metadata={
        "description": "IDs of the statements this one answers or refers to. Formerly about_statements (still "
                       "accepted, deprecated).", "rows": "statement_rows",
        "shown": {"description": "The statements this one answers or refers to (IDs, or the statements with "
                                 "include=about)."}})
    conditions = fields.List(fields.Nested(ConditionIn), load_default=list, validate=validate.Length(max=20),
                             metadata={"description": "Conditions the statement sets ('will return once ...'): "
                                                      "another provision, an actor's action, or words; the "
                                                      "shape of a provision's conditions."})
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=100), metadata={
        "description": "IDs of the sources that report the statement (1 to 100).", "rows": "source_rows", "shown": {
            "description": "The sources that report the statement (IDs, or the sources with include=sources)."}})


StatementOut = output_schema(StatementIn)
AboutTreatyOut = output_schema(AboutTreatyIn)
