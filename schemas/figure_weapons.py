"""With what equipment losses were inflicted, when the reporting names several kinds (figs32, migrations/0110;
trial t54 #40: "a vehicle hit by a missile from an allied aircraft"): inflicted_with keeps the first kind
(schemas/figure_input.py), other_inflicted_with the others, as other_subsets and other_countries do for subset and
country. Mixed into FigureIn before StrictSchema; the rule yields (field, message) so that a 422 names the field."""
from marshmallow import fields, validate, validates_schema

from .claim_parts import EquipmentTypeIn
from .rule_errors import raise_problems


class FigureWeaponsMixin:
    """Further kinds of equipment that inflicted a figure's losses."""

    other_inflicted_with = fields.List(fields.Nested(EquipmentTypeIn), load_default=list,
                                       validate=validate.Length(max=10), metadata={
        "description": "Further equipment that inflicted the loss together with inflicted_with, when the reporting "
                       "names several kinds ('hit by a missile fired from a drone': inflicted_with drone, "
                       "other_inflicted_with [{kind: other, model: missile}]; 'shelled by tanks and artillery': "
                       "tank, [artillery]), each {kind, model, maker_country}. Needs inflicted_with; each once, "
                       "none the same as it. What struck, as a cause of loss, may be cause instead ('a missile': "
                       "cause missile). Empty when one kind or none is said. Filter figure_inflicted_with= matches "
                       "inflicted_with or these."})

    @validates_schema(skip_on_field_errors=True)
    def _weapons(self, data, **kwargs):
        raise_problems(weapons_problems(data))


def _same(item):
    return tuple(sorted((k, v) for k, v in item.items() if v is not None))


def weapons_problems(data):
    """(field, message) of further equipment given without inflicted_with, twice, or as inflicted_with again."""
    others = data.get("other_inflicted_with") or []
    if not others:
        return
    first = data.get("inflicted_with")
    if first is None:
        yield "other_inflicted_with", "Further to inflicted_with: give inflicted_with first."
        return
    said = [_same(item) for item in others]
    if _same(first) in said:
        yield "other_inflicted_with", "Already inflicted_with: list the others only."
    if len(set(said)) < len(said):
        yield "other_inflicted_with", "Each kind of equipment once."
