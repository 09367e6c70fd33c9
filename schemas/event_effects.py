"""What an event did to services, and how it ended against its plan (issue 10, mend-acts3, migrations/0071;
notes/trials t20 #27: "communications in the area have been largely cut since the attack began"; t21 #41:
"Duterte, who cut short a visit to Moscow"). A disruption says which service was cut, how far, since when
against the event, and as of which day; stored whole as JSON in the event's service_disruptions column and
found by ?disrupted=. An event's ending is one term, found by ?ending= (api/services/act_filters.py). Declared
once here, on schemas/events.py's EventIn."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import StrictSchema, one_of, text, unique
from .said_by import SaidByMixin
from .unnamed import UnnamedClaimantFields


class ServiceDisruptionIn(SaidByMixin, UnnamedClaimantFields, StrictSchema):
    """One service the event cut or disrupted, as the reporting says, and who says so (claims34, migrations/0115;
    notes/trials t60 #62-64 "refugees said there was no water", t61 #56 "the agency said its clinics could not
    reach"): the claim of schemas/said_by.py, stored with the item."""

    service = one_of(vocab.DISRUPTED_SERVICES, required=True, metadata={
        "description": "The service cut or disrupted: communications, internet, power, water, fuel, food, roads, "
                       "flights, health_care, aid, rail, pipeline, other (see /v1/vocabularies disrupted_services)."})
    extent = one_of(vocab.DISRUPTION_EXTENTS, allow_none=True, load_default=None, metadata={
        "description": "How far: full ('cut'), largely ('largely cut'), partial ('disrupted'); see "
                       "/v1/vocabularies disruption_extents. Null when not said."})
    timing = one_of(vocab.DISRUPTION_TIMINGS, allow_none=True, load_default=None, metadata={
        "description": "When, against the event: since_start ('since the attack began'), during, after (see "
                       "/v1/vocabularies disruption_timings). Null when not said."})
    as_of = fields.Date(allow_none=True, load_default=None, metadata={
        "description": "The day the reporting says it was so (YYYY-MM-DD; 'have been largely cut': the report's "
                       "day); null when not said. With restored true, the day it was said to be restored by."})
    restored = fields.Boolean(load_default=False, metadata={
        "description": "true when the reporting says the service was restored (by as_of when given); false (the "
                       "default) when it says it was cut, or says nothing of its return."})
    words = text(500, allow_none=True, load_default=None, metadata={
        "description": "The reporting's words ('communications in the area have been largely cut'); needed with "
                       "service other. Null when not kept."})

    @validates_schema(skip_on_field_errors=True)
    def _other_named(self, data, **kwargs):
        if data.get("service") == "other" and not data.get("words"):
            raise ValidationError({"words": ["Service other: say which service in words."]})


def service_disruptions():
    return fields.List(fields.Nested(ServiceDisruptionIn), load_default=list,
                       validate=[validate.Length(max=20), unique("service")], metadata={
        "description": "The services the event cut or disrupted, as the reporting says ('communications in the "
                       "area have been largely cut since the attack began': [{\"service\": \"communications\", "
                       "\"extent\": \"largely\", \"timing\": \"since_start\", \"as_of\": <the report's day>}]), "
                       "each service once, with who says so (claimant_id, attribution, claimant_words, source_ids: "
                       "'refugees said there was no water' is attribution unnamed, claimant_words 'refugees'). "
                       "Empty when not said. Filter with disrupted= and disrupted_claimant=."})


def outcome():   # issue 10, mend-actors3 (migrations/0075; notes/trials t23 #22)
    return one_of(vocab.EVENT_OUTCOMES, allow_none=True, load_default=None, metadata={
        "description": "What the event achieved against its aim, when the reporting says: failed ('efforts by the "
                       "UN Secretary-General to end the blockade had failed'), succeeded, partly_succeeded (see "
                       "/v1/vocabularies event_outcomes). Its aim is the event it relates to (relations: the "
                       "blockade a mediation tried to end) or its summary. Null when not said. Filter with "
                       "outcome=."})


def claimed_outcome():   # issue 10, events27 (migrations/0094; notes/trials t37 #59 "says it repelled every attack")
    return one_of(vocab.EVENT_OUTCOMES, allow_none=True, load_default=None, metadata={
        "description": "What the claimant says the event achieved against its aim (see /v1/vocabularies "
                       "event_outcomes): failed, succeeded, partly_succeeded. 'The army says it repelled every "
                       "attack': on the attacks' event, the army's claim with outcome failed; the attackers' "
                       "'we took the town' is their claim with succeeded. A preferred claim's outcome is the "
                       "event's outcome. Null when not said. Filter: claimed_outcome=."})


def extent():   # issue 10, mend-acts4 (migrations/0076; notes/trials t25 #60 "widespread looting")
    return one_of(vocab.EVENT_EXTENTS, allow_none=True, load_default=None, metadata={
        "description": "How far the event spread, when the reporting says: widespread ('widespread looting of "
                       "shops, offices and homes'), scattered ('sporadic gunfire'), isolated ('isolated "
                       "incidents') (see /v1/vocabularies event_extents). Null when not said. Filter with extent=."})


def ending():
    return one_of(vocab.EVENT_ENDINGS, allow_none=True, load_default=None, metadata={
        "description": "How the event ended against its plan, when the reporting says: cut_short ('cut short a "
                       "visit to Moscow'; date_end the day it ended), as_planned, extended (see /v1/vocabularies "
                       "event_endings). Null when not said. Filter with ending=."})


def recurrence():
    """mend-time5 (migrations/0083): "daily protests", "the RUF's practice of cutting off hands"."""
    return one_of(vocab.EVENT_RECURRENCES, allow_none=True, load_default=None, metadata={
        "description": "How often the event recurred, when the reporting says so without a count: daily ('daily "
                       "protests'), nightly, weekly, monthly, repeated (a practice or pattern: 'the RUF's practice "
                       "of cutting off hands'), renewed (again after a pause: 'renewed shelling') (see "
                       "/v1/vocabularies event_recurrences). The event is the whole series, its dates the span it "
                       "went on over (renewed: the renewed episode alone); no count is invented. Null when not said (a "
                       "single event). Filter with recurrence=."})


def statement_recurrence():
    """acts29 (migrations/0101; notes/trials t41 #35, t42 #33): a position a speaker repeated or held over a span,
    with the events' terms."""
    return one_of(vocab.EVENT_RECURRENCES, allow_none=True, load_default=None, metadata={
        "description": "When the statement is a position the speaker repeated or kept up over a span rather than "
                       "one utterance, how (see /v1/vocabularies event_recurrences, as an event's recurrence): "
                       "repeated ('Ukraine has demanded the withdrawal of Russian troops from Crimea ever since "
                       "its annexation': a request, date 2014-03-18, date_end the report's day, repeated), daily "
                       "('daily briefings'), weekly ('every Friday sermon')... Then date to date_end is the span it "
                       "was said over (an open start: date null, date_precision unknown, as 'has long argued'), "
                       "not a bracket of one day. Null for one statement (every statement stored before). Filter: "
                       "recurrence=."})


def covers():
    """events28 (migrations/0099; notes/trials t40 #58 "a ban on its diamond exports"): what a sanction, an embargo,
    a blockade or a seizure covers, as the provisions' covers (schemas/provision_parts.py CoveredItemIn)."""
    from .provision_parts import CoveredItemIn
    return fields.List(fields.Nested(CoveredItemIn), load_default=list, validate=validate.Length(max=100), metadata={
        "description": "The goods, weapons, people or other items the event covers (or leaves out), each in the "
                       "reporting's words with its kind, as a provision's covers: a SANCTION's ban on 'oil exports' "
                       "is [{\"item\": \"oil exports\", \"kind\": \"goods\"}]; an arms embargo 'except small arms' "
                       "adds {\"item\": \"small arms\", \"kind\": \"weapons\", \"excluded\": true}; also what a "
                       "blockade stops or a seizure takes. Empty when not said. Filter: covered_kind=."})
