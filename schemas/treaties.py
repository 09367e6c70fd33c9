"""Treaties: parties, provisions with ATOP obligation types and their conditions, dates, status."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import DatedMixin, StrictSchema, one_of, reference, references, text, unique, unique_ids
from .declaration import output_schema
from .treaty_structure import ParticipationIn, StatusChangeIn, TreatyRelationIn, TreatyStructureRules


class ConditionIn(StrictSchema):
    type = one_of(vocab.CONDITION_TYPES, required=True, metadata={
        "description": "What kind of condition limits the obligation (see /v1/vocabularies, condition_types)."})
    description = text(2000, required=True, metadata={
        "description": "The condition in words: 'only attacks on Armenia's sovereign territory'."})


class ProvisionIn(StrictSchema):
    id = reference("provision of this treaty", metadata={
        "description": "Give the ID of an existing provision to keep it (and its ID); omit it for a new one."})
    article = fields.String(validate=validate.Length(max=100), allow_none=True, metadata={
        "description": "Where in the treaty: 'Article 2'."})
    obligation = one_of(vocab.OBLIGATION_TYPES, required=True, metadata={"description": "ATOP obligation type."})
    summary = text(5000, required=True, metadata={"description": "What the provision obliges the parties to do."})
    conditions = fields.List(fields.Nested(ConditionIn), load_default=list, validate=validate.Length(max=20),
                             metadata={"description": "The conditions under which the obligation applies."})


class PartyIn(StrictSchema):
    actor_id = reference("actor", required=True, metadata={"description": "ID of the actor that is a party.", "shown": {
        "description": "The actor that is a party (its ID, or the actor with include=parties)."}})
    joined = fields.Date(allow_none=True, metadata={
        "description": "The day the actor became a party, when not the treaty's signing (YYYY-MM-DD)."})
    left = fields.Date(allow_none=True, metadata={
        "description": "The day the actor stopped being a party (YYYY-MM-DD); null while it is one."})
    # Treaty structure (schemas/treaty_structure.py): the role, who signed, dated participation.
    role = one_of(vocab.PARTY_ROLES, load_default="party", metadata={
        "description": "The actor's role: party (bound; the default), signatory, mediator, guarantor, witness or "
                       "observer (see /v1/vocabularies, party_roles). An actor may be listed once per role."})
    signed_by_id = reference("actor", allow_none=True, metadata={
        "description": "ID of the person (an actor) who signed for this actor; null when not said.", "shown": {
            "description": "Who signed for the actor (its ID, or the actor with include=parties); null when not "
                           "said."}})
    participation = fields.List(fields.Nested(ParticipationIn), load_default=list,
                                validate=validate.Length(max=50), metadata={
        "description": "Dated changes in the actor's participation (joined, suspended, resumed, withdrew), in the "
                       "order they happened. joined and left stay as the summary of it."})
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "What the role leaves out: 'Russia says it signed as a mediator, not a party'."})


class TreatyIn(DatedMixin, TreatyStructureRules, StrictSchema):
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
                           validate=[validate.Length(max=300), unique("actor_id", "role")],
                           metadata={"description": "The actors that take part in the treaty, each with its role "
                                                    "(party, signatory, mediator, ...).", "rows": "party_rows"})
    provisions = fields.List(fields.Nested(ProvisionIn), load_default=list,
                              validate=[validate.Length(max=200), unique_ids],
                              metadata={"description": "What the treaty obliges its parties to do, clause by clause.",
                                        "rows": "provision_rows"})
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=100), metadata={
        "description": "IDs of the sources about the treaty (1 to 100).", "rows": "source_rows", "shown": {
            "description": "The sources about the treaty (IDs, or the sources with include=sources)."}})
    # Treaty structure over time (schemas/treaty_structure.py).
    status_history = fields.List(fields.Nested(StatusChangeIn), load_default=list,
                                 validate=[validate.Length(max=100), unique_ids], metadata={
        "description": "Dated changes of the status, in the order they happened, each a claim (claimant, sources, "
                       "rank). status shows the last preferred entry (or the last not deprecated); in_force_on "
                       "answers from these dates.", "rows": "status_rows"})
    relations = fields.List(fields.Nested(TreatyRelationIn), load_default=list,
                            validate=[validate.Length(max=100), unique("treaty_id", "relation")], metadata={
        "description": "How this treaty relates to other treaties (amends, supersedes, implements, ...). "
                       "GET /v1/treaties/{id}/related lists the treaties that relate to one.",
        "rows": "relation_rows"})


TreatyOut = output_schema(TreatyIn)
ProvisionOut = output_schema(ProvisionIn)
PartyOut = output_schema(PartyIn)
ConditionOut = output_schema(ConditionIn)
StatusChangeOut = output_schema(StatusChangeIn)
TreatyRelationOut = output_schema(TreatyRelationIn)
