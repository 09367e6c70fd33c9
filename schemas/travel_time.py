"""How far a place lies as a time to travel rather than a distance (places35, migrations/0119): "several days' walk
from the nearest road" is a place relation distance_from whose travel_time is {vague several, unit days} and whose
travel_mode is foot. Mixed into PlaceRelationIn (schemas/relations.py is near its size limit). The amount is a
period's (schemas/agreement_terms.py PeriodIn); a time said without a number takes a vague magnitude, as a distance
does (distance_vague) and a figure does (vague): no number is invented from the word."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .agreement_terms import PeriodIn
from .common import one_of


class TravelTimeIn(PeriodIn):
    """A period with its amount given as a number or as a vague magnitude. Stored whole as JSON."""

    amount = fields.Integer(strict=True, allow_none=True, load_default=None,
                            validate=validate.Range(min=0, max=100000), metadata={
        "description": "How many units: 3 in 'three days' walk'; null when the reporting gives a word for it "
                       "(vague)."})
    vague = one_of(vocab.VAGUE_MAGNITUDES, allow_none=True, load_default=None, metadata={
        "description": "The amount as a vague magnitude when no number is given ('several days' walk': several; "
                       "'a few hours' drive': a_few; see /v1/vocabularies vague_magnitudes), in place of amount, "
                       "never with it. Null when amount is given."})

    @validates_schema(skip_on_field_errors=True)
    def _number_or_word(self, data, **kwargs):
        if (data.get("amount") is None) == (data.get("vague") is None):
            raise ValidationError({"amount": ["Give amount (a number) or vague (a word for one), one of them."]})
        if data.get("qualifier") is not None and data.get("amount") is None:   # periods38: "about two hours"
            raise ValidationError({"qualifier": ["Qualifies amount (a number): not with vague."]})


class TravelTimeMixin:
    """`travel_time` and `travel_mode` on a place relation; mixed in before StrictSchema."""

    travel_time = fields.Nested(TravelTimeIn, allow_none=True, load_default=None, metadata={
        "description": "How far the place lies as the time it takes to travel from or to the other place, as "
                       "reported ('two hours' drive from the capital': {amount 2, unit hours}; 'several days' walk "
                       "from the nearest road': {vague several, unit days}), with distance_from, near or a compass "
                       "relation; with or without distance_km. Null when not said. Filter: relation_travel_mode=."})
    travel_mode = one_of(vocab.TRAVEL_MEANS, allow_none=True, load_default=None, metadata={
        "description": "With travel_time: how the time is travelled, as reported: foot ('a day's walk'), road ('two "
                       "hours' drive'), river or sea ('by boat'), air ('an hour's flight') (see /v1/vocabularies "
                       "travel_means); null when not said."})

    @validates_schema(skip_on_field_errors=True)
    def _mode_of_a_time(self, data, **kwargs):
        if data.get("travel_mode") is not None and data.get("travel_time") is None:
            raise ValidationError({"travel_mode": ["How travel_time is travelled: give travel_time too."]})
