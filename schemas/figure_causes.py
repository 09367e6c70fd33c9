"""A figure's several causes, and what people went without (vocab34, migrations/0116; notes/trials t60 #46 "killed by
bombing and shelling": cause took one term; t59 #64 "went days without food": no quantity held a hardship that is
neither a crime nor an attack). cause keeps the first cause (schemas/figure_input.py), other_causes the others, as
other_inflicted_with does for inflicted_with (schemas/figure_weapons.py). Mixed into FigureIn before StrictSchema;
the rules yield (field, message) so that a 422 names the field."""
from marshmallow import fields, validate, validates_schema

from . import vocabularies as vocab
from .common import one_of
from .figures import counts_people
from .rule_errors import raise_problems


class FigureCausesMixin:
    """Further causes of a figure's losses; what the people counted went without."""

    other_causes = fields.List(one_of(vocab.FIGURE_CAUSES), load_default=list, validate=validate.Length(max=10),
                               metadata={
        "description": "Further causes of the losses counted together with cause, when the reporting gives several "
                       "for one number ('killed by bombing and shelling': cause airstrike, other_causes "
                       "[shelling]); terms of /v1/vocabularies figure_causes. Needs cause; each once, none the same "
                       "as it. Empty when one cause or none is said. Filter figure_cause= matches cause or these."})
    lacked = fields.List(one_of(vocab.DISRUPTED_SERVICES), load_default=list, validate=validate.Length(max=10),
                         metadata={
        "description": "What the people counted went without, terms of /v1/vocabularies disrupted_services: with "
                       "quantity deprived, the hardship itself ('went days without food': [food]); on other figures "
                       "of people, what they lacked as well ('displaced people without water': displaced, [water]). "
                       "For figures of people only. Empty when not said. Filter: figure_lacked=."})

    @validates_schema(skip_on_field_errors=True)
    def _causes(self, data, **kwargs):
        raise_problems(causes_problems(data))


def causes_problems(data):
    """(field, message) of further causes without cause, twice or as cause again; lacked off figures of people."""
    others = data.get("other_causes") or []
    if others and data.get("cause") is None:
        yield "other_causes", "Further to cause: give cause first."
    elif others:
        if data["cause"] in others:
            yield "other_causes", "Already cause: list the others only."
        if len(set(others)) < len(others):
            yield "other_causes", "Each cause once."
    lacked = data.get("lacked") or []
    if lacked and data.get("quantity") and not counts_people(data):
        yield "lacked", f"What people went without: for figures of people, not {data['quantity']}."
    elif len(set(lacked)) < len(lacked):
        yield "lacked", "Each term once."
