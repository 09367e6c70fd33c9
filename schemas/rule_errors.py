"""(field, message) pairs a rule yields, raised as one ValidationError keyed by field, so that a 422 names each
field (figs32: the rules of schemas/figure_status.py, figure_weapons.py, place_between.py)."""
from marshmallow import ValidationError


def raise_problems(problems):
    """Raise the pairs as {field: [messages]}; nothing when there are none."""
    errors = {}
    for field, message in problems:
        errors.setdefault(field, []).append(message)
    if errors:
        raise ValidationError(errors)
