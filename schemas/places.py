"""Places: countries, regions, disputed territories, cities, sites."""
from marshmallow import fields, validate, validates_schema, ValidationError

from . import vocabularies as vocab
from .common import (Linked, ExternalIds, PlaceRef, RecordMeta, StrictSchema, without, country, one_of, reference,
                     keeps_input_descriptions, text)


class PlaceIn(StrictSchema):
    name = text(300, required=True, metadata={"description": "The place's usual name in English."})
    kind = one_of(vocab.PLACE_KINDS, required=True, metadata={
        "description": "What kind of place: a country, a region, a city..."})
    country = country(allow_none=True, metadata={
        "description": "ISO 3166-1 alpha-3 code of the country the place lies in (de jure)."})
    parent_id = reference("place", allow_none=True, metadata={
        "description": "The place this one lies in: a city's region, a region's country."})
    latitude = fields.Float(allow_none=True, allow_nan=False, validate=validate.Range(min=-90, max=90), metadata={
        "description": "Latitude in decimal degrees (WGS 84), -90 to 90; give it with longitude, or neither."})
    longitude = fields.Float(allow_none=True, allow_nan=False, validate=validate.Range(min=-180, max=180), metadata={
        "description": "Longitude in decimal degrees (WGS 84), -180 to 180; give it with latitude, or neither."})
    external_ids = ExternalIds(load_default=dict)

    @validates_schema
    def _both_coordinates(self, data, **kwargs):
        has_lat, has_lon = data.get("latitude") is not None, data.get("longitude") is not None
        if has_lat != has_lon:
            missing = "longitude" if has_lat else "latitude"
            raise ValidationError({missing: ["Latitude and longitude go together: give both or neither."]})


@keeps_input_descriptions
class Place(RecordMeta, PlaceIn):
    country = fields.String(required=True, allow_none=True)
    parent = Linked(PlaceRef, required=True, allow_none=True, metadata={
        "description": "The place this one lies in (its ID, or the place with include=parent); null for none."})
    Meta = without("parent_id")
    latitude = fields.Float(required=True, allow_none=True)
    longitude = fields.Float(required=True, allow_none=True)
    external_ids = fields.Dict(keys=fields.String(), values=fields.String(), required=True)
