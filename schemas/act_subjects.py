"""What an act is about, typed (acts35): "will not discuss a disengagement until it has the list" is a refusal whose
action is the talks (further_negotiations) and whose subject is the disengagement (withdrawal). An act item said
what is done (action) but not what it is about: the subject stayed in words. Its terms are the act's own vocabulary
(requested_actions: the provision types and ours), so that a refusal to discuss a withdrawal and a clause on one
share a term. Declared last in ActIn (schemas/statement_acts.py); stored whole with the item (JSON), so items
stored before read it empty. Found by ?act_subject= (api/services/act_filters.py)."""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import one_of, unique


def act_subject_types_field():
    """ActIn's subject_types."""
    return fields.List(one_of(vocab.REQUESTED_ACTIONS), load_default=list,
                       validate=[validate.Length(max=10), unique()], metadata={
        "description": "What the act is about, when it is about another act (see /v1/vocabularies "
                       "requested_actions, the action's own terms): 'will not discuss a disengagement until it has "
                       "the list': a refusal, action further_negotiations, subject_types [withdrawal]; 'will decide "
                       "on the ceasefire proposal next week': an announcement, action decision, subject_types "
                       "[ceasefire]. Not the action itself (action), nor whom it is aimed at (target_actor_ids). "
                       "Empty when not said or the action says all (items stored before read empty). Filter: "
                       "act_subject=."})
