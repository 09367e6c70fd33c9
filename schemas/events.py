"""Events: what happened, when (with its uncertainty), where, who took part, how much, says who."""
from marshmallow import ValidationError, fields, validate, validates_schema

from .property_values import properties_field
from . import claim_parts, claim_reasons, event_occurrence, figures
from .event_claim_problems import claim_problems
from . import legal as legal_schemas
from . import vocabularies as vocab
from .claims import ClaimFieldsMixin
from .claimants import ClaimantsMixin, claimant_ids
from .claim_dates import ClaimAsOfFormsMixin
from .control_share import ControlShareMixin
from . import event_action, event_effects, event_issues, event_marks, event_sites, held_treatment, unnamed
from .figure_details import as_of_anchor_problems
from .figure_input import FigureIn
from .common import (DatedMixin, ExternalIds, OpenWords, StrictSchema, one_of, reference, references,
                     text, unique, unique_ids, unknown_date_problems)
from .dates import PERIOD_PART, claimed_days, part_end_problems, part_problems
from .declaration import output_schema
from .cross_relations import EventStatementRelationIn
from .relative_dates import relative_field
from .event_links import ParticipantIn, TreatyLinkIn, on_behalf_of
from .relations import EventPlaceIn, EventRelationIn, aliases, places_once, relations_once
from .flatdates import ALL_BOUNDS, PRECISIONS_OR_UNKNOWN, DateGroup, bound_field, edtf_field, end_precision_field, time_field, zone_field
from .verification import VerificationMixin, verification, verification_source   # mend10c
from .evidence import EvidenceMixin


class EventClaimIn(ControlShareMixin, ClaimantsMixin, ClaimFieldsMixin, VerificationMixin, unnamed.UnnamedClaimantMixin,
                   EvidenceMixin, ClaimAsOfFormsMixin, StrictSchema):   # evidence 0114; as_of bracket, bound 0115
    """One claimant's version of an event's dates, place, or a participant (schemas/figures.py checks it)."""

    id = reference("claim of this event", metadata={
        "description": "Give the ID of an existing claim to keep it (and its ID); omit it for a new claim."})
    dates = fields.Nested(figures.EventDateIn, allow_none=True, metadata={
        "description": "The event's dates as the claimant gives them (a reported date; an event lasts, so a "
                       "missing end is unknown); null when the claim is not about the dates. Found by "
                       "date_from/date_to with dates=any.", "columns": claimed_days})
    place_id = reference("place", allow_none=True, metadata={
        "description": "Where the claimant says it happened: ID of a place; with presence, where the claimant "
                       "says the actor was, or was not ('no Pakistani aircraft entered Indian airspace': a place "
                       "of kind airspace). Null when the claim is not about a place.",
        "shown": {"description": "Where the claimant says it happened, or with presence where the actor was or "
                                 "was not (its ID, or the place when embedded)."}})
    actor_id = reference("actor", allow_none=True, metadata={
        "description": "An actor the claimant says took part (or denies took part); null when the claim is not "
                       "about a participant.", "shown": {"description": "The actor the claim is about (its ID, "
                                                                        "or the actor when embedded)."}})
    # issue 10, mend-figures (migrations/0040): "one of the two killed him"
    candidate_ids = references("actor", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "When the claimant says one of several actors took part without saying which ('accused one "
                       "of the two of killing him'): the candidates' IDs, two or more, with took_part and role; "
                       "actor_id is then null. No unidentified actor is invented. Empty otherwise. Filter with "
                       "claimed_candidate=; an actor named cannot be deleted.", "rows": "candidate_rows",
        "shown": {"description": "The actors one of whom the claimant says took part (IDs, or the actors when "
                                 "embedded); empty when the claim names one actor or none."}})
    role = one_of(vocab.PARTICIPANT_ROLES, allow_none=True, metadata={
        "description": "With actor_id (or candidate_ids): the role the claimant says the actor played."})
    took_part = fields.Boolean(allow_none=True, metadata={
        "description": "With actor_id: true when the claimant says the actor took part, false when it denies it."})
    on_behalf_of_id = on_behalf_of()
    # issue 10, mending round: who holds a place, and why the event happened, as claimed (docs/api.md "Control
    # of places, stated reasons, places not named").
    control = one_of(vocab.CONTROL_STATES, allow_none=True, load_default=None, metadata={
        "description": "A claim about who holds a place (control_of_id) as of as_of: full, partial, contested, "
                       "none, or present (the actor's forces are there, holding it or not; see /v1/vocabularies "
                       "control_states); null when the claim is not about control."})
    controlled_by_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "With control: the actor the claimant says holds (or, with none, does not hold) the place; "
                       "with besieged, the besieger (an unnamed one: an actor with unidentified true).",
        "shown": {"description": "The actor said to hold the place (its ID, or the actor when embedded)."}})
    control_of_id = reference("place", allow_none=True, load_default=None, metadata={
        "description": "With control: the place held (the town; a part of it that is a place of its own).",
        "shown": {"description": "The place held (its ID, or the place when embedded)."}})
    control_part = fields.String(validate=validate.Length(min=1, max=300), allow_none=True, load_default=None,
                                 metadata={"description": "With control partial: the part held, in the reporting's "
                                                          "words when it is no place of its own ('the western "
                                                          "outskirts'); null when not said."})
    related_event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "An event the claimant relates this one to, with relation ('Hamas said the attack was in "
                       "response to ...'); null when the claim is not about a relation.",
        "shown": {"description": "The event the claimant relates this one to (its ID, or the event when embedded)."}})
    relation = one_of(vocab.EVENT_RELATIONS, allow_none=True, load_default=None, metadata={
        "description": "With related_event_id: how the claimant says this event relates to it: in_response_to, "
                       "ends, follows... (see /v1/vocabularies event_relations)."})
    # issue 10, mend-events (migrations/0034): "in retaliation for", "to protest", "targeting militants"
    reason = one_of(vocab.CLAIMED_REASONS, allow_none=True, load_default=None, metadata={
        "description": "The reason or purpose the claimant gives for the event: retaliation, self_defence, "
                       "military_target, protest, compliance (with an agreement)... (see /v1/vocabularies "
                       "claimed_reasons); with related_event_id the event it answers ('in retaliation for ...'). "
                       "The claimant's words go in note. Null when the claim gives no reason."})
    # issue 10, mend10b (migrations/0020)
    superlative = fields.Nested(legal_schemas.SuperlativeIn, allow_none=True, metadata={
        "description": "A superlative or comparison the claimant makes about the event ('the deadliest single "
                       "attack since the war began'): measure, among, scope, since (schemas/legal.py); null when "
                       "the claim is not one.", "columns": legal_schemas.superlative_columns})
    since_event_id = claim_parts.since_event()   # "the worst since the 2003 invasion" (mend-acts4, 0076)
    # issue 10, mend10c (migrations/0024): how sure the reporting is, and the source that says so
    verification = verification()
    verification_source_id = verification_source()
    # issue 10, mend-cross (migrations/0039): presence and equipment, a cause, a mistaken target (claim_parts.py)
    presence = claim_parts.presence()
    equipment = claim_parts.equipment()
    more_equipment = claim_parts.more_equipment()   # "mortar, RPG and small-arms fire" (mend-acts4, 0076)
    cause = claim_parts.cause()
    believed_target_id = claim_parts.believed_target()
    believed_target_words = claim_parts.believed_target_words()
    # issue 10, mend-equip (migrations/0048): the kinds of site hit, and whom the claimant links them to
    site_categories = claim_parts.site_categories()
    site_actor_id = claim_parts.site_actor()
    # issue 10, mend-actors (migrations/0049): "India blamed Pakistan-based militants, Pakistani media said"
    claimant_words = unnamed.claimant_words()
    claimant_kind = unnamed.claimant_kind()
    claimant_country = unnamed.claimant_country()
    claimant_ids = claimant_ids("claim")   # mend-claims4 (migrations/0079): "fighters and residents said"
    reason_for_id, reason_for_words = claim_reasons.reason_for(), claim_reasons.reason_for_words()   # 0079
    type = claim_parts.claimed_type()   # mend-claims2 (migrations/0065): the event's type and mode as claimed
    mode = claim_parts.claimed_mode()
    claimant_hedge = claim_parts.claimant_hedge()   # the claimant's own hedge (migrations/0065)
    occurrence = event_occurrence.claimed_occurrence()   # mend-occur (migrations/0068): "police said it was not so"
    manner, targeted_groups = claim_parts.manner(), claim_parts.targeted_groups()   # mend-stmt5 (migrations/0081)
    outcome = event_effects.claimed_outcome()   # events27 (migrations/0094): "says it repelled every attack"
    delay = event_marks.delay()   # events32 (migrations/0109): "after a delay of most of the day"
    treatment, treatment_words = held_treatment.treatment(), held_treatment.treatment_words()   # events33 (0112)


class EventIn(DatedMixin, VerificationMixin, StrictSchema):
    RECORD = True
    DATE_GROUPS = (DateGroup(names={"date": "date_start", "date_end": "date_end", "precision": "date_precision",
                                    "precision_end": "date_end_precision", "time": "time_start", "time_end": "time_end", "time_zone": "time_zone",
                                    "bound": "date_bound", "edtf": "date_edtf", "part": "date_part",
                                    "part_end": "date_end_part"}, span=True, bounds=ALL_BOUNDS),)

    title = text(500, required=True, metadata={"description": "A short title saying what happened."})
    type = one_of(vocab.EVENT_TYPES, required=True, metadata={
        "description": "PLOVER event type, or one of this project's extensions (/v1/vocabularies event_types): "
                       "CELEBRATE; DISASTER, ELECTION, ECONOMIC and COMMEMORATE for the setting of a conflict (a "
                       "tsunami, a vote, a currency floated, a funeral); LOSS for a loss whose cause is not "
                       "reported.",
        "also_shown": ("quad_class", vocab.quad_class, "PLOVER quad class of the type; setting for DISASTER, "
                                                       "ELECTION, ECONOMIC, COMMEMORATE and LOSS, which are no "
                                                       "interaction.")})
    mode = fields.String(validate=[validate.Length(max=200), OpenWords(vocab.EVENT_MODE_TERMS)],   # open31
                         allow_none=True, metadata={
        "description": "PLOVER mode: how. A documented mode (see /v1/vocabularies event_modes: PLOVER's troops, "
                       "release, withdraw..., and ours: advance, raid, arson, ambush, looting, coup, flee, "
                       "travel_ban, suspend_membership...) goes with the types it names (advance with MOBILIZE); other "
                       "words are kept as written (for FIGHT, for example 'seize property'). Filter with mode=."})
    # issue 10, mend-src2 (migrations/0067, trial t19): "access by sea", "reached army lines on foot"
    travel_means = fields.List(one_of(vocab.TRAVEL_MEANS), load_default=list,
                               validate=[validate.Length(max=len(vocab.TRAVEL_MEANS)), unique()], metadata={
        "description": "How the people, forces or goods of the event moved, when the reporting says: foot, road, "
                       "sea, river, air, rail, land (/v1/vocabularies travel_means). Empty when not said. Filter with "
                       "travel_means=."})
    service_disruptions = event_effects.service_disruptions()   # mend-acts3 (migrations/0071): "communications cut"
    ending, outcome = event_effects.ending(), event_effects.outcome()   # 0071 "cut short"; 0075 "had failed"
    recurrence = event_effects.recurrence()   # mend-time5 (0083): "daily protests"
    covers = event_effects.covers()   # events28 (migrations/0099): "a ban on its diamond exports"
    sites_near = event_sites.sites_near()   # events30 (migrations/0104): "struck near a school"
    issues = event_issues.issues()   # events33 (migrations/0112): "talks stalled over the fate of prisoners"
    context = fields.String(validate=validate.Length(max=200), allow_none=True, metadata={
        "description": "PLOVER context: why or in what setting."})
    date_start = fields.Date(required=True, allow_none=True, metadata={
        "description": "Earliest possible start (YYYY-MM-DD); with date_bound on_or_before, the bound itself; with "
                       "date_bound open_start, the day it ended (its start is not known). Null, with "
                       "date_precision unknown, when the reporting gives no date at all ('an attack reported "
                       "without a date'); the key is required all the same, so an unknown date is never a default."})
    date_end = fields.Date(allow_none=True, metadata={
        "description": "Latest possible end; null while the event is ongoing or its end unknown."})
    date_precision = one_of(PRECISIONS_OR_UNKNOWN, load_default="day", metadata={
        "description": "How precisely date_start (and date_end, unless date_end_precision says otherwise) is "
                       "known: day, week, month or year; unknown (with date_start null) when the reporting gives "
                       "no date (migrations/0034)."})
    date_end_precision = end_precision_field(
        "How precisely date_end is known when not as date_start: 'from October 2023 until 19 February 2024' is "
        "date_precision month, date_end_precision day (EDTF 2023-10/2024-02-19); date_end is then the last day "
        "of its month or year.")
    # The rest of the reported date (schemas/flatdates.py, DatedMixin's date group; docs/api.md "Dates as reported").
    time_start = time_field("The time of day it started, local to time_zone: HH:MM or HH:MM:SS, or a part of the "
                            "day (morning, midday, pm, evening, night); with date_bound open_start, the "
                            "time it ended. Null when not reported. Needs day precision.")
    time_end = time_field("The time of day it ended, on date_end: HH:MM or HH:MM:SS, or a part of the day "
                          "(morning, midday, pm, evening, night); needs date_end.")
    time_zone = zone_field()
    date_bound = bound_field(ALL_BOUNDS, "An open bound: on_or_before (it happened by date_start, which holds the "
                                         "bound), not_before (it began on or after date_start), ongoing (it began "
                                         "on date_start and had not ended when reported), open_start (it ended on "
                                         "date_start, its start is not known), under_way (going on on date_start, "
                                         "its start and end both unknown); null for none.")
    date_edtf = edtf_field("The dates in one text, for example 2015-02-15T00:00:00+02:00/.., 2014-08 or "
                       "../2023-01-12 (ended then, start unknown).")
    # issue 10, mend-events (migrations/0034): "in early March", "mid-November", "late 2023"
    date_part = fields.String(allow_none=True, load_default=None, validate=PERIOD_PART,
                              metadata={"description": "A part of a month or year, as the reporting says it: early, "
                                                       "mid or late. date_start and date_end are then the part's "
                                                       "bracket ('mid-November 2023': 2023-11-11 to 2023-11-20, "
                                                       "precision day; 'late 2023': 2023-09-01 to 2023-12-31, "
                                                       "precision month), which date_edtf gives. With date_bound, "
                                                       "date_start is the part's edge ('by early January': "
                                                       "on_or_before the 10th; 'since late October': ongoing from "
                                                       "the 21st); with date_end past the part, the part is the "
                                                       "start's ('from mid-2023': 2023-05-01); with no date_end and no "
                                                       "bound, it began in the part, its end not reported ('began in "
                                                       "mid-2006'). date_edtf gives a side begun or ended in a part as "
                                                       "its month or year ('since late October': 2023-10/..). Null "
                                                       "for none."})
    # mend-time 2 (migrations/0057): "from mid-2023 to early 2024"
    date_end_part = fields.String(allow_none=True, load_default=None, validate=PERIOD_PART,
                                  metadata={"description": "The part of a month or year it ended in, as the reporting "
                                                           "says it: early, mid or late ('to early 2024': date_end "
                                                           "2024-04-30, the part's last day, at date_end_precision or "
                                                           "date_precision month). Null for none."})
    place_id = reference("place", allow_none=True, metadata={"description": "Where it happened: ID of a place.", "shown": {
        "description": "Where it happened (the place's ID, or the place with include=place); null when unknown."}})
    location_precision = one_of(vocab.LOCATION_PRECISIONS, allow_none=True, metadata={
        "description": "How precisely the place is known: exact, near it, or somewhere within it; needs place_id."})
    summary = fields.String(validate=validate.Length(max=20000), allow_none=True, metadata={
        "description": "What happened, in a few sentences."})
    site_categories = claim_parts.site_categories()   # mend-equip (migrations/0048): what kinds of site were hit
    parent_id = reference("event", allow_none=True, metadata={
        "description": "The larger event this one is part of (a battle inside a war).", "shown": {
            "description": "The larger event this one is part of (its ID, or the event with include=parent); "
                           "null for none."}})
    participants = fields.List(fields.Nested(ParticipantIn), load_default=list,
                                validate=[validate.Length(max=500), unique("actor_id", "role")],
                                metadata={"description": "Who took part, and in what role.",
                                          "rows": "participant_rows"})
    treaties = fields.List(fields.Nested(TreatyLinkIn), load_default=list, validate=[validate.Length(max=100), unique(
        "treaty_id", "link", "provision_id", "claimant_id")], metadata={"rows": "treaty_rows", "description": (
            "The treaties the event signs, ratifies, invokes, breaches...; one link may be listed once per "
            "claimant ('each side said the other breached the truce': breaches twice, two claimant_id).")})
    figures = fields.List(fields.Nested(FigureIn), load_default=list,
                           validate=[validate.Length(max=200), unique_ids],
                           metadata={
                               "description": "Numbers about the event (deaths, displaced...), each with its sources.",
                               "rows": "figure_rows"})
    claims = fields.List(fields.Nested(EventClaimIn), load_default=list,
                          validate=[validate.Length(max=200), unique_ids],
                          metadata={"description": "Competing claims about the event's dates, place and participants, "
                                                   "each with its claimant, sources and rank; a preferred one agrees "
                                                   "with the top-level fields.", "rows": "claim_rows"})
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=100), metadata={
        "description": "IDs of the sources that report the event (1 to 100).", "rows": "source_rows", "shown": {
            "description": "The sources that report the event (IDs, or the sources with include=sources)."}})
    # issue 10, mend10b: a legal action's status, charges and penalty (migrations/0020, schemas/legal.py).
    legal = fields.Nested(legal_schemas.LegalIn, allow_none=True, metadata={
        "description": "When the event is a legal action (a charge, a warrant, a trial, a verdict: COERCE, the "
                       "court the initiator, the people it is against participants in role accused): its "
                       "status, charges, penalty and in_absentia. Null for other events.",
        "columns": legal_schemas.legal_columns})
    external_ids = ExternalIds("events", load_default=dict, rows="external_id_rows")  # migrations/0018
    # issue 10, relations
    relations = fields.List(fields.Nested(EventRelationIn), load_default=list,
                            validate=[validate.Length(max=100), relations_once("event_id", "relation")],
                            metadata={"description": "Typed links to other events: this event follows, is in "
                                                     "response to, or ends another, each with who says so, its "
                                                     "sources and degree (0106). (Part of: parent_id.)",
                                      "rows": "relation_rows"})
    # issue 10, mend-cross (migrations/0039): "hours after the army declared the truce over"
    statement_relations = fields.List(fields.Nested(EventStatementRelationIn), load_default=list,
                                      validate=[validate.Length(max=100), relations_once("statement_id", "relation")],
                                      metadata={"description": "Typed links to statements: this event follows, "
                                                               "answers (in_response_to), carries out or turned on "
                                                               "(over) what a statement said, each with the time "
                                                               "elapsed when reported, who says so, its sources and "
                                                               "degree.", "rows": "statement_relation_rows"})
    other_places = fields.List(fields.Nested(EventPlaceIn), load_default=list,
                               validate=[validate.Length(max=100), places_once],
                               metadata={"description": "Further places the event happened at, beyond place_id "
                                                        "(its main place), each with its location precision.",
                                         "rows": "place_rows"})
    # issue 10, mend10c (migrations/0024): how sure the reporting is, and the source that says so
    verification = verification()
    verification_source_id = verification_source()
    # issue 10, mend-occur (migrations/0068): planned, foiled, alleged, said not to have happened (last, so that
    # the CSV columns published before keep their places)
    occurrence = event_occurrence.occurrence()
    occasion_timing = event_occurrence.occasion_timing()   # "an attack planned for the start of Ramadan"
    aliases, extent = aliases("event"), event_effects.extent()   # "Operation Vigilant Resolve", "widespread" (0076)
    date_relative = relative_field("'to meet in the coming days' {after, report, elapsed {unit days}} (0077).")
    novelty, novelty_words = event_marks.event_novelty()   # events32 (migrations/0109): "the first releases"
    alert_level, alert_level_words = event_marks.alert_level(), event_marks.alert_level_words()   # "maximum alert"
    responsibility = event_marks.responsibility()   # agree33 (migrations/0114): "no claim of responsibility"
    action, place_part = event_action.action(), event_action.place_part()   # places34 (0117): "agreed to step down"

    @validates_schema(skip_on_field_errors=True)
    def _mode_fits_type(self, data, **kwargs):
        """A documented mode says how an event of its PLOVER types happened (mend-acts): 'advance' is a MOBILIZE."""
        types = vocab.EVENT_MODES.get(data.get("mode"), (None,))[0]
        if types is not None and data.get("type") not in types:
            raise ValidationError({"mode": [f"Mode {data['mode']} goes with type {' or '.join(types)}, not "
                                            f"{data.get('type')} (see /v1/vocabularies event_modes)."]})

    @validates_schema(skip_on_field_errors=True)
    def _unknown_date(self, data, **kwargs):
        """A null date_start is the reporting's silence, said with date_precision unknown (as a statement's)."""
        problems = unknown_date_problems(data.get("date_start"), data.get("date_precision"), "date_start",
                                         "happened")
        part = part_problems(data.get("date_start"), data.get("date_end"), data.get("date_precision"),
                             data.get("date_part"), data.get("date_bound"), data.get("time_start"),
                             data.get("date_end_part"), open_end=True)
        if part:
            problems["date_part"] = part
        part = part_end_problems(data.get("date_end"), data.get("date_end_precision") or data.get("date_precision"),
                                 data.get("date_end_part"), data.get("time_end"))
        if part:
            problems["date_end_part"] = part
        if problems:
            raise ValidationError(problems)

    @validates_schema(skip_on_field_errors=False)
    def _place_and_precision(self, data, **kwargs):
        if data.get("location_precision") and not data.get("place_id"):
            raise ValidationError({"location_precision": ["Needs a place_id."]})
        if event_marks.mark_problems(data):   # events32: novelty_words, an alert's level
            raise ValidationError(event_marks.mark_problems(data))
        if event_action.action_problems(data):   # places34: an action agreed, a place's part
            raise ValidationError(event_action.action_problems(data))

    @validates_schema(skip_on_field_errors=True)
    def _claims_agree(self, data, **kwargs):
        problems = (figures.event_figure_problems(data.get("figures"), data.get("participants"))
                    + claim_problems(data.get("claims"), data)
                    + list(as_of_anchor_problems(data.get("figures"), "event")))   # batch31
        errors = {}
        for (field, index, name), message in problems:
            errors.setdefault(field, {}).setdefault(index, {}).setdefault(name, []).append(message)
        if errors:
            raise ValidationError(errors)

    properties = properties_field()   # issue 10, props (migrations/0086): values of registry properties


EventOut = output_schema(EventIn)
FigureOut = output_schema(FigureIn)
ParticipantOut = output_schema(ParticipantIn)
TreatyLinkOut = output_schema(TreatyLinkIn)
EventClaimOut = output_schema(EventClaimIn)
