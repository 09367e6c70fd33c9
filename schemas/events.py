"""Events: what happened, when (with its uncertainty), where, who took part, how much, says who."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import DatedMixin, StrictSchema, one_of, reference, references, text, unique, unique_ids
from .declaration import output_schema


class ParticipantIn(StrictSchema):
    actor_id = reference("actor", required=True, metadata={"description": "ID of the actor taking part.", "shown": {
        "description": "The actor taking part (its ID, or the actor with include=participants)."}})
    role = one_of(vocab.PARTICIPANT_ROLES, required=True, metadata={
        "description": "The actor's part in the event: initiator, target, side_a, side_b, mediator..."})


class TreatyLinkIn(StrictSchema):
    treaty_id = reference("treaty", required=True, metadata={"description": "ID of the treaty the event relates to.",
                                                             "shown": {"description": "The treaty (its ID, or the "
                                                                                      "treaty with include=treaties)."}})
    link = one_of(vocab.TREATY_LINKS, required=True, metadata={
        "description": "How the event relates to the treaty: it signs, ratifies, invokes, breaches it..."})
    provision_id = reference("provision of that treaty", link="provisions", allow_none=True, metadata={
        "description": "The provision the event carries out, breaches or invokes, when it is one clause.",
        "shown": {"description": "The provision (its ID, or the provision with include=treaties); null for the "
                                 "treaty as a whole."}})


class FigureIn(StrictSchema):
    id = reference("figure of this event", metadata={
        "description": "Give the ID of an existing figure to keep it (and its ID); omit it for a new figure."})
    quantity = one_of(vocab.FIGURE_QUANTITIES, required=True, metadata={
        "description": "What is counted: deaths, injured, displaced..."})
    low = fields.Float(allow_none=True, allow_nan=False, validate=validate.Range(min=0),
                       metadata={"description": "Lower bound: 'more than 5,000' is low=5000."})
    best = fields.Float(allow_none=True, allow_nan=False, validate=validate.Range(min=0), metadata={
        "description": "The best estimate, at least low and at most high; in `unit`."})
    high = fields.Float(allow_none=True, allow_nan=False, validate=validate.Range(min=0), metadata={
        "description": "Upper bound: 'up to 7,000' is high=7000."})
    unit = one_of(vocab.FIGURE_UNITS, required=True, metadata={"description": "The unit of low, best and high."})
    as_of = fields.Date(allow_none=True, metadata={"description": "The date the figure describes."})
    claimant_id = reference("actor", allow_none=True, metadata={
        "description": "Who claims the figure; null when the source states it in its own voice.",
        "shown": {"description": "Who claims the figure; null when the source states it in its own voice."}})
    note = fields.String(validate=validate.Length(max=2000), allow_none=True, metadata={
        "description": "How the figure was arrived at, or what it leaves out."})
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=50), metadata={
        "description": "IDs of the sources that report the figure (1 to 50).", "rows": "source_rows",
        "shown": {"description": "The sources that report it."}})

    @validates_schema(skip_on_field_errors=False)
    def _bounds(self, data, **kwargs):
        low, best, high = data.get("low"), data.get("best"), data.get("high")
        if low is None and best is None and high is None:
            raise ValidationError({"best": ["Give at least one of low, best and high."]})
        errors = {}
        if low is not None and best is not None and best < low:
            errors["best"] = ["Must not be less than low."]
        if high is not None and best is not None and high < best:
            errors["high"] = ["Must not be less than best."]
        elif high is not None and low is not None and high < low:
            errors["high"] = ["Must not be less than low."]
        if errors:
            raise ValidationError(errors)


class EventIn(DatedMixin, StrictSchema):
    RECORD = True

    title = text(500, required=True, metadata={"description": "A short title saying what happened."})
    type = one_of(vocab.EVENT_TYPES, required=True, metadata={
        "description": "PLOVER event type.",
        "also_shown": ("quad_class", vocab.quad_class, "PLOVER quad class of the type.")})
    mode = fields.String(validate=validate.Length(max=200), allow_none=True, metadata={
        "description": "PLOVER mode: how (for FIGHT, for example 'occupy territory')."})
    context = fields.String(validate=validate.Length(max=200), allow_none=True, metadata={
        "description": "PLOVER context: why or in what setting."})
    date_start = fields.Date(required=True, metadata={"description": "Earliest possible start."})
    date_end = fields.Date(allow_none=True, metadata={
        "description": "Latest possible end; null while the event is ongoing or its end unknown."})
    date_precision = one_of(vocab.DATE_PRECISIONS, load_default="day", metadata={
        "description": "How precisely date_start and date_end are known: day, week, month or year."})
    place_id = reference("place", allow_none=True, metadata={"description": "Where it happened: ID of a place.", "shown": {
        "description": "Where it happened (the place's ID, or the place with include=place); null when unknown."}})
    location_precision = one_of(vocab.LOCATION_PRECISIONS, allow_none=True, metadata={
        "description": "How precisely the place is known: exact, near it, or somewhere within it; needs place_id."})
    summary = fields.String(validate=validate.Length(max=20000), allow_none=True, metadata={
        "description": "What happened, in a few sentences."})
    parent_id = reference("event", allow_none=True, metadata={
        "description": "The larger event this one is part of (a battle inside a war).", "shown": {
            "description": "The larger event this one is part of (its ID, or the event with include=parent); "
                           "null for none."}})
    participants = fields.List(fields.Nested(ParticipantIn), load_default=list,
                                validate=[validate.Length(max=500), unique("actor_id", "role")],
                                metadata={"description": "Who took part, and in what role.",
                                          "rows": "participant_rows"})
    treaties = fields.List(fields.Nested(TreatyLinkIn), load_default=list,
                            validate=[validate.Length(max=100), unique("treaty_id", "link", "provision_id")],
                            metadata={"description": "The treaties the event signs, ratifies, invokes, breaches...",
                                      "rows": "treaty_rows"})
    figures = fields.List(fields.Nested(FigureIn), load_default=list,
                           validate=[validate.Length(max=200), unique_ids],
                           metadata={
                               "description": "Numbers about the event (deaths, displaced...), each with its sources.",
                               "rows": "figure_rows"})
    source_ids = references("source", required=True, validate=validate.Length(min=1, max=100), metadata={
        "description": "IDs of the sources that report the event (1 to 100).", "rows": "source_rows", "shown": {
            "description": "The sources that report the event (IDs, or the sources with include=sources)."}})

    @validates_schema(skip_on_field_errors=False)
    def _place_and_precision(self, data, **kwargs):
        if data.get("location_precision") and not data.get("place_id"):
            raise ValidationError({"location_precision": ["Needs a place_id."]})


EventOut = output_schema(EventIn)
FigureOut = output_schema(FigureIn)
ParticipantOut = output_schema(ParticipantIn)
TreatyLinkOut = output_schema(TreatyLinkIn)
