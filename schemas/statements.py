"""Statements: who said what, when, how, in which language, about which events, treaties or statements."""
from marshmallow import ValidationError, fields, pre_load, validate, validates_schema

from .property_values import properties_field
from . import vocabularies as vocab
from .claims import ClaimFieldsMixin
from .common import language as language_code, ExternalIds, NotHere, RenamedInputs, StrictSchema, language, one_of, reference, references, unique, unknown_date_problems
from .declaration import output_schema
from .edtf import is_clock
from .cross_relations import StatementEventRelationIn, timing
from .relations import StatementRelationIn, relations_once
from .flatdates import (POINT_BOUNDS, PRECISIONS_OR_UNKNOWN, DateGroup, FlatDates, bound_field, edtf_field, end_precision_field, time_field, zone_field)
from .provisions import ConditionIn
from .vocab_treaties import STATEMENT_TREATY_LINKS
from .relative_dates import relative_field
from .statement_commitments import commitment_lists, concerned_problems
from .statement_speakers import UnknownSpeakerMixin, addressee_words_field, speaker_fields
from .statement_figures import about_figure_fields
from .event_effects import statement_recurrence
from .statement_said import said_fields, said_problems
from .statement_acts import acts, channel_fields, live_field, not_said, platform_field, time_qualifier_field
from .figure_input import OwnedFiguresMixin, owned_figures
from .occasions import occasion_timing
from .verification import VerificationMixin, verification, verification_source
from .evidence import EvidenceMixin
from .statement_company import CompanyMixin


# trial t24: "signs" and "references" were refused, /v1/vocabularies listing one set of treaty_links for both kinds.
LINK_MESSAGE = ("A statement's about_treaties link is one of: {choices}; or null when the statement is only about the "
                "treaty (invokes it, refers to it, announces it). The other treaty_links (signs, breaches, references...) "
                "are an event's treaties links (/v1/vocabularies treaty_links says which records take each).")


class AboutTreatyIn(StrictSchema):
    treaty_id = reference("treaty", required=True, metadata={"description": "ID of the treaty the statement is about.",
                                                             "shown": {"description": "The treaty (its ID, or the "
                                                                                      "treaty with include=about)."}})
    provision_id = reference("provision of that treaty", link="provisions", allow_none=True, metadata={
        "description": "The clause the statement invokes, when it names one.", "shown": {
            "description": "The provision invoked (its ID, or the provision with include=about); null for the "
                           "whole treaty."}})
    timing = timing()   # "within hours, he accused Pakistan of violating it" (mend-time, migrations/0047)
    link = fields.String(validate=validate.OneOf(STATEMENT_TREATY_LINKS, error=LINK_MESSAGE), allow_none=True, load_default=None, metadata={
        "description": "How the treaty stands to the statement beyond being about it: built_on_by (the treaty builds "
                       "on the statement: 'the deal builds on the Aug. 21 ceasefire calls', the calls being "
                       "statements; treaty_links vocabulary, mend-agree2) or alleges_breach (the statement says "
                       "what it is about, an event or a state of affairs such as a road, breaches the treaty: 'the "
                       "road is itself a breach of the ceasefire'; mend-agree3) or alleges_unfulfilled (the statement says a "
                       "party failed to implement or honour the treaty, or the provision named: 'failed to "
                       "implement the Libreville deal'; mend-agree4) or reservation (the statement is its speaker's reservation "
                       "on the treaty or the provision named; mend-agree5). Null: the statement is about the "
                       "treaty. Filter: about_treaty_link= (with about_treaty=, that treaty)."})


class StatementClaimIn(ClaimFieldsMixin, StrictSchema):
    """One outlet's or claimant's version of how the statement was made (issue 10, vocab round,
    migrations/0027): one says a TV interview, another a Telegram post. Kept by its id, like an event's claims."""

    SHOWN_IN_PLACE = True
    id = reference("claim of this statement", metadata={
        "description": "Give the ID of an existing claim to keep it (and its ID); omit it for a new claim."})
    medium = one_of(vocab.STATEMENT_MEDIA, required=True, metadata={
        "description": "How the claimant or the sources say the statement was made (see /v1/vocabularies "
                       "statement_media): broadcast_interview, social_media, ..."})


class StatementIn(RenamedInputs, NotHere, FlatDates, OwnedFiguresMixin, VerificationMixin, UnknownSpeakerMixin,
                  EvidenceMixin, CompanyMixin, StrictSchema):   # evidence: agree33 (0114); company: places35 (0119)
    # Fields that hold IDs end in _id or _ids; the old names still work (deprecated, see docs/api.md).
    RENAMED = {"about_events": "about_event_ids"}   # about_statements: see _typed_relations
    NOT_HERE = {"place_id": "Where the statement was made is said_at_id ('told reporters in Kyiv'); the places it "
                            "is about are about_place_ids."}
    RECORD = True
    DATE_GROUPS = (DateGroup(names={"date": "date", "date_end": "date_end", "precision": "date_precision",
                                    "precision_end": "date_end_precision", "time": "time", "time_zone": "time_zone", "bound": "date_bound",
                                    "edtf": "date_edtf", "part": "date_part"}, whole_bracket=True),)

    speaker_id = reference("actor", required=True, allow_none=True, metadata={   # null: acts28 (migrations/0097)
        "description": "Who made the statement: ID of an actor; null when the reporting does not say who made it "
                       "(speaker_words may say it in words: 'footage of the captive was shown on television' by a "
                       "party not named). The key is required all the same: an unknown speaker is never a default. "
                       "Filter: speaker=, speaker_known=.",
        "shown": {"description": "Who made the statement (its ID, or the actor with include=speaker); null when not "
                                 "known."}})
    addressee_id = reference("actor", allow_none=True, metadata={
        "description": "Whom the statement is addressed to (a letter's recipient).", "shown": {
            "description": "Whom it is addressed to (its ID, or the actor with include=addressee); null for no one "
                           "in particular."}})
    # issue 10, mend-relations (migrations/0035): "Peskov said Putin...", "Hamas's answer, delivered by Qatar"
    on_behalf_of_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "Whose words the speaker gives, when the speaker speaks for another: a spokesperson "
                       "relaying a leader ('the Kremlin spokesman said Putin had...': speaker the spokesman, "
                       "on behalf of Putin); null when the speaker speaks for itself. Filter with on_behalf_of=.",
        "shown": {"description": "Whom the speaker speaks for (its ID, or the actor with include=on_behalf_of); null "
                                 "when for itself."}})
    relayed_by_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "Who carried the statement to its addressee or made it public without being its speaker: "
                       "a mediator delivering a reply ('Hamas's response, delivered through Qatari mediators': "
                       "relayed by Qatar); null when it came directly. Filter with relayed_by=.",
        "shown": {"description": "Who carried it (its ID, or the actor with include=relayed_by); null when it came "
                                 "directly."}})
    date = fields.Date(required=True, allow_none=True, metadata={
        "description": "The day the statement was made (YYYY-MM-DD), or the first day of its bracket (a month: "
                       "its first day); with date_bound on_or_before, the bound itself. Null, with date_precision "
                       "unknown, when the reporting does not say when it was made (the key is required all the "
                       "same: leaving it out is an error, so an unknown date is never a default)."})
    # The rest of the reported date (schemas/flatdates.py; docs/api.md "Dates as reported").
    date_end = fields.Date(allow_none=True, metadata={
        "description": "The last day of the bracket it was made in (YYYY-MM-DD); null for one day. A month or "
                       "year is stored as its whole bracket."})
    date_precision = fields.String(
        validate=validate.OneOf(list(PRECISIONS_OR_UNKNOWN)), load_default="day", metadata={
            "description": "How precisely the date is known: day, week, month or year; unknown (with date null) "
                           "when the reporting does not say when the statement was made."})
    date_end_precision = end_precision_field(
        "How precisely date_end is known when not as date: 'between late 2023 and 3 March 2024' is "
        "date_precision year, date_end_precision day (EDTF 2023/2024-03-03).")
    time = time_field("The time of day it was made, local to time_zone: HH:MM or HH:MM:SS, or a part of the day "
                      "(morning, midday, pm, evening, night); needs day precision.")
    time_zone = zone_field()
    time_qualifier = time_qualifier_field()   # mend-dates2 (migrations/0063): "about 10 a.m."
    date_bound = bound_field(POINT_BOUNDS, "An open bound: on_or_before (made by date, which holds the bound), "
                                           "not_before (made on or after date); null for none.")
    date_edtf = edtf_field("The date in one text, for example 2022-03, [..2022-03-09] or 2015-02-12T10:30:00+03:00.")
    occasion_timing = occasion_timing()   # mend-dates2 (migrations/0063): "said after Friday prayers"
    date_relative = relative_field("'as the rebels advanced' {during, event, the advance}; 'earlier in the day' "
                                   "{before, report} (mend-announce, 0077); after another statement: a relation.")
    # issue 10, mend10d (migrations/0025): where it was said ("told reporters in Kyiv"), not what it is about.
    said_at_id = reference("place", allow_none=True, metadata={
        "description": "Where the statement was made ('said in Doha', 'told reporters in Kyiv'): ID of a place, "
                       "or its external ID (scheme:value); null when not reported. about_place_ids says what it "
                       "is about.", "shown": {
            "description": "Where it was made (the place's ID, or the place with include=said_at); null when not "
                           "reported."}})
    # issue 10, mend-actors (migrations/0049, notes/trials t10 #4): "at the Shangri-La Dialogue in Singapore"
    said_during_event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "The event it was made at or during, when the reporting names one: a conference, a summit, "
                       "talks ('speaking at the Shangri-La Dialogue': the conference as an event); null when not "
                       "reported. said_at_id is the place. Filter with said_during=.", "shown": {
            "description": "The event it was made at (its ID, or the event with its title and dates); null when "
                           "not reported."}})
    medium = one_of(vocab.STATEMENT_MEDIA, required=True, metadata={
        "description": "How it was made: a speech, a letter, a press release, a social media post..., or "
                       "unknown when the reporting does not say."})
    # mend-acts (migrations/0043, notes/trials t8): 'the RSF said on its Telegram channel'
    platform = platform_field()
    channel_id, channel_name = channel_fields()
    live = live_field()   # mend-dates2 (migrations/0063): "broadcast live"
    quote = fields.String(validate=validate.Length(max=20000), allow_none=True, metadata={
        "description": "The quoted words, in the language given."})
    # mend-figures (migrations/0040, notes/trials t6, t7): a statement quoted in several places, and one that
    # welcomes and has reservations at once
    other_quotes = fields.List(fields.String(validate=validate.Length(min=1, max=20000)), load_default=list,
                               validate=validate.Length(max=20), metadata={
        "description": "Further quoted words of the same statement, in the reporting's order, beyond quote (the "
                       "first): 'a historical chance to achieve a long-awaited peace', then 'guided by the values "
                       "of humanity'. Empty when one passage or none is quoted; needs quote. Searched with q= as "
                       "quote is."})
    language = language(allow_none=True)
    # issue 10, mend-src2 (migrations/0067, trial t19 #5): "he spoke partly in Tamil"
    other_languages = fields.List(language_code(), load_default=list, validate=[validate.Length(max=5), unique()],
                                  metadata={"description": "Further languages the same statement was made in, "
                                                           "beyond language (the main one, or the one quoted): "
                                                           "'spoke in Sinhala and partly in Tamil' is language si, "
                                                           "other_languages [ta]. ISO 639-1 codes; empty when one; "
                                                           "needs language. language= matches any of them."})
    summary = fields.String(validate=validate.Length(max=5000), allow_none=True, metadata={
        "description": "What was said, in English, in a few sentences."})
    stance = one_of(vocab.STANCES, allow_none=True, metadata={
        "description": "What the speaker does with the statement: support, oppose, deny, warn, request..."})
    other_stances = fields.List(one_of(vocab.STANCES), load_default=list, validate=[validate.Length(max=5), unique()],
                                metadata={"description": "Further stances the same statement takes, beyond stance "
                                                         "(the main one): 'welcomed any relief for civilians but "
                                                         "voiced reservations' is stance support, other_stances "
                                                         "[oppose]. Empty when it takes one; needs stance. stance= "
                                                         "matches any of them."})
    # mend-acts (migrations/0043, notes/trials t8): 'called on men to take up arms', 'ready for talks'
    requests = acts("asks someone to do", "'called on men to take up arms': take_up_arms, addressee_words 'men'; "
                                          "'urged both sides to return to talks': further_negotiations, the two "
                                          "sides' IDs. Filter with requested_action=")
    offers = acts("offers, or says the speaker is ready or willing, to do", "'ready for talks': "
                                                                        "further_negotiations; usually with "
                                                                        "stance offer. Filter with offered_action=")
    # mend-saynot (migrations/0069; trials t20 #66, t21 #67, #56, #70): "declined offers of foreign troops", "no
    # humanitarian pause has been agreed", "no information on the hostages' whereabouts", "declined to set a date"
    refusals = acts("refuses or declines (an offer, a request, a demand)", "'has so far declined offers of "
                    "foreign troops': deployment, addressee_words 'foreign governments'; usually with stance "
                    "reject. Filter with refused_action=", "refuses nothing.")
    not_agreed = acts("says has not been agreed (no agreement exists on it)", "'no humanitarian pause has been "
                      "agreed': ceasefire, words 'humanitarian pause'. An agreement proposed and not reached "
                      "is a treaty with status proposed. Filter with not_agreed_action=",
                      "says of nothing that it is not agreed.")
    not_said = not_said()
    about_event_ids = references("event", load_default=list, validate=validate.Length(max=100), metadata={
        "description": "IDs of the events the statement is about. Formerly about_events (still accepted, deprecated).",
        "rows": "event_rows",
        "shown": {"description": "The events the statement is about (IDs, or the events with include=about)."}})
    about_treaties = fields.List(fields.Nested(AboutTreatyIn), load_default=list,
                                 validate=[validate.Length(max=100), unique("treaty_id", "provision_id")],
                                 metadata={"description": "The treaties (and their provisions) the statement invokes.",
                                           "rows": "treaty_rows"})
    conditions = fields.List(fields.Nested(ConditionIn), load_default=list, validate=validate.Length(max=20),
                             metadata={"description": "Conditions the statement sets ('will return once ...'): "
                                                      "another provision, an actor's action, or words; the "
                                                      "shape of a provision's conditions."})
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=100), metadata={
        "description": "IDs of the sources that report the statement (1 to 100).", "rows": "source_rows", "shown": {
            "description": "The sources that report the statement (IDs, or the sources with include=sources)."}})
    external_ids = ExternalIds("statements", load_default=dict, rows="external_id_rows")  # migrations/0018
    # issue 10, relations
    relations = fields.List(fields.Nested(StatementRelationIn), load_default=list,
                            validate=[validate.Length(max=100), relations_once("statement_id", "relation")],
                            metadata={"description": "Typed links to other statements: this one replies to, "
                                                     "confirms, contradicts, denies, retracts, revises or refers "
                                                     "to another, each with who says so, its sources and degree. "
                                                     "Replaces about_statement_ids (deprecated: a refers_to each).",
                                      "rows": "relation_rows"})
    # issue 10, mend-cross (migrations/0039): "two days after the strike", "warned before the strike"
    event_relations = fields.List(fields.Nested(StatementEventRelationIn), load_default=list,
                                  validate=[validate.Length(max=100), relations_once("event_id", "relation")],
                                  metadata={"description": "Typed links to events: this statement follows, "
                                                           "answers (in_response_to), precedes or caused (cause_of) "
                                                           "an event, each with the time elapsed, who says so, its "
                                                           "sources and degree. about_event_ids: what it is about.",
                                            "rows": "event_relation_rows"})
    about_actor_ids = references("actor", load_default=list, validate=validate.Length(max=100), metadata={
        "description": "IDs of the actors the statement is about (whom it accuses, praises, warns...).",
        "rows": "about_actor_rows",
        "shown": {"description": "The actors the statement is about (IDs, or the actors with include=about)."}})
    about_place_ids = references("place", load_default=list, validate=validate.Length(max=100), metadata={
        "description": "IDs of the places the statement is about.", "rows": "about_place_rows",
        "shown": {"description": "The places the statement is about (IDs, or the places with include=about)."}})
    # issue 10, mend-not (migrations/0058): "the statement did not name Hamas", "without naming Russia"
    not_named_actor_ids = references("actor", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "IDs of actors the statement is reported NOT to name ('the statement did not name Hamas', "
                       "'without naming Russia'); it may still be about them (about_actor_ids). Empty when the "
                       "reporting says nothing of it. Filter with not_named=.", "rows": "not_named_rows",
        "shown": {"description": "The actors the statement is reported not to name (IDs, or the actors with "
                                 "include=about)."}})
    other_speaker_ids = references("actor", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "For a joint statement: IDs of the speakers beyond the first (speaker_id), in order.",
        "rows": "speaker_rows",
        "shown": {"description": "The speakers beyond the first (IDs, or the actors with include=speaker)."}})
    other_addressee_ids = references("actor", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "IDs of the addressees beyond the first (addressee_id), in order.", "rows": "addressee_rows",
        "shown": {"description": "The addressees beyond the first (IDs, or the actors with include=addressee)."}})
    # issue 10, figures as reported (migrations/0026): "a spokesman said 40 were killed"
    figures = owned_figures("The figures the statement gives ('40 were killed'), each a claim: its claimant is "
                            "usually the speaker (claimant_id), its sources the statement's. Shown whole, or as "
                            "IDs with include= not naming figures.")

    @validates_schema(skip_on_field_errors=True)
    def _not_the_speaker(self, data, **kwargs):
        """A speaker speaking for itself, or carrying its own words, is the default (null), not itself."""
        for name in ("on_behalf_of_id", "relayed_by_id"):
            if data.get(name) is not None and data.get(name) == data.get("speaker_id"):
                raise ValidationError({name: ["Names the speaker: leave it null when the speaker speaks for "
                                              "itself and directly."]})

    @validates_schema(skip_on_field_errors=True)
    def _first_quote_and_stance(self, data, **kwargs):
        """quote and stance hold the first (what clients before migration 0040 read); the others follow them."""
        if data.get("other_quotes") and not data.get("quote"):
            raise ValidationError({"other_quotes": ["Give the first quoted passage in quote; other_quotes holds "
                                                    "the ones after it."]})
        if data.get("other_stances") and data.get("stance") is None:
            raise ValidationError({"other_stances": ["Give the main stance in stance; other_stances holds the "
                                                     "others."]})
        if data.get("other_languages") and data.get("language") is None:
            raise ValidationError({"other_languages": ["Give the main language in language; other_languages holds "
                                                       "the further ones."]})
        if data.get("language") in (data.get("other_languages") or []):
            raise ValidationError({"other_languages": [f"{data['language']} is the statement's language already."]})
        if data.get("stance") in (data.get("other_stances") or []):
            raise ValidationError({"other_stances": [f"{data['stance']} is the statement's stance already."]})

    @validates_schema(skip_on_field_errors=True)
    def _qualified_time(self, data, **kwargs):
        """A qualifier qualifies a clock time ('about 10 a.m.'), not a part of the day or no time."""
        if data.get("time_qualifier") is not None and not is_clock(data.get("time")):
            raise ValidationError({"time_qualifier": ["Qualifies a clock time: give time as HH:MM ('about 10 a.m.': "
                                                      "10:00). A part of the day (morning) is vague already."]})

    @validates_schema(skip_on_field_errors=True)
    def _unknown_date(self, data, **kwargs):
        """A null date is the reporting's silence, said with date_precision unknown; never a precision's default."""
        problems = unknown_date_problems(data.get("date"), data.get("date_precision"), "date", "was made")
        if problems:
            raise ValidationError(problems)

    # issue 10, mend-actors (migrations/0049, notes/trials t10 #19): "TRF was reported to have claimed the
    # attack": the hedge is on whether the statement was made, not on what it says (last: CSV columns stay put)
    verification = verification()
    verification_source_id = verification_source()

    # issue 10, vocab round (migrations/0027): outlets disagree on how it was made
    claims = fields.List(fields.Nested(StatementClaimIn), load_default=list, validate=validate.Length(max=50),
                         metadata={"description": "Competing claims about how the statement was made: each a "
                                                  "medium with its claimant, sources and rank. medium is the "
                                                  "curators' reading; a claim ranked preferred must agree with "
                                                  "it.", "rows": "claim_rows"})

    # mend-announce (migrations/0077): what it announces, pledges, threatens; what it says another intends
    announcements, pledges, threats, intentions = commitment_lists()
    speaker_words, speaker_part = speaker_fields()   # mend-stmt5 (migrations/0081): "officials said"

    @validates_schema(skip_on_field_errors=True)
    def _acts_concern(self, data, **kwargs):
        concerned_problems(data)
        said_problems(data)   # stmt30: reasons, predictions, novelty, date_part

    @validates_schema(skip_on_field_errors=True)
    def _preferred_medium_agrees(self, data, **kwargs):
        errors = {i: {"rank": ["A preferred claim's medium must be the statement's medium."]}
                  for i, claim in enumerate(data.get("claims") or [])
                  if claim.get("rank") == "preferred" and claim["medium"] != data.get("medium")}
        if errors:
            raise ValidationError({"claims": errors})

    @pre_load
    def _typed_relations(self, data, **kwargs):
        """The untyped about_statement_ids (or its older name about_statements) of old clients and old
        revisions: each ID is a refers_to relation. (Named to run after RenamedInputs' `_current_names`.)"""
        if not isinstance(data, dict) or not {"about_statement_ids", "about_statements"} & data.keys():
            return data
        data = dict(data)
        old = [data.pop(name) for name in ("about_statement_ids", "about_statements") if name in data]
        if len(old) > 1:
            raise ValidationError({"about_statements": ["Deprecated name of about_statement_ids: give about_statement_ids only, not both."]})
        if not isinstance(old[0], list):
            raise ValidationError({"about_statement_ids": ["Not a valid list."]})
        relations = data.get("relations", [])
        if not isinstance(relations, list):
            return data
        # The old field is the set of refers_to links: it replaces those (merged into a PATCH), not typed ones.
        kept = [r for r in relations if not (isinstance(r, dict) and r.get("relation") == "refers_to")]
        data["relations"] = kept + [{"statement_id": ident, "relation": "refers_to"} for ident in old[0]]
        return data

    properties = properties_field()   # issue 10, props (migrations/0086): values of registry properties
    about_figure_ids, speaker_hedge = about_figure_fields()   # claims26 (migrations/0091): "the figure appeared exaggerated"
    recurrence = statement_recurrence()   # acts29 (migrations/0101): "has demanded ever since"
    reasons, predictions, novelty, novelty_words, date_part = said_fields()   # stmt30 (migrations/0102)
    addressee_words = addressee_words_field()   # agree33 (migrations/0114): "he told reporters"


StatementOut = output_schema(StatementIn)
StatementClaimOut = output_schema(StatementClaimIn)
AboutTreatyOut = output_schema(AboutTreatyIn)
