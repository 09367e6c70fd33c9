"""History, the change feed, and API tokens."""
from marshmallow import fields, validate

from .common import StrictSchema, text
from .parameters import CommaList

ACTIONS = ("create", "update", "delete", "restore")


WHO = ("Who made the change: to admins, the name of the token (kept after the token is revoked); to "
       "everyone else, a stable pseudonym of it (curator-<8 hex digits>). Changes made by the service itself "
       "read system or example data.")


class Redaction(StrictSchema):
    at = fields.DateTime(required=True, metadata={"description": "When the revision was redacted (UTC)."})
    by = fields.String(required=True, metadata={
        "description": "The admin who redacted it: their token's name to admins, its pseudonym to others."})
    reason = fields.String(required=True, metadata={"description": "Why it was redacted."})


class RedactionIn(StrictSchema):
    reason = fields.String(required=True, validate=validate.Length(min=1, max=2000), metadata={
        "description": "Why the content is erased; shown to everyone in its place."})


REDACTION = {"description": "Null, or who erased this revision's data and note (then both null), when and why."}


class Revision(StrictSchema):
    version = fields.Integer(required=True, metadata={
        "description": "The record's version after this change: 1 is its creation."})
    action = fields.String(required=True, validate=validate.OneOf(ACTIONS), metadata={
        "description": "What the change did: create, update, delete or restore."})
    at = fields.DateTime(required=True, metadata={"description": "When the change was made (UTC, ISO 8601)."})
    token_name = fields.String(required=True, allow_none=True, metadata={"description": WHO})
    note = fields.String(required=True, allow_none=True, metadata={"description": "The Change-Note sent with it."})
    data = fields.Dict(required=True, allow_none=True, metadata={
        "description": "The record after the change, in the form PUT accepts; null for a deletion and for a "
                       "redacted revision."})
    redaction = fields.Nested(Redaction, required=True, allow_none=True, metadata=REDACTION)
    href = fields.String(required=True, metadata={"description": "This revision's URL path in the API."})


class RevisionList(StrictSchema):
    items = fields.List(fields.Nested(Revision), required=True, metadata={
        "description": "Every revision, oldest first."})


class ChangeEntry(StrictSchema):
    change = fields.String(required=True, metadata={"description": "This change's position in the feed: "
                                                                   "resume after it with ?after=<change>."})
    kind = fields.String(required=True, metadata={
        "description": "The kind of record changed: sources, actors, events..."})
    id = fields.Integer(required=True, metadata={"description": "The changed record's ID."})
    version = fields.Integer(required=True, metadata={"description": "The record's version after the change."})
    action = fields.String(required=True, validate=validate.OneOf(ACTIONS), metadata={
        "description": "create, update, delete, or restore (a deleted record back: treat it like create)."})
    at = fields.DateTime(required=True, metadata={"description": "When the change was made (UTC, ISO 8601)."})
    href = fields.String(required=True, metadata={"description": "The URL path of the revision this change made."})
    token_name = fields.String(required=True, allow_none=True, metadata={"description": WHO})
    note = fields.String(required=True, allow_none=True, metadata={"description": "The Change-Note sent with it."})
    data = fields.Dict(required=True, allow_none=True, metadata={
        "description": "The record after the change; null for a deletion and for a redacted change."})
    redaction = fields.Nested(Redaction, required=True, allow_none=True, metadata=REDACTION)


class ChangePage(StrictSchema):
    items = fields.List(fields.Nested(ChangeEntry), required=True, metadata={
        "description": "The changes, oldest first."})
    cursor = fields.String(required=True, metadata={
        "description": "Store this and ask for ?after=<cursor> next time: it resumes exactly after the last "
                       "change seen (the same cursor again when nothing new has happened)."})
    next = fields.String(required=True, allow_none=True, metadata={
        "description": "URL of the next page while more changes are waiting; null when caught up."})


class ChangesQuery(StrictSchema):
    after = fields.String(validate=validate.Length(max=200), metadata={
        "description": "A cursor from an earlier answer; omit it to start from the first change."})
    limit = fields.Integer(load_default=100, validate=validate.Range(min=1, max=1000), metadata={
        "description": "How many changes at most, 1 to 1000."})
    kind = CommaList(fields.String(validate=validate.OneOf(
        ["sources", "actors", "places", "events", "treaties", "statements"])), metadata={
        "description": "Only changes to these kinds (comma-separated)."})
    token = fields.String(validate=validate.Length(min=1, max=200), metadata={
        "description": "Admins: only the changes made with tokens of this name (an audit view)."})


class TokenIn(StrictSchema):
    name = text(200, required=True, metadata={
        "description": "Who or what will use the token, unique among tokens; recorded with every change it "
                       "makes (the public sees a pseudonym instead)."})
    role = fields.String(required=True, validate=validate.OneOf(["reader", "curator", "admin"]), metadata={
        "description": "reader: reads; curator: reads and writes records; admin: everything, tokens included."})
    expires_at = fields.AwareDateTime(load_default=None, allow_none=True, metadata={
        "description": "When the token stops working (RFC 3339, with a time zone); omit or null: never."})


class Token(StrictSchema):
    id = fields.Integer(required=True, metadata={"description": "The token's ID."})
    name = fields.String(required=True, metadata={"description": "Who or what uses the token."})
    role = fields.String(required=True, metadata={"description": "reader, curator or admin."})
    created_at = fields.DateTime(required=True, metadata={"description": "When the token was created (UTC, ISO 8601)."})
    revoked_at = fields.DateTime(required=True, allow_none=True, metadata={
        "description": "When it was revoked (UTC, ISO 8601); null while it is valid."})
    expires_at = fields.DateTime(required=True, allow_none=True, metadata={
        "description": "When the token stops working (UTC); null: never."})
    href = fields.String(required=True, metadata={"description": "This token's URL path in the API."})


class NewToken(Token):
    token = fields.String(required=True, metadata={
        "description": "The secret token. It is shown this once: only a hash of it is stored."})


class TokenList(StrictSchema):
    items = fields.List(fields.Nested(Token), required=True, metadata={
        "description": "Every token, revoked ones included."})
