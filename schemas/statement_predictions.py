"""What a speaker predicts (a statement's predictions; stmt30, migrations/0102; statements37: an agreement's
prospects, 'the plan is still alive', 'the deal has little chance'; an actor's own, 'said it would manage without
outside supplies', 'the army said it would prevail').

A prediction is what the speaker says will or may happen, not an act of its own (that is an announcement or a
threat). Each item has one subject: an event record (one planned or threatened, or one that happened later), an
event type, a treaty with what becomes of it (treaty_prospects), or actors with what becomes of them
(actor_prospects); hedged as a claim is, with the words. The records it names are also among the statement's
about_* lists (schemas/statement_said.py said_problems), so that about_event=, about_treaty= and about_actor= find
it and the records cannot be deleted while named. Stored whole as JSON in the statement's predictions column.
"""
from marshmallow import ValidationError, validate, validates_schema

from . import vocabularies as vocab
from .common import StrictSchema, one_of, reference, references, text

SUBJECTS = {"event": ("event_id", "event_type"), "treaty": ("treaty_id", "treaty_outcome"),
            "actors": ("actor_ids", "actor_outcome")}


class PredictionIn(StrictSchema):
    event_id = reference("event", allow_none=True, load_default=None, metadata={
        "description": "The event the speaker says will or may happen, when it is recorded: usually one with "
                       "occurrence planned or threatened (it had not happened when reported), or one that happened "
                       "later. Also among the statement's about_event_ids (a 422 naming this field otherwise). Null "
                       "when given by type and words only, or when the prediction is about a treaty or actors. "
                       "Filter: predicted_event=.",
        "shown": {"description": "The event predicted (its ID); null when given in words."}})
    event_type = one_of(vocab.EVENT_TYPES, allow_none=True, load_default=None, metadata={
        "description": "The kind of event predicted when no record is named (see /v1/vocabularies event_types): "
                       "'warned that fighting could spread to the south': FIGHT, words 'fighting could spread'. Null when "
                       "not said or event_id says it. Filter: predicted_type=."})
    treaty_id = reference("treaty", allow_none=True, load_default=None, metadata={
        "description": "The agreement the prediction is about (a treaty record, signed or only proposed), with "
                       "treaty_outcome saying what the speaker foresees for it: 'said the plan was still alive': "
                       "treaty_id the plan, treaty_outcome survives. Also among the statement's about_treaties (a "
                       "422 naming this field otherwise). Null when the prediction is about something else. "
                       "Filter: predicted_treaty=.",
        "shown": {"description": "The agreement the prediction is about (its ID); null when about something else."}})
    treaty_outcome = one_of(vocab.TREATY_PROSPECTS, allow_none=True, load_default=None, metadata={
        "description": "What the speaker says will become of the treaty named in treaty_id (see /v1/vocabularies "
                       "treaty_prospects, open: local terms too): survives ('the plan is still alive'), fails ('the "
                       "deal has little chance': with hedge probable), enters_into_force, collapses, is_signed, "
                       "is_ratified, other (with words). Needs treaty_id (a 422 naming this field otherwise). Null "
                       "when said in words only. Filter: predicted_treaty_outcome=."})
    actor_ids = references("actor", load_default=list, validate=validate.Length(max=20), metadata={
        "description": "The actors the prediction is about, with actor_outcome saying what the speaker foresees for "
                       "them, the speaker's own side among them: 'said it would manage on its own without outside "
                       "supplies': actor_ids the speaker's side, actor_outcome copes_alone. Each also among the "
                       "statement's about_actor_ids (a 422 naming this field otherwise). Empty when the prediction "
                       "is about something else (items stored before read it empty). Filter: predicted_actor=.",
        "shown": {"description": "The actors the prediction is about (IDs); empty when about something else."}})
    actor_outcome = one_of(vocab.ACTOR_PROSPECTS, allow_none=True, load_default=None, metadata={
        "description": "What the speaker says will become of the actors in actor_ids (see /v1/vocabularies "
                       "actor_prospects, open: local terms too): copes_alone, prevails ('the army said it would "
                       "prevail'), is_defeated, gives_in, holds_out, other (with words). Needs actor_ids (a 422 "
                       "naming this field otherwise). Null when said in words only. Filter: "
                       "predicted_actor_outcome=."})
    hedge = one_of(vocab.CLAIMANT_HEDGES, allow_none=True, load_default=None, metadata={
        "description": "How sure the speaker says it is (see /v1/vocabularies claimant_hedges), as a claim's "
                       "claimant_hedge: probable ('was likely to'; 'the deal has little chance' is treaty_outcome fails, "
                       "hedge probable), possible ('could', 'may', 'warned of'). Null: the speaker says it will "
                       "happen."})
    words = text(1000, allow_none=True, load_default=None, metadata={
        "description": "What is predicted in the reporting's words ('fighting could spread to the south', 'a "
                       "famine'); required when no event_id is given and no treaty_outcome or actor_outcome says "
                       "it, and with the outcome other."})

    @validates_schema(skip_on_field_errors=True)
    def _said(self, data, **kwargs):
        given = [subject for subject, keys in SUBJECTS.items() if any(data.get(key) for key in keys)]
        if len(given) > 1:
            raise ValidationError({SUBJECTS[given[1]][0]: [
                f"One prediction item holds one subject: an event (event_id or event_type), a treaty (treaty_id) "
                f"or actors (actor_ids); this one names {' and '.join(given)}: make one item for each."]})
        for outcome, subject in (("treaty_outcome", "treaty_id"), ("actor_outcome", "actor_ids")):
            if data.get(outcome) is not None and not data.get(subject):
                raise ValidationError({outcome: [f"Says what becomes of the {subject[:-3].rstrip('_')} named in "
                                                 f"{subject}: give {subject} too."]})
            if data.get(outcome) == "other" and not data.get("words"):
                raise ValidationError({"words": [f"Say the prospect in words with {outcome} other."]})
        if not (data.get("event_id") is not None or data.get("treaty_outcome") or data.get("actor_outcome")
                or data.get("words")):
            raise ValidationError({"words": ["Say what is predicted in words, or name the event (event_id), or a "
                                             "treaty with treaty_outcome, or actors with actor_outcome."]})
