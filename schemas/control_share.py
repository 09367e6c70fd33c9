"""How much of a place a control claim says the actor holds, as a number (issue 10, mend-figs3, migrations/0070;
trial t21 #24: troops "have cleared about 90 percent" of Marawi). control_part keeps the part in words; the
share is the number, qualified by the claim's qualifier ("about"). Mixed into EventClaimIn (schemas/events.py)
before StrictSchema."""
from marshmallow import ValidationError, fields, validate, validates_schema


class ControlShareMixin:
    """A control claim's share of the place held, in percent."""

    control_share = fields.Float(allow_none=True, load_default=None, allow_nan=False,
                                 validate=validate.Range(min=0, max=100, min_inclusive=False, max_inclusive=False),
                                 metadata={
        "description": "With control partial: the share of the place (control_of_id) the claimant says the actor "
                       "holds, in percent, more than 0 and less than 100 ('cleared about 90 percent of the city': "
                       "90, with the claim's qualifier about; 'more than half': 50, qualifier more_than). The whole "
                       "is the place; control_part may keep the reporting's words. Null when no share is given "
                       "(full is all of it, none nothing)."})

    @validates_schema(skip_on_field_errors=True)
    def _share_of_a_part(self, data, **kwargs):
        if data.get("control_share") is not None and data.get("control") != "partial":
            raise ValidationError({"control_share": ["A share of the place held goes with control partial (full "
                                                     "holds all of it, none nothing)."]})
