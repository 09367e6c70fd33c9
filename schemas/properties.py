"""The registry of properties (issue 10, props): kinds of fact an admin declares without a release.

Curators coding unseen reports kept meeting facts no field had been declared for (a share of revenue in a peace
deal, a group's founder, exile, martial law). Adding one field per report does not converge; Wikidata's answer
is a registry of properties: each says what it means, which kinds of record take it and the type of its values.
Records of those kinds then carry `properties`, a list of values (schemas/property_values.py), each checked
against the registry when written (api/services/property_rules.py).

A value's type reuses the schemas of the same shapes: a link is a record's ID (as `reference()`), a quantity the
figures' units and the claims' qualifiers, a date a reported date (schemas/dates.py).
"""
import re

from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import StrictSchema, currency_code, one_of, text, unique

# The kinds whose records take properties (each has an owner column in property_value, migrations/0086).
PROPERTY_KINDS = ("actors", "places", "events", "treaties", "statements")

# A link value's type -> the kind it links to.
LINK_TYPES = {"actor": "actors", "place": "places", "event": "events", "treaty": "treaties",
              "statement": "statements", "source": "sources"}

VALUE_TYPES = {
    "actor": "The ID of an actor ('founded by Hasan di Tiro': founded_by).",
    "place": "The ID of a place ('in exile in Stockholm': exiled_to).",
    "event": "The ID of an event.",
    "treaty": "The ID of a treaty.",
    "statement": "The ID of a statement.",
    "source": "The ID of a source.",
    "term": "One of the property's own terms, each with a description (its `terms`).",
    "quantity": "A number with its unit (the figures' units) and qualifier (the claims' qualifiers): "
                '{"number": 70, "unit": "percent", "qualifier": "about"}; low and high bound a range.',
    "date": 'A reported date (precision, brackets, bounds, EDTF), as other dated things: {"date": "1976-10-30"}.',
    "boolean": "true or false.",
    "words": "A short name or phrase quoted as reported (at most 300 characters): a code name, a title, a slogan. "
             "Never a summary: a summary is for what no structure says.",
}

NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
WORDS_MAX = 300


class PropertyTermIn(StrictSchema):
    """One term of a property of value type term."""

    term = fields.String(required=True, validate=[validate.Length(min=1, max=60), validate.Regexp(NAME, error=(
        "A term is snake_case: lower-case letters, digits and single underscores, starting with a letter."))],
                         metadata={"description": "The term as values give it (snake_case): 'martial_law'."})
    description = text(1000, required=True, metadata={"description": "What the term means."})


def _terms_field(**kwargs):
    return fields.List(fields.Nested(PropertyTermIn), validate=[validate.Length(max=200), unique("term")], metadata={
        "description": "With value_type term: the property's closed list of terms, each with its description "
                       "(at least one). PATCH may add terms and change their descriptions, never remove a term. "
                       "Left out for other value types."}, **kwargs)


def _applies_to_field(**kwargs):
    return fields.List(fields.String(validate=validate.OneOf(PROPERTY_KINDS)),
                       validate=[validate.Length(min=1), unique()], metadata={
        "description": f"The kinds of record that take the property: {', '.join(PROPERTY_KINDS)}. PATCH may add "
                       "kinds, and remove one no record of that kind uses the property on."}, **kwargs)


class PropertyIn(StrictSchema):
    """A property, as an admin declares it (POST /v1/properties)."""

    name = fields.String(required=True, validate=[validate.Length(min=2, max=60), validate.Regexp(NAME, error=(
        "A property's name is snake_case: lower-case letters, digits and single underscores, starting with a "
        "letter ('founded_by')."))], metadata={
        "description": "The property's name, as values give it (snake_case, unique, never changed): "
                       "'founded_by'. It must not be the name of a field the kinds it applies to declare."})
    label = text(200, required=True, metadata={"description": "A short human label: 'founded by'."})
    description = text(2000, required=True, metadata={
        "description": "What the property means, and when to use it (and when not): curators read it to choose."})
    applies_to = _applies_to_field(required=True)
    value_type = one_of(VALUE_TYPES, required=True, metadata={
        "description": "The type of its values: a link (actor, place, event, treaty, statement, source), term, "
                       "quantity, date, boolean or words. Never changed once a record uses the property."})
    terms = _terms_field(load_default=None, allow_none=True)

    @validates_schema(skip_on_field_errors=True)
    def _terms_with_term_type(self, data, **kwargs):
        problems = terms_problems(data.get("value_type"), data.get("terms"))
        if problems:
            raise ValidationError({"terms": problems})


def terms_problems(value_type, terms):
    if value_type == "term" and not terms:
        return ["A property of value_type term declares its terms: give at least one, with its description."]
    if value_type != "term" and terms:
        return [f"Only a property of value_type term has terms (this one is {value_type})."]
    return []


class PropertyPatch(StrictSchema):
    """What PATCH /v1/properties/{name} may change: the label, the description, the kinds (added; removed if no
    record of that kind uses it), the terms (added, or their descriptions changed), and the value type while no
    record uses the property. A field left out stays as it is."""

    label = text(200, metadata={"description": "A short human label."})
    description = text(2000, metadata={"description": "What the property means."})
    applies_to = _applies_to_field()
    value_type = one_of(VALUE_TYPES, metadata={
        "description": "The type of its values: only while no record uses the property (409 otherwise)."})
    terms = _terms_field()


class PropertyOut(StrictSchema):
    """A property of the registry."""

    name = fields.String(required=True, metadata={"description": "The property's name, as values give it."})
    href = fields.String(required=True, metadata={"description": "The property's URL."})
    label = fields.String(required=True, metadata={"description": "A short human label."})
    description = fields.String(required=True, metadata={"description": "What the property means."})
    applies_to = fields.List(fields.String(), required=True, metadata={
        "description": "The kinds of record that take it."})
    value_type = fields.String(required=True, metadata={"description": "The type of its values (value_types)."})
    terms = fields.List(fields.Nested(PropertyTermIn), required=True, allow_none=True, metadata={
        "description": "With value_type term: its terms and what each means; null otherwise."})
    used = fields.Integer(required=True, metadata={"description": "How many values records hold of it (live "
                                                                  "and deleted records alike)."})
    created_at = fields.String(required=True, metadata={"description": "When it was declared (UTC)."})
    updated_at = fields.String(required=True, metadata={"description": "When it last changed (UTC)."})


class PropertyList(StrictSchema):
    """Every property of the registry, by name."""

    items = fields.List(fields.Nested(PropertyOut), required=True, metadata={"description": "The properties."})


class PropertiesQuery(StrictSchema):
    """GET /v1/properties: narrowed to one kind."""

    applies_to = fields.String(validate=validate.OneOf(PROPERTY_KINDS), metadata={
        "description": "Only the properties records of this kind take."})


class QuantityIn(StrictSchema):
    """A quantity value: a number with the figures' unit and the claims' qualifier."""

    number = fields.Float(allow_none=True, load_default=None, allow_nan=False, metadata={
        "description": "The number as reported (best estimate): 70 for '70 percent'. Null with low or high only."})
    low = fields.Float(allow_none=True, load_default=None, allow_nan=False, metadata={
        "description": "Lower bound: 'more than 5,000' is low 5000 with qualifier more_than."})
    high = fields.Float(allow_none=True, load_default=None, allow_nan=False, metadata={
        "description": "Upper bound: 'up to 7,000' is high 7000 with qualifier at_most."})
    unit = one_of(vocab.FIGURE_UNITS, required=True, metadata={
        "description": "The unit, from the figures' units (figure_units): percent, people, km, money..."})
    currency = fields.String(allow_none=True, load_default=None, validate=currency_code, metadata={
        "description": "With unit money: the ISO 4217 currency (USD)."})
    qualifier = one_of(vocab.QUALIFIERS, allow_none=True, load_default=None, metadata={
        "description": "How the reporting qualifies it (qualifiers): exactly, about, at_least, ...; null when it "
                       "does not say."})

    @validates_schema(skip_on_field_errors=True)
    def _bounds(self, data, **kwargs):
        number, low, high = data.get("number"), data.get("low"), data.get("high")
        if number is None and low is None and high is None:
            raise ValidationError({"number": ["Give the number (or low, high, or both)."]})
        if low is not None and high is not None and low > high:
            raise ValidationError({"low": ["Must not be above high."]})
        if number is not None and ((low is not None and number < low) or (high is not None and number > high)):
            raise ValidationError({"number": ["Must lie between low and high."]})
        if (data.get("unit") == "money") != (data.get("currency") is not None):
            raise ValidationError({"currency": ["Give currency with unit money, and only then."]})
