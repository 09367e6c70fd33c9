"""What a statement asks for or offers, and where it was made public (mend-acts, migrations/0043; notes/trials
t8: 'called on men to take up arms', 'ready for talks', 'on its Telegram channel').

A request and an offer have one shape: an action term (requested_actions: the provision types, so that "urged
both sides to return to talks" and a treaty's clause on further negotiations share a term, and a few of ours),
whom it is asked of (actors by ID, or an unnamed addressee in words) and the reporting's words.
"""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import StrictSchema, one_of, reference, references, text
from .dates import ReportedDateIn


class ActIn(StrictSchema):
    action = one_of(vocab.REQUESTED_ACTIONS, required=True, metadata={
        "description": "What is asked or offered (see /v1/vocabularies requested_actions: the provision types, "
                       "such as ceasefire, withdrawal, prisoner_release, humanitarian_access, "
                       "further_negotiations, and take_up_arms, mobilisation, investigation, evacuation, other)."})
    addressee_ids = references("actor", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "Whom it is asked of or offered to: IDs of actors ('urged both sides': the two sides). "
                       "Empty when no one is named, or when addressee_words says it in words.",
        "shown": {"description": "Whom it is asked of or offered to (IDs of actors); empty when no one is named."}})
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
                       "when no time is said."})

    @validates_schema(skip_on_field_errors=True)
    def _said(self, data, **kwargs):
        if data["action"] == "other" and not data.get("words"):
            raise ValidationError({"words": ["Say the action in words with action other."]})


def acts(what, example):
    """A statement's list of requests or offers: stored whole as JSON; its actors are checked on write."""
    return fields.List(fields.Nested(ActIn), load_default=list, validate=validate.Length(max=20), metadata={
        "description": f"What the statement {what}, each an action term with whom and the words ({example}). "
                       "Empty when it " + ("asks nothing." if what.startswith("asks") else "offers nothing.")})


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
