"""A place relation within's part, and what it says (issue 10, mend-claims4, migrations/0079; notes/trials t25
#56 "the north-western town of Bossangoa"): the place lies in the north-west of the other place. Declared here,
mixed into PlaceRelationIn (schemas/relations.py is near its size limit)."""
from marshmallow import ValidationError, validates_schema

from . import vocabularies as vocab
from .common import one_of


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
