"""GET /v1/events/stats: its query parameters (the events' own filters, plus group_by and interval) and its
answer (buckets of events and deaths). The filters are EventsQuery's fields themselves, taken from it, so a
filter added to the collection is a filter of its aggregates too (docs/api.md "Aggregates")."""
from marshmallow import ValidationError, fields, validate, validates_schema

from .arguments import EventsChecks, EventsQuery
from .property_filters import PropertyFiltersMixin   # property.<name>= (issue 10, props)
from .common import StrictSchema
from .parameters import CommaList
from .vocab_figures import FIGURE_CATEGORIES

# What each group_by term groups events by; the answer's bucket has a field of the same name.
DIMENSIONS = {
    "country": "The country of the event's main place (place_id's country; null: no place, or a place with "
               "no country).",
    "type": "The event's PLOVER type.",
    "quad_class": "The quad class of the event's type.",
    "actor": "An actor taking part (any role): an event counts once under each of its actors, so buckets "
             "overlap and do not add up to the totals; null: events with no participant.",
    "actor_kind": "The kind of an actor taking part: an event counts once under each kind among its actors.",
    "place": "The event's main place (place_id; null: none).",
    "treaty": "A treaty the event is linked to: once under each; null: events linked to none.",
    "time": "The period (of `interval`) the event's date bracket lies in; see imprecise.",
}
# A place at an administrative level: the event's main place or the nearest place above it of that kind.
ADMIN_LEVELS = {"admin0": "country", "admin1": "region", "admin2": "district"}
for _level, _kind in ADMIN_LEVELS.items():
    DIMENSIONS[_level] = (f"The place of kind {_kind} that is the event's main place or holds it (the nearest "
                          f"up the place hierarchy); null: none.")
# Dimensions whose key is a record: shown as {id, name}.
LINKED_DIMENSIONS = ("actor", "place", "treaty", *ADMIN_LEVELS)
INTERVALS = ("day", "week", "month", "quarter", "year")
# The deaths of one category of figures, per bucket (the total has columns of its own).
DEATH_CATEGORIES = tuple(category for category in FIGURE_CATEGORIES if category != "total")
MAX_PERIODS = 20000   # periods a zero-filled series may have: 54 years of days


def _group_by_check(terms):
    if len(set(terms)) != len(terms):
        raise ValidationError("Names a dimension twice.")


# The collection's paging, sort and shape say nothing about an aggregate.
_LIST_ONLY = ("limit", "cursor", "sort", "count", "fields", "include", "format")
_FILTERS = {name: field for name, field in EventsQuery._declared_fields.items() if name not in _LIST_ONLY}


class _StatsChecks:
    @validates_schema
    def _interval_with_time(self, data, **kwargs):
        if data.get("interval") and "time" not in (data.get("group_by") or ()):
            raise ValidationError({"interval": ["Give group_by=time too: interval sets the length of its periods."]})


EventsStatsQuery = type("EventsStatsQuery", (PropertyFiltersMixin, _StatsChecks, EventsChecks, StrictSchema), {
    **_FILTERS,
    "group_by": CommaList(fields.String(validate=validate.OneOf(list(DIMENSIONS))), required=True,
                          validate=[validate.Length(min=1, max=2), _group_by_check], metadata={
        "description": "One or two dimensions to group the events by: " + "; ".join(
            f"{name}: {what}" for name, what in DIMENSIONS.items())}),
    "interval": fields.String(validate=validate.OneOf(INTERVALS), metadata={
        "description": "With group_by=time: the length of the periods (day, week (from Monday), month, quarter, "
                       "year). Default: month."}),
    "format": fields.String(validate=validate.OneOf(["json", "csv"]), metadata={
        "description": "json (default) or csv: one row per bucket, the imprecise ones last (docs/api.md "
                       "\"Aggregates\"). The Accept header chooses too."}),
})


class LinkedKey(StrictSchema):
    id = fields.Integer(required=True, metadata={"description": "The record's ID."})
    name = fields.String(required=True, metadata={"description": "The record's name (an event's title never "
                                                                 "appears here)."})


def _deaths_fields():
    sums = {
        "events": fields.Integer(required=True, metadata={"description": "How many events."}),
        "events_with_deaths": fields.Integer(required=True, metadata={
            "description": "How many of them have a deaths total (the figure the death filters read)."}),
        "deaths": fields.Float(required=True, metadata={
            "description": "The sum of the events' deaths totals: each total's best, else its low, else its high "
                           "(the value min_deaths compares)."}),
        "deaths_low": fields.Float(required=True, metadata={
            "description": "The sum of the totals' low values (a total without one adds nothing)."}),
        "deaths_best": fields.Float(required=True, metadata={
            "description": "The sum of the totals' best values (a total without one adds nothing)."}),
        "deaths_high": fields.Float(required=True, metadata={
            "description": "The sum of the totals' high values (a total without one adds nothing)."}),
    }
    for category in DEATH_CATEGORIES:
        sums[f"deaths_{category}"] = fields.Float(required=True, metadata={
            "description": f"The sum of each event's deaths figure of category {category}, chosen as the total is "
                           f"(best, else low, else high)."})
    return sums


Bucket = type("StatsBucket", (StrictSchema,), {
    **{name: (fields.Nested(LinkedKey, allow_none=True, metadata={"description": what})
              if name in LINKED_DIMENSIONS else
              fields.String(allow_none=True, metadata={"description": what}))
       for name, what in DIMENSIONS.items()},
    **_deaths_fields(),
})
Totals = type("StatsTotals", (StrictSchema,), _deaths_fields())


class EventsStats(StrictSchema):
    group_by = fields.List(fields.String(), required=True, metadata={"description": "The dimensions, as asked."})
    interval = fields.String(allow_none=True, required=True, metadata={
        "description": "The periods' length with group_by=time, else null."})
    claimant = fields.Integer(allow_none=True, required=True, metadata={
        "description": "The actor whose figures are summed (claimant=), else null: the rule of the deaths total."})
    date_from = fields.String(allow_none=True, required=True, metadata={
        "description": "With group_by=time: the first period of the series (the period of date_from, else of the "
                       "earliest bucket); null when there is none."})
    date_to = fields.String(allow_none=True, required=True, metadata={
        "description": "With group_by=time: the last period of the series (of date_to, else the latest bucket)."})
    buckets = fields.List(fields.Nested(Bucket), required=True, metadata={
        "description": "One per value (or pair of values) of the dimensions, in their order. With group_by=time, "
                       "every period from date_from to date_to, empty ones with zeros (for each value of the "
                       "other dimension that has a bucket); only events dated within one period."})
    imprecise = fields.List(fields.Nested(Bucket), required=True, metadata={
        "description": "With group_by=time: the events whose date bracket is not within one period (a "
                       "month-precision event in a week series, a bracket across two months, an open or unknown "
                       "end), per value of the other dimension, time null. Empty otherwise."})
    imprecise_events = fields.Integer(required=True, metadata={
        "description": "How many events are in the imprecise buckets (each counted once)."})
    level = fields.String(required=True, metadata={
        "description": "Which events inside events were counted (level=): all, top or leaf."})
    nested_events = fields.Integer(required=True, metadata={
        "description": "How many of the events counted are part of another event counted (its parent_id, at any "
                       "depth): a battle counted with its war. Their deaths are inside their parents' too, so "
                       "the sums count them twice; level=top or level=leaf counts each event's "
                       "deaths once. Always 0 with level=top or leaf."})
    nested_deaths = fields.Float(required=True, metadata={
        "description": "The deaths (as deaths sums them) of those nested events: what deaths may count twice."})
    nested_hint = fields.String(allow_none=True, required=True, metadata={
        "description": "When nested_events is not 0: a sentence saying so and naming level=top and level=leaf; "
                       "else null."})
    totals = fields.Nested(Totals, required=True, metadata={
        "description": "Every event that matches the filters, each counted once: with actor, actor_kind or "
                       "treaty grouping the buckets overlap, so the totals are not their sums."})

