"""Relations across kinds and the time between related records (issue 10, mending round mend-cross,
migrations/0039): an event that follows or answers a statement ("hours after the army declared the truce over,
the convoy was hit"), a statement that answers or precedes an event, and how long after the other one a record
came ("two days later", "within hours"), on every relation between events and statements."""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import MAX_ID, StrictSchema, one_of, reference
from .dates import ReportedDateIn
from .elapsed import OPEN_QUALIFIERS, ELAPSED_DEFAULT_ENDS, ElapsedIn, RelationElapsedIn  # noqa: F401 (dates.py nests it)
from .relation_claims import RelationClaimMixin


class ElapsedRule:
    """`simultaneous` (issue 10, mend-time) says no time passed: it takes no elapsed. Mixed into every relation
    item schema that has an elapsed field, before StrictSchema."""

    @validates_schema(skip_on_field_errors=True)
    def _no_time_between_simultaneous(self, data, **kwargs):
        if data.get("relation") == "simultaneous" and data.get("elapsed") is not None:
            raise ValidationError({"elapsed": ["Leave it out with simultaneous: no time passed between them."]})


def elapsed(schema=ElapsedIn):
    """The elapsed field of every relation between events and statements (RelationElapsedIn, with the ends it
    joins) and of a timing: declared once, here."""
    ends = (" Counted from the other record's start to this one's start unless counted_from or counted_to says "
            "end ('ended a week after the crossings began': counted_to end).") if schema is RelationElapsedIn else ""
    return fields.Nested(schema, allow_none=True, load_default=None, metadata={
        "description": "How long after the other record this one came, as reported: {amount, unit, qualifier} "
                       "('two days later': 2 days; 'hours later': hours; 'within an hour': at_most 1 hours); "
                       "null when not said. The other record is the earlier one: with precedes or before, how long "
                       "before it; not with simultaneous." + ends})


def relation_elapsed():
    """A relation's elapsed, with the ends of the two records it joins (events33)."""
    return elapsed(RelationElapsedIn)


class EventStatementRelationIn(RelationClaimMixin, ElapsedRule, StrictSchema):   # the claim: 0106
    """An event's link to a statement: it follows, answers or carries out what was said, or turned on it (over)."""

    statement_id = reference("statement", required=True, metadata={
        "description": "ID of the statement.", "shown": {
            "description": "The statement (its ID, or the statement with include=statement_relations)."}})
    relation = one_of(vocab.EVENT_STATEMENT_RELATIONS, required=True, metadata={
        "description": "How the event relates to the statement: follows, in_response_to, carries_out, precedes, "
                       "simultaneous, ended_after, over ('the talks stalled over the demands'), in_order_to (a visit or a "
                       "meeting undertaken to make the statement: 'flew to the capital to urge the assembly to "
                       "approve the plan'; see /v1/vocabularies event_statement_relations)."})
    elapsed = relation_elapsed()


class StatementEventRelationIn(RelationClaimMixin, ElapsedRule, StrictSchema):   # the claim: 0106
    """A statement's link to an event: made after it, in answer to it, before it, or a cause of it."""

    event_id = reference("event", required=True, metadata={
        "description": "ID of the event.", "shown": {
            "description": "The event (its ID, or the event with include=event_relations)."}})
    relation = one_of(vocab.STATEMENT_EVENT_RELATIONS, required=True, metadata={
        "description": "How the statement relates to the event: follows, in_response_to, precedes, simultaneous, "
                       "cause_of ('the demands stalled the talks'; see /v1/vocabularies statement_event_relations)."})
    elapsed = relation_elapsed()


class TreatyTimingIn(ElapsedRule, StrictSchema):
    """When a record came relative to one of a treaty's dated points (issue 10, mend-time, migrations/0047):
    "within hours of the ceasefire taking effect", "minutes after the truce expired", "about an hour before the
    deadline". Stored whole as JSON with the link it times (an event's treaty link, a statement's about_treaties
    item, an implementation entry); the point is named, not looked up, so a treaty coded later can still have it."""

    relation = one_of(vocab.TIME_RELATIONS, required=True, metadata={
        "description": "after, before or simultaneous: when this record came relative to the point (see "
                       "/v1/vocabularies time_relations)."})
    point = one_of(vocab.TREATY_POINTS, required=True, metadata={
        "description": "Which dated point of the treaty: signing, entry_into_force, end (expired, terminated), "
                       "status_change (with status), deadline (with milestone), current_end (the end of the term "
                       "as extended so far), or occasion (a day named in words: see /v1/vocabularies "
                       "treaty_points)."})
    status = one_of(vocab.TREATY_STATUS_CHANGES, allow_none=True, load_default=None, metadata={
        "description": "With point status_change: the status the treaty changed to ('that extension': extended; "
                       "see /v1/vocabularies treaty_status_changes); null otherwise."})
    milestone = one_of(vocab.DEADLINE_MILESTONES, allow_none=True, load_default=None, metadata={
        "description": "With point deadline: which deadline, start or completion; null when the reporting says "
                       "only 'the deadline'."})
    # mend-when (notes/trials t11b #44, t9b #60): which status change, and an occasion that is not an event
    status_change_id = fields.Integer(strict=True, allow_none=True, load_default=None,
                                      validate=validate.Range(min=1, max=MAX_ID), metadata={
        "refers_to": "status_history",
        "description": "With point status_change or current_end: the ID of the treaty's status_history entry "
                       "meant ('hours after that extension' when the treaty has two; the extension whose end "
                       "'the deadline' was; in a batch \"@<ref>.status_history[1]\"); null when the reporting "
                       "does not say which."})
    occasion = fields.String(allow_none=True, load_default=None, validate=validate.Length(min=1, max=200),
                             metadata={"description": "With point occasion (and only then): the occasion in the "
                                                      "reporting's words ('Eid al-Fitr')."})
    occasion_date = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "With point occasion: its date when the reporting gives one (docs/api.md, Dates as "
                       "reported); null otherwise."})
    elapsed = elapsed()

    @validates_schema(skip_on_field_errors=True)
    def _parts_of_the_point(self, data, **kwargs):
        point = data.get("point")
        if (point == "status_change") != (data.get("status") is not None):
            raise ValidationError({"status": ["Give status exactly with point status_change: the status the "
                                              "treaty changed to."]})
        if data.get("milestone") is not None and point != "deadline":
            raise ValidationError({"milestone": ["Only with point deadline."]})
        if data.get("status_change_id") is not None and point not in ("status_change", "current_end"):
            raise ValidationError({"status_change_id": ["Only with point status_change or current_end."]})
        if (point == "occasion") != (data.get("occasion") is not None):
            raise ValidationError({"occasion": ["Give occasion exactly with point occasion: the occasion in "
                                                "the reporting's words."]})
        if data.get("occasion_date") is not None and point != "occasion":
            raise ValidationError({"occasion_date": ["Only with point occasion."]})


def timing():
    """The timing field of every link to a treaty (declared once, here)."""
    return fields.Nested(TreatyTimingIn, allow_none=True, load_default=None, metadata={
        "description": "When this came relative to one of the treaty's dated points, as reported: {relation, "
                       "point, status, milestone, status_change_id, occasion, occasion_date, elapsed} ('minutes after the truce expired': after, end, elapsed "
                       "{unit: minutes}; 'about an hour before the deadline': before, deadline, elapsed {amount: "
                       "1, unit: hours, qualifier: about}); null when not said."})


TIMING_FIELDS = tuple(TreatyTimingIn().fields)


def timing_as_shown(stored):
    """A stored timing (JSON text, or null) as the API shows it: every field, null when a timing stored before
    the field existed (migrations/0047) lacks it."""
    if stored is None:
        return None
    shown = {name: stored.get(name) for name in TIMING_FIELDS}
    shown["elapsed"] = elapsed_as_shown(shown["elapsed"])
    return shown


ELAPSED_FIELDS = tuple(ElapsedIn().fields)


def elapsed_as_shown(stored):
    """A stored elapsed (loaded JSON, or null) as the API shows it: every field, null when one stored before the
    field existed (nearness, mend-time 2) lacks it."""
    return None if stored is None else {name: stored.get(name) for name in ELAPSED_FIELDS}


RELATION_ELAPSED_FIELDS = tuple(RelationElapsedIn().fields)


def relation_elapsed_as_shown(stored):
    """A relation's stored elapsed as shown: as elapsed_as_shown, and the ends it joins, start when one stored
    before them (events33, migrations/0112) lacks them."""
    if stored is None:
        return None
    return {name: stored.get(name, ELAPSED_DEFAULT_ENDS.get(name)) for name in RELATION_ELAPSED_FIELDS}
