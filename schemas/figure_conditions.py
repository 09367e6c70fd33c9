"""The conditions a figure is counted under (claims34, migrations/0115; notes/trials t59 #51 "about 600 held back
until the other side confirms hostilities have ended"): the people, money or goods a figure counts are held, paid or
released under a condition, as a provision's or a statement's are. The condition is the declaration those use
(schemas/provisions.py ConditionIn: its type, connective if/unless/until, the actor whose action it waits on, the
event or provision it depends on); a figure names a provision by provision_id (a provision_key is a treaty's own).
Mixed into FigureIn (schemas/figure_input.py) before StrictSchema; stored whole as JSON with the figure."""
from marshmallow import fields, validate, validates_schema

from .provisions import ConditionIn
from .rule_errors import raise_problems


class FigureConditionsMixin:
    """A figure's conditions."""

    conditions = fields.List(fields.Nested(ConditionIn), load_default=list, validate=validate.Length(max=20), metadata={
        "description": "Conditions the figure's count is held, paid or released under, as reported, each a "
                       "provision's condition: 'about 600 held back until the other side confirms hostilities have "
                       "ended' is [{type actor_action, connective until, actor_id the other side, action 'confirms "
                       "hostilities have ended'}]. Empty when none is said (every figure stored before). Filter: "
                       "figure_condition=."})

    @validates_schema(skip_on_field_errors=True)
    def _conditions_named(self, data, **kwargs):
        raise_problems(("conditions", f"Item {i}: a figure names a provision by provision_id (a provision_key is "
                                      "its treaty's own).")
                       for i, item in enumerate(data.get("conditions") or []) if item.get("provision_key"))
