"""Building blocks shared by the record schemas: strict base schemas, typed fields, references."""
import calendar
import functools

import pycountry
from marshmallow import RAISE, Schema, ValidationError, fields, pre_load, validate, validates_schema

from .external_ids import ExternalIds  # noqa: F401 (the record schemas take it from here)
from .lexical import FullMatch, LexicalChecks, ObjectExpected, is_blank
from .local_terms import OpenWords, Terms  # noqa: F401 (every vocabulary field and filter takes its terms through it)
from .countries import country_problem


class StrictSchema(ObjectExpected, LexicalChecks, Schema):
    """Unknown fields are an error, never silently dropped; numbers and dates are spelt one way, in ASCII
    (schemas/lexical.py); a value that is no object says which object is expected (schemas/object_messages.py)."""

    class Meta:
        unknown = RAISE
        ordered = True

    def on_bind_field(self, field_name, field_obj):
        super().on_bind_field(field_name, field_obj)   # (LexicalChecks: the messages of one spelling)
        # A key that must be given but may be null (date_start, a source's title): marshmallow's message read as if
        # null were refused (trial t29). A field with a message of its own keeps it.
        if field_obj.required and field_obj.allow_none and \
                field_obj.error_messages.get("required") == fields.Field.default_error_messages["required"]:
            field_obj.error_messages = {**field_obj.error_messages, "required": (
                "Missing data for required field: give it, or null when the reporting does not say.")}


@functools.cache
def shared(schema_cls):
    """One instance of `schema_cls` for the process, for every load: making one deep-copies its declared fields and
    builds its nested schemas, which cost a fifth of a create of an event (docs/performance.md, "Writes since the
    issue"), more than loading with it. Loading keeps nothing on the instance (the schemas here hold no state
    between loads; marshmallow 4 has no schema context), so threads share it."""
    return schema_cls()


class NotHere:
    """A mixin for input schemas: names a curator may reach for that the schema does not have (NOT_HERE: name
    -> where that fact goes) are refused saying where it goes, where "Unknown field." would leave the curator
    searching (issue 10, trial t7: a statement's place_id)."""

    NOT_HERE = {}

    @pre_load
    def _hint_for_unknown_names(self, data, **kwargs):
        if isinstance(data, dict) and self.NOT_HERE.keys() & data.keys():
            raise ValidationError({name: [f"Unknown field. {hint}"] for name, hint in self.NOT_HERE.items()
                                   if name in data})
        return data


def one_of(vocabulary, **kwargs):
    """A string field restricted to the terms of a vocabulary (Terms), documented as an enum (and, for an open
    vocabulary, as an enum or a local term: api/openapi.py)."""
    return fields.String(validate=Terms(vocabulary), **kwargs)


def text(max_length, **kwargs):
    """A string that must not be blank and has a sane upper bound."""
    return fields.String(validate=[validate.Length(min=1, max=max_length), _not_blank], **kwargs)


def _merge_metadata(default, given):
    return {**default, **(given or {})}


def _not_blank(value):
    if is_blank(value):
        raise ValidationError("Must not be blank: it shows nothing (only spaces or invisible characters).")


def _alpha3(value):
    problem = country_problem(value)   # ISO 3166-1, XKX, or a former country's ISO 3166-3 code (schemas/countries.py)
    if problem:
        raise ValidationError(problem)


def currency_code(value):
    """An ISO 4217 currency code (USD): the one check of a currency, wherever an amount of money is given."""
    found = pycountry.currencies.get(alpha_3=value)
    if found is None or found.alpha_3 != value:   # pycountry ignores case; the code is upper-case (USD)
        raise ValidationError(f"'{value}' is not an ISO 4217 currency code (upper-case, such as USD).")


def _language(value):
    if pycountry.languages.get(alpha_2=value) is None:
        raise ValidationError(f"'{value}' is not an ISO 639-1 language code.")


def country(metadata=None, **kwargs):
    return fields.String(
        validate=[FullMatch(r"^[A-Z]{3}$", error="Must be three upper-case letters."), _alpha3],
        metadata=_merge_metadata(
            {"description": "ISO 3166-1 alpha-3 country code, for example ARM (XKX for Kosovo; a former country's "
                            "ISO 3166-3 code, such as YUG, SUN, CSK).", "example": "ARM"}, metadata),
        **kwargs,
    )


def language(**kwargs):
    return fields.String(
        validate=[FullMatch(r"^[a-z]{2}$", error="Must be two lower-case letters."), _language],
        metadata={"description": "ISO 639-1 language code, for example en."},
        **kwargs,
    )


def unique(*keys):
    """A list validator: no item twice (for lists of objects, judged by the given keys)."""
    def check(items):
        seen = set()
        for item in items:
            key = tuple(item.get(k) for k in keys) if keys else item
            if key in seen:
                raise ValidationError(f"Lists the same {', '.join(keys)} twice." if keys else f"Lists {item!r} twice.")
            seen.add(key)
    return check


def unique_ids(items):
    """Parts kept by ID (figures, provisions) may each be named once."""
    unique("id")([item for item in items if item.get("id")])


MAX_ID = 2**63 - 1  # IDs are 64-bit integers on both engines


# The kinds a reference named by its kind links to (schemas/declaration.py: `link`).
LINKS = {"actor": "actors", "place": "places", "event": "events", "treaty": "treaties", "source": "sources",
         "statement": "statements"}


def reference(kind, metadata=None, link=None, **kwargs):
    """The ID of another record; the service checks that it exists. `link` names what it links to (by
    default the kind named: "actor" -> "actors"; none for the ID of a part kept by its record)."""
    link = link or LINKS.get(kind)
    return fields.Integer(
        strict=True,
        validate=validate.Range(min=1, max=MAX_ID),
        metadata={"description": f"ID of an existing {kind}.", **({"link": link} if link else {}), **(metadata or {})},
        **kwargs,
    )


def references(kind, validate=None, **kwargs):
    """A list of IDs of existing records, each at most once."""
    return fields.List(reference(kind), validate=[unique(), *([validate] if validate else [])], **kwargs)


def check_date_precision(start, end, precision, start_field, end_field):
    """Check that a date bracket is ordered and aligned with its precision.

    Returns field -> messages. 'month' brackets run from a first to a last day of a month, 'year'
    brackets from 1 January to 31 December: a bracket finer than its precision claims more than is known.
    """
    errors = {}
    if start and end and end < start:
        errors[end_field] = [f"Must not be before {start_field}."]
    if precision == "month":
        if start and start.day != 1:
            errors.setdefault(start_field, []).append("With month precision, must be the first day of a month.")
        # No date arithmetic: the day after 9999-12-31 does not exist (OverflowError, a 500 once).
        if end and end.day != calendar.monthrange(end.year, end.month)[1]:
            errors.setdefault(end_field, []).append("With month precision, must be the last day of a month.")
    elif precision == "year":
        if start and (start.month, start.day) != (1, 1):
            errors.setdefault(start_field, []).append("With year precision, must be 1 January.")
        if end and (end.month, end.day) != (12, 31):
            errors.setdefault(end_field, []).append("With year precision, must be 31 December.")
    return errors


def unknown_date_problems(date, precision, date_name, what, precision_name="date_precision", required=True):
    """A null date is the reporting's silence, said with date_precision unknown (not a default, when `required`);
    `unknown` never beside a date (statements 0025, events 0034, treaties and sources fixes25). -> field -> messages."""
    if required and date is None and precision != "unknown":
        return {date_name: [f"Give the date, or null with date_precision unknown when the reporting does not say "
                            f"when it {what}."]}
    if date is not None and precision == "unknown":
        return {precision_name: ["unknown goes with a null date: give the precision of the date given (day, "
                                 "week, month or year)."]}
    return {}


# Here, not at the top: flatdates imports dates, whose relative dates (schemas/relative_dates.py) take the
# building blocks above from this module (mend-announce).
from .flatdates import FlatDates  # noqa: E402


class DatedMixin(FlatDates):
    """Cross-field checks for schemas with a date_start/date_end/date_precision bracket, and the rest of a
    reported date beside it when the schema declares DATE_GROUPS (schemas/flatdates.py; events: time_start,
    time_end, time_zone, date_bound, date_edtf). `date_fields` names the bracket checked here; a bracket that a
    date group checks itself is not checked twice."""

    date_fields = ("date_start", "date_end", "date_precision")
    DATE_GROUPS = ()

    @validates_schema(skip_on_field_errors=False)
    def _check_dates(self, data, **kwargs):
        start_name, end_name, precision_name = self.date_fields
        if any(group.aligned and group.names.get("date") == start_name for group in self.DATE_GROUPS):
            return
        errors = check_date_precision(
            data.get(start_name), data.get(end_name), data.get(precision_name), start_name, end_name
        )
        if errors:
            raise ValidationError(errors)


# --- Response building blocks -------------------------------------------------------------------------

class Linked(fields.Nested):
    """A linked record: embedded as an object when the request's include= names it, else just its ID."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        return super()._deserialize(value, attr, data, **kwargs)


class RecordMeta(StrictSchema):
    """Fields every stored record carries in its representation."""

    id = fields.Integer(required=True, metadata={"description": "Stable ID: never changes meaning, never reused."})
    href = fields.String(required=True, metadata={"description": "This record's URL path in the API."})
    version = fields.Integer(required=True, metadata={"description": "Increases by one with every change."})
    created_at = fields.DateTime(required=True, metadata={
        "description": "When the record was created (UTC, ISO 8601)."})
    updated_at = fields.DateTime(required=True, metadata={
        "description": "When the record last changed (UTC, ISO 8601)."})


class NamedRef(StrictSchema):
    """Another record, named: enough to show it without fetching it."""

    id = fields.Integer(required=True, metadata={"description": "The record's ID."})
    name = fields.String(required=True, metadata={"description": "The record's name."})
    kind = fields.String(required=True, metadata={
        "description": "What kind of actor or place it is (see /v1/vocabularies)."})


class ActorRef(NamedRef):
    pass


class PlaceRef(NamedRef):
    latitude = fields.Float(required=True, allow_none=True, metadata={
        "description": "Latitude in decimal degrees (WGS 84); null when unknown."})
    longitude = fields.Float(required=True, allow_none=True, metadata={
        "description": "Longitude in decimal degrees (WGS 84); null when unknown."})


class EventRef(StrictSchema):
    id = fields.Integer(required=True, metadata={"description": "The event's ID."})
    title = fields.String(required=True, metadata={"description": "The event's title."})
    type = fields.String(required=True, metadata={"description": "The event's PLOVER type."})
    date_start = fields.Date(required=True, metadata={
        "description": "The earliest day it may have started (YYYY-MM-DD)."})


class TreatyRef(StrictSchema):
    id = fields.Integer(required=True, metadata={"description": "The treaty's ID."})
    name = fields.String(required=True, metadata={"description": "The treaty's name."})


class StatementRef(StrictSchema):
    id = fields.Integer(required=True, metadata={"description": "The statement's ID."})
    speaker = fields.Nested(ActorRef, required=True, metadata={"description": "Who made the statement."})
    date = fields.Date(required=True, metadata={"description": "The day it was made (YYYY-MM-DD)."})


class SourceRef(StrictSchema):
    id = fields.Integer(required=True, metadata={"description": "The source's ID."})
    title = fields.String(required=True, allow_none=True, metadata={
        "description": "The source's title; null when it has none or it is not known."})
    url = fields.String(required=True, allow_none=True, metadata={
        "description": "Where it can be read online; null when it is not online."})
    publisher = fields.String(required=True, allow_none=True, metadata={
        "description": "Who published it; null when unknown, or when several published it jointly (publishers)."})
    publishers = fields.List(fields.String(), required=True, metadata={
        "description": "When several published it jointly: each of them; empty otherwise."})
    published_date = fields.Date(required=True, allow_none=True, metadata={
        "description": "The day it was published (YYYY-MM-DD), the first day when it is known only within days "
                       "(published_end); null when unknown."})
    published_end = fields.Date(required=True, allow_none=True, metadata={
        "description": "The last day it may have been published, when it is known only within days (21-22 "
                       "September: published_date 21, published_end 22); null for one day or unknown."})
    published_edtf = fields.String(required=True, allow_none=True, metadata={
        "description": "The publication date in one EDTF text, as the source itself gives it "
                       "(2022-09-21/2022-09-22, 2022-09); null when unknown."})


class ProvisionRef(StrictSchema):
    id = fields.Integer(required=True, metadata={"description": "The provision's ID."})
    article = fields.String(required=True, allow_none=True, metadata={
        "description": "Where in the treaty it is ('Article 2'); null when not given."})
    type = fields.String(required=True, metadata={"description": "What it provides for (provision_types)."})
    obligation = fields.String(required=True, metadata={"description": "Deprecated: the same as type."})


class ListArgs(StrictSchema):
    """Query parameters common to every collection."""

    limit = fields.Integer(
        load_default=50, validate=validate.Range(min=1, max=500),
        metadata={"description": "Page size, 1 to 500."},
    )
    cursor = fields.String(
        validate=validate.Length(max=200),
        metadata={"description": "Opaque cursor from a previous page's `next` link."},
    )


# --- Renamed inputs --------------------------------------------------------------------

def with_current_names(schema_cls, body):
    """`body` with the deprecated input names of `schema_cls` replaced by the current ones: its RENAMED (old name ->
    current name), and its RENAMED_TO_LISTS (an old field of one value -> the current list: null is an empty
    list); giving both names of a field is an error."""
    renamed = getattr(schema_cls, "RENAMED", {})
    to_lists = getattr(schema_cls, "RENAMED_TO_LISTS", {})
    if not isinstance(body, dict) or not (renamed.keys() | to_lists.keys()) & body.keys():
        return body
    both = {old: [f"Deprecated name of {new}: give {new} only, not both."]
            for old, new in {**renamed, **to_lists}.items() if old in body and new in body}
    if both:
        raise ValidationError(both)
    current = {}
    for key, value in body.items():
        if key in to_lists:
            current[to_lists[key]] = [] if value is None else [value]
        else:
            current[renamed.get(key, key)] = value
    return current


class RenamedInputs:
    """A mixin for input schemas whose fields were renamed: the old names keep working (deprecated)."""

    RENAMED = {}
    RENAMED_TO_LISTS = {}

    @pre_load
    def _current_names(self, data, **kwargs):
        return with_current_names(type(self), data)
