"""GET /v1/statements/stats and GET /v1/treaties/stats: their query parameters (each collection's own filters,
plus group_by, and interval for statements) and their answer (counts per bucket). As schemas/stats.py does for
events, the filters are the collection's query schema's fields themselves."""
from marshmallow import ValidationError, fields, validate, validates_schema

from .arguments import QUERY_SCHEMAS
from .treaty_filters import TreatiesChecks
from .common import StrictSchema
from .parameters import CommaList, DateRange
from .property_filters import PropertyFiltersMixin   # property.<name>= (issue 10, props)
from .stats import INTERVALS, LinkedKey

# kind -> {dimension: what it groups by}; the linked ones are records, shown as {id, name}.
RECORD_DIMENSIONS = {
    "statements": {
        "speaker": "A speaker: speaker_id, or another speaker of a joint statement; a joint statement counts once "
                   "under each, so buckets overlap and do not add up to the total.",
        "stance": "The statement's stance (null: none given).",
        "medium": "The statement's medium.",
        "time": "The period (of `interval`) the statement's date lies in; see imprecise.",
    },
    "treaties": {
        "kind": "The treaty's kind.",
        "status": "The treaty's status.",
        "party": "A party (any role but not_party, not_signatory, not_named): a treaty counts once under each of its parties, so buckets overlap and do "
                 "not add up to the total; null: treaties with no party listed.",
    },
}
RECORD_LINKED = ("speaker", "party")
_LIST_ONLY = ("limit", "cursor", "sort", "count", "fields", "include", "format")


def _no_repeats(terms):
    if len(set(terms)) != len(terms):
        raise ValidationError("Names a dimension twice.")


class _IntervalChecks:
    @validates_schema
    def _interval_with_time(self, data, **kwargs):
        if data.get("interval") and "time" not in (data.get("group_by") or ()):
            raise ValidationError({"interval": ["Give group_by=time too: interval sets the length of its periods."]})


def _stats_query(kind, bases):
    dimensions = RECORD_DIMENSIONS[kind]
    declared = {name: field for name, field in QUERY_SCHEMAS[kind]._declared_fields.items() if name not in _LIST_ONLY}
    extra = {
        "group_by": CommaList(fields.String(validate=validate.OneOf(list(dimensions))), required=True,
                              validate=[validate.Length(min=1, max=2), _no_repeats], metadata={
            "description": "One or two dimensions to group by: " + "; ".join(
                f"{name}: {what}" for name, what in dimensions.items())}),
        "format": fields.String(validate=validate.OneOf(["json", "csv"]), metadata={
            "description": "json (default) or csv: one row per bucket (docs/api.md \"Aggregates\")."}),
    }
    if "time" in dimensions:
        extra["interval"] = fields.String(validate=validate.OneOf(INTERVALS), metadata={
            "description": "With group_by=time: the length of the periods (day, week (from Monday), month, quarter, "
                           "year). Default: month."})
    return type(f"{kind.title()}StatsQuery", (PropertyFiltersMixin, *bases, StrictSchema), {**declared, **extra})


StatementsStatsQuery = _stats_query("statements", (_IntervalChecks, DateRange))
TreatiesStatsQuery = _stats_query("treaties", (TreatiesChecks,))


def _answer(kind):
    dimensions = RECORD_DIMENSIONS[kind]
    bucket = type(f"{kind.title()}StatsBucket", (StrictSchema,), {
        **{name: (fields.Nested(LinkedKey, allow_none=True, metadata={"description": what})
                  if name in RECORD_LINKED else fields.String(allow_none=True, metadata={"description": what}))
           for name, what in dimensions.items()},
        "count": fields.Integer(required=True, metadata={"description": f"How many {kind}."})})
    return type(f"{kind.title()}Stats", (StrictSchema,), {
        "group_by": fields.List(fields.String(), required=True, metadata={"description": "The dimensions, as asked."}),
        "interval": fields.String(allow_none=True, required=True, metadata={
            "description": "The periods' length with group_by=time, else null."}),
        "date_from": fields.String(allow_none=True, required=True, metadata={
            "description": "With group_by=time: the first period of the series, else null."}),
        "date_to": fields.String(allow_none=True, required=True, metadata={
            "description": "With group_by=time: the last period of the series, else null."}),
        "buckets": fields.List(fields.Nested(bucket), required=True, metadata={
            "description": "One per value (or pair of values) of the dimensions; a time series zero-filled as for "
                           "events."}),
        "imprecise": fields.List(fields.Nested(bucket), required=True, metadata={
            "description": "With group_by=time: the records whose date is not within one period (or unknown), time "
                           "null. Empty otherwise."}),
        "imprecise_count": fields.Integer(required=True, metadata={
            "description": "How many records are in the imprecise buckets."}),
        "total": fields.Integer(required=True, metadata={"description": f"How many {kind} match, each once."}),
    })


StatementsStats = _answer("statements")
TreatiesStats = _answer("treaties")
RECORD_STATS = {"statements": (StatementsStatsQuery, StatementsStats), "treaties": (TreatiesStatsQuery, TreatiesStats)}
