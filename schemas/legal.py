"""Legal actions and superlatives as reporting gives them (issue 10, mend10b; migrations/0020).

A legal action is an event (PLOVER COERCE: CAMEO 173 "charge with legal action"): the court or prosecutor is
the `initiator`, the people it is against are participants in role `accused`, and the event's `legal` says
what the action is: its status (charged, warrant issued, sentenced...), the charges (the Rome Statute's
crimes, or a national offence, with the article as reported), the penalty and whether it was in absentia.
One event per step: a charge and the later sentence are two events, the sentence `follows` the charge.

A superlative ("the deadliest single attack since the war began") is a claim about an event (schemas/claims.py:
a claimant, sources, a rank): its measure, what it is compared with, within what, and since when.
"""
from marshmallow import ValidationError, fields, post_load, validate, validates_schema

from . import vocabularies as vocab
from .common import StrictSchema, currency_code, one_of, text
from .dates import ReportedDateIn, check, date_columns
from .flatdates import POINT_BOUNDS, optional_precision_field


class ChargeIn(StrictSchema):
    charge = one_of(vocab.LEGAL_CHARGES, required=True, metadata={
        "description": "The offence (see /v1/vocabularies legal_charges): genocide, war_crimes, "
                       "unlawful_deportation, treason, terrorism... or other with the article, or the offence in "
                       "words, in article."})
    article = text(300, allow_none=True, load_default=None, metadata={
        "description": "The law and article as reported: 'Rome Statute, art. 8(2)(a)(vii)', 'Criminal Code of "
                       "Ukraine, art. 111'; with charge other and no article reported, the offence in the "
                       "reporting's words ('ethnic discrimination'; trial t32 #70). Required with charge other; "
                       "null when not reported."})

    @validates_schema(skip_on_field_errors=True)
    def _other_says_which(self, data, **kwargs):
        if data["charge"] == "other" and not data.get("article"):
            raise ValidationError({"article": ["Charge other needs the article (or the offence) as reported."]})


class PenaltyIn(StrictSchema):
    type = one_of(vocab.PENALTY_TYPES, required=True, metadata={
        "description": "The kind of penalty (see /v1/vocabularies penalty_types): imprisonment, "
                       "suspended_imprisonment, life_imprisonment, death, fine, restriction_of_liberty."})
    amount = fields.Float(allow_none=True, load_default=None, allow_nan=False, validate=validate.Range(min=0),
                          metadata={"description": "How much, in unit: 15 for '15 years'; null for life or death, "
                                                   "or when not reported."})
    unit = one_of(vocab.PENALTY_UNITS, allow_none=True, load_default=None, metadata={
        "description": "The unit of amount: years, months, days, or money (a fine, with currency)."})
    currency = fields.String(allow_none=True, load_default=None, validate=currency_code, metadata={
        "description": "With unit money: the ISO 4217 currency code; null otherwise."})
    # mend-acts (notes/trials t6: 'sentenced him to a long prison term'): no number, no unit invented
    words = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=500), metadata={
        "description": "The penalty in the reporting's words when they qualify it without a number ('a long "
                       "prison term'), or beside one ('at least ten years'); null otherwise. With no number, "
                       "leave amount and unit null: the words say it."})

    @validates_schema(skip_on_field_errors=True)
    def _fits(self, data, **kwargs):
        kind, amount, unit = data["type"], data.get("amount"), data.get("unit")
        errors = {}
        if kind in ("life_imprisonment", "death") and (amount is not None or unit is not None):
            errors["amount"] = [f"A penalty of {kind} has no amount."]
        elif amount is not None and unit is None:
            errors["unit"] = ["An amount needs its unit."]
        elif amount is None and unit not in (None, "money") and data.get("words"):
            errors["unit"] = ["A unit goes with an amount: with words and no number, leave unit null."]
        elif unit == "money" and kind != "fine" or kind == "fine" and unit not in (None, "money"):
            errors["unit"] = ["A fine is in unit money, and only a fine is."]
        if (unit == "money") != (data.get("currency") is not None):
            errors["currency"] = ["An amount of money needs its currency, and only money has one."]
        if errors:
            raise ValidationError(errors)


class LegalIn(StrictSchema):
    """An event's legal action (schemas/legal.py). in_force_as_of has a precision and an open bound beside it, as a
    record's own dates do (schemas/flatdates.py, checked by schemas/dates.py check; events28: "the order remained
    in force", said on a day not reported: on_or_before the report's day, no day invented)."""

    IN_FORCE = {"date": "in_force_as_of", "precision": "in_force_as_of_precision", "bound": "in_force_as_of_bound"}

    status = one_of(vocab.LEGAL_STATUSES, required=True, metadata={
        "description": "The step the event reports (see /v1/vocabularies legal_statuses): investigated, charged, "
                       "warrant_issued, on_trial, convicted, sentenced, acquitted, charges_dropped..."})
    charges = fields.List(fields.Nested(ChargeIn), load_default=list, validate=validate.Length(max=30), metadata={
        "description": "What the accused is charged with, wanted for or convicted of, each offence with its "
                       "article as reported; empty when not reported."})
    penalty = fields.Nested(PenaltyIn, allow_none=True, load_default=None, metadata={
        "description": "With status sentenced: the penalty ('15 years' is {type: imprisonment, amount: 15, unit: "
                       "years}); null when not reported."})
    in_absentia = fields.Boolean(allow_none=True, load_default=None, metadata={
        "description": "true: the accused was tried, sentenced or charged in absentia; false: the reporting says "
                       "in person; null when it does not say."})
    # events27 (notes/trials t36 #61 "said the U.N. order to arrest him remained in force")
    in_force_as_of = fields.Date(allow_none=True, load_default=None, metadata={
        "description": "The day as of which the reporting says the measure still stands: a warrant or an order "
                       "not withdrawn, charges not dropped ('a UN spokesman said on 12 March the order to arrest "
                       "him remained in force': on the order's event, 2024-03-12). A later day someone says it "
                       "again replaces it; a withdrawal is its own event (warrant_withdrawn). With a precision, the "
                       "first day of the week, month or year; with bound on_or_before, the last day it may have "
                       "been said (an undated statement in a report of 8 March: 2024-03-08, on_or_before). Null "
                       "when not said. Filter: legal_in_force_on= (a day on or before its first day)."})
    # events28 (notes/trials t39 #58: "the order remained in force", said on a day the report does not give)
    in_force_as_of_precision = optional_precision_field(
        "How precisely in_force_as_of is known: day, week, month or year ('said in March that the warrant stands': "
        "2024-03-01, month), as a record's own dates.")
    in_force_as_of_bound = one_of(POINT_BOUNDS, allow_none=True, load_default=None, metadata={
        "description": "An open bound on in_force_as_of: on_or_before (said on or before that day, which the "
                       "reporting does not give: a spokesman quoted undated in a report of that day), not_before; "
                       "null for none."})

    # vocab34 (notes/trials t61 #58 "made public on June 4 an indictment"): the day issued, apart from the event's
    issued_on = fields.Date(allow_none=True, load_default=None, metadata={
        "description": "With status made_public: the day the indictment, charges or warrant were issued, as reported, "
                       "apart from the event's date, the day they were made public ('an indictment signed in March "
                       "and unsealed on 4 June': 2003-03-01 with precision month, the event on 4 June). Null when not "
                       "reported. Filter the unsealing with legal_status=made_public."})
    issued_on_precision = optional_precision_field(
        "How precisely issued_on is known: day, week, month or year ('issued in March': the 1st, month).")

    @validates_schema(skip_on_field_errors=True)
    def _issued(self, data, **kwargs):
        if data.get("issued_on_precision") is not None and data.get("issued_on") is None:
            raise ValidationError({"issued_on_precision": ["Says how precisely issued_on is known: give issued_on "
                                                           "too."]})
        if data.get("issued_on") is not None and data["status"] != "made_public":
            raise ValidationError({"issued_on": ["The day issued, apart from the day made public: for status "
                                                 "made_public (an event that issues one has it as its own date)."]})

    @validates_schema(skip_on_field_errors=True)
    def _in_force_bracket(self, data, **kwargs):
        precision = data.get("in_force_as_of_precision")
        if precision is not None and data.get("in_force_as_of") is None:
            raise ValidationError({"in_force_as_of_precision": ["Says how precisely in_force_as_of is known: give "
                                                                "in_force_as_of too."]})
        names = {key: self.IN_FORCE.get(key, key) for key in ("date", "date_end", "precision", "precision_end",
                                                                "time", "time_end", "time_zone", "bound")}
        problems = check(data.get("in_force_as_of"), None, precision or "day", None, None, None,
                         data.get("in_force_as_of_bound"), names, span=False)
        if problems:
            raise ValidationError(problems)

    @post_load
    def _in_force_precision(self, data, **kwargs):   # as a record's own dates: day when a day is given alone
        for date, precision in (("in_force_as_of", "in_force_as_of_precision"), ("issued_on", "issued_on_precision")):
            if date in data:
                given = data.get(date) is not None
                data[precision] = (data.get(precision) or "day") if given else None
        return data

    @validates_schema(skip_on_field_errors=True)
    def _penalty_with_sentence(self, data, **kwargs):
        if data.get("penalty") is not None and data["status"] not in ("sentenced", "overturned", "pardoned"):
            raise ValidationError({"penalty": ["A penalty goes with status sentenced (or the overturned or "
                                               "pardoned sentence)."]})


def legal_columns(value):
    """The plain columns beside an event's stored `legal`, which the legal_status=, charge= and legal_in_force_on=
    filters read: the status, the charges as ',treason,terrorism,' (each term between commas, so a LIKE finds it
    exactly), and the first day it was last said to be in force (none when said on or before a day: events28)."""
    if not value:
        return {"legal_status": None, "legal_charges": None, "legal_in_force_as_of": None}
    charges = sorted({c["charge"] for c in value.get("charges") or []})
    return {"legal_status": value["status"], "legal_charges": f",{','.join(charges)}," if charges else None,
            "legal_in_force_as_of": date_columns({"date": value.get("in_force_as_of"), "bound": value.get(
                "in_force_as_of_bound"), "precision": value.get("in_force_as_of_precision")})[0]}   # 0094; events28


class RecentPeriodIn(StrictSchema):
    """'In years', 'in a decade', 'in weeks': a period counted back from the event (mend-acts4)."""

    amount = fields.Integer(strict=True, allow_none=True, load_default=None, validate=validate.Range(min=1, max=1000),
                            metadata={"description": "How many units ('in a decade': 10 years); null when the "
                                                     "reporting gives none ('in years': several)."})
    unit = one_of(("days", "weeks", "months", "years"), required=True, metadata={
        "description": "days, weeks, months or years (the period_units of provisions' periods)."})


class SuperlativeIn(StrictSchema):
    """What a superlative claim says about its event."""

    measure = one_of(vocab.SUPERLATIVE_MEASURES, required=True, metadata={
        "description": "In what the event stands out (see /v1/vocabularies superlative_measures): deadliest, "
                       "largest, longest, most_destructive, first, last, most_intense, heaviest_losses, worst."})
    among = text(200, allow_none=True, load_default=None, metadata={
        "description": "What it is compared with, in a few words as reported: 'single attack', 'prisoner "
                       "exchange', 'strike on Kyiv'; null when not said."})
    scope = one_of(vocab.SUPERLATIVE_SCOPES, load_default="unspecified", metadata={
        "description": "Within what: parent_event (the war or offensive the event is part of, its parent_id), "
                       "place (the events at the event's own place_id: 'on Kyiv'), ever, or unspecified (the "
                       "default)."})
    since = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "Since when the comparison holds, as reported: a reported date object, not text ('since the "
                       "war began': the war's start date; 'since 1945': {\"date\": \"1945-01-01\", \"precision\": "
                       "\"year\"} or {\"edtf\": \"1945\"}); null when not said ('so far' with scope parent_event "
                       "needs none). Since an event named, not dated ('the deadliest since the Korean War'): the "
                       "claim's since_event_id, the event's ID, with since null; no year is invented. Filter: "
                       "superlative_since=<event>."})
    # mend-acts4 (notes/trials t25 #64 "the heaviest ... in years"; since an event: the claim's since_event_id)
    within = fields.Nested(RecentPeriodIn, allow_none=True, load_default=None, metadata={
        "description": "A recent period the comparison holds within, counted back from the event, as reported: "
                       "'in years' {\"unit\": \"years\"} (amount null: several), 'in a decade' {\"amount\": 10, "
                       "\"unit\": \"years\"}, 'in weeks' {\"unit\": \"weeks\"}; null when not said."})

    @validates_schema(skip_on_field_errors=True)
    def _one_since(self, data, **kwargs):
        if data.get("within") is not None and data.get("since") is not None:
            raise ValidationError({"within": ["Either a recent period ('in years') or since (a date; the claim's "
                                              "since_event_id an event), not both: the reporting says one."]})


def superlative_columns(value):
    """The plain column beside a claim's stored superlative, which the superlative= filter reads."""
    return {"superlative_measure": value["measure"] if value else None}
