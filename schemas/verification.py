"""How sure the reporting is (issue 10, mending round mend10c, migrations/0024): "videos appeared to show",
"Reuters could not independently verify", "it was not clear whether the withdrawal was complete". An event (the
curators' reading) and each of its claims take a `verification` term and the source that says it, so that an
unverified report is stored as unverified instead of in prose. Declining to comment is a statement's stance
(vocabulary `stances`: declined_to_comment, no_response)."""
from marshmallow import ValidationError, validates_schema

from . import vocabularies as vocab
from .common import one_of, reference


def verification():
    return one_of(vocab.VERIFICATIONS, allow_none=True, load_default=None, metadata={
        "description": "How sure the reporting is of it: verified, unverified, could_not_verify ('Reuters could "
                       "not independently verify'), appears_to_show ('videos appeared to show'), unclear ('not "
                       "clear whether the withdrawal was complete'); see /v1/vocabularies verifications. Null "
                       "when the reporting does not say."})


def verification_source():
    return reference("source", allow_none=True, load_default=None, metadata={
        "description": "With verification: ID of the source that says so (the outlet that could not verify the "
                       "video); null when not said. It cannot be deleted while it is named here.",
        "shown": {"description": "The source that says how sure it is (its ID); null when not said."}})


class VerificationMixin:
    """The rule between the two fields; mixed into a schema (before StrictSchema) that declares them with
    verification() and verification_source() last, so that an event's CSV keeps its earlier columns in place."""

    @validates_schema(skip_on_field_errors=True)
    def _verification_source_needs_a_term(self, data, **kwargs):
        if data.get("verification_source_id") is not None and data.get("verification") is None:
            raise ValidationError({"verification_source_id": [
                "Says which source judged it: give verification too (verified, could_not_verify...)."]})
