"""What a statement asks for or offers, and where it was made public (mend-acts, migrations/0043; notes/trials
t8: 'called on men to take up arms', 'ready for talks', 'on its Telegram channel').

A request and an offer have one shape: an action term (requested_actions: the provision types, so that "urged
both sides to return to talks" and a treaty's clause on further negotiations share a term, and a few of ours),
whom it is asked of (actors by ID, or an unnamed addressee in words) and the reporting's words.
"""
from marshmallow import ValidationError, fields, post_load, validate, validates_schema

from . import vocabularies as vocab
from .act_details import act_detail_fields, act_phase_field, act_primary_field, act_term_field, one_primary
from .act_subjects import act_subject_types_field
from .act_targets import act_target_fields
from .condition_scope import condition_indexes_field
from .common import StrictSchema, one_of, reference, references, text
from .cross_relations import ElapsedIn
from .dates import ReportedDateIn
from .statement_said import stated_reasons


class ActIn(StrictSchema):
    action = one_of(vocab.REQUESTED_ACTIONS, required=True, metadata={
        "description": "What is asked, offered, refused or said not agreed (see /v1/vocabularies "
                       "requested_actions: the provision types, "
                       "such as ceasefire, withdrawal, prisoner_release, humanitarian_access, "
                       "further_negotiations, and take_up_arms, mobilisation, investigation, evacuation, other)."})
    addressee_ids = references("actor", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "Whom it is asked of or offered to: IDs of actors ('urged both sides': the two sides); "
                       "in refusals, who made the offer or request refused; in not_agreed, the sides it would "
                       "bind. Empty when no one is named, or when addressee_words says it in words.",
        "shown": {"description": "Whom it is asked of or offered to (IDs of actors); empty when no one is named."}})
    # mend-announce (notes/trials t25 #11 #14 #50 #54): "dissolving the National Assembly", "the departure of South
    # African troops" (the force to leave is not whom it is asked of), "accused the rebels of seeking power by force"
    about_actor_ids = references("actor", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "The actors the act is done by or done to (each also among the statement's about_actor_ids: "
                       "a 422 otherwise), when neither the speaker nor the addressees: the "
                       "body to be dissolved ('dissolving the National Assembly'), the official who keeps a post, "
                       "the force that is to leave in a withdrawal asked of someone else ('the departure of South "
                       "African troops'), the fighters to be integrated, the actor said to intend it (intentions); "
                       "whom the act is aimed at or done to may go in target_actor_ids instead, which says that "
                       "role. "
                       "IDs of actors, each of which must also be among the statement's about_actor_ids (so that "
                       "about_actor= finds the statement; a 422 naming this field otherwise: 'Add 40 to the "
                       "statement's about_actor_ids too'). Empty when none is named.",
        "shown": {"description": "The actors the act is done by or to (IDs); empty when none is named."}})
    addressee_words = text(500, allow_none=True, load_default=None, metadata={
        "description": "Whom it is asked of or offered to, in the reporting's words, when no actor record fits: "
                       "an unnamed group ('men', 'residents of the city', 'the international community'); null "
                       "when not said or named by addressee_ids."})
    words = text(2000, allow_none=True, load_default=None, metadata={
        "description": "The request or offer in the reporting's words ('called on men to take up arms'); "
                       "required with action other."})
    # mend-dates2 (notes/trials t18 #91, t19 #59, #73): "will travel to Sri Lanka later this week", "by the end
    # of the year"
    date = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "When it is to happen, as the statement says, a reported date: 'later this week' (said on "
                       "Tuesday 19 May 2009) {\"date\": \"2009-05-19\", \"date_end\": \"2009-05-24\"}; 'by the end "
                       "of the year' {\"date\": \"2009-12-31\", \"bound\": \"on_or_before\"}; 'by early next "
                       "month' {\"date\": \"2020-11-10\", \"bound\": \"on_or_before\", \"part\": \"early\"}. Null "
                       "when no time is said, or when said as a time from the statement (within)."})
    # mend-saynot (migrations/0069; trial t21 #69): "expects full control within the week", from an undated
    # briefing: the time is counted from the statement, whose day may not be known, and never worked out
    within = fields.Nested(ElapsedIn, allow_none=True, load_default=None, metadata={
        "description": "When it is to happen as a time from the statement, as the reporting says it (an elapsed: "
                       "{amount, unit, qualifier}): 'within the week' {\"amount\": 1, \"unit\": \"weeks\", "
                       "\"qualifier\": \"at_most\"}; 'within days' {\"unit\": \"days\", \"qualifier\": "
                       "\"at_most\"} (no amount said); 'in the coming days' {\"unit\": \"days\", \"nearness\": "
                       "\"shortly\"}. Kept as said, never turned into a date (the statement may be undated): not "
                       "with date. Null when not said this way."})

    # mend-stmt5 (notes/trials t27 #69, t26 #34): "foreign countries should not interfere", "the RUF leadership would
    # be held accountable"
    refrain = fields.Boolean(load_default=False, allow_none=True, metadata={
        "description": "true when the act is one NOT to be done: asked, offered, pledged or announced that it "
                       "will not be done ('foreign countries should not interfere': a request, action interference, "
                       "refrain true; 'pledged not to attack civilians'). false (the default) for an act to be "
                       "done; items stored before read null, which means false (null is taken as false). Refusing an offer or a request "
                       "is a refusal, not this. The list's filter (requested_action=...) finds the action either way.",
        "shown": {"description": "true when the act is one not to be done ('should not interfere'); false or null "
                                 "(stored before) for an act to be done."}})
    actor_part = one_of(vocab.ACTOR_PARTS, allow_none=True, load_default=None, metadata={
        "description": "Which part of the about_actor_ids the act concerns, when the reporting names a part "
                       "rather than the whole (see /v1/vocabularies actor_parts): 'the RUF leadership would be "
                       "held accountable': action accountability, about_actor_ids the RUF, actor_part leadership; "
                       "needs about_actor_ids. Null for the actors as a whole or when not said."})

    # claims26 (trial t33 #55 "looking at ways to strengthen the U.N. mission", t34 #70 "could be withdrawn if Walker
    # is forced out"): an act only considered or said to be possible, not announced, pledged or asked outright
    modality = one_of(vocab.ACT_MODALITIES, allow_none=True, load_default=None, metadata={
        "description": "How far the act is put, when less than its list says (see /v1/vocabularies "
                       "act_modalities): consideration ('looking at ways to strengthen the U.N. mission': an "
                       "announcement, action deployment, modality consideration), possibility ('the mission could "
                       "be withdrawn if Walker is forced out': an announcement or threat, action withdrawal, "
                       "modality possibility, the condition in the statement's conditions), recommendation ('said "
                       "he would recommend that the mission leave': a request, or an announcement, action "
                       "withdrawal, modality recommendation). Null: the act as the "
                       "list says it (announced, pledged, asked...). Filter: act_modality=.",
        "shown": {"description": "consideration or possibility when the act is only considered or said to be "
                                 "possible; null (or absent, stored before) for the act as its list says it."}})

    # figures27 (round 27; trial t35 #29, #33): "release all prisoners", "demanded as conditions of a peace
    # settlement"
    proportion = one_of(vocab.FIGURE_PROPORTIONS, allow_none=True, load_default=None, metadata={
        "description": "How much of what the act is about it covers, when the reporting says it with a proportion "
                       "word (see /v1/vocabularies figure_proportions): all ('called for the release of all "
                       "political prisoners': action prisoner_release, all), most, some, none... Null when not "
                       "said. Filter: act_proportion=."})
    for_treaty_id = reference("treaty", allow_none=True, load_default=None, metadata={
        "description": "The treaty (signed, or only proposed: a treaty record in status proposed) "
                       "the act is a condition or precondition of, as the speaker puts it ('demanded the "
                       "withdrawal as a condition of any peace settlement': a request, action withdrawal, the "
                       "settlement's treaty record), which must also be among the statement's about_treaties (a "
                       "422 naming this field otherwise). Null when not said. Filter: act_for_treaty=.",
        "shown": {"description": "The treaty the act is a condition of (its ID); null when not said."}})
    # statements37: "called on parliament to ratify the treaty" (action approve_agreement)
    treaty_id = reference("treaty", allow_none=True, load_default=None, metadata={
        "description": "The agreement the act is about, when recorded as a treaty (signed, or only proposed): the "
                       "one to approve, ratify, sign, implement or leave ('urged the assembly to accept the plan': "
                       "a request, action approve_agreement, the plan's treaty record); for_treaty_id is a treaty "
                       "the act is a condition of. Also among the statement's about_treaties (a 422 naming this "
                       "field otherwise). Null when none is named (items stored before read null). Filter: "
                       "act_treaty=.",
        "shown": {"description": "The agreement the act is about (its ID); null when none is named."}})
    places, equipment = act_detail_fields()   # acts28 (trial t39 #3, #5, #56): "to send armour to Chad"
    phase = act_phase_field()   # acts29 (trials t41 #46, t42 #46): when it begins or is complete
    condition_indexes = condition_indexes_field()   # cond30: the statement's conditions this act hangs on
    reasons = stated_reasons("the act (why it is asked, offered, refused, announced...)")   # stmt30
    target_actor_ids, target_groups, target_words = act_target_fields()   # acts31: "to kill the hostages"
    term = act_term_field()   # agree32: "to serve for an initial 60 days"
    primary = act_primary_field()   # agree33: "his main demand"
    subject_types = act_subject_types_field()   # acts35: "will not discuss a disengagement"

    @post_load
    def _refrain_false_when_null(self, data, **kwargs):
        data["refrain"] = bool(data.get("refrain"))   # an item read back from before 0081 shows null
        data["primary"] = bool(data.get("primary"))   # agree33: null (an item stored before) is false
        return data

    @validates_schema(skip_on_field_errors=True)
    def _said(self, data, **kwargs):
        if data.get("actor_part") is not None and not data.get("about_actor_ids"):
            raise ValidationError({"actor_part": ["Says which part of the about_actor_ids the act concerns: give "
                                                  "about_actor_ids too."]})
        if data["action"] == "other" and not data.get("words"):
            raise ValidationError({"words": ["Say the action in words with action other."]})
        if data.get("within") is not None and data.get("date") is not None:
            raise ValidationError({"within": ["Give date (a day or bracket said) or within (a time from the "
                                              "statement), not both."]})
        if data.get("phase") is not None and data.get("date") is None and data.get("within") is None:
            raise ValidationError({"phase": ["Says whether the act's time is when it begins or when it is complete: "
                                             "give date or within too."]})


def acts(what, example, empty=None):
    """A statement's list of requests, offers, refusals or actions not agreed: stored whole as JSON; its actors are
    checked on write."""
    empty = empty or ("asks nothing." if what.startswith("asks") else "offers nothing.")
    return fields.List(fields.Nested(ActIn), load_default=list, validate=[validate.Length(max=20), one_primary],
                       metadata={
        "description": f"What the statement {what}, each an action term with whom and the words ({example}). "
                       "Empty when it " + empty})


class NotSaidIn(StrictSchema):
    """A point the statement leaves unsaid, and why (mend-saynot, migrations/0069; trial t21 #56, #70)."""

    point = one_of(vocab.NOT_SAID_POINTS, required=True, metadata={
        "description": "What is not said (see /v1/vocabularies not_said_points): when, where, who, how_many, how, "
                       "why, whether, other (with words)."})
    reason = one_of(vocab.NOT_SAID_REASONS, required=True, metadata={
        "description": "Why, as the reporting says (see /v1/vocabularies not_said_reasons): declined (would not "
                       "say: 'declined to set a date'), not_known (says it does not know: 'has no information on "
                       "the hostages' whereabouts'), not_given (did not say, no more said)."})
    words = text(2000, allow_none=True, load_default=None, metadata={
        "description": "The reporting's words ('declined to set a date'); required with point other."})
    # agree33 (notes/trials t58 #21 "did not say when they would resume attacks"): the act the point is about
    action = one_of(vocab.REQUESTED_ACTIONS, allow_none=True, load_default=None, metadata={
        "description": "The act whose point is left unsaid, as an act item's action (see /v1/vocabularies "
                       "requested_actions): 'did not say when they would resume attacks': point when, reason "
                       "not_given, action military_operations. Null when the point is about the statement as a "
                       "whole, or the act is not said. Filter: not_said_action=."})

    @validates_schema(skip_on_field_errors=True)
    def _said(self, data, **kwargs):
        if data["point"] == "other" and not data.get("words"):
            raise ValidationError({"words": ["Say in words what is not said, with point other."]})


def not_said():
    return fields.List(fields.Nested(NotSaidIn), load_default=list, validate=validate.Length(max=20), metadata={
        "description": "What the statement leaves unsaid, and why: each {point, reason, words}. 'The military said "
                       "it had no information on the hostages' whereabouts': point where, reason not_known, the "
                       "statement about the hostage-taking; 'declined to set a date': point when, reason "
                       "declined, beside the offer or pledge it is about. A refusal to comment at all is stance "
                       "declined_to_comment. Empty when the reporting says nothing of it. Filters not_said= and "
                       "not_said_reason=."})


def platform_field():
    return one_of(vocab.STATEMENT_PLATFORMS, allow_none=True, load_default=None, metadata={
        "description": "Where the statement was made public (see /v1/vocabularies statement_platforms): "
                       "telegram, x, facebook, website, television, radio, press_conference...; null when not "
                       "reported. medium says how it was made (a social media post, a video); channel_id and "
                       "channel_name whose "
                       "account or outlet. Filter with platform=."})


def channel_fields():
    channel_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "Whose account, channel or outlet carried it, as an actor ('on its Telegram channel': "
                       "the RSF; 'told Al Jazeera': Al Jazeera): ID of an actor; null when not reported or given "
                       "in channel_name only. Filter with channel=.",
        "shown": {"description": "Whose account or outlet carried it (its ID, or the actor with "
                                 "include=channel); null when not reported."}})
    channel_name = text(500, allow_none=True, load_default=None, metadata={
        "description": "The account, channel or outlet in words: a handle, a channel's name or a URL "
                       "('@RSFSudan', 't.me/RSFSudan'); null when not reported."})
    return channel_id, channel_name


# mend-dates2 (migrations/0063; notes/trials t19 #4, #12): "shortly after noon", "about 10 a.m.", "broadcast live"
TIME_QUALIFIERS = ("exactly", "about", "more_than", "nearly")   # terms of vocab.QUALIFIERS, as an event claim's


def time_qualifier_field():
    return fields.String(allow_none=True, load_default=None, validate=validate.OneOf(TIME_QUALIFIERS), metadata={
        "description": "How the reporting qualifies the statement's time (see /v1/vocabularies qualifiers): about "
                       "('about 10 a.m.': time 10:00, about), more_than ('shortly after noon': time 12:00, "
                       "more_than), nearly ('just before noon'), exactly; needs a clock time in time. Null when "
                       "the time is given plainly or not at all. A bound the reporting states ('after noon', "
                       "'by noon') is date_bound, not a qualifier."})


def live_field():
    return fields.Boolean(allow_none=True, load_default=None, metadata={
        "description": "true when the reporting says it was made live ('a speech broadcast live': medium speech, "
                       "platform television, live true); false when it says it was recorded and aired later; "
                       "null when not said. Filter with live=."})
