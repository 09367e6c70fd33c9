"""An agreement carried out in phases (issue 10, vocabulary round, migrations/0027): "the first phase will last
42 days", "the second phase begins after the release of all living hostages". A treaty lists its phases, each
with its own dates and duration as reported; a provision names the phase it belongs to by the phase's key, so
that the provisions are grouped by phase without prose.
"""
from marshmallow import ValidationError, fields, validate, validates_schema

from .common import StrictSchema, text
from .dates import ReportedDateIn
from .provisions import PeriodIn, provision_key


def phase_key(**kwargs):
    return provision_key(**kwargs)   # the same spelling as a provision's key: 'phase-1'


class PhaseIn(StrictSchema):
    key = phase_key(required=True, metadata={
        "description": "The phase's key within the treaty, chosen by the client ('phase-1'); a provision's phase "
                       "names it."})
    name = text(200, allow_none=True, load_default=None, metadata={
        "description": "The phase as the agreement or the reporting names it ('Phase one'); null when not said."})
    number = fields.Integer(strict=True, allow_none=True, load_default=None, validate=validate.Range(min=1, max=100),
                            metadata={"description": "Its number in the order of phases (1 for the first); null "
                                                     "when the phases are not numbered."})
    start = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "When the phase begins, as reported (a reported date; 2025-01-19T08:30+02:00 for 'at "
                       "08:30 local time on Sunday'); null when not said."})
    end = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "When it ends, as reported; null when not said (never computed from the duration)."})
    duration = fields.Nested(PeriodIn, allow_none=True, load_default=None, metadata={
        "description": "How long the phase lasts, as the agreement says ('42 days': {amount: 42, unit: days}); "
                       "null when not said."})
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, load_default=None, metadata={
        "description": "What the structure leaves out: 'talks on the second phase begin by the 16th day'."})

    @validates_schema(skip_on_field_errors=True)
    def _ordered(self, data, **kwargs):
        start, end = (data.get("start") or {}).get("date"), (data.get("end") or {}).get("date")
        if start and end and end < start:
            raise ValidationError({"end": ["Must not be before the phase's start."]})


class PhaseRules:
    """TreatyIn's rule between its phases and its provisions (mixed in before StrictSchema)."""

    @validates_schema(skip_on_field_errors=True)
    def _phases(self, data, **kwargs):
        errors, keys = {}, set()
        for i, phase in enumerate(data.get("phases") or []):
            if phase["key"] in keys:
                errors.setdefault("phases", {})[i] = {"key": ["Another phase has this key: each key once."]}
            keys.add(phase["key"])
        for i, provision in enumerate(data.get("provisions") or []):
            if provision.get("phase") is not None and provision["phase"] not in keys:
                errors.setdefault("provisions", {})[i] = {"phase": [
                    f"No phase of this treaty has key {provision['phase']!r}: list it in phases."]}
        if errors:
            raise ValidationError(errors)
