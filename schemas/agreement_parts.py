"""Parts of provisions added in issue 10's agree26 round (migrations/0090; notes/trials t32 #32, #36, t33 #9),
declared apart because schemas/provisions.py is at its size limit:

- a provision's `not_set`: what the text is reported to leave unset ("the plan sets no deadline for the Russian
  pullback"), as a statement's not_said says what a speaker leaves unsaid;
- an actor_action condition's act and whom it is against ("any attack on its citizens or peacekeepers"), and (acts31)
  who acts when described, not named ("any freed prisoner who returns to violence");
- an implementation entry's places and extent ("the ceasefire mostly held in Juba"), and (agree28, migrations/0100;
  t40 #55) its places not named or described ("their positions in the hills");
- which forces a provision covers by when they were deployed ("security forces deployed since last February").
"""
from marshmallow import ValidationError, fields, validate, validates_schema

from . import vocabularies as vocab
from .common import StrictSchema, one_of, references, text, unique
from .dates import ReportedDateIn
from .relations import PlaceRefMixin


class NotSetMixin:
    """ProvisionIn's not_set. Mixed in before StrictSchema."""

    not_set = fields.List(one_of(vocab.PROVISION_NOT_SET), load_default=list,
                          validate=[validate.Length(max=10), unique()], metadata={
        "description": "What the text is reported to leave unset (see /v1/vocabularies provision_not_set): deadline "
                       "('the plan sets no deadline for the Russian pullback'), duration, monitoring, place, means "
                       "(how it is carried out or enforced). An empty deadlines list says only that none was coded; not_set deadline says the text sets "
                       "none (who says so: the provision's claimant_id and source_ids). Empty when not said. Filter "
                       "treaties with provision_not_set=."})

    @validates_schema(skip_on_field_errors=True)
    def _not_set(self, data, **kwargs):
        unset = data.get("not_set") or []
        given = {"deadline": bool(data.get("deadlines")), "duration": bool((data.get("term") or {}).get("duration")),
                 "monitoring": any(a.get("role") == "monitor" for a in data.get("actors") or [])}
        for i, point in enumerate(unset):
            if given.get(point):
                which = {"deadline": "deadlines", "duration": "term.duration", "monitoring": "a monitor in actors"}
                raise ValidationError({"not_set": {i: [f"Says the text sets no {point}, but {which[point]} gives "
                                                       "one: keep one or the other."]}})


def condition_act_fields():
    """ConditionIn's against_actor_ids, against_groups, act (type actor_action) and (acts31) actor_words: who acts,
    described and not named ("any freed prisoner who returns to violence"), as a statement's speaker_words says a
    speaker not known (the actor is never made up for the phrase)."""
    return (references("actor", load_default=list, validate=validate.Length(max=20), metadata={
                "description": "With type actor_action: the actors the act is against, or whose people it is against "
                               "('any attack on its citizens or peacekeepers': the state, its peacekeeping force); "
                               "checked when written. Empty when not said.",
                "shown": {"description": "The actors the act is against (IDs); empty when not said."}}),
            fields.List(one_of(vocab.TARGETED_GROUPS), load_default=list, validate=[validate.Length(max=20), unique()],
                        metadata={"description": "With type actor_action: the groups of people the act is against "
                                                 "(see /v1/vocabularies targeted_groups): civilians, peacekeepers, "
                                                 "foreign_nationals... Empty when not said."}),
            one_of(vocab.EVENT_TYPES, allow_none=True, load_default=None, metadata={
                "description": "With type actor_action: the act, as an event type (ASSAULT for 'any attack', FIGHT, "
                               "MOBILIZE...; see /v1/vocabularies event_types); action keeps the words. Null when "
                               "only action says it."}),
            text(500, allow_none=True, load_default=None, metadata={
                "description": "With type actor_action: who acts, in the reporting's words, when no actor record "
                               "names them: 'any freed prisoner who returns to violence will be re-arrested': "
                               "actor_id null, actor_words 'any freed prisoner', action 'returns to violence'; beside "
                               "actor_id, which of that actor's people ('its fighters'). Never an actor made up for "
                               "the words. Null when actor_id says it all, or for an act by anyone ('any attack on "
                               "its citizens'); conditions stored before read null. Filter: condition_actor_known=."}))


def actor_action_problems(data):
    """field -> messages for a condition's actor_action fields: who acts (actor_id) or against whom, and what."""
    kind, against = data["type"], bool(data.get("against_actor_ids") or data.get("against_groups"))
    if kind == "actor_action":
        if not (data.get("actor_id") or data.get("actor_words") or against):
            return {"actor_id": ["Give actor_id (who acts), actor_words (who acts, described and not named: 'any "
                                 "freed prisoner'), or against_actor_ids or against_groups for an act by anyone "
                                 "('any attack on its citizens'), with type actor_action."]}
        if not (data.get("action") or data.get("act")):
            return {"action": ["Give action (in words) or act (an event type) with type actor_action."]}
        return {}
    if kind == "body_ineffective":   # agree32: the body whose failure the provision hangs on
        if not (data.get("actor_id") or data.get("actor_words")):
            return {"actor_id": ["Give actor_id (the body that cannot do its work), or actor_words when it is not "
                                 "recorded, with type body_ineffective."]}
        extra = [name for name in ("action", "act", "against_actor_ids", "against_groups") if data.get(name)]
        return {extra[0]: ["Goes with type actor_action: a body_ineffective condition is the body (actor_id) "
                           "and its failure in description."]} if extra else {}
    for name in ("actor_id", "actor_words", "action", "act", "against_actor_ids", "against_groups"):
        if data.get(name):
            return {"type": ["A condition naming an actor's action has type actor_action."]}
    return {}


class ImplementationPlaceIn(PlaceRefMixin, StrictSchema):
    """An implementation entry's place as reported (agree28, migrations/0100): named, described relative to a named
    place, or not named (schemas/relations.py PlaceRefMixin)."""


class ImplementationWhereMixin:
    """ImplementationIn's places and extent (t33 #9: "the ceasefire mostly held in Juba on Tuesday"). Mixed in
    before StrictSchema."""

    place_ids = references("place", load_default=list, validate=validate.Length(max=50), metadata={
        "description": "Where the status held, when the reporting says ('held in Juba'): IDs of places; empty when "
                       "the entry is about the provision wherever it applies. Filter treaties with implemented_at=.",
        "rows": "place_rows",
        "shown": {"description": "Where the status held (IDs); empty for wherever the provision applies."}})
    places_as_reported = fields.List(fields.Nested(ImplementationPlaceIn), load_default=list, validate=[
        validate.Length(max=20), unique("place_id", "unknown", "relation", "relative_to_id", "words")], metadata={
        "description": "Where the status held as the reporting gives it when place_ids cannot name it: a place not "
                       "named (unknown unnamed, with words: 'their positions'), or described relative to a named "
                       "place (relation within, relative_to_id the hills' region, words 'their positions in "
                       "the hills'); a named place with words or its surroundings. The shape of a "
                       "provision's place_roles, without a role. Empty when not said. implemented_at= matches "
                       "the named ones (not a place only described relative to one).",
        "rows": "place_as_reported_rows",
        "shown": {"description": "Where the status held as reported (each with the place's ID, or null when not "
                                 "named); empty when not said."}})
    extent = one_of(vocab.IMPLEMENTATION_EXTENTS, allow_none=True, load_default=None, metadata={
        "description": "How far the status held, in the reporting's degree words (see /v1/vocabularies "
                       "implementation_extents): largely ('the ceasefire mostly held'), partly, barely; null when "
                       "not said. Not with status full, not_implemented or unknown."})

    @validates_schema(skip_on_field_errors=True)
    def _extent(self, data, **kwargs):
        if data.get("extent") and data.get("status") in ("full", "not_implemented", "unknown"):
            raise ValidationError({"extent": [f"Status {data['status']} has no degree: give partial (or breached, "
                                              "minimal, intermediate...) with an extent."]})


class DeployedSinceMixin:
    """ProvisionActorIn's deployed_since (t34 #65: "the withdrawal of security forces deployed since last
    February"). Mixed in before StrictSchema."""

    deployed_since = fields.Nested(ReportedDateIn, allow_none=True, load_default=None, metadata={
        "description": "The forces of this actor the provision covers by when they were deployed, as reported "
                       "('security forces deployed since last February': {\"edtf\": \"1998-02\"}, "
                       "usually with role subject): only those deployed since that date. Null when the "
                       "provision covers the actor's forces whenever they came."})
