"""The query parameters every collection shares: paging, sort, shape, format and as_of; which fields each kind
sorts on and which relations it can embed. schemas/arguments.py adds each collection's filters
(schemas/event_arguments.py the events'), so that the documentation, the validation and the service agree.
"""
import datetime
import functools

from marshmallow import ValidationError, fields, validate

from .actors import ActorOut
from .events import EventOut
from .places import PlaceOut
from .sources import SourceOut
from .statements import StatementOut
from .treaties import TreatyOut
from .common import ListArgs, StrictSchema
from .id_filters import external_id_filters, linked_filters
from .parameters import CommaList, past_moment
from .properties import PROPERTY_KINDS
from .property_filters import PropertyFiltersMixin, property_filters

FORMATS = {
    "json": "application/json",
    "csv": "text/csv",
    "geojson": "application/geo+json",
    "ndjson": "application/x-ndjson",
    "ucdp-ged": "text/csv",
    "acled": "text/csv",
}
# Formats of other datasets, by the kinds they hold: asked for by name only (never by an Accept header).
DATASET_FORMATS = {"ucdp-ged": ("events",), "acled": ("events",)}

# Fields each kind can be sorted on (never null, so a cursor can always name a position; a statement's unknown
# date sorts as the earliest day: services/pages._sort_expression).
SORTABLE = {
    "sources": ("id", "title", "created_at", "updated_at"),
    "actors": ("id", "name", "kind", "created_at", "updated_at"),
    "places": ("id", "name", "kind", "created_at", "updated_at"),
    "events": ("id", "date_start", "title", "type", "created_at", "updated_at"),
    "treaties": ("id", "name", "kind", "status", "created_at", "updated_at"),
    "statements": ("id", "date", "medium", "created_at", "updated_at"),
}

# Relations each kind can embed with include=; left out, they are given as IDs.
INCLUDABLE = {
    "sources": ("dateline_place",),   # migrations/0042
    "actors": ("parent", "seat", "member_of", "relations", "places", "figures"),   # figures: 0098
    "places": ("parent", "relations", "figures"),
    "events": ("place", "parent", "participants", "treaties", "figures", "claims", "sources", "relations",
               "other_places", "statement_relations"),
    "treaties": ("parties", "provisions", "sources", "status_history", "relations", "signed_at",
                  "agreed_at"),
    "statements": ("speaker", "addressee", "about", "sources", "relations", "said_at", "figures", "on_behalf_of", "channel",
                   "relayed_by", "event_relations"),
}

# The representation of each kind: its top-level fields are what fields= may name.
OUTPUT_SCHEMAS = {"sources": SourceOut, "actors": ActorOut, "places": PlaceOut, "events": EventOut, "treaties": TreatyOut,
                  "statements": StatementOut}


@functools.cache
def _field_names(kind):
    return tuple(OUTPUT_SCHEMAS[kind]().fields)


# Kinds that have a place on the map, and so a GeoJSON form.
GEO_KINDS = ("events", "places")


def _sort_field(kind):
    allowed = SORTABLE[kind]

    def check(items):
        for item in items:
            if item.lstrip("-") not in allowed:
                raise ValidationError(f"Cannot sort on '{item.lstrip('-')}'; sort on {', '.join(allowed)}.")
        names = [item.lstrip("-") for item in items]
        if len(set(names)) != len(names):
            raise ValidationError("Names a field twice.")

    return CommaList(fields.String(), validate=[validate.Length(min=1, max=4), check], metadata={
        "description": f"Fields to sort on, in order; a leading '-' sorts descending. One of: {', '.join(allowed)}. "
                       "The ID always breaks ties. Default: id, or relevance when q is given."})


def _in_utc_range(moment):
    """A time with an offset is compared in UTC: 9999-12-31T23:00-05:00 has no UTC form (a 500 once)."""
    if moment.tzinfo is not None:
        try:
            moment.astimezone(datetime.timezone.utc)
        except OverflowError:
            raise ValidationError("Out of range: in UTC, this time falls outside years 1 to 9999.") from None


def collection_args(kind, filters):
    """The query-parameter schema of one collection: paging, sort, shape, format, and its filters."""
    base = {
        "sort": _sort_field(kind),
        "count": fields.Boolean(load_default=False, metadata={
            "description": "Also give the total number of matching records (costs a count query)."}),
        "fields": CommaList(fields.String(validate=validate.OneOf(_field_names(kind))), metadata={
            "description": "Return only these top-level fields (id and href always come)."}),
        "format": fields.String(validate=validate.OneOf(
            [f for f in FORMATS if (f != "geojson" or kind in GEO_KINDS)
             and kind in DATASET_FORMATS.get(f, (kind,))]), metadata={
            "description": "json (default), csv, geojson (events and places), or ndjson: the whole filtered "
                           "collection streamed, one record a line, with no page limit. The Accept header "
                           "chooses too. Events also as ucdp-ged or acled: the whole filtered collection as a "
                           "UCDP GED or an ACLED CSV file (docs/import-export.md)."}),
        **past_moment(),
        "updated_since": fields.AwareDateTime(default_timezone=None, validate=_in_utc_range, metadata={
            "description": "Only records changed at or after this time (ISO 8601; UTC if no offset)."}),
    }
    if INCLUDABLE[kind]:
        base["include"] = CommaList(fields.String(validate=validate.OneOf(INCLUDABLE[kind])), metadata={
            "description": f"Relations to embed as records: {', '.join(INCLUDABLE[kind])}. Default: all. "
                           "An empty include= gives every relation as IDs only."})
    filters = {**linked_filters(kind, filters), **external_id_filters(kind)}
    if kind in PROPERTY_KINDS:   # property= and property.<name>= (issue 10, props)
        filters.update(property_filters())
        return type(f"{kind.title()}Query", (PropertyFiltersMixin, ListArgs), {**base, **filters})
    return type(f"{kind.title()}Query", (ListArgs,), {**base, **filters})


@functools.cache
def record_args(kind):
    """Query parameters of GET /v1/<kind>/<id>: the shape of the one record."""
    shape = {"fields": CommaList(fields.String(validate=validate.OneOf(_field_names(kind))), metadata={
        "description": "Return only these top-level fields (id and href always come)."}), **past_moment()}
    if INCLUDABLE[kind]:
        shape["include"] = CommaList(fields.String(validate=validate.OneOf(INCLUDABLE[kind])), metadata={
            "description": f"Relations to embed as records: {', '.join(INCLUDABLE[kind])}. Default: all."})
    return type(f"{kind.title()}RecordQuery", (StrictSchema,), shape)


AsOfQuery = type("AsOfQuery", (StrictSchema,), {**past_moment()})

