"""How long after another record something came, as reported ("two days later", "within hours", "shortly
after"): the elapsed of relations and timings (mend-cross, migrations/0039), a statement act's within, and a reported
date's relative window (mend-announce). Its own module so that schemas/dates.py can nest it; schemas/cross_relations.py
imports it from here."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import StrictSchema, one_of

# A bound with no number ("within hours": at_most hours; "more than a day" has one): only these qualifiers go
# without an amount, since "about hours" or "exactly days" say nothing a bare unit does not (mend-when).
OPEN_QUALIFIERS = ("at_most", "at_least", "more_than", "fewer_than")


class ElapsedIn(StrictSchema):
    """How long after the other record this one came, as reported. Stored whole as JSON in its column."""

    amount = fields.Integer(strict=True, allow_none=True, load_default=None,
                            validate=validate.Range(min=0, max=100000), metadata={
        "description": "How many units: 2 in 'two days later'; null when the reporting gives none ('hours "
                       "later': unit hours, no amount; 'within hours': unit hours, qualifier at_most, no amount)."})
    amount_max = fields.Integer(strict=True, allow_none=True, load_default=None,
                                validate=validate.Range(min=0, max=100000), metadata={
        "description": "With qualifier between: the upper amount ('two to three days later': 2 to 3); null "
                       "otherwise."})
    unit = one_of(vocab.PERIOD_UNITS, allow_none=True, load_default=None, metadata={
        "description": "minutes, hours, days, weeks, months or years (see /v1/vocabularies period_units); null "
                       "only with nearness and no unit said ('shortly after')."})
    nearness = one_of(vocab.ELAPSED_NEARNESS, allow_none=True, load_default=None, metadata={
        "description": "How soon, when the reporting says it without a number: immediately ('immediately "
                       "after'), shortly ('shortly after', 'soon after'); with no amount, and with a unit only "
                       "when one is said ('minutes after': unit alone). Null when not said (see /v1/vocabularies "
                       "elapsed_nearness)."})
    # The figures' qualifiers: "within an hour" is at_most 1 hours, "more than a week" more_than 1 weeks.
    qualifier = one_of(vocab.QUALIFIERS, allow_none=True, load_default=None, metadata={
        "description": "How the amount is qualified: about ('about an hour later'), at_most ('within an hour'), "
                       "more_than ('more than a week later'), at_least, fewer_than, exactly, between (with "
                       "amount_max); null when not said (see /v1/vocabularies qualifiers). at_most, at_least, "
                       "more_than and fewer_than may go without amount: 'within hours' is {unit: hours, "
                       "qualifier: at_most}, a number of hours not said."})

    @validates_schema(skip_on_field_errors=True)
    def _amounts(self, data, **kwargs):
        if data.get("nearness") is not None and (data.get("amount") is not None or data.get("qualifier")):
            raise ValidationError({"nearness": ["Says how soon without a number: not with amount or qualifier."]})
        if data.get("unit") is None and data.get("nearness") is None:
            raise ValidationError({"unit": ["Give the unit ('hours later': hours), or nearness ('shortly after')."]})
        between = data.get("qualifier") == "between"
        if between and (data.get("amount") is None or data.get("amount_max") is None):
            raise ValidationError({"amount_max": ["Qualifier between needs amount and amount_max."]})
        if not between and data.get("amount_max") is not None:
            raise ValidationError({"amount_max": ["Only with qualifier between: give amount alone."]})
        if between and data["amount_max"] <= data["amount"]:
            raise ValidationError({"amount_max": ["Must be more than amount."]})
        if data.get("qualifier") not in (None, *OPEN_QUALIFIERS) and data.get("amount") is None:
            raise ValidationError({"qualifier": ["Qualifies amount: give it too ('hours later' is unit hours "
                                                 "alone; 'within hours' is at_most with no amount)."]})


class RelationElapsedIn(ElapsedIn):
    """A relation's elapsed (events33, notes/trials t56 #8 "ended a week after the first ambulances crossed"): the
    time between one end of the other record and one end of this one. Both default to start, what elapsed meant
    before they were said (an elapsed stored before reads start, start)."""

    counted_from = one_of(vocab.ELAPSED_ENDS, load_default="start", metadata={
        "description": "Which end of the other record the time is counted from: start (the default: 'two days "
                       "after the talks began') or end ('a week after the exchange ended'); see /v1/vocabularies "
                       "elapsed_ends."})
    counted_to = one_of(vocab.ELAPSED_ENDS, load_default="start", metadata={
        "description": "Which end of this record the time is counted to: start (the default: it began so long "
                       "after) or end ('ended a week after the first crossings': counted_to end)."})


ELAPSED_DEFAULT_ENDS = {"counted_from": "start", "counted_to": "start"}
