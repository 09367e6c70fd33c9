"""A date placed against another record, as reporting often gives it instead of a day (issue 10,
mend-announce, migrations/0077; notes/trials t24 #46 "was later extended", #56 "during lulls in the fighting", t25
#19 "fled the city as the rebels advanced", #26 "within weeks it had taken a string of towns", #81 "expected to meet
in the coming days"). Declared once (relative_field) and nested in every reported date (schemas/dates.py ReportedDateIn `relative`: a
status change, a position, an implementation entry, a statement act, a figure's period) and beside the flat dates
of events and statements (`date_relative`). Stored whole as JSON with its date; never turned into a day. A figure's
as_of takes it too, with anchors of its own (AsOfRelativeIn, batch31: "a week after the first count")."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import StrictSchema, one_of, reference, text
from .elapsed import ElapsedIn


class RelativeIn(StrictSchema):
    # The anchors it takes: every one but figure, which only a figure's as_of has (AsOfRelativeIn).
    ANCHORS = tuple(anchor for anchor in vocab.RELATIVE_DATE_ANCHORS if anchor != "figure")

    relation = one_of(vocab.RELATIVE_DATE_RELATIONS, required=True, metadata={
        "description": "after, before, during, during_lulls or simultaneous: how the date stands to the anchor "
                       "(see /v1/vocabularies relative_date_relations)."})
    anchor = one_of(vocab.RELATIVE_DATE_ANCHORS, required=True, metadata={
        "description": "What it is placed against (see /v1/vocabularies relative_date_anchors): event (with "
                       "event_id), previous_entry (the entry before it in the same list: 'later'), report (the "
                       "report's date: 'in the coming days'), statement (the statement the date is in), treaty (with treaty_id and "
                       "treaty_status: 'since the ceasefire took effect')."})
    event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "With anchor event: the event ('as the rebels advanced': the advance; 'during lulls in the "
                       "fighting': the fighting); null otherwise.",
        "shown": {"description": "The event it is placed against (its ID); null for none."}})
    # figures27 (trial t35 #34 "since the ceasefire took effect"): the point of a treaty a date is placed against
    treaty_id = reference("treaty", allow_none=True, load_default=None, metadata={
        "description": "With anchor treaty: the treaty ('since the ceasefire took effect': the ceasefire); null "
                       "otherwise.",
        "shown": {"description": "The treaty it is placed against (its ID); null for none."}})
    treaty_status = one_of(vocab.TREATY_STATUSES, allow_none=True, load_default=None, metadata={
        "description": "With anchor treaty: the point of the treaty, as the status it reached then (see "
                       "/v1/vocabularies treaty_statuses): in_force ('since the ceasefire took effect'), signed "
                       "('a week after the accord was signed'), agreed, collapsed ('since the truce broke down')... "
                       "The day is the treaty record's, never copied here. Required with anchor treaty."})
    elapsed = fields.Nested(ElapsedIn, allow_none=True, load_default=None, metadata={
        "description": "With after or before, how long, as said ({amount, unit, qualifier, nearness}): 'within "
                       "weeks' {\"unit\": \"weeks\", \"qualifier\": \"at_most\"}; 'in the coming days' {\"unit\": "
                       "\"days\", \"nearness\": \"shortly\"}; null for a plain 'later' and with during."})
    words = text(500, allow_none=True, load_default=None, metadata={
        "description": "The reporting's words beside it ('during lulls in the fighting', 'later'); null when not "
                       "kept."})

    @validates_schema(skip_on_field_errors=True)
    def _anchored(self, data, **kwargs):
        if data["anchor"] not in self.ANCHORS:
            raise ValidationError({"anchor": [f"Placed against {data['anchor']}: not here. This date takes "
                                              f"{', '.join(self.ANCHORS)}."]})
        if (data["anchor"] == "event") != (data.get("event_id") is not None):
            raise ValidationError({"event_id": ["Give event_id exactly with anchor event."]})
        for field in ("treaty_id", "treaty_status"):   # figures27
            if (data["anchor"] == "treaty") != (data.get(field) is not None):
                raise ValidationError({field: [f"Give {field} exactly with anchor treaty."]})
        if data["relation"] in ("during", "during_lulls", "simultaneous") and data.get("elapsed") is not None:
            raise ValidationError({"elapsed": [f"{data['relation']} takes no elapsed: it says the date falls "
                                               + ("at the anchor's time." if data["relation"] == "simultaneous"
                                                  else "while the anchor went on.")]})


class AsOfRelativeIn(RelativeIn):
    """A figure's as_of placed against an event, a statement, another figure of the same record, a treaty's
    point or the report (batch31: "a week after the first count, the toll stood at 40"; "by the time of the
    second exchange"). Whether figure_id or figure_key names another figure of the record, and a statement anchor
    outside a statement, are checked with the record's figures (schemas/figure_details.py as_of_anchor_problems)."""

    ANCHORS = ("event", "statement", "figure", "treaty", "report")

    statement_id = reference("statement", allow_none=True, load_default=None, metadata={
        "description": "With anchor statement: the statement ('a day after the minister spoke'); null on a "
                       "statement's own figure for that statement. Null otherwise.",
        "shown": {"description": "The statement it is placed against (its ID); null for none."}})
    figure_id = reference("figure of this record", allow_none=True, load_default=None, metadata={
        "description": "With anchor figure: the other figure of the same record (its ID), at whose as_of this one "
                       "is placed ('a week after the first count': the first count). Null otherwise, or when named "
                       "by figure_key."})
    figure_key = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=40), metadata={
        "description": "With anchor figure: the other figure by its key (works in the write that creates both); "
                       "read back as given."})

    @validates_schema(skip_on_field_errors=True)
    def _as_of_anchored(self, data, **kwargs):
        if data.get("statement_id") is not None and data["anchor"] != "statement":
            raise ValidationError({"statement_id": ["Give statement_id only with anchor statement."]})
        named = [name for name in ("figure_id", "figure_key") if data.get(name) is not None]
        if data["anchor"] == "figure" and len(named) != 1:
            raise ValidationError({"figure_id": ["With anchor figure, name the figure: figure_id, or figure_key in "
                                                 "the write that creates both (one of them)."]})
        if data["anchor"] != "figure" and named:
            raise ValidationError({named[0]: [f"Give {named[0]} only with anchor figure."]})


def relative_field(examples):
    """The relative of a reported date (`relative`), or of a record's flat dates (`date_relative`)."""
    return fields.Nested(RelativeIn, allow_none=True, load_default=None, metadata={
        "description": "The date placed against another record or the report, as reported (a relative: {relation, "
                       "anchor, event_id, treaty_id, treaty_status, elapsed, words}): " + examples + " Beside the date fields (the bracket or "
                       "bound the reporting allows), or with the date null when that is all that is said; never "
                       "turned into a day. Null for none."})
