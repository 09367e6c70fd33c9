"""Places: countries, regions, disputed territories, cities, sites."""
from marshmallow import fields, validate, validates_schema, ValidationError

from .property_values import properties_field
from . import vocabularies as vocab
from .common import ExternalIds, StrictSchema, country, one_of, reference, text, unique
from .declaration import output_schema
from .alias_claims import claimed_aliases
from .relations import PlaceRelationIn, relations_once
from .figure_input import OwnedFiguresMixin, owned_figures


class PlaceIn(OwnedFiguresMixin, StrictSchema):
    RECORD = True

    name = text(300, required=True, metadata={"description": "The place's usual name in English."})
    kind = one_of(vocab.PLACE_KINDS, required=True, metadata={
        "description": "What kind of place: a country, a region, a city or town, a border... (see "
                       "/v1/vocabularies place_kinds). A village is site, as a base is; a road, a camp, a border "
                       "crossing and a building have kinds of their own; city is a city or town."})
    country = country(allow_none=True, metadata={
        "description": "ISO 3166-1 alpha-3 code of the country the place lies in (de jure)."})
    parent_id = reference("place", allow_none=True, metadata={
        "description": "The place this one lies in: a city's region, a region's country.", "shown": {
            "description": "The place this one lies in (its ID, or the place with include=parent); null for none."}})
    latitude = fields.Float(allow_none=True, allow_nan=False, validate=validate.Range(min=-90, max=90), metadata={
        "description": "Latitude in decimal degrees (WGS 84), -90 to 90; give it with longitude, or neither."})
    longitude = fields.Float(allow_none=True, allow_nan=False, validate=validate.Range(min=-180, max=180), metadata={
        "description": "Longitude in decimal degrees (WGS 84), -180 to 180; give it with latitude, or neither."})
    external_ids = ExternalIds("places", load_default=dict, rows="external_id_rows")
    aliases = claimed_aliases("place")   # issue 10, relations; who uses the name: figs32 (0110)
    description = fields.String(validate=validate.Length(max=5000), allow_none=True, load_default=None, metadata={
        "description": "What the place is, in a sentence or two, as reporting describes it (a salt-mining town "
                       "north of Bakhmut); null when not said."})

    relations = fields.List(fields.Nested(PlaceRelationIn), load_default=list,   # issue 10, mending round
                            validate=[validate.Length(max=100),
                                      relations_once("place_id", "relation", "and_place_id", "distance_km",
                                                     "qualifier", "since", "until", "side", "across_id", "actor_id",
                                                     "and_actor_id", "travel_mode")],
                            metadata={"description": "Where the place lies relative to other places, as reporting "
                                                     "places it: near, 10 km north of, on the road between two "
                                                     "places, bordering.", "rows": "relation_rows"})
    # issue 10, figures as reported (migrations/0026)
    figures = owned_figures("Figures about the place itself, each a claim with its claimant and sources: its "
                            "population, the people displaced there, as of a day (as_of). Shown whole, or as IDs "
                            "with include= not naming figures.")

    @validates_schema
    def _both_coordinates(self, data, **kwargs):
        has_lat, has_lon = data.get("latitude") is not None, data.get("longitude") is not None
        if has_lat != has_lon:
            missing = "longitude" if has_lat else "latitude"
            raise ValidationError({missing: ["Latitude and longitude go together: give both or neither."]})

    # places34 (migrations/0117; trials t59 #59 "the exclusion zone is Britain's"): who declared a zone
    declared_by_id = reference("actor", allow_none=True, load_default=None, metadata={
        "description": "The actor that declared, drew or controls the place as a zone, when it is one "
                       "('the exclusion zone it declared around the islands', 'a no-fly zone imposed by the "
                       "coalition'; kind declared_zone, or a local kind); null for other places, or when not said. "
                       "An actor named here cannot be deleted. Filter: declared_by=.", "shown": {
            "description": "The actor that declared the zone (its ID, or the actor when embedded); null when not "
                           "said."}})

    # places35 (migrations/0119): "a mountain village", "the jungle valley"
    terrain = fields.List(one_of(vocab.TERRAINS), load_default=list, validate=[validate.Length(max=20), unique()],
                          metadata={
        "description": "The land the place lies in, as the reporting describes it: mountain, hills, valley, "
                       "jungle, desert, coast, urban, rural... (see /v1/vocabularies terrains), beside its kind ('a "
                       "mountain village': kind site, terrain mountain; 'the jungle valley': jungle, valley). Empty "
                       "when not said. Filter: terrain=."})

    properties = properties_field()   # issue 10, props (migrations/0086): values of registry properties


PlaceOut = output_schema(PlaceIn)
