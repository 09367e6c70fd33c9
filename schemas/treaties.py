"""Treaties: parties, provisions (schemas/provisions.py), dates, status."""
from marshmallow import ValidationError, fields, pre_load, validate, validates_schema

from .property_values import properties_field
from . import vocabularies as vocab
from .common import (DatedMixin, ExternalIds, StrictSchema, one_of, reference, references, text, unique, unique_ids,
                     unknown_date_problems)
from .declaration import output_schema
from .flatdates import (POINT_BOUNDS, PRECISIONS_OR_UNKNOWN, DateGroup, bound_field, edtf_field,
                        optional_precision_field, time_field, zone_field)
from .phases import PhaseIn, PhaseRules
from .relations import aliases, relations_once
from .treaty_structure import ParticipationIn, StatusChangeIn, TreatyRelationIn, TreatyStructureRules

from .vocab_treaties import NEGATIVE_PARTY_ROLES
from .provisions import (ConditionIn, DeadlineIn, ImplementationIn, ProvisionActorIn, ProvisionClaimMixin,
                         ProvisionFigureIn, ProvisionIn, TermIn)


class PartyIn(ProvisionClaimMixin, StrictSchema):
    actor_id = reference("actor", required=True, metadata={"description": "ID of the actor that is a party.", "shown": {
        "description": "The actor that is a party (its ID, or the actor with include=parties)."}})
    joined = fields.Date(allow_none=True, metadata={
        "description": "The day the actor became a party, when not the treaty's signing (YYYY-MM-DD)."})
    left = fields.Date(allow_none=True, metadata={
        "description": "The day the actor stopped being a party (YYYY-MM-DD); null while it is one."})
    # Treaty structure (schemas/treaty_structure.py): the role, who signed, dated participation.
    role = one_of(vocab.PARTY_ROLES, load_default="party", metadata={
        "description": "The actor's role: party (bound; the default), signatory, mediator, guarantor, facilitator, "
                       "witness or observer; or what the actor is reported NOT to be: not_party, not_signatory, "
                       "not_named (with who says so in claimant_id; see /v1/vocabularies, party_roles). An actor "
                       "may be listed once per role."})
    signed_by_id = reference("actor", allow_none=True, metadata={
        "description": "ID of the person (an actor) who signed for this actor; null when not said.", "shown": {
            "description": "Who signed for the actor (its ID, or the actor with include=parties); null when not "
                           "said."}})
    # issue 10, agree26 (migrations/0090; notes/trials t34 #63): "Milosevic agreed to it", nothing signed
    agreed_by_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "ID of the person (an actor) who agreed to the treaty for this actor when the reporting "
                       "gives no signature ('Milosevic agreed to it': Milosevic, for the FRY); beside signed_by_id "
                       "when someone else signed later. Null when not said. The treaty's own agreement without a "
                       "signature is its status change agreed.", "shown": {
            "description": "Who agreed for the actor, without a signature (its ID, or the actor with "
                           "include=parties); null when not said."}})
    participation = fields.List(fields.Nested(ParticipationIn), load_default=list,
                                validate=validate.Length(max=50), metadata={
        "description": "Dated changes in the actor's participation (joined, suspended, resumed, withdrew), in the "
                       "order they happened. joined and left stay as the summary of it."})
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "What the role leaves out: 'Russia says it signed as a mediator, not a party'."})

    @validates_schema(skip_on_field_errors=True)
    def _negative_role(self, data, **kwargs):
        """not_party, not_signatory, not_named (mend-not): an actor reported NOT in the treaty has no dates,
        signer nor participation in it."""
        if data.get("role") in NEGATIVE_PARTY_ROLES:
            for name in ("joined", "left", "signed_by_id", "agreed_by_id", "participation"):
                if data.get(name):
                    raise ValidationError({name: [f"Not with role {data['role']}: the actor is reported not to "
                                                  "be in the treaty."]})


class TreatyIn(DatedMixin, TreatyStructureRules, PhaseRules, StrictSchema):
    date_fields = ("signed_date", "ended_date", "date_precision")
    DATE_GROUPS = (
        DateGroup(names={"date": "signed_date", "precision": "date_precision", "time": "signed_time",
                         "time_zone": "signed_time_zone", "bound": "signed_bound", "edtf": "signed_edtf"},
                  aligned=False),
        DateGroup(names={"date": "in_force_date", "precision": "in_force_precision", "time": "in_force_time",
                         "time_zone": "in_force_time_zone", "bound": "in_force_bound", "edtf": "in_force_edtf"},
                  precision_needs_date=True),
        DateGroup(names={"date": "ended_date", "precision": "date_precision", "time": "ended_time",
                         "time_zone": "ended_time_zone", "bound": "ended_bound", "edtf": "ended_edtf"},
                  aligned=False, end_of_period=True),
    )
    RECORD = True

    name = text(500, required=True, metadata={"description": "The treaty's usual name in English."})
    aliases = aliases("treaty")   # "the Washington Accords" (mend-not, migrations/0058)
    # issue 10, mend-agree (migrations/0061; notes/trials t16 #40, t17 #34): "in breach of an earlier understanding"
    unidentified = fields.Boolean(load_default=False, metadata={
        "description": "True for an agreement the reporting refers to without naming or identifying it ('an "
                       "earlier understanding', 'previous agreements'): name gives the reporting's words, kind and "
                       "status may be unknown. False (the default) for an identified one. Filter with unidentified=."})
    kind = one_of(vocab.TREATY_KINDS, required=True, metadata={
        "description": "What kind of agreement: an alliance, a ceasefire, a peace agreement..., or unknown when "
                       "the reporting does not say."})
    status = one_of(vocab.TREATY_STATUSES, required=True, metadata={
        "description": "Where the treaty stands now: proposed, rejected, agreed (not signed), signed, in_force, "
                       "suspended, terminated, expired or collapsed; disputed when the sides' claims about its "
                       "status disagree and the reporting does not settle it (each side's claim in the status "
                       "history); unknown when the reporting does not say (see /v1/vocabularies treaty_statuses)."})
    signed_date = fields.Date(allow_none=True, metadata={
        "description": "The day it was signed (YYYY-MM-DD); null when unknown."})
    in_force_date = fields.Date(allow_none=True, metadata={
        "description": "The day it entered into force (YYYY-MM-DD)."})
    ended_date = fields.Date(allow_none=True, metadata={
        "description": "The day it ended (YYYY-MM-DD); null while it lasts."})
    # batch27 (trial t37, migrations/0096): a treaty posted with no dates read back "day", a precision of no date
    date_precision = fields.String(allow_none=True, load_default=None, validate=validate.OneOf(
        list(PRECISIONS_OR_UNKNOWN)), metadata={"description":
            "How precisely signed_date and ended_date are known: day, week, month or year (day when a date is given "
            "without it); unknown (with both null) when the reporting does not say when it was signed (as an "
            "event's, a statement's; trial t29); null when neither date is given and the curator says nothing of "
            "when (a treaty not yet signed), never day."})

    @pre_load
    def _precision_of_a_date(self, data, **kwargs):
        """day when a date comes without its precision (as before); none without a date (a merge patch that
        takes the dates away takes their day with them)."""
        if not isinstance(data, dict):
            return data
        dated = data.get("signed_date") is not None or data.get("ended_date") is not None
        if dated and data.get("date_precision") is None:
            return {**data, "date_precision": "day"}
        if not dated and data.get("date_precision") == "day":
            return {**data, "date_precision": None}
        return data
    # The rest of each reported date, flat by prefix (schemas/flatdates.py; docs/api.md "Dates as reported").
    signed_time = time_field("The time of day it was signed, local to signed_time_zone (HH:MM or HH:MM:SS).")
    signed_time_zone = zone_field("The zone of signed_time: a UTC offset (+03:00) or a zone name (Europe/Minsk).")
    signed_bound = bound_field(POINT_BOUNDS, "An open bound on signed_date: on_or_before (signed by then), "
                                             "not_before; null for none.")
    signed_edtf = edtf_field("The signing date in one text, for example 2015-02-12 or [..2015-02].")
    in_force_precision = optional_precision_field("How precisely in_force_date is known: day, week, month or year.")
    in_force_time = time_field("The time of day it entered into force, local to in_force_time_zone (HH:MM).")
    in_force_time_zone = zone_field("The zone of in_force_time: a UTC offset (+02:00) or a zone name "
                                    "(Europe/Kyiv).")
    in_force_bound = bound_field(POINT_BOUNDS, "An open bound on in_force_date: not_before (in force on that day "
                                               "at the earliest), on_or_before (by then); null for none.")
    in_force_edtf = edtf_field("The entry into force in one text, for example 2015-02-15T00:00:00+02:00 or "
                               "[2020-03-10..].")
    ended_time = time_field("The time of day it ended, local to ended_time_zone (HH:MM or HH:MM:SS).")
    ended_time_zone = zone_field("The zone of ended_time: a UTC offset or a zone name.")
    ended_bound = bound_field(POINT_BOUNDS, "An open bound on ended_date: on_or_before (ended by then), "
                                            "not_before; null for none.")
    ended_edtf = edtf_field("The end in one text, for example 2022-02-21 or [..2022-02].")
    summary = fields.String(validate=validate.Length(max=20000), allow_none=True, metadata={
        "description": "What the treaty is about, in a few sentences."})
    # mend-acts (migrations/0043, notes/trials t7: 'the text was never published in full')
    text_published = one_of(vocab.TEXT_PUBLICATIONS, allow_none=True, load_default=None, metadata={
        "description": "Whether the treaty's text was made public (see /v1/vocabularies text_publications): "
                       "published, partly_published, unpublished or unknown; null when not recorded. Filter with "
                       "text_published=."})
    text_published_as_of = fields.Date(allow_none=True, load_default=None, metadata={
        "description": "The day text_published is known to hold (YYYY-MM-DD): the day the text was published, or "
                       "the day of the report that says it was not; null when not dated. Needs text_published."})
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
    external_ids = ExternalIds("treaties", load_default=dict, rows="external_id_rows")  # migrations/0018
    # Treaty structure over time (schemas/treaty_structure.py).
    status_history = fields.List(fields.Nested(StatusChangeIn), load_default=list,
                                 validate=[validate.Length(max=100), unique_ids], metadata={
        "description": "Dated changes of the status, in the order they happened, each a claim (claimant, sources, "
                       "rank). status shows the last preferred entry (or the last not deprecated); in_force_on "
                       "answers from these dates.", "rows": "status_rows"})
    relations = fields.List(fields.Nested(TreatyRelationIn), load_default=list,
                            validate=[validate.Length(max=100), relations_once("treaty_id", "relation")], metadata={
        "description": "How this treaty relates to other treaties (amends, supersedes, implements, builds_on...), "
                       "each with who says so, its sources and degree ('based largely on': largely). "
                       "GET /v1/treaties/{id}/related lists the treaties that relate to one.",
        "rows": "relation_rows"})
    # issue 10, vocab round (migrations/0027): an agreement carried out in phases
    phases = fields.List(fields.Nested(PhaseIn), load_default=list, validate=validate.Length(max=20), metadata={
        "description": "The phases the agreement is carried out in, each with its key, name, number, dates and "
                       "duration as reported ('phase one: 42 days'); a provision's phase names one by its key."})
    # issue 10, mend-not (migrations/0058; last, so the CSV columns published before keep their places): "signed in Washington"
    signed_at_id = reference("place", allow_none=True, load_default=None, metadata={
        "description": "Where it was signed ('signed in Washington'): ID of a place, or its external ID "
                       "(scheme:value); null when not reported. Filter with signed_at=.", "shown": {
            "description": "Where it was signed (the place's ID, or the place with include=signed_at); null when "
                           "not reported."}})
    # agree32 (migrations/0111; notes/trials t55 #75): "agreed at Accra", reported reached there, not signed
    agreed_at_id = reference("place", allow_none=True, load_default=None, metadata={
        "description": "Where the agreement was reached, when reported apart from any signing ('agreed at the "
                       "talks in the capital'): ID of a place, or its external ID (scheme:value); it may be "
                       "signed elsewhere or not at all (signed_at_id). Null when not reported. Filter with "
                       "agreed_at=.", "shown": {
            "description": "Where the agreement was reached (the place's ID, or the place with include=agreed_at); "
                           "null when not reported."}})

    @validates_schema(skip_on_field_errors=True)
    def _unknown_date(self, data, **kwargs):
        for name in ("signed_date", "ended_date"):
            problems = unknown_date_problems(data.get(name), data.get("date_precision"), name, "", required=False)
            if problems:
                raise ValidationError(problems)

    @validates_schema(skip_on_field_errors=True)
    def _publication_dated(self, data, **kwargs):
        if data.get("text_published_as_of") is not None and data.get("text_published") is None:
            raise ValidationError({"text_published_as_of": ["Dates text_published: give text_published too."]})

    properties = properties_field()   # issue 10, props (migrations/0086): values of registry properties


TreatyOut = output_schema(TreatyIn)
ProvisionOut = output_schema(ProvisionIn)
PartyOut = output_schema(PartyIn)
ConditionOut = output_schema(ConditionIn)
DeadlineOut = output_schema(DeadlineIn)
TermOut = output_schema(TermIn)
ProvisionFigureOut = output_schema(ProvisionFigureIn)
ProvisionActorOut = output_schema(ProvisionActorIn)
ImplementationOut = output_schema(ImplementationIn)
StatusChangeOut = output_schema(StatusChangeIn)
TreatyRelationOut = output_schema(TreatyRelationIn)
PhaseOut = output_schema(PhaseIn)
