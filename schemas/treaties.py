"""Treaties: parties, provisions (schemas/provisions.py), dates, status."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import DatedMixin, StrictSchema, one_of, reference, references, text, unique, unique_ids
from .declaration import output_schema
from .provisions import (ConditionIn, DeadlineIn, ImplementationIn, ProvisionActorIn, ProvisionFigureIn, ProvisionIn,
                         TermIn)


class PartyIn(StrictSchema):
    actor_id = reference("actor", required=True, metadata={"description": "ID of the actor that is a party.", "shown": {
        "description": "The actor that is a party (its ID, or the actor with include=parties)."}})
    joined = fields.Date(allow_none=True, metadata={
        "description": "The day the actor became a party, when not the treaty's signing (YYYY-MM-DD)."})
    left = fields.Date(allow_none=True, metadata={
        "description": "The day the actor stopped being a party (YYYY-MM-DD); null while it is one."})


class TreatyIn(DatedMixin, StrictSchema):
    date_fields = ("signed_date", "ended_date", "date_precision")
    RECORD = True

    name = text(500, required=True, metadata={"description": "The treaty's usual name in English."})
    kind = one_of(vocab.TREATY_KINDS, required=True, metadata={
        "description": "What kind of agreement: an alliance, a ceasefire, a peace agreement..."})
    status = one_of(vocab.TREATY_STATUSES, required=True, metadata={
        "description": "Where the treaty stands now: signed, in_force, suspended, terminated, expired or collapsed."})
    signed_date = fields.Date(allow_none=True, metadata={
        "description": "The day it was signed (YYYY-MM-DD); null when unknown."})
    in_force_date = fields.Date(allow_none=True, metadata={
        "description": "The day it entered into force (YYYY-MM-DD)."})
    ended_date = fields.Date(allow_none=True, metadata={
        "description": "The day it ended (YYYY-MM-DD); null while it lasts."})
    date_precision = one_of(vocab.DATE_PRECISIONS, load_default="day", metadata={
        "description": "How precisely signed_date and ended_date are known."})
    summary = fields.String(validate=validate.Length(max=20000), allow_none=True, metadata={
        "description": "What the treaty is about, in a few sentences."})
    parties = fields.List(fields.Nested(PartyIn), load_default=list,
                           validate=[validate.Length(max=300), unique("actor_id")],
                           metadata={"description": "The actors bound by the treaty.", "rows": "party_rows"})
    provisions = fields.List(fields.Nested(ProvisionIn), load_default=list,
                              validate=[validate.Length(max=200), unique_ids],
                              metadata={"description": "What the treaty obliges its parties to do, clause by clause.",
                                        "rows": "provision_rows"})
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=100), metadata={
        "description": "IDs of the sources about the treaty (1 to 100).", "rows": "source_rows", "shown": {
            "description": "The sources about the treaty (IDs, or the sources with include=sources)."}})


TreatyOut = output_schema(TreatyIn)
ProvisionOut = output_schema(ProvisionIn)
PartyOut = output_schema(PartyIn)
ConditionOut = output_schema(ConditionIn)
DeadlineOut = output_schema(DeadlineIn)
TermOut = output_schema(TermIn)
ProvisionFigureOut = output_schema(ProvisionFigureIn)
ProvisionActorOut = output_schema(ProvisionActorIn)
ImplementationOut = output_schema(ImplementationIn)
