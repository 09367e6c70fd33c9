"""Whether an event happened, as the reporting gives it, and as each claimant gives it (issue 10, mend-occur,
migrations/0068; docs/api.md "Events that did not happen"): an event's `occurrence` (occurred, alleged, planned,
threatened, prevented, suspended, cancelled, did_not_occur), a claim's, and an event's occasion ("an attack
planned for the start of Ramadan"). GET /v1/events and /v1/events/stats read only the events in
vocab_occurrence.COUNTED unless occurrence= says otherwise."""
from marshmallow import ValidationError, fields, validate

from . import vocabularies as vocab
from .common import one_of
from .occasions import OccasionTimingIn
from .parameters import CommaList

TERMS = (*vocab.OCCURRENCES, "any")


def occurrence():
    return one_of(vocab.OCCURRENCES, load_default="occurred", metadata={
        "description": "Whether it happened, as the reporting gives it: occurred (the default), alleged (only one "
                       "side's claim), planned, threatened, prevented (foiled, pre-empted), suspended, cancelled "
                       "or did_not_occur (see /v1/vocabularies occurrences). Each claimant's version is a claim "
                       "with occurrence. GET /v1/events and /v1/events/stats list and count only occurred and "
                       "alleged events unless occurrence= asks for others (occurrence=any: all), so that an "
                       "attack planned or foiled adds to no count of events or deaths. Its dates are those it "
                       "happened on, or for one that did not happen, those it was planned or threatened for."})


def _not_alleged(value):
    # mend-stmt5 (notes/trials t26 "Validation gap"): a claim is one side's version already; "alleged" in its own
    # voice says nothing (docs/api.md "Events that did not happen": the claimant's version is occurred, ...)
    if value == "alleged":
        raise ValidationError("A claim is the claimant's own version: occurred when it says the event happened "
                              "('the RUF said the peacekeepers tried to take their weapons': occurred), did_not_occur "
                              "when it denies it, planned, prevented... alleged is the event's occurrence, when the "
                              "reporting gives it only as one side's claim, not a claimant's.")


def claimed_occurrence():
    return fields.String(validate=[validate.OneOf(list(vocab.OCCURRENCES)), _not_alleged], allow_none=True,
                         load_default=None, metadata={
        "description": "Whether the claimant says the event happened: occurred ('the president said a police "
                       "chief had been beheaded'), did_not_occur ('police said it was not so'), planned ('others "
                       "said an attack was planned'), prevented... (see /v1/vocabularies occurrences); a "
                       "preferred claim's is the event's occurrence. Never alleged (a claim is already one side's "
                       "version; 422). Null when the claim is not about whether it "
                       "happened. Filter: claimed_occurrence=."})


def occasion_timing():
    """An event timed by an occasion that is not an event, the shape of a statement's occasion_timing."""
    return fields.Nested(OccasionTimingIn, allow_none=True, load_default=None, metadata={
        "description": "When it happened, or for an event that did not happen when it was planned, threatened "
                       "or due, relative to an occasion that is not an event ('an attack planned for the start "
                       "of Ramadan': {relation: simultaneous, occasion: 'the start of Ramadan', occasion_date: "
                       "{date: '2017-05-27'}}; 'after Friday prayers': {relation: after, ...}); null when not "
                       "said. Do not code the occasion as an event."})


def occurrence_filters():
    """The events' filters on occurrence (schemas/event_arguments.py)."""
    return {
        "occurrence": CommaList(fields.String(validate=validate.OneOf(TERMS)), metadata={
            "description": "Events whose occurrence is one of these: occurrence=planned,prevented; occurrence=any "
                           "reads every event. When not given, only occurred and alleged events are listed and "
                           "counted (docs/api.md \"Events that did not happen\"); the same holds for "
                           "/v1/events/stats and the relation routes (/v1/actors/{id}/events...)."}),
        "claimed_occurrence": CommaList(fields.String(validate=validate.OneOf(list(vocab.OCCURRENCES))), metadata={
            "description": "Events with a claim (not deprecated) saying this of whether they happened: "
                           "claimed_occurrence=did_not_occur finds the events someone denies took place."}),
    }
