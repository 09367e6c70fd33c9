"""Claims: what one claimant says, from which sources, as of when, how qualified, and how the curators rank it.

Wikidata's model, cut to what reporting needs: several claims about one thing stand side by side, each with
its claimant (an actor, or null for the source's own voice), its sources and a rank. The record's top-level
fields hold the curators' preferred reading, which simple clients read; a claim ranked `preferred` must agree
with them (each kind's rules check it). A figure is a claim about a quantity.
"""
from marshmallow import ValidationError, fields, post_load, validate, validates_schema

from . import vocabularies as vocab
from .common import one_of, reference, references
from .dates import PERIOD_PART


class AttributionMixin:
    """A claim's attribution (issue 11): named (claimant_id given), source (its own voice) or unnamed."""

    attribution = one_of(vocab.ATTRIBUTIONS, allow_none=True, metadata={
        "description": "Whom the reporting attributes the claim to: named (claimant_id says who), source (the "
                       "source's own voice), or unnamed (someone not named: 'officials said'; with claimant_id, "
                       "unnamed people speaking for that body: 'Armenian officials said' is unnamed with "
                       "claimant_id Armenia). Left out or null: named when claimant_id is given, else source."})

    @validates_schema
    def _attribution_agrees(self, data, **kwargs):
        attribution, claimant = data.get("attribution"), data.get("claimant_id")
        if attribution == "named" and claimant is None:
            raise ValidationError({"claimant_id": ["Attribution named needs claimant_id: say who."]})
        # issue 10, mend-cross: an unnamed claimant may name the body it speaks for ("Armenian officials said")
        if attribution == "source" and claimant is not None:
            raise ValidationError({"claimant_id": ["Attribution source has no claimant: leave claimant_id out, "
                                                   "or give attribution named (or unnamed, for people not named "
                                                   "who speak for that body)."]})

    @post_load
    def _attribution_default(self, data, **kwargs):
        if data.get("attribution") is None:
            data["attribution"] = "source" if data.get("claimant_id") is None else "named"
        return data


def attribution_of(claimant_id):
    """The attribution a claim stored before attribution existed reads as (migrations/0016)."""
    return "source" if claimant_id is None else "named"


def as_of_precision_field():
    """`as_of_precision`, declared once: every claim's (below) and a record's property values'
    (schemas/property_values.py; mend-small, trial t33 #75: "annual inflation at nearly 300 percent in May")."""
    # mend-misc (migrations/0062) for figures; mend-figdates (migrations/0074, trial t23 #63: "Morocco took
    # control in 1975") for every claim; mend-small (migrations/0088) for property values
    return fields.String(allow_none=True, load_default=None, validate=validate.OneOf(["week", "month", "year"]),
                         metadata={
        "description": "How precisely as_of is known when not to the day: week, month or year ('estimated last "
                       "year', said in 2025: as_of 2024-01-01, as_of_precision year; 'took control in 1975': as_of "
                       "1975-01-01, year; 'gave last week', said on Tuesday 19 May 2009: as_of 2009-05-11, the "
                       "Monday, week), as a reported date's precision; as_of is then the first day of that week "
                       "(the seven days from it), month or year, read as the whole of it, never as that day. Null: "
                       "as_of is a day."})


def as_of_precision_problems(data):
    """as_of_precision against as_of (and as_of_part, where the schema has it) -> {field: [messages]} or {}."""
    precision, day = data.get("as_of_precision"), data.get("as_of")
    if precision is None:
        return {}
    if day is None:
        return {"as_of_precision": ["Says how precisely as_of is known: give as_of too."]}
    if (precision == "month" and day.day != 1) or (precision == "year" and (day.month, day.day) != (1, 1)):
        return {"as_of": [f"With as_of_precision {precision}: the first day of the {precision} "
                          f"(no day is invented: it reads as the whole {precision})."]}
    if data.get("as_of_part") is not None:
        return {"as_of_part": ["A part of a month goes with an as_of known within its month "
                               "(as_of_precision null), not with as_of_precision."]}
    return {}


class AsOfPrecisionMixin:
    """as_of_precision checked against as_of (as_of_precision_problems): the one hook of every schema declaring
    as_of_precision_field() (a claim's, a property value's)."""

    @validates_schema(skip_on_field_errors=True)
    def _as_of_precision(self, data, **kwargs):
        problems = as_of_precision_problems(data)
        if problems:
            raise ValidationError(problems)


class ClaimFieldsMixin(AsOfPrecisionMixin, AttributionMixin):
    """The fields every claim carries; mixed into an item schema (before StrictSchema) that adds what is claimed."""

    claimant_id = reference("actor", allow_none=True, metadata={
        "description": "Who makes the claim: ID of an actor; null when the source states it in its own voice.",
        "shown": {"description": "Who makes the claim (its ID, or the actor when embedded); null when the "
                                 "source states it in its own voice."}})
    rank = one_of(vocab.CLAIM_RANKS, load_default="normal", metadata={
        "description": "preferred (the record's top-level fields show it), normal, or deprecated (known to be "
                       "wrong or withdrawn, kept because it was made)."})
    qualifier = one_of(vocab.QUALIFIERS, allow_none=True, metadata={
        "description": "How the reporting qualifies the claim: exactly, about, at_least, at_most, more_than, "
                       "fewer_than, between; null when it does not say."})
    as_of = fields.Date(allow_none=True, metadata={"description": "The day the claim describes the state of "
                                                                  "things at (YYYY-MM-DD); null when not said."})
    # issue 10, mend-time 2 (migrations/0057): "as of late November", "by mid-month"
    as_of_part = fields.String(allow_none=True, load_default=None, validate=PERIOD_PART,
                               metadata={"description": "When as_of is known only as a part of a month, as the "
                                                        "reporting says it: early, mid or late ('as of late "
                                                        "November': as_of 2023-11-21, the part's first day; the "
                                                        "state held on some day from the 21st to the month's "
                                                        "end). Null when as_of is a day."})
    as_of_precision = as_of_precision_field()
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "How the claim was arrived at, or what it leaves out."})
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=50), metadata={
        "description": "IDs of the sources that report the claim (1 to 50).", "rows": "source_rows",
        "shown": {"description": "The sources that report it."}})

    @validates_schema(skip_on_field_errors=True)
    def _as_of_part(self, data, **kwargs):
        problems = as_of_part_problems(data.get("as_of"), data.get("as_of_part"))
        if problems:
            raise ValidationError({"as_of_part": problems})


def as_of_part_problems(as_of, part):
    """A claim's as_of known as a part of a month (mend-time 2): as_of is the part's first day. -> [messages]."""
    if part is None:
        return []
    if as_of is None:
        return ["Give as_of, the first day of the part, that the part goes with."]
    first = {"early": 1, "mid": 11, "late": 21}[part]
    return [] if as_of.day == first else [f"as_of is the first day of {part} of its month: "
                                          f"{as_of.replace(day=first).isoformat()}."]
