"""A record's property values (issue 10, props): `properties`, declared once here for every kind that takes them.

Each value names a property of the registry (schemas/properties.py) and gives its value in the property's type,
with who says so, the sources and a rank, as other claims do. The schema checks the shape; the service checks
each value against the registry when the record is written (api/services/property_rules.py: an unknown
property, a kind it does not apply to, a value of another type, a term it does not declare -> 422 naming
`properties.<i>.<field>`), and stores the value in its normal form. Stored as rows of property_value
(migrations/0086), one per value, with typed columns the filters read (`columns` below).
"""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .claims import AsOfPrecisionMixin, AttributionMixin, as_of_precision_field
from .common import StrictSchema, one_of, reference, references
from .dates import date_columns
from .unnamed import UnnamedClaimantMixin, claimant_country, claimant_kind, claimant_words


class PropertyValue(fields.Field):
    """A value in any of the registry's value types: an ID (integer), a term or words (string), true or false, or
    an object (a quantity, a reported date). Which one a property takes is checked against the registry."""

    default_error_messages = {"invalid": "Give the value in the property's type: an ID (integer), a term or words "
                                         "(string), true or false, or an object (a quantity, a reported date)."}

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, (bool, str, dict)) or (isinstance(value, int) and value > 0):
            return value
        raise self.make_error("invalid")


def value_columns(value):
    """A value in its normal form -> the typed columns of its row, which filters compare. An integer is a link's
    ID, a string a term or words, an object with a unit a quantity, any other object a reported date."""
    columns = {"value_record": None, "value_text": None, "value_bool": None, "value_number": None,
               "value_low": None, "value_high": None, "value_unit": None, "value_first": None, "value_last": None}
    if isinstance(value, bool):
        columns["value_bool"] = value
    elif isinstance(value, int):
        columns["value_record"] = value
    elif isinstance(value, str):
        columns["value_text"] = value
    elif isinstance(value, dict) and "unit" in value:
        columns.update(value_number=value.get("number"), value_low=value.get("low"), value_high=value.get("high"),
                       value_unit=value.get("unit"))
    elif isinstance(value, dict):
        try:
            columns["value_first"], columns["value_last"] = date_columns(value)
        except (TypeError, ValueError):
            pass
    return columns


class PropertyValueIn(AsOfPrecisionMixin, AttributionMixin, UnnamedClaimantMixin, StrictSchema):
    """One value of a property on a record, as claimed: several values of one property may stand side by side
    (different claimants), each with its rank."""

    property = fields.String(required=True, validate=validate.Length(min=1, max=60), metadata={
        "description": "The name of a property of the registry (GET /v1/properties) that applies to this kind."})
    value = PropertyValue(required=True, metadata={
        "description": "The value, in the property's value_type: a link's record ID (an integer; an external ID "
                       "such as 'wikidata:Q399', or '@ref' in a batch, is resolved to it); a term of the "
                       "property's terms; a quantity {number, low, high, unit, currency, qualifier} in the "
                       "figures' units; a reported date {date, precision, ...} or {edtf}; true or false; words "
                       "(at most 300 characters, quoted as reported, never a summary).",
        "oneOf": [{"type": "integer"}, {"type": "string"}, {"type": "boolean"}, {"type": "object"}],
        "columns": value_columns, "json": True})
    claimant_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "Who says so: ID of an actor; null when the source states it in its own voice (or with "
                       "attribution unnamed and claimant_words).",
        "shown": {"description": "Who says so (its ID); null when the source states it in its own voice."}})
    claimant_words = claimant_words()
    claimant_kind = claimant_kind()
    claimant_country = claimant_country()
    rank = one_of(vocab.CLAIM_RANKS, load_default="normal", metadata={
        "description": "preferred (the curators' reading, what the CSV column shows), normal, or deprecated "
                       "(known to be wrong or withdrawn, kept because it was made)."})
    as_of = fields.Date(allow_none=True, load_default=None, metadata={
        "description": "The day the value describes the state of things at (YYYY-MM-DD); with as_of_precision, the "
                       "first day of the week, month or year it is known to ('in May': 2016-05-01, month); null "
                       "when not said."})
    # mend-small (migrations/0088; trial t33 #75 "inflation at nearly 300 percent in May"): as a claim's
    as_of_precision = as_of_precision_field()
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, load_default=None, metadata={
        "description": "What the value leaves out, in a few words; null mostly."})
    source_ids = references("source", required=True, validate=validate.Length(
        min=1, max=50, error="Cite at least one source (source_ids), at most 50."), metadata={
        "description": "IDs of the sources that report the value (1 to 50): cite at least one.", "rows": "source_rows",
        "shown": {"description": "The sources that report it (IDs)."}})


def properties_field():
    """The `properties` field of every kind that takes properties (schemas/properties.PROPERTY_KINDS)."""
    return fields.List(fields.Nested(PropertyValueIn), load_default=list, validate=validate.Length(max=200), metadata={
        "description": "Values of properties of the registry (GET /v1/properties): facts of kinds no field declares, "
                       "each {property, value, claimant_id, source_ids, rank}, the value in the property's type. "
                       "Filter with property= and property.<name>= (docs/api.md, Properties).",
        "rows": "property_rows"})

