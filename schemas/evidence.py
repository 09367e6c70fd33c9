"""What a claim or a statement is said to rest on (agree33, migrations/0114; notes/trials t57 #60 "intercepted radio
messages suggested"; satellite imagery, documents seen by, video, witnesses, forensic findings): a typed list of
{kind, words}, declared once here and mixed into event claims (schemas/events.py EventClaimIn), figures
(schemas/figure_input.py FigureIn) and statements (schemas/statements.py StatementIn) before StrictSchema. Stored
whole as JSON in each record's `evidence` column; records stored before read it empty. Filter: evidence=."""
from marshmallow import ValidationError, fields, post_load, validate, validates_schema

from . import vocabularies as vocab
from .common import StrictSchema, one_of, text


class EvidenceIn(StrictSchema):
    kind = one_of(vocab.EVIDENCE_KINDS, required=True, metadata={
        "description": "What kind of evidence (see /v1/vocabularies evidence_kinds): intercepted_communications, "
                       "satellite_imagery, documents, video, photographs, witnesses, forensic, physical_remnants, "
                       "open_source, official_records, other (with words)."})
    words = text(500, allow_none=True, load_default=None, metadata={
        "description": "The evidence in the reporting's words ('intercepted radio messages', 'documents seen by "
                       "the newspaper'); required with kind other; null when the kind says it all."})

    @validates_schema(skip_on_field_errors=True)
    def _said(self, data, **kwargs):
        if data["kind"] == "other" and not data.get("words"):
            raise ValidationError({"words": ["Say the evidence in words with kind other."]})

    @post_load
    def _every_field(self, data, **kwargs):
        return {"kind": data["kind"], "words": data.get("words")}


class EvidenceMixin:
    """`evidence`: what the record's account is said to rest on."""

    evidence = fields.List(fields.Nested(EvidenceIn), load_default=list, validate=validate.Length(max=20), metadata={
        "description": "What the account is said to rest on, as the reporting says it: each {kind, words} (see "
                       "/v1/vocabularies evidence_kinds). 'Intercepted radio messages suggested the rebels were "
                       "regrouping': [{kind intercepted_communications, words 'intercepted radio messages'}]; "
                       "'satellite images reviewed by the agency show': [{satellite_imagery}]; 'according to "
                       "documents seen by': [{documents}]. Who says it stays the claimant (or the speaker); how "
                       "sure, the hedge and verification. Empty when no evidence is named; records stored before "
                       "read it empty. Filter: evidence=."})
