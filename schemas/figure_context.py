"""A figure in the run of events (issue 10, mend-figs3, migrations/0070; trials t20, t21): the event after which
it was given or revised ("19, up after the eight bodies were found"), a span that ends when an event began
("close to 700,000 displaced before the Palma attack"), and how the people counted moved ("fled into the bush
on foot", "by land, sea and air"). Mixed into FigureIn (schemas/figure_input.py) before StrictSchema; the rules
yield (field, message) so that a 422 names the field.
"""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import one_of, reference, unique
from .figures import counts_people


class FigureContextMixin:
    """A figure's links to the events around it, and how its people moved."""

    revised_after_event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "The event after which the claimant gave or revised the figure, as the reporting links them "
                       "('the toll is up to 19 after eight bodies were found': the finding of the bodies; 'the "
                       "toll rose after the strike on the market'). It says why the number changed, not what the "
                       "figure counts over (period...), and it never adds to any total. Null when not said. "
                       "Filter: figure_revised_after_event=; an event named cannot be deleted.",
        "shown": {"description": "The event after which the figure was given or revised (its ID, or the event "
                                 "when embedded); null when not said."}})
    period_until_event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "A span that ends when an event began ('close to 700,000 displaced before the Palma attack': "
                       "the attack), for a cumulative figure or a state that held up to that event; the end is the "
                       "event's start as its record gives it (never copied here). Alone (start not said), or with "
                       "period_since_event_id, period_since_treaty_id, or a period without date_end ('since 2017 "
                       "until the attack'); not with period_last or period_event_id. Null when not said. Filter: "
                       "figure_period_until_event=; an event named cannot be deleted.",
        "shown": {"description": "The event whose start ends the span counted over (its ID, or the event when "
                                 "embedded); null when not said."}})
    travel_means = fields.List(one_of(vocab.TRAVEL_MEANS), load_default=list,
                               validate=[validate.Length(max=len(vocab.TRAVEL_MEANS)), unique()], metadata={
        "description": "How the people counted moved, when the reporting says: foot, road, sea, river, air, rail, "
                       "land (/v1/vocabularies travel_means, as an event's travel_means): 'many fled into the bush "
                       "on foot' [foot]; 'by land, sea and air' [land, sea, air]. For figures of people. Empty "
                       "when not said. Filter: figure_travel_means=."})

    @validates_schema(skip_on_field_errors=True)
    def _in_the_run_of_events(self, data, **kwargs):
        errors = dict(context_problems(data))
        if errors:
            raise ValidationError(errors)


def context_problems(data):
    """(field, [message]) of a span until an event that another span already ends, and of means of travel of
    a figure that counts no people."""
    if data.get("period_until_event_id") is not None:
        for name in ("period_last", "period_event_id"):
            if data.get(name) is not None:
                yield "period_until_event_id", [f"{name} already gives the span's end: period_until_event_id ends "
                                                "a span since an event, a treaty or a date, or one whose start is "
                                                "not said."]
        period = data.get("period") or {}
        if period.get("date_end") is not None or period.get("bound") in ("ongoing", "open_start", "on_or_before"):
            yield "period_until_event_id", ["The period already says its end: give it without date_end (its "
                                            "start only) to end it at the event."]
    if data.get("travel_means"):
        if data.get("quantity") and not counts_people(data):
            yield "travel_means", [f"How people moved: for figures of people, not {data['quantity']} in "
                                   f"{data.get('unit')}."]
