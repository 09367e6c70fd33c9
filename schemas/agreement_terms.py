"""How long a provision, a treaty or a statement's act lasts (a term: duration, renewal, notice, end), and the
period it is counted in. Declared apart from schemas/provisions.py (agree32) so that an act item (schemas/
act_details.py: "a mission to serve for an initial 60 days") takes the provisions' very declaration."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import MAX_ID, StrictSchema, one_of
from .provision_parts import RatioIn

PERIOD_QUALIFIERS = ("exactly", "about", "at_least", "at_most", "more_than", "fewer_than")   # of vocab.QUALIFIERS


class PeriodIn(StrictSchema):
    amount = fields.Integer(strict=True, required=True, validate=validate.Range(min=0, max=100000), metadata={
        "description": "How many units: 14 in 'within 14 days'."})
    unit = one_of(vocab.PERIOD_UNITS, required=True, metadata={
        "description": "minutes, hours, days, weeks, months or years."})
    # periods38 (stored whole as JSON: no migration): "within about a month", "for at least six months"; the
    # figures' terms but nearly and between (one amount: a range has no second amount here)
    qualifier = fields.String(allow_none=True, load_default=None, validate=validate.OneOf(
        PERIOD_QUALIFIERS, error="Must be one of: {choices}. A period has one amount, not a range (between): give "
                                 "about, at_least or at_most with one amount."), metadata={
        "description": "How the text qualifies the amount, in the terms of /v1/vocabularies qualifiers: exactly, "
                       "about ('within about a month': {amount 1, unit months, qualifier about}), at_least ('for "
                       "at least six months'), at_most ('for no longer than 30 days', 'up to'), more_than, "
                       "fewer_than; null when the text does not qualify it. No date is computed from a period, so "
                       "the qualifier changes no computation: about counts as the amount."})


class TermIn(StrictSchema):
    duration = fields.Nested(PeriodIn, allow_none=True, metadata={
        "description": "How long the provision (or the treaty it belongs to) lasts; null when not said."})
    permanent = fields.Boolean(allow_none=True, metadata={
        "description": "true when the text says it has no end ('a permanent cessation of hostilities'); then no "
                       "duration, renewal or end is given. Null when not said (not the same as false: a text "
                       "silent on its length is not permanent by default)."})
    # agree32 (notes/trials t53 #86): "it will serve for an initial 60 days"
    initial = fields.Boolean(allow_none=True, load_default=None, metadata={
        "description": "true when the text calls the duration an initial or first period ('for an initial 60 "
                       "days'), to be extended or reviewed, without saying how (renewable says whether it is "
                       "renewed, renewal for how long); needs duration. Null when not said; terms stored before "
                       "read null."})
    renewable = fields.Boolean(allow_none=True, metadata={
        "description": "Whether it is renewed (true), not (false), or the text does not say (null)."})
    renewal = fields.Nested(PeriodIn, allow_none=True, metadata={
        "description": "The length of each renewal ('renewed for successive five-year terms')."})
    automatic = fields.Boolean(allow_none=True, metadata={
        "description": "Whether renewal is automatic unless a party gives notice; null when not said."})
    notice = fields.Nested(PeriodIn, allow_none=True, metadata={
        "description": "The notice a party must give to end it or stop its renewal ('one year's notice')."})
    renewal_ratio = fields.Nested(RatioIn, allow_none=True, load_default=None, metadata={
        "description": "When renewals are earned by a count ('extended by one day for every 10 additional hostages "
                       "released'): {amount, for_each, counted}, amount renewals (each of length renewal) for "
                       "each for_each counted. Needs renewal. Null when not said (mend-equip)."})
    renewal_requires = one_of(vocab.RENEWAL_CONSENTS, allow_none=True, metadata={
        "description": "Whose agreement a renewal or extension needs: all_parties ('if both parties agree'), "
                       "any_party, named_parties (named in note), third_party or none (see /v1/vocabularies, "
                       "renewal_consents); null when the text does not say."})
    ends_with = fields.String(validate=validate.Length(max=500), allow_none=True, metadata={
        "description": "The event that ends the term, in words, when it ends with an event rather than after "
                       "a duration: 'the end of the war'. Null when not said."})
    # Not a declared link: the term is stored whole (JSON), so the ID is checked on write
    # (services/provision_rules.py) and shown as given, under the same name.
    ends_with_event_id = fields.Integer(strict=True, allow_none=True, validate=validate.Range(min=1, max=MAX_ID),
                                        metadata={"refers_to": "events",
        "description": "With ends_with: the event that ended it, once it is recorded (ID of an existing event, "
                       "checked when written); null while it has not happened or is not recorded."})
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "What the text says about the term, when the fields leave something out."})

    @validates_schema(skip_on_field_errors=True)
    def _ends(self, data, **kwargs):
        if data.get("renewal_ratio") and not data.get("renewal"):
            raise ValidationError({"renewal_ratio": ["Says how many renewals a count earns: give renewal (each "
                                                     "one's length) too."]})
        if data.get("initial") and not data.get("duration"):
            raise ValidationError({"initial": ["Says the duration is an initial period: give duration too."]})
        if data.get("ends_with_event_id") and not data.get("ends_with"):
            raise ValidationError({"ends_with": ["Say in words what ends the term, beside ends_with_event_id."]})
        if data.get("permanent"):
            ending = [name for name in ("duration", "renewal", "renewable", "ends_with") if data.get(name)]
            if ending:
                raise ValidationError({"permanent": [f"A permanent term has no {ending[0]}: give one or the other."]})


def period_as_shown(stored):
    """A period as stored whole (JSON) -> as shown: one stored before its qualifier (before periods38) reads null."""
    return None if stored is None else {**stored, "qualifier": stored.get("qualifier")}


def term_as_shown(stored):
    """An act's term as stored whole (schemas/act_details.py, every field kept) -> as shown: its periods shown."""
    return None if stored is None else {**stored, **{name: period_as_shown(stored.get(name))
                                                     for name in ("duration", "renewal", "notice")}}


# Periods that items of a list stored whole hold, by the item field's name (api/representations.py shows them):
# a treaty phase's duration, a statement act's term.
ITEM_PERIODS = {"duration": period_as_shown, "term": term_as_shown}
