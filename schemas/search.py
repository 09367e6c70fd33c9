"""The answer of GET /v1/search: candidates across kinds, ranked (api/services/candidates.py)."""
from marshmallow import fields

from .common import StrictSchema


class Match(StrictSchema):
    field = fields.String(required=True, metadata={
        "description": "What matched: name (the record's name or title), alias, external_id, or text (words of "
                       "the record's searchable text: summary, description, quote...)."})
    how = fields.String(required=True, metadata={
        "description": "exact (the whole name or an external ID), alias (a whole alias), prefix (the name or "
                       "alias begins with q), word_prefix (a word of it does), or text (full-text match)."})
    text = fields.String(metadata={"description": "The name, alias or identifier that matched, as written."})
    language = fields.String(allow_none=True, metadata={
        "description": "For an alias: its language (ISO 639-1), null if not given."})
    scheme = fields.String(metadata={"description": "For an external ID: its scheme (wikidata, geonames...)."})


class Candidate(StrictSchema):
    kind = fields.String(required=True, metadata={"description": "The record's kind: actors, places, events..."})
    id = fields.Integer(required=True, metadata={"description": "The record's ID, to post in a reference field."})
    href = fields.String(required=True, metadata={"description": "The record's URL path."})
    label = fields.String(required=True, metadata={
        "description": "Its name or title (a statement: the start of its quote or summary)."})
    description = fields.String(required=True, metadata={
        "description": "What tells it apart from namesakes: an actor's kind, country, role and parent; a "
                       "place's kind, country and parent; an event's type, dates and place; a treaty's kind, "
                       "status and signing; a source's publisher and date; a statement's medium, date, speaker."})
    score = fields.Integer(required=True, metadata={
        "description": "How well it matched: 5 exact name or external ID, 4 exact alias, 3 name or alias "
                       "prefix, 2 word prefix, 1 full text."})
    match = fields.Nested(Match, required=True, metadata={"description": "What matched, and how."})


class CandidateList(StrictSchema):
    items = fields.List(fields.Nested(Candidate), required=True, metadata={
        "description": "The candidates, best first: by score, then the shorter matched name, then kind "
                       "(actors, places, treaties, events, statements, sources), then ID."})
    q = fields.String(required=True, metadata={"description": "The query, as given."})
    limit = fields.Integer(required=True, metadata={"description": "The most candidates asked for."})
