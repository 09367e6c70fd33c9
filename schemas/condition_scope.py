"""How a condition bears on what it qualifies, and which act of a statement it qualifies (issue 10, round 30,
cond30; trials t44, t48: "bars combat operations unless both governments agree", "would not stop until the whole
city was cleared", a statement's condition that qualifies its offer and not the request beside it).

- A condition (a provision's and a statement's, schemas/provisions.py ConditionIn) gets a `connective`: `if` (the
  default, what every condition said before), `unless` (an exception: the provision or act holds except when the
  condition is met, as peace accords word their carve-outs: "shall not ... unless", "except with the consent of"),
  `until` (an end: the provision or act holds up to the condition being met). The condition itself keeps its type
  and parts; the connective says which way it bears. Stored whole with the conditions (JSON); items stored before
  read null, which means `if`.
- An act item of a statement (schemas/statement_acts.py ActIn) names the statement's conditions it hangs on by
  their positions in the statement's `conditions` (`condition_indexes`, from 0; checked against the list, a 422
  naming the field otherwise). Empty: the conditions, if any, bear on the statement as a whole, as before.
"""
from marshmallow import fields, validate

from . import vocabularies as vocab
from .common import one_of
from .parameters import CommaList

ACT_LISTS = ("requests", "offers", "refusals", "not_agreed", "announcements", "pledges", "threats", "intentions")


def connective_field():
    """ConditionIn's connective."""
    return one_of(vocab.CONDITION_CONNECTIVES, allow_none=True, load_default="if", metadata={
        "description": "How the condition bears on what it qualifies (see /v1/vocabularies condition_connectives): "
                       "if (the default: it applies only if the condition is met), unless (an exception: it applies "
                       "except when the condition is met; 'no heavy weapons shall enter the zone unless the joint "
                       "commission consents': the prohibition, a condition of type actor_action, the commission, "
                       "with connective unless), until (an end: it applies up to the condition being met; 'the "
                       "curfew stays until the roads are cleared'). Conditions stored before read null, which means "
                       "if. Filter: condition_connective=.",
        "shown": {"description": "if, unless or until: how the condition bears on what it qualifies; null (stored "
                                 "before) means if."}})


def condition_indexes_field():
    """ActIn's condition_indexes."""
    return fields.List(fields.Integer(strict=True, validate=validate.Range(min=0, max=19)), load_default=list,
                       validate=validate.Length(max=20), metadata={
        "description": "The statement's conditions this act hangs on, by their positions in the statement's "
                       "conditions (from 0): 'offered an amnesty to fighters who lay down their arms, and "
                       "called for talks': the offer's condition_indexes [0], the condition an actor_action; the "
                       "request, without them, is unconditional. Each must be a position in the statement's conditions (a 422 "
                       "naming this field otherwise). Empty: the statement's conditions, if any, bear on the "
                       "statement as a whole (items stored before read empty)."})


def condition_index_problems(data):
    """{list: {i: {condition_indexes: [message]}}} for an act item naming a condition the statement does not have."""
    count = len(data.get("conditions") or [])
    errors = {}
    for name in ACT_LISTS:
        for i, item in enumerate(data.get(name) or []):
            wrong = [n for n in item.get("condition_indexes") or [] if n >= count]
            if wrong:
                errors.setdefault(name, {})[i] = {"condition_indexes": [
                    f"The statement has {count} conditions: {', '.join(map(str, wrong))} names none "
                    "(condition_indexes count the statement's conditions from 0)."]}
            elif len(set(item.get("condition_indexes") or [])) < len(item.get("condition_indexes") or []):
                errors.setdefault(name, {})[i] = {"condition_indexes": ["Name each condition once."]}
    return errors


def connective_filter(what):
    return CommaList(fields.String(validate=validate.OneOf(["unless", "until"])), metadata={
        "description": f"{what} under a condition with one of these connectives (condition_connectives: unless, "
                       "an exception; until, an end): condition_connective=unless. if, the default, is not a "
                       "filter value (conditions stored before say nothing of it)."})


def connective_patterns(terms):
    """The stored conditions' text (JSON, orjson writes no spaces) naming one of these connectives."""
    return [f'"connective":"{term}"' for term in terms]


def actor_known_filter(what):
    """acts31: conditions of type actor_action whose actor is named by ID, or not (described in actor_words, or an
    act by anyone), as statements' speaker_known= says of their speaker."""
    return fields.Boolean(metadata={
        "description": f"false: {what} under a condition of type actor_action whose actor is not named (actor_id "
                       "null: described in actor_words, 'any freed prisoner who returns to violence', or an act by "
                       "anyone against someone, 'any attack on its citizens'); true: one naming its actor "
                       "(actor_id)."})
