"""The registry of properties and the values records hold of them (issue 10, props; migrations/0086).

`property` is the registry an admin keeps (api/services/properties.py). `property_value` holds every value of
every record that takes properties, one table for all kinds: the owner is whichever of actor, place, event,
treaty, statement is set (as a figure's, api/models/figures.py), each with backref `property_rows`, which is what
the kinds' declared `properties` field names (schemas/property_values.py). The value is kept whole as JSON in
`value` (what is shown) and in typed columns the filters compare (value_columns there).
"""
from peewee import BooleanField, CharField, DateField, DateTimeField, DoubleField, ForeignKeyField, IntegerField, TextField

from .base import BaseModel, StableIdField, owned_by, refers_to, utcnow
from .records import Actor, Event, Place, Source, Statement, Treaty


class Property(BaseModel):
    id = StableIdField()
    name = CharField(max_length=60, unique=True)
    label = TextField()
    description = TextField()
    applies_to = TextField()   # JSON list of kinds
    value_type = CharField(max_length=12)
    terms = TextField(null=True)   # JSON list of {term, description}, for value_type term
    created_at = DateTimeField(default=utcnow)
    updated_at = DateTimeField(default=utcnow)


def _owner(model):
    return ForeignKeyField(model, backref="property_rows", on_delete="CASCADE", null=True, index=False)


class PropertyValue(BaseModel):
    id = StableIdField()
    actor = _owner(Actor)
    place = _owner(Place)
    event = _owner(Event)
    treaty = _owner(Treaty)
    statement = _owner(Statement)
    property = CharField(max_length=60)   # the property's name (indexed with the typed columns)
    value = TextField()   # JSON: the value in its normal form, as shown
    value_record = IntegerField(null=True)   # a link's ID (the kind: the property's value_type)
    value_text = TextField(null=True)   # a term, or words
    value_bool = BooleanField(null=True)
    value_number = DoubleField(null=True)   # a quantity
    value_low = DoubleField(null=True)
    value_high = DoubleField(null=True)
    value_unit = CharField(max_length=10, null=True)
    value_first = DateField(null=True)   # a date: its first and last day (schemas/dates.date_columns)
    value_last = DateField(null=True)
    claimant = refers_to(Actor, "property_claims", null=True)
    attribution = CharField(max_length=10, default="source")
    claimant_words = TextField(null=True)
    claimant_kind = CharField(max_length=80, null=True)   # 80: local terms (migrations/0105)
    claimant_country = CharField(max_length=3, null=True)
    rank = CharField(max_length=12, default="normal")
    as_of = DateField(null=True)
    as_of_precision = CharField(max_length=5, null=True)   # week, month, year (migrations/0088)
    note = TextField(null=True)
    position = IntegerField()

    class Meta:
        indexes = ((("actor", "position", "id"), False), (("place", "position", "id"), False),
                   (("event", "position", "id"), False), (("treaty", "position", "id"), False),
                   (("statement", "position", "id"), False), (("property", "value_record"), False),
                   (("property", "value_text"), False))


class PropertyValueSource(BaseModel):
    claim = owned_by(PropertyValue, "source_rows", index=False)
    source = refers_to(Source, "property_value_citations")
    position = IntegerField()

    class Meta:
        indexes = ((("claim", "source"), True),)


# The column each kind's values hang on.
OWNER_COLUMNS = {"actors": "actor", "places": "place", "events": "event", "treaties": "treaty",
                 "statements": "statement"}
