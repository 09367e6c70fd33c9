"""A place relation within's part, and what it says (issue 10, mend-claims4, migrations/0079; notes/trials t25
#56 "the north-western town of Bossangoa"): the place lies in the north-west of the other place. And a distance
given without a number ("a few kilometres north of the border", t23 and t24 #16): a vague magnitude, as a vague
figure's. Declared here, mixed into PlaceRelationIn and EventPlaceIn (schemas/relations.py is near its size
limit). And the place relation of a place described relative to a named one (open31: the vocabulary is open)."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import Terms, one_of

# The place relations a place described only in words can take to a named place (issue 10, mend-places): not
# those that need a second place (on_road_between) or say what a named place is (capital_of, main_city_of,
# overlaps). The vocabulary is open (open31): a local term is taken here as in a place's own relations.
NAMED_ONLY = ("on_road_between", "capital_of", "main_city_of", "overlaps", "between")   # between: figs32
RELATIVE_PLACE_RELATIONS = [r for r in vocab.PLACE_RELATIONS if r not in NAMED_ONLY]


class _Relative(validate.Validator):
    """Refuses the terms that need a named place; runs before the vocabulary's check, so that its message is the
    one given. Its `choices` are the standard terms taken, which the OpenAPI document gives as the field's enum."""

    choices = RELATIVE_PLACE_RELATIONS

    def __call__(self, value):
        if value in NAMED_ONLY:
            raise ValidationError(f"Must be one of: {', '.join(RELATIVE_PLACE_RELATIONS)}, or a local term of "
                                  f"place_relations ({value} needs a named place: its own relations).")
        return value


def relative_relation(metadata):
    """A place relation of a place described relative to a named one (PlaceRefMixin, a figure's place_relation)."""
    return fields.String(allow_none=True, load_default=None, validate=[_Relative(), Terms(vocab.PLACE_RELATIONS)],
                         metadata=metadata)


class PlacePartMixin:
    """`part` on a place relation; mixed in before StrictSchema."""

    part = one_of(vocab.PLACE_PARTS, allow_none=True, load_default=None, metadata={
        "description": "With within: the part of the other place this one lies in, as a compass region: north, "
                       "northeast, ..., northwest, centre ('the north-western town of Bossangoa': within the "
                       "Central African Republic, part northwest; the other place may be the place's own parent "
                       "then). No region record is invented. Null when not said. Filter: relation_part=."})

    @validates_schema(skip_on_field_errors=True)
    def _part_of_within(self, data, **kwargs):
        if data.get("part") is not None and data.get("relation") != "within":
            raise ValidationError({"part": ["Only with within: the part of the other place this one lies in "
                                            "('the north-western town of': within the country, northwest)."]})


def distance_fields():
    """`distance_km` and `distance_qualifier` of a place described relative to a named one (mend-misc,
    migrations/0062; trial t16 "areas about 20 km north of Samraong"): an event's further place, and an act item's
    place (agree33; trial t58 #37 "within five km of its barracks"), one declaration; DistanceMixin checks them.
    Declared in each class's body, where its fields stand (a mixin's fields would come first)."""
    distance_km = fields.Float(allow_none=True, load_default=None, allow_nan=False,
                               validate=validate.Range(min=0, max=20000), metadata={
        "description": "With relation: the distance from relative_to in km, as reported ('about 20 km north of "
                       "Samraong': 20; 'within five km of the barracks': 5, qualifier at_most, relation "
                       "distance_from), as a place relation's distance_km; null when not said."})
    distance_qualifier = one_of(vocab.QUALIFIERS, allow_none=True, load_default=None, metadata={
        "description": "How distance_km is qualified: about, at_least, at_most ('within five km'), more_than, "
                       "fewer_than; null when not said (or exact)."})
    return distance_km, distance_qualifier


class DistanceMixin:
    """The rules of distance_fields(); mixed in before StrictSchema, beside PlaceRefMixin (relation,
    relative_to_id)."""

    @validates_schema(skip_on_field_errors=True)
    def _distance_from_a_named_place(self, data, **kwargs):
        if data.get("distance_km") is not None and data.get("relation") is None:
            raise ValidationError({"distance_km": ["A distance from a named place: give relation and "
                                                   "relative_to_id (a named place's distances are its relations)."]})
        if data.get("distance_qualifier") is not None and data.get("distance_km") is None:
            raise ValidationError({"distance_qualifier": ["Qualifies distance_km: give it too."]})


class VagueDistanceMixin:
    """`distance_vague`: how far, when the reporting gives a word and no number; mixed in before StrictSchema."""

    distance_vague = one_of(vocab.COUNT_MAGNITUDES, allow_none=True, load_default=None, metadata={
        "description": "A distance in kilometres given without a number, as the reporting words it ('a few km "
                       "north of': a_few; 'dozens of kilometres': dozens; the figures' vague_magnitudes but heavy "
                       "and light), in place "
                       "of distance_km, never with it: no number is invented from the word. Null when not said."})

    @validates_schema(skip_on_field_errors=True)
    def _vague_or_number(self, data, **kwargs):
        if data.get("distance_vague") is None:
            return
        if data.get("distance_km") is not None:
            raise ValidationError({"distance_vague": ["Give distance_km (a number) or distance_vague (a word "
                                                      "for one), not both."]})
        if "relative_to_id" in self.fields and data.get("relation") is None:   # a further place of an event
            raise ValidationError({"distance_vague": ["A distance from a named place: give relation and "
                                                      "relative_to_id (a named place's distances are its "
                                                      "relations)."]})


# rel31: "10 km from the border town", a distance said without a direction (place relation distance_from)
AT_A_DISTANCE = "distance_from"


def distance_problems(relation, data, fields_):
    """[message] when `relation` is distance_from without a distance, or in a schema (`fields_`) that takes none."""
    if relation != AT_A_DISTANCE:
        return []
    if "distance_km" not in fields_:
        return ["distance_from says how far, and no distance can be given here: say near, or keep the reporting's "
                "words in words."]
    if data.get("distance_km") is None and data.get("distance_vague") is None and data.get("travel_time") is None:
        return ["distance_from needs the distance: give distance_km (or distance_vague, 'a few km'; or a place "
                "relation's travel_time, 'two days' walk')."]
    return []
