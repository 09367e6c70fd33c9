"""Where a figure's people were, as reporting says it (issue 10, mend-places, migrations/0042): a part of the
place in words ("in the south of the city"), "and its surroundings", a place described only relative to a named
one, where they fled from and to, and people displaced again. Mixed into FigureIn (schemas/figure_input.py)."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import place_sites, vocabularies as vocab
from .common import StrictSchema, one_of, reference, text
from .place_parts import distance_problems, relative_relation
from .relations import PlaceRefMixin, places_once


class FigurePlaceIn(PlaceRefMixin, StrictSchema):
    """A further place of a figure: where the people counted fled from or to (or first fled from)."""

    role = one_of(vocab.FIGURE_PLACE_ROLES, required=True, error_messages={
        "required": "Missing: the place's role, one of " + ", ".join(vocab.FIGURE_PLACE_ROLES) + "."}, metadata={
        "description": "The part the place plays: from (where the people counted fled or moved from), to (where "
                       "they went), via, earlier_from (with displaced_again: where they had first fled from), at "
                       "(a further place where they were, beyond the figure's place; see /v1/vocabularies "
                       "figure_place_roles)."})
    site_category = place_sites.site_category()   # figs33 (migrations/0113)


class FigurePlacesMixin:
    """The place fields of a figure beyond place_id. Mixed in before StrictSchema."""

    place_part = text(300, allow_none=True, load_default=None, metadata={
        "description": "With place_id: the part of the place the figure counts, in the reporting's words ('the "
                       "south of the city', 'the eastern districts'), as a control claim's control_part; null "
                       "for the whole place."})
    with_surroundings = fields.Boolean(load_default=False, metadata={
        "description": "With place_id (or place_relative_to_id): true for the place and its surroundings, as "
                       "reported ('Wad Madani and its surroundings'); false for the place as named."})
    place_relation = relative_relation(metadata={
        "description": "With place_id null: where the counted people were relative to place_relative_to_id, a "
                       "place relation (near, east_of and the other compass points, on_bank_of, within...; see "
                       "/v1/vocabularies place_relations), for a place reporting describes but does not name "
                       "('in areas east of Khartoum'); its words go in place_part. Null otherwise."})
    place_relative_to_id = reference("place", allow_none=True, load_default=None, metadata={
        "description": "With place_relation: the named place the figure's place is described relative to. "
                       "figure_place= does not match it (a place east of Khartoum is not in Khartoum).",
        "shown": {"description": "The named place the figure's place is described relative to (its ID, or the "
                                 "place when embedded); null otherwise."}})
    places = fields.List(fields.Nested(FigurePlaceIn), load_default=list,
                         validate=[validate.Length(max=20), places_once], metadata={
        "description": "Where the people counted fled or moved from and to, as reported ('fled Wad Madani and its "
                       "surroundings for Sennar'): places by role (from, to, via, earlier_from, at), each named, "
                       "described relative to a named place, or not named (unknown). place_id stays where they "
                       "were counted. Empty when not said. figure_place= matches them.", "rows": "place_rows",
        "shown": {"description": "Where the people counted fled or moved from and to (each with the place's ID, "
                                 "or the place when embedded); empty when not said."}})
    displaced_again = fields.Boolean(load_default=False, metadata={
        "description": "With quantity displaced: true when the reporting says the people counted were displaced "
                       "again ('many of them for the second time'); where they first fled from is a places item "
                       "in role earlier_from, the earlier flight earlier_event_id. false when not said."})
    earlier_event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "With displaced_again: the event of their earlier displacement (the flight from Khartoum "
                       "in April); null when not recorded or not said.",
        "shown": {"description": "The event of the earlier displacement (its ID, or the event when embedded); "
                                 "null when none."}})

    @validates_schema(skip_on_field_errors=True)
    def _places_as_reported(self, data, **kwargs):
        errors = {}
        named, relative = data.get("place_id") is not None, data.get("place_relation") is not None
        if (data.get("place_relative_to_id") is not None) != relative:
            errors["place_relation" if not relative else "place_relative_to_id"] = [
                "place_relation and place_relative_to_id go together."]
        elif named and relative:
            errors["place_relation"] = ["Only with place_id null: a named place's relations are the place's own."]
        elif far := distance_problems(data.get("place_relation"), data, self.fields):   # none here (rel31)
            errors["place_relation"] = far
        if data.get("place_part") is not None and not named and not relative:
            errors["place_part"] = ["A part of a place: give place_id (or place_relation and "
                                    "place_relative_to_id)."]
        if data.get("with_surroundings") and not named and not relative:
            errors["with_surroundings"] = ["The surroundings of a place: give place_id."]
        again = data.get("displaced_again")
        if again and data.get("quantity") != "displaced":
            errors["displaced_again"] = ["Only with quantity displaced."]
        if data.get("earlier_event_id") is not None and not again:
            errors["earlier_event_id"] = ["Goes with displaced_again: the event of the earlier displacement."]
        earlier = [i for i, item in enumerate(data.get("places") or []) if item.get("role") == "earlier_from"]
        if earlier and not again:
            errors["places"] = {earlier[0]: {"role": ["earlier_from goes with displaced_again true."]}}
        if errors:
            raise ValidationError(errors)
