"""Building blocks of query parameters (schemas/arguments.py, schemas/link_filters.py, schemas/history.py):
comma-separated lists, bounding boxes, full-text, day and reported-date parameters."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .lexical import NUMBER


class CommaList(fields.List):
    """A list given as one comma-separated value: type=FIGHT,ASSAULT."""

    is_multiple = False  # read as one value from the query string (webargs honours this)

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str):
            raise ValidationError("Give one comma-separated value.")
        items = [item.strip() for item in value.split(",")] if value.strip() else []
        try:
            return super()._deserialize(items, attr, data, **kwargs)
        except ValidationError as error:
            raise ValidationError(_flat(error.messages, items)) from None


def _flat(messages, items):
    """A list's errors, keyed by position in marshmallow ({0: ["Must be one of: ..."]}), as one flat list
    that quotes each value: ["'NOPE': must be one of: ..."]. A comma-separated parameter has no positions
    to speak of."""
    if not isinstance(messages, dict):
        return messages
    flat = []
    for index, found in messages.items():
        prefix = f"'{items[index]}': " if isinstance(index, int) and index < len(items) else ""
        flat.extend(f"{prefix}{message[:1].lower()}{message[1:]}" for message in found)
    return flat


class Bbox(fields.String):
    """west,south,east,north in degrees (WGS 84); west > east crosses the antimeridian."""

    def _deserialize(self, value, attr, data, **kwargs):
        text = super()._deserialize(value, attr, data, **kwargs)
        parts = text.split(",")
        if len(parts) != 4 or not all(NUMBER.fullmatch(part) for part in parts):
            raise ValidationError("Give four numbers in ASCII digits: west,south,east,north, like 44.7,38.8,47.0,40.5.")
        west, south, east, north = (float(part) for part in parts)
        if not (-180 <= west <= 180 and -180 <= east <= 180):
            raise ValidationError("west and east must be between -180 and 180.")
        if not (-90 <= south <= north <= 90):
            raise ValidationError("south and north must be between -90 and 90, south <= north.")
        return west, south, east, north


def text_search(what):
    return fields.String(validate=validate.Length(min=1, max=500), metadata={
        "description": f"Full-text search over {what}: words match their stems (fought ~ fighting), "
                       "\"quoted words\" match as a phrase, word* matches a prefix. Results are ranked by "
                       "relevance unless sort is given."})


def day(what):
    return fields.Date(metadata={"description": what})


class DateRange:
    @validates_schema
    def _range_order(self, data, **kwargs):
        if data.get("date_from") and data.get("date_to") and data["date_to"] < data["date_from"]:
            raise ValidationError({"date_to": ["Must not be before date_from."]})


def reported_date_args(what, precisions=tuple(vocab.DATE_PRECISIONS), also=""):
    """date_bound= and date_precision= (docs/api.md "Dates as reported")."""
    return {
        "date_bound": CommaList(fields.String(validate=validate.OneOf([*vocab.DATE_BOUNDS, "none"])), metadata={
            "description": f"{what} whose date has one of these open bounds (on_or_before, not_before, ongoing, "
                           "open_start, under_way), "
                           "or none for dates without one."}),
        "date_precision": CommaList(fields.String(validate=validate.OneOf(list(precisions))), metadata={
            "description": f"{what} whose date is known to one of these precisions{also}."}),
    }


def as_of():
    """The `as_of` parameter every read of records takes (api/services/as_of.py parses it)."""
    return fields.String(validate=validate.Length(min=1, max=200), metadata={
        "description": "Answer as the data stood at this past moment: an ISO 8601 time (UTC if it has no "
                       "offset; a bare day is its first instant), or a change cursor from GET /v1/changes (that "
                       "change and every earlier one). A record created later is 404 then, one deleted later "
                       "is there. The As-Of and As-Of-Change headers echo the moment (docs/api.md \"As of a "
                       "past moment\")."})


def release():
    """The `release` parameter every read of records takes: a shorthand for the `as_of` of a release."""
    return fields.String(validate=validate.Length(min=1, max=40), metadata={
        "description": "Answer as the data stood in this published release (GET /v1/releases): the same as "
                       "as_of=<the release's cursor>. Not with as_of."})


def past_moment():
    """The parameters naming a past moment to read at, which every read of records takes."""
    return {"as_of": as_of(), "release": release()}
