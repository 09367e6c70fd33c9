"""The answer of GET /v1/search: candidates across kinds, ranked (api/services/candidates.py)."""
from marshmallow import ValidationError, fields, validate

from .arguments import QUERY_SCHEMAS
from .common import StrictSchema
from .parameters import CommaList


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


# The query (issue 11).
SEARCH_LIMIT = 50   # the most candidates one search answers


def _has_a_word(text):
    if text and not any(char.isalnum() for char in text):   # (empty: the length says so)
        raise ValidationError("Give at least one letter or digit to search for.")


class SearchQuery(StrictSchema):
    q = fields.String(required=True, validate=[validate.Length(min=1, max=200), _has_a_word], metadata={
        "description": "What to look for, 1 to 200 characters: a name, an alias in any language, the beginning "
                       "of either as it is being typed (Aliy), an external ID (wikidata:Q399, or Q399 in any "
                       "scheme), or words of a record's text. Case, diacritics and punctuation are ignored in "
                       "names (Şuşa = susa)."})
    kind = CommaList(fields.String(validate=validate.OneOf(list(QUERY_SCHEMAS))), validate=validate.Length(min=1),
                     metadata={"description": f"Only these kinds, comma-separated: {', '.join(QUERY_SCHEMAS)}. "
                                              "Default: all."})
    limit = fields.Integer(load_default=10, validate=validate.Range(min=1, max=SEARCH_LIMIT), metadata={
        "description": f"How many candidates at most, 1 to {SEARCH_LIMIT} (default 10)."})
