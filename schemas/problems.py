"""The problem document (RFC 9457) every error of the API is: its one declaration, which api/errors.py
fills and the OpenAPI document shows."""
from marshmallow import fields

from .common import StrictSchema


class Problem(StrictSchema):
    """An RFC 9457 problem document: every error the API returns has this shape."""

    type = fields.String(required=True, metadata={"description": "A URI naming the kind of problem."})
    title = fields.String(required=True, metadata={
        "description": "A short summary of the kind of problem, the same for every occurrence."})
    status = fields.Integer(required=True, metadata={"description": "The HTTP status code."})
    detail = fields.String(required=True, metadata={
        "description": "What went wrong with this request, and what to do about it."})
    instance = fields.String(metadata={"description": "The request path."})
    errors = fields.Dict(
        metadata={"description": "Field name -> list of messages (nested for nested fields)."}
    )
    current_version = fields.Integer(metadata={"description": "On 412: the record's current version."})
    deleted_at = fields.DateTime(metadata={"description": "On 410: when the record was deleted."})
    deleted_by = fields.String(allow_none=True, metadata={
        "description": "On 410: the name of the token that deleted it."})
    referenced_by = fields.List(
        fields.Dict(), metadata={"description": "On 409: the records that still refer to this one."}
    )
    operation = fields.Integer(metadata={
        "description": "POST /v1/batch: the index of the (first) operation that failed (errors are keyed by it "
                       "too)."})
    failures = fields.List(fields.Dict(), metadata={
        "description": "POST /v1/batch: each operation that failed, in order, as {operation, status, title, detail} "
                       "and the members of its own problem (current_version, referenced_by...); errors holds each "
                       "one's errors under its index. The document's status and other members are the first's."})
    href = fields.String(metadata={
        "description": "On 409 about a release: the release concerned (GET it for its state)."})
